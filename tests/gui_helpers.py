"""Shared pieces of the GUI tests: activating a window, a tile's status."""

from __future__ import annotations

from typing import Any

from core.models import ServiceResult, Status
from gui.main_window import MainWindow
from lab.gui import StallMeter, lab_window

__all__ = ["StallMeter", "activate", "lab_window", "status_of"]


def activate(qtbot: Any, window: MainWindow) -> None:
    """Make the window the active one (offscreen too): window shortcuts only act there."""
    from PySide6.QtGui import QGuiApplication

    window.show()
    window.activateWindow()
    handle = window.windowHandle()
    assert handle is not None
    handle.requestActivate()
    qtbot.waitUntil(lambda: QGuiApplication.focusWindow() is handle, timeout=3_000)


def status_of(window: Any, service_id: str) -> Status:
    """The overall status a window (or a stored-run window) shows for a judged service."""
    result: ServiceResult | None = window.state.services[service_id].result
    assert result is not None, f"{service_id} was not judged"
    return result.status
