"""Each window's Alt+letter shortcuts are unique, in English and in Russian (issue 21: Export had
Alt+S for both "Short text" and "Save…"; Russian had Alt+П three times in the main window).

A scope is what one Alt+letter can reach at a time: a dialog, or the main window with one tab
shown (its menu titles, its tab titles, the run bar and the current page). Hidden pages do not
count: Qt ignores the shortcuts of widgets that are not visible.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QAbstractButton,
    QDialogButtonBox,
    QGroupBox,
    QLabel,
    QMenuBar,
    QTabBar,
    QWidget,
)

from gui.settings import GuiSettings

pytestmark = pytest.mark.gui


def mnemonic(text: str) -> str | None:
    """The letter after a single '&' ("&&" is a literal ampersand), lower-cased."""
    index = 0
    while (index := text.find("&", index)) != -1 and index + 1 < len(text):
        if text[index + 1] == "&":
            index += 2
            continue
        return text[index + 1].lower()
    return None


def test_mnemonic_reads_qt_s_rules() -> None:
    assert mnemonic("&Save…") == "s" and mnemonic("Co&py") == "p"
    assert mnemonic("Fish && &Chips") == "c" and mnemonic("Fish && Chips") is None
    assert mnemonic("&Короткий") == "к"


def test_a_clash_is_found(qtbot: Any) -> None:
    """The scanner itself: two buttons on Alt+S, one hidden page's button left out."""
    from PySide6.QtWidgets import QPushButton, QVBoxLayout

    dialog = QWidget()
    qtbot.addWidget(dialog)
    layout = QVBoxLayout(dialog)
    hidden = QPushButton("&Hidden")
    for button in (QPushButton("&Short text"), QPushButton("&Save…"), hidden):
        layout.addWidget(button)
    hidden.hide()
    layout.addWidget(QPushButton("&Help"))
    assert clashes(dialog) == {"s": ["&Short text", "&Save…"]}


# GNOME's theme (and the desktop-portal one on GNOME) gives standard buttons mnemonics that the
# offscreen platform's plain "OK", "Cancel", "Close" lack: "&Cancel" took Alt+C from "&Call".
GNOME_STANDARD = {
    QDialogButtonBox.StandardButton.Ok: "&OK",
    QDialogButtonBox.StandardButton.Save: "&Save",
    QDialogButtonBox.StandardButton.Cancel: "&Cancel",
    QDialogButtonBox.StandardButton.Close: "&Close",
}


def _standard_text(button: QAbstractButton) -> str | None:
    """What GNOME shows on a standard button, in the current language; None if not one."""
    box = button.parent()
    while box is not None and not isinstance(box, QDialogButtonBox):
        box = box.parent()
    if box is None:
        return None
    which = box.standardButton(button)
    if which not in GNOME_STANDARD:
        return None
    return QCoreApplication.translate("QGnomeTheme", GNOME_STANDARD[which])


def labelled(scope: QWidget) -> Iterator[str]:
    """Every text in the scope that can carry a mnemonic, where Qt would act on it."""
    for widget in scope.findChildren(QWidget):
        if not widget.isVisibleTo(scope) or widget.window() is not scope:
            continue
        if isinstance(widget, QAbstractButton):
            yield _standard_text(widget) or widget.text()
        elif isinstance(widget, QLabel) and widget.buddy() is not None:
            yield widget.text()
        elif isinstance(widget, QGroupBox):
            yield widget.title()
        elif isinstance(widget, QTabBar):
            yield from (widget.tabText(i) for i in range(widget.count()))
        elif isinstance(widget, QMenuBar):
            yield from (action.text() for action in widget.actions())


def clashes(scope: QWidget) -> dict[str, list[str]]:
    texts = [t for t in labelled(scope) if mnemonic(t)]
    counts = Counter(mnemonic(t) for t in texts)
    return {
        letter: [t for t in texts if mnemonic(t) == letter]
        for letter, count in counts.items()
        if letter is not None and count > 1
    }


def test_no_dialog_has_two_shortcuts_on_one_letter(
    qtbot: Any, ui_language: str, tmp_path: Path
) -> None:
    from core.catalog import load_catalog
    from gui import catalog_dialogs
    from gui.first_run import FirstRunNote
    from gui.history.compare_dialog import CompareDialog
    from gui.report_dialog import ReportDialog
    from gui.run.details_dialog import DetailsDialog
    from gui.run.stored_run import state_for_run
    from gui.run.stored_window import RunWindow
    from gui.settings_dialog import SettingsDialog
    from lab.runs import lab_run

    catalog = load_catalog(include_user=False)
    clean, blocked = lab_run("clean"), lab_run("sni_reset")
    state = state_for_run(catalog, blocked)
    report = ReportDialog(blocked, ui_language)
    parent = QWidget()
    qtbot.addWidget(parent)
    settings = GuiSettings(language=ui_language)
    scopes: dict[str, QWidget] = {
        "Export": report,
        "Report saved": report.confirm(tmp_path / "report.html"),
        "First run": FirstRunNote(first_time=True),
        "Settings": SettingsDialog(settings, catalog, language=ui_language),
        "Catalog gone": catalog_dialogs.missing(
            parent, tmp_path / "gone.toml", (), lambda: None, lambda: None
        ),
        "Details": DetailsDialog(next(iter(state.services.values())), ui_language),
        "Stored run": RunWindow(catalog, blocked, ui_language),
        "Compare": CompareDialog(clean, blocked, ui_language),
    }
    watch = SettingsDialog(replace(settings, watch=True), catalog, language=ui_language)
    watch.pages.setCurrentIndex(1)  # watch mode's page (issue 23)
    scopes["Settings · Watch mode"] = watch
    found = {}
    for name, scope in scopes.items():
        qtbot.addWidget(scope)
        if clash := clashes(scope):
            found[name] = clash
    assert found == {}


def test_no_main_window_tab_has_two_shortcuts_on_one_letter(qtbot: Any, ui_language: str) -> None:
    from gui.main_window import MainWindow

    window = MainWindow(GuiSettings(language=ui_language, first_run_seen=True))
    qtbot.addWidget(window)
    window.environment = {}
    found = {}
    for index in range(window.tabs.count()):
        window.tabs.setCurrentIndex(index)
        if clash := clashes(window):
            found[window.tabs.tabText(index)] = clash
    pages = window.history_view.pages  # History's own pages: runs, outage diary
    window.tabs.setCurrentWidget(window.history_view)
    for index in range(pages.count()):
        pages.setCurrentIndex(index)
        if clash := clashes(window):
            found[pages.tabText(index)] = clash
    assert found == {}
