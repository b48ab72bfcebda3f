"""The lab in the app: a window driving the lab's catalog, and a meter of GUI event-loop stalls
(used by the GUI tests and by `make bench`)."""

from __future__ import annotations

import time
from typing import Any

from PySide6.QtCore import QObject, QTimer

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
