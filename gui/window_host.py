"""Keeps the one main window; rebuilds it when the language changes (no restart needed). Keeps
watch mode's tray icon and watcher too, which outlive the window's rebuilds and its hiding.

Qt widgets do not re-translate themselves: rather than a retranslate method in every widget,
the host builds a fresh window in the new language around the same engine bridge and the same
run state, and closes the old one. During a check it waits for the check to end first.

Watch mode (docs/watch.md, "In the app"): with it on, closing the window keeps Svyaz in the
tray (said once), where a system tray exists; where none does, the window stays the only way
in and its status bar says so. Turning watch mode off stops the watcher, hides the tray and
removes "start with my computer".
"""

from __future__ import annotations

import contextlib
import logging
from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtWidgets import QSystemTrayIcon

from core.messages import format_bytes, text
from core.watch import BudgetExhausted, CheckFinished, NetworkState
from gui.autostart import Autostart
from gui.bridge import EngineBridge
from gui.main_window import MainWindow
from gui.settings import GuiSettings, save_settings
from gui.watch.controller import MakeWatcher, WatchController
from gui.watch.network_info import QtNetworkSource, load_default
from gui.watch.tray import WatchTray

log = logging.getLogger(__name__)


class WindowHost(QObject):
    def __init__(
        self,
        settings: GuiSettings,
        bridge: EngineBridge | None = None,
        *,
        tray_available: bool | None = None,
        network: QtNetworkSource | None = None,
        autostart: Autostart | None = None,
        make_watcher: MakeWatcher | None = None,
        quit_app: Callable[[], None] = QCoreApplication.quit,
    ) -> None:
        super().__init__()
        self._quit_app = quit_app
        self.bridge = bridge or EngineBridge()
        self.window = self._make(settings, None)
        self._pending = False
        self.bridge.jobFinished.connect(self._after_job)
        self.tray_available = (
            QSystemTrayIcon.isSystemTrayAvailable() if tray_available is None else tray_available
        )
        self.autostart = autostart or Autostart()
        self.window.autostart_supported = self.autostart.supported()
        self.network = network or QtNetworkSource(load_default(), parent=self)
        self.network.changed.connect(self._network_changed)
        self.watch = WatchController(
            self.bridge,
            self.window.history,
            lambda: self.window.settings,
            lambda: self.window.choice.catalog,
            self.network,
            self.window.language,
            make_watcher,
            self,
            lambda: dict(self.window.controller.run_tags),
            lambda: self.window.environment,
        )
        self.tray = WatchTray(self.window.language, self)
        self.tray.checkNowRequested.connect(self.watch.check_now)
        self.tray.openRequested.connect(self.open_window)
        self.tray.pauseRequested.connect(self.watch.pause)
        self.tray.resumeRequested.connect(self.watch.resume)
        self.tray.quitRequested.connect(self.quit)
        self.watch.checkStarted.connect(lambda _e: self.tray.set_checking(True))
        self.watch.checkFinished.connect(self._check_finished)
        self.watch.notify.connect(self.tray.notify)
        self.watch.pausedChanged.connect(self.tray.set_paused)
        self.watch.budgetChanged.connect(self.tray.show_budget)
        self.watch.budgetExhausted.connect(self._budget_exhausted)
        self.watch.periodsChanged.connect(self._diary_changed)
        self._connect_window(self.window)
        if settings.watch:
            self.start_watch()

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
            window.autostart_supported = old.autostart_supported
        window.languageChanged.connect(self._language_changed)
        return window

    def _connect_window(self, window: MainWindow) -> None:
        window.keeps_in_tray = self.keeps_in_tray
        window.watch_used_today = lambda: self.watch.used_today
        window.settingsApplied.connect(self.apply_settings)
        window.hiddenToTray.connect(self._hidden_to_tray)
        window.closedForGood.connect(self._closed_for_good)

    # ---- the window ----

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
        self._connect_window(self.window)
        self.window.show()
        old.hand_over()
        old.deleteLater()
        if self.watch.running():  # notifications and the tray in the new language
            self.watch.language = self.window.language
            self.watch.restart()

    def open_window(self) -> None:
        window = self.window
        window.showNormal()
        window.raise_()
        window.activateWindow()

    # ---- watch mode ----

    def keeps_in_tray(self) -> bool:
        return self.watch.running() and self.tray_available

    def start_watch(self) -> None:
        self.watch.start()
        if self.tray_available:
            self.tray.show()
        else:
            self.window.statusBar().showMessage(
                self.tr(
                    "Watch mode is on, but this desktop has no tray: "
                    "it watches while this window stays open."
                )
            )

    def stop_watch(self) -> None:
        self.watch.stop()
        self.tray.hide()

    def apply_settings(self, settings: GuiSettings) -> None:
        """The dialog's OK: watch mode on or off (or its settings changed), autostart."""
        if settings.watch and not self.watch.running():
            self.start_watch()
        elif not settings.watch and self.watch.running():
            self.stop_watch()
        elif settings.watch:
            self.watch.restart(only_if_changed=True)
        wanted = settings.watch and settings.start_with_computer
        try:
            if wanted != self.autostart.enabled():
                self.autostart.set(wanted)
        except OSError as exc:
            log.warning("start with my computer not changed: %s", exc)
            self.window.statusBar().showMessage(
                self.tr("Could not change “Start with my computer”: %1").replace("%1", str(exc))
            )

    def _check_finished(self, event: CheckFinished) -> None:
        """A check was saved: the tray and the tiles show it (one through a VPN is kept apart:
        the tray and the tiles show the direct connection), History lists it."""
        self.tray.set_checking(False)
        if not event.through_vpn:
            self.tray.show_check(event.run, event.at, event.state)
            self.window.show_watch_check(event.run)
        self.window.history_view.after_save()

    def _budget_exhausted(self, event: BudgetExhausted) -> None:
        """Said once per day's budget (the core emits it once): no checks on this link until
        the budget resets."""
        language = self.window.language
        words = {
            "used": format_bytes(event.used_bytes, language),
            "limit": format_bytes(event.limit_bytes, language),
            "time": f"{datetime.fromtimestamp(event.resumes_at).astimezone():%H:%M}",
        }
        self.tray.show_budget(event.used_bytes, event.limit_bytes)
        self.tray.say(text("watch.budget_exhausted", words, language))

    def _diary_changed(self) -> None:
        self.window.history_view.refresh_diary()

    def _network_changed(self, state: NetworkState) -> None:
        self.watch.network_changed(state)

    def _hidden_to_tray(self) -> None:
        """The first time only: say that Svyaz keeps watching from the tray."""
        settings = self.window.settings
        if settings.tray_note_seen:
            return
        self.tray.say(
            self.tr("Svyaz keeps watching from the tray. To quit, use Quit in the tray's menu.")
        )
        settings.tray_note_seen = True
        with contextlib.suppress(OSError):
            save_settings(settings)

    def quit(self) -> None:
        """The tray's Quit: the window closes for good and the app ends."""
        self.window.quit()

    def _closed_for_good(self) -> None:
        self.watch.stop()
        self.tray.hide()
        self._quit_app()
