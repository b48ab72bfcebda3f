"""An unexpected exception in the app shows a dialog with a redacted traceback and the log's
path, and is written to the log — never a silent exit."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from core.crashlog import log_path, setup_logging
from gui.crash_dialog import install_crash_handler, show_crash

pytestmark = pytest.mark.gui


def test_an_unexpected_exception_shows_a_redacted_dialog(qtbot: Any) -> None:
    setup_logging()
    seen: dict[str, str] = {}

    def read_and_close() -> None:
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox)
        seen["text"] = box.text()
        seen["details"] = box.detailedText()
        box.close()

    QTimer.singleShot(200, read_and_close)
    home = str(Path.home())
    try:
        raise RuntimeError(f"broken while reading {home}/secret.toml from 192.168.1.77")
    except RuntimeError as exc:
        show_crash(type(exc), exc, exc.__traceback__)
    assert str(log_path()) in seen["text"]
    assert "RuntimeError" in seen["details"]
    assert home not in seen["details"] and "192.168.1.77" not in seen["details"]
    assert "RuntimeError" in log_path().read_text(encoding="utf-8")


def test_the_handler_is_installed() -> None:
    previous = sys.excepthook
    try:
        install_crash_handler()
        assert sys.excepthook is show_crash
    finally:
        sys.excepthook = previous
