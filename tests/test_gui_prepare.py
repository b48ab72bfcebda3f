"""Help → "Prepare for a shutdown" (issue 24) opens from the window's Help menu in English and
Russian, with the offline maps, the whitelist-mode services and what to save; the Russian page
names no way round a block."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication

from gui.settings import GuiSettings

EXPECTED = {
    "en": ("Prepare for a shutdown", "Offline maps", "Organic Maps", "Gosuslugi", "Tickets"),
    "ru": ("подготовиться к отключению", "Карты без интернета", "OsmAnd", "Госуслуги", "Билеты"),
}


@pytest.fixture(params=["en", "ru"])
def language(request: Any, qtbot: Any) -> Iterator[str]:
    from gui.i18n import install_translators

    app = QCoreApplication.instance()
    assert app is not None
    install_translators(app, GuiSettings(language=request.param))
    try:
        yield request.param
    finally:
        install_translators(app, GuiSettings(language="en"))


def test_the_help_menu_opens_the_page_in_the_windows_language(qtbot: Any, language: str) -> None:
    from gui.main_window import MainWindow
    from gui.prepare_dialog import PrepareDialog

    window = MainWindow(GuiSettings(language=language, first_run_seen=True))
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
        .startswith("Prepare for a shutdown" if language == "en" else "Подготовка к отключению")
    )
    prepare.trigger()
    page = next(w for w in window.findChildren(PrepareDialog) if w.isVisible())
    shown = page.page.toPlainText()
    for words in EXPECTED[language]:
        assert words.lower() in (page.windowTitle() + shown).lower(), words
    if language == "ru":
        assert not any(w in shown for w in ("VPN", "обход", "прокси", "zapret", "GoodbyeDPI"))
    page.close()
