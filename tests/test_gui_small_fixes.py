"""The small things issue 21 found: the window's position kept, Enter on the vanished-catalog
question does not probe the internet, the first-run box not pre-ticked, Export names its run."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QByteArray, QRect, Qt
from PySide6.QtWidgets import QMessageBox, QWidget

from gui.geometry import available, keep_on_screen

pytestmark = pytest.mark.gui


def _spied(qtbot: Any, monkeypatch: pytest.MonkeyPatch) -> tuple[QWidget, list[object]]:
    """A widget whose move() calls are recorded: move() places the frame, not the client area
    (offscreen there is no frame, so only the record shows a move that would creep)."""
    widget = QWidget()
    qtbot.addWidget(widget)
    moves: list[object] = []
    monkeypatch.setattr(widget, "move", lambda *args: moves.append(args))
    return widget, moves


def test_a_remembered_position_is_kept_to_the_pixel(
    qtbot: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Restored geometry on screen is left alone: no move() that would push the client area a
    title bar lower at every start (it crept 20 px down)."""
    area = available()
    first = QWidget()
    qtbot.addWidget(first)
    first.setGeometry(area.left() + 50, area.top() + 60, 500, 300)
    saved = first.saveGeometry()
    for _start in range(3):
        again, moves = _spied(qtbot, monkeypatch)
        assert again.restoreGeometry(QByteArray(saved))
        keep_on_screen(again)
        assert moves == []  # a move() here would put the client area a title bar lower
        assert again.geometry() == QRect(area.left() + 50, area.top() + 60, 500, 300)
        saved = again.saveGeometry()


def test_a_window_off_screen_is_pulled_back(qtbot: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    area = available()
    window, moves = _spied(qtbot, monkeypatch)
    window.setGeometry(area.right() + 400, area.bottom() + 400, 400, 300)
    keep_on_screen(window)
    assert moves == []
    assert area.contains(window.geometry())


def test_enter_on_the_vanished_catalog_question_means_not_now(qtbot: Any, tmp_path: Path) -> None:
    """The default button is "Not now": "Use the built-in one" would probe the real internet."""
    from gui import catalog_dialogs

    parent = QWidget()
    qtbot.addWidget(parent)
    chosen: list[str] = []
    box = catalog_dialogs.missing(
        parent,
        tmp_path / "gone.toml",
        (),
        lambda: chosen.append("built-in"),
        lambda: chosen.append("another"),
    )
    default = box.defaultButton()
    assert default is not None and "Not now" in default.text()
    assert box.escapeButton() is default
    assert box.buttonRole(default) is QMessageBox.ButtonRole.RejectRole
    qtbot.keyClick(box, Qt.Key.Key_Return)
    assert chosen == [] and box.clickedButton() is default


def test_do_not_show_again_is_not_ticked(qtbot: Any) -> None:
    from gui.first_run import FirstRunNote, show_if_new
    from gui.settings import GuiSettings

    note = FirstRunNote(first_time=True)
    qtbot.addWidget(note)
    assert not note.dont_show.isChecked()
    parent = QWidget()
    qtbot.addWidget(parent)
    settings = GuiSettings()
    show_if_new(parent, settings)
    shown = parent.findChild(FirstRunNote)
    assert shown is not None
    shown.accept()  # OK without ticking: the note comes again next time
    assert not settings.first_run_seen


@pytest.mark.parametrize(("language", "words"), [("en", "The run of"), ("ru", "Проверка от")])
def test_export_says_which_run_it_exports(qtbot: Any, language: str, words: str) -> None:
    from PySide6.QtCore import QCoreApplication

    from gui.history.model import local_when
    from gui.i18n import install_translators
    from gui.report_dialog import ReportDialog
    from gui.settings import GuiSettings
    from lab.runs import lab_run

    run = lab_run("clean")
    app = QCoreApplication.instance()
    assert app is not None
    install_translators(app, GuiSettings(language=language))
    try:
        dialog = ReportDialog(run, language)
    finally:
        install_translators(app, GuiSettings(language="en"))
    qtbot.addWidget(dialog)
    when = local_when(run.started_at, seconds=True)
    assert dialog.which_run.text() == f"{words} {when}."
    assert when.count(":") == 2  # with seconds: two runs may share a minute
