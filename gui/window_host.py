"""Keeps the one main window; rebuilds it when the language changes (no restart needed).

Qt widgets do not re-translate themselves: rather than a retranslate method in every widget,
the host builds a fresh window in the new language around the same engine bridge and the same
run state, and closes the old one. During a check it waits for the check to end first.
"""

from __future__ import annotations

from PySide6.QtCore import QObject

from gui.bridge import EngineBridge
from gui.main_window import MainWindow
from gui.settings import GuiSettings


class WindowHost(QObject):
    def __init__(self, settings: GuiSettings, bridge: EngineBridge | None = None) -> None:
        super().__init__()
        self.bridge = bridge or EngineBridge()
        self.window = self._make(settings, None)
        self._pending = False
        self.bridge.jobFinished.connect(self._after_job)

    def _make(self, settings: GuiSettings, old: MainWindow | None) -> MainWindow:
        window = MainWindow(
            settings,
            self.bridge,
            old.state if old is not None else None,
            old.history if old is not None else None,
        )
        if old is not None:
            window.environment = old.environment
            window.restoreGeometry(old.saveGeometry())
            window.tabs.setCurrentIndex(old.tabs.currentIndex())
            window.call_view.restore(old.call_view.snapshot())  # call results survive too
        window.languageChanged.connect(self._language_changed)
        return window

    def _language_changed(self) -> None:
        if self.bridge.busy():
            self._pending = True
            return
        self._swap()

    def _after_job(self, _kind: str) -> None:
        if self._pending:
            self._pending = False
            self._swap()

    def _swap(self) -> None:
        old = self.window
        self.window = self._make(old.settings, old)
        self.window.show()
        old.hand_over()
        old.deleteLater()
