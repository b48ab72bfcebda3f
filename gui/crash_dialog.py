"""Crash handling: an unexpected exception shows a dialog instead of a silent exit.

The dialog has a copyable, redacted traceback and says where the log is (the frozen app has no
terminal)."""

from __future__ import annotations

import logging
import sys
from types import TracebackType

from PySide6.QtWidgets import QApplication, QMessageBox

from core.crashlog import format_crash, log_path

log = logging.getLogger(__name__)


def show_crash(kind: type[BaseException], value: BaseException, tb: TracebackType | None) -> None:
    details = format_crash(kind, value, tb)
    log.error("unexpected error\n%s", details)
    if QApplication.instance() is None:
        print(details, file=sys.stderr)
        return
    box = QMessageBox(QMessageBox.Icon.Critical, "Svyaz", "")
    box.setText(
        QApplication.translate(
            "CrashDialog",
            "Svyaz hit an unexpected error. Your results so far are kept. "
            "The details below contain no addresses; the log is at:",
        )
        + f"\n{log_path()}"
    )
    box.setDetailedText(details)
    box.exec()


def install_crash_handler() -> None:
    sys.excepthook = show_crash
