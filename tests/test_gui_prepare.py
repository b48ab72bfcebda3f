"""Help → "Prepare for a shutdown" (issue 24) opens from the window's Help menu in English and
Russian, with the offline maps, the whitelist-mode services and what to save; the Russian page
names no way round a block."""

from __future__ import annotations

from typing import Any

from gui.settings import GuiSettings

EXPECTED = {
    "en": ("Prepare for a shutdown", "Offline maps", "Organic Maps", "Gosuslugi", "Tickets"),
    "ru": ("подготовиться к отключению", "Карты без интернета", "OsmAnd", "Госуслуги", "Билеты"),
}


def test_the_help_menu_opens_the_page_in_the_windows_language(qtbot: Any, ui_language: str) -> None:
    from gui.main_window import MainWindow
    from gui.prepare_dialog import PrepareDialog

    window = MainWindow(GuiSettings(language=ui_language, first_run_seen=True))
    qtbot.addWidget(window)
    help_menu = next(
        a.menu()
        for a in window.menuBar().actions()
        if a.menu() and "&" in a.text() and a.text().replace("&", "") in ("Help", "Справка")
    )
    prepare = help_menu.actions()[0]
    assert (
        prepare.text()
        .replace("&", "")
        .startswith("Prepare for a shutdown" if ui_language == "en" else "Подготовка к отключению")
    )
    prepare.trigger()
    page = next(w for w in window.findChildren(PrepareDialog) if w.isVisible())
    shown = page.page.toPlainText()
    for words in EXPECTED[ui_language]:
        assert words.lower() in (page.windowTitle() + shown).lower(), words
    if ui_language == "ru":
        assert not any(w in shown for w in ("VPN", "обход", "прокси", "zapret", "GoodbyeDPI"))
    page.close()
