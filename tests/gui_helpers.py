"""Shared pieces of the GUI tests and the GUI bench: a window on a lab, and a stall meter."""

from __future__ import annotations

import time
from typing import Any

from PySide6.QtCore import QObject, QTimer

from core.models import ServiceResult, Status
from gui.main_window import MainWindow
from gui.settings import GuiSettings


def lab_window(lab: Any, **settings: Any) -> MainWindow:
    """A main window driving the lab's catalog, with no machine environment (deterministic)."""
    window = MainWindow(GuiSettings(catalog=str(lab.info.catalog), first_run_seen=True, **settings))
    window.environment = {}
    return window


class StallMeter(QObject):
    """A 10 ms timer that measures its own lateness: the longest time the GUI loop was busy."""

    def __init__(self, interval_ms: int = 10) -> None:
        super().__init__()
        self.interval_s = interval_ms / 1000
        self.longest_ms = 0.0
        self.ticks = 0
        self._last = 0.0
        self._timer = QTimer(self)
        self._timer.setInterval(interval_ms)
        self._timer.timeout.connect(self._tick)

    def start(self) -> None:
        self._last = time.perf_counter()
        self._timer.start()

    def stop(self) -> None:
        self._timer.stop()

    def _tick(self) -> None:
        now = time.perf_counter()
        late = (now - self._last - self.interval_s) * 1000
        self.longest_ms = max(self.longest_ms, late)
        self.ticks += 1
        self._last = now


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
