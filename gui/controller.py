"""Run control: starts and cancels jobs, folds their events, keeps finished runs; no widgets.

The window is composition only: it asks this controller to start or cancel a diagnostic or a
call test and shows what the controller's signals say. The controller owns the run state
(`RunState`), the bridge's connections and the saving to history, so the same steps can be
tested without a window, and a window rebuilt in another language takes over the same run.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal

from core.history import History, HistoryError, Retention
from core.messages import render
from core.models import CallSample, CallTestFinished, NetworkAssessed, RunFinished
from gui.bridge import TURN_MS, EngineBridge
from gui.engine_setup import chosen_services, engine_config
from gui.link_type import link_code
from gui.run.state import RunState
from gui.settings import GuiSettings


class RunController(QObject):
    """One job at a time through the bridge; what changed is told through signals."""

    runStarted = Signal()
    servicesChanged = Signal(list)  # ids whose tiles must repaint: at most one batch per 50 ms
    networkAssessed = Signal(object)  # NetworkResult, before the services are judged
    runFinished = Signal(object)  # RunResult (completed or cancelled), already saved
    saveFailed = Signal(str)  # why the finished run is not in the history file
    historyNotice = Signal(str)  # saved, but the history file changed: moved aside (why, where)
    ticked = Signal()  # progress or elapsed time changed (every 200 ms while a job runs)
    callStarted = Signal(float)  # the call test's duration in seconds
    callSample = Signal(object)  # CallSample
    callFinished = Signal(object)  # CallTestFinished; the changed tiles come via servicesChanged
    jobEnded = Signal(str)  # "diagnostic" | "calltest", after its last event
    jobFailed = Signal(str, str)  # kind, traceback text: an engine bug

    def __init__(
        self,
        settings: GuiSettings,
        language: str,
        bridge: EngineBridge,
        state: RunState,
        history: History,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.settings = settings
        self.language = language
        self.bridge = bridge
        self.state = state
        self.history = history
        self.environment: dict[str, Any] | None = None  # None: read this machine's
        # What each finished run carries in its settings, so history can tell a lab run or
        # another catalog's from the person's own: {"catalog": name, "catalog_kind": kind}.
        self.run_tags: dict[str, str] = {}
        self._ticker = QTimer(self)
        self._ticker.setInterval(200)
        self._ticker.timeout.connect(self.ticked)
        self._dirty: set[str] = set()
        self._repaint = QTimer(self)
        self._repaint.setSingleShot(True)
        self._repaint.setInterval(50)
        self._repaint.timeout.connect(self._flush_dirty)
        self._links = [
            (bridge.diagnosticEvent, self._on_event),
            (bridge.callEvent, self._on_call_event),
            (bridge.jobFinished, self._on_job_finished),
            (bridge.jobFailed, self.jobFailed),
        ]
        for signal, slot in self._links:
            signal.connect(slot)

    def busy(self) -> bool:
        return self.bridge.busy()

    def reset(self, state: RunState) -> None:
        """A new catalog: a fresh state; any coalesced repaint of the old one is dropped."""
        self._repaint.stop()
        self._dirty.clear()
        self.state = state

    # ---- starting and stopping (raise ValueError/RuntimeError when the engine refuses) ----

    def start_run(self) -> None:
        catalog = self.state.catalog
        config = engine_config(catalog, self.settings)
        services = chosen_services(catalog, self.settings)
        self.bridge.start_diagnostic(catalog, config, self.environment, link_code(), services)
        self._ticker.start()
        self.runStarted.emit()

    def start_call_test(self, services: tuple[str, ...]) -> bool:
        """Measure the catalog's messengers among `services`; False if it has none of them."""
        catalog = self.state.catalog
        known = {s.id for s in catalog.services}
        wanted = tuple(s for s in services if s in known)
        if not wanted:
            return False
        config = engine_config(catalog, self.settings)
        duration = self.settings.call_duration_s
        self.bridge.start_calltest(catalog, config, wanted, duration)
        self.callStarted.emit(duration)
        return True

    def cancel(self) -> None:
        if self.bridge.busy():
            self.bridge.cancel()

    def detach(self) -> None:
        """Stop listening to the bridge: the job keeps running for whoever takes it over."""
        self._ticker.stop()
        self._repaint.stop()
        for signal, slot in self._links:
            signal.disconnect(slot)
        self._links = []

    def shutdown(self) -> None:
        """The app is closing: stop listening, cancel the job, stop the engine, close history."""
        self.detach()
        self.bridge.shutdown(1.5)
        self.history.close()

    # ---- the bridge's signals ----

    def _on_event(self, event: object) -> None:
        if isinstance(event, RunFinished) and self.run_tags:
            settings = {**event.result.settings, **self.run_tags}
            event = replace(event, result=replace(event.result, settings=settings))
        changed = self.state.apply(event)
        if changed is not None:
            self._dirty.add(changed)
            if not self._repaint.isActive():
                self._repaint.start()  # coalesce: one refresh per 50 ms, not one per event
        if isinstance(event, NetworkAssessed):
            self.networkAssessed.emit(event.network)
        elif isinstance(event, RunFinished):
            self._repaint.stop()
            self._dirty.clear()  # the finished run repaints every tile
            self._save(event)
            # Shown in a later turn of the event loop, still before the bridge's jobFinished
            # (`EngineBridge._finish_later`): saving and showing in one turn stalled the window
            # for ~60 ms (make bench).
            result = event.result
            QTimer.singleShot(TURN_MS, self, lambda: self.runFinished.emit(result))

    def _flush_dirty(self) -> None:
        changed = sorted(self._dirty)
        self._dirty.clear()
        self.servicesChanged.emit(changed)

    def _save(self, event: RunFinished) -> None:
        """Keep the run (completed or cancelled) in the history, then apply the retention.
        A run kept only in memory (the file cannot be written) is a failed save: say why."""
        before = self.history.notice
        try:
            self.history.save(event.result)
            self.history.apply_retention(Retention.parse(self.settings.retention))
        except (HistoryError, ValueError) as exc:
            self.saveFailed.emit(str(exc))
            return
        notice = self.history.notice
        if not self.history.persistent:
            self.saveFailed.emit(
                render(notice, self.language)
                if notice is not None
                else self.tr("the history file cannot be written")
            )
        elif notice is not None and notice != before:
            self.historyNotice.emit(render(notice, self.language))

    def _on_call_event(self, event: object) -> None:
        if isinstance(event, CallSample):
            self.callSample.emit(event)
        elif isinstance(event, CallTestFinished):
            self.callFinished.emit(event)
        changed = self.state.apply_calls(event)  # the engine's judged calls functions
        if changed:
            self.servicesChanged.emit(changed)

    def _on_job_finished(self, kind: str) -> None:
        self._ticker.stop()
        self.jobEnded.emit(kind)
