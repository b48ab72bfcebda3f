"""Watch mode in the app: the core's `Watcher` on the engine thread, its events on the GUI's.

The watcher runs as a background coroutine on the bridge's loop; each check it asks for is a
job of the bridge (`EngineBridge.watch_check`), so it waits while a person's run or call test
runs and a person's run waits for it. The watcher saves each check's run and keeps the diary
in the same history the window uses; this controller only passes its events on as signals
(the tray, the window's tiles and the History tab listen) and turns the settings into the
core's `WatchSettings`. No Qt object is touched off the GUI thread: events cross by a queued
signal.
"""

from __future__ import annotations

import asyncio
import concurrent.futures
import contextlib
import logging
from collections.abc import Callable, Mapping
from dataclasses import replace
from typing import Any, Protocol

from PySide6.QtCore import QObject, Signal

from core.config import ProbeConfig
from core.engine.diagnostic import Diagnostic
from core.environment import gather as gather_environment
from core.history import History
from core.models import Catalog, RunResult
from core.watch import (
    BudgetExhausted,
    BudgetUsed,
    CheckFinished,
    CheckKind,
    CheckStarted,
    NetworkSource,
    NetworkState,
    Notify,
    Paused,
    PeriodsChanged,
    Resumed,
    RunCheck,
    SystemClock,
    Watcher,
    WatchEvent,
    WatchSettings,
    WatchStopped,
)
from gui.bridge import EngineBridge
from gui.engine_setup import chosen_services, engine_config
from gui.link_type import link_code
from gui.settings import GuiSettings

log = logging.getLogger(__name__)

# The settings' megabytes as `format_bytes` shows them (binary), so that a 20 MB budget reads
# "… of 20.0 MB" wherever it is shown beside what was used.
MB = 1024 * 1024


class WatcherLike(Protocol):
    """What the controller asks of a watcher (the core's `Watcher`; a fake in tests)."""

    async def run(self) -> None: ...

    def check_now(self) -> None: ...

    def network_changed(self, state: NetworkState) -> None: ...

    def pause(self, seconds: float | None = None) -> None: ...

    def resume(self) -> None: ...

    def stop(self) -> None: ...


MakeWatcher = Callable[
    [WatchSettings, NetworkSource, RunCheck, Callable[[WatchEvent], None]], WatcherLike
]


def watch_settings(settings: GuiSettings) -> WatchSettings:
    """The window's watch settings as the core's (everything else at the core's defaults)."""
    return WatchSettings(
        interval_s=settings.watch_interval_min * 60.0,
        daily_budget_bytes=int(settings.watch_budget_mb * MB),
        muted_services=frozenset(settings.muted_services),
    )


def check_config(config: ProbeConfig, kind: CheckKind) -> ProbeConfig:
    """A light check: the light run (no transfers, throughput pairs or call test)."""
    return replace(config, light=True) if kind == "light" else config


class WatchController(QObject):
    """Starts and stops the watcher and says what it reports."""

    checkStarted = Signal(object)  # CheckStarted
    checkFinished = Signal(object)  # CheckFinished: the run is already in history
    notify = Signal(str)  # a confirmed change's grouped words, to pop up
    periodsChanged = Signal()  # the diary changed: History re-reads it
    budgetChanged = Signal(int, int)  # used today, the day's limit (bytes) on metered links
    budgetExhausted = Signal(object)  # BudgetExhausted
    pausedChanged = Signal(bool)
    stopped = Signal()
    _event = Signal(object)  # engine thread -> GUI thread (queued)

    def __init__(
        self,
        bridge: EngineBridge,
        history: History,
        settings: Callable[[], GuiSettings],
        catalog: Callable[[], Catalog],
        network: NetworkSource,
        language: str = "en",
        make_watcher: MakeWatcher | None = None,
        parent: QObject | None = None,
        run_tags: Callable[[], dict[str, str]] = dict,
        environment: Callable[[], Mapping[str, Any] | None] = lambda: None,
    ) -> None:
        super().__init__(parent)
        self.bridge = bridge
        self.history = history
        self._settings = settings
        self._catalog = catalog
        self.network = network
        self.language = language
        self._make_watcher = make_watcher or self._core_watcher
        self._run_tags = run_tags  # the catalog a run used, as a person's runs carry it
        self._environment = environment  # None: read this machine's (tests plant their own)
        self.watcher: WatcherLike | None = None
        self.applied: WatchSettings | None = None  # what the running watcher was given
        self._running: concurrent.futures.Future[Any] | None = None  # its loop's coroutine
        self.paused = False
        self.used_today: int | None = None  # None: nothing measured on a metered link today
        self.last_run: RunResult | None = None
        self.last_check_at: float | None = None
        self._event.connect(self._on_event)

    # ---- control (GUI thread) ----

    def running(self) -> bool:
        return self.watcher is not None

    def start(self) -> None:
        if self.watcher is not None:
            return
        self.applied = watch_settings(self._settings())
        watcher = self._make_watcher(self.applied, self.network, self.run_check, self._event.emit)
        self.watcher = watcher
        self._running = self.bridge.start_background(watcher.run)
        log.info("watch mode started")

    def stop(self, timeout: float = 2.0) -> None:
        """Stop the watcher and wait (up to `timeout`) for its loop to end: a check under way is
        cancelled, not saved, and nothing of watch mode keeps running."""
        watcher, self.watcher = self.watcher, None
        running, self._running = self._running, None
        if watcher is None:
            return
        watcher.stop()
        self.paused = False
        if running is not None:
            with contextlib.suppress(Exception):  # cancelled, timed out, or failed: it is over
                running.result(timeout)
        log.info("watch mode stopped")

    def restart(self, only_if_changed: bool = False) -> None:
        """A new watcher with the current settings (the diary's open periods carry on); with
        `only_if_changed`, only when its settings differ (a new watcher checks at once)."""
        if self.watcher is None:
            return
        if only_if_changed and watch_settings(self._settings()) == self.applied:
            return
        self.stop()
        self.start()

    def check_now(self) -> None:
        if self.watcher is not None:
            self.watcher.check_now()

    def pause(self, seconds: float | None) -> None:
        if self.watcher is not None:
            self.watcher.pause(seconds)

    def resume(self) -> None:
        if self.watcher is not None:
            self.watcher.resume()

    def network_changed(self, state: NetworkState) -> None:
        if self.watcher is not None:
            self.watcher.network_changed(state)

    # ---- the engine thread ----

    def _core_watcher(
        self,
        settings: WatchSettings,
        network: NetworkSource,
        run_check: RunCheck,
        on_event: Callable[[WatchEvent], None],
    ) -> WatcherLike:
        return Watcher(
            settings,
            SystemClock(),
            network,
            run_check,
            self.history,
            on_event,
            language=self.language,
        )

    async def run_check(self, kind: CheckKind) -> RunResult:
        """One check of the services the person chose, on the engine thread, after any job."""
        catalog = self._catalog()
        settings = self._settings()
        config = check_config(engine_config(catalog, settings), kind)
        services = chosen_services(catalog, settings)
        planted = self._environment()
        environment = (
            await asyncio.to_thread(gather_environment, link_code()) if planted is None else planted
        )

        def make() -> Any:
            return Diagnostic(catalog, config, environment, services)

        run = await self.bridge.watch_check(make)
        tags = self._run_tags()
        return replace(run, settings={**run.settings, **tags}) if tags else run

    # ---- events (GUI thread) ----

    def _on_event(self, event: object) -> None:
        if isinstance(event, CheckStarted):
            self.checkStarted.emit(event)
        elif isinstance(event, CheckFinished):
            if not event.through_vpn:  # the tray shows the direct connection
                self.last_run, self.last_check_at = event.run, event.at
            self.checkFinished.emit(event)
        elif isinstance(event, Notify):
            if not self.paused:
                self.notify.emit(event.text)
        elif isinstance(event, PeriodsChanged):
            self.periodsChanged.emit()
        elif isinstance(event, BudgetUsed):
            self.used_today = event.used_bytes
            self.budgetChanged.emit(event.used_bytes, event.limit_bytes)
        elif isinstance(event, BudgetExhausted):
            self.used_today = event.used_bytes
            self.budgetExhausted.emit(event)
        elif isinstance(event, Paused):
            self.paused = True
            self.pausedChanged.emit(True)
        elif isinstance(event, Resumed):
            self.paused = False
            self.pausedChanged.emit(False)
        elif isinstance(event, WatchStopped):
            self.stopped.emit()
