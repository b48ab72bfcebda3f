"""What the window knows about the current run, folded from the engine's events.

Plain Python (no widgets) so the folding is easy to test and the same state can be rebuilt from
a stored run: `from_result` shows an old run exactly as the live events did.
"""

from __future__ import annotations

import time
from dataclasses import dataclass, field
from enum import Enum

from core.models import (
    Catalog,
    FunctionFinished,
    FunctionKind,
    FunctionResult,
    NetworkAssessed,
    NetworkResult,
    RunFinished,
    RunResult,
    RunStarted,
    Service,
    ServiceFinished,
    ServiceResult,
    ServiceStarted,
    Step,
    StepFinished,
)


class Phase(Enum):
    """A tile's life in one run; `done` then shows the service's status."""

    IDLE = "idle"  # no run yet: the tile says nothing about the service
    WAITING = "waiting"
    CHECKING = "checking"
    DONE = "done"


@dataclass
class ServiceState:
    service: Service
    phase: Phase = Phase.IDLE
    result: ServiceResult | None = None
    functions: dict[FunctionKind, FunctionResult] = field(default_factory=dict)
    steps: list[tuple[FunctionKind, Step]] = field(default_factory=list)


@dataclass
class RunState:
    catalog: Catalog
    services: dict[str, ServiceState] = field(default_factory=dict)
    network: NetworkResult | None = None
    result: RunResult | None = None
    running: bool = False
    started_monotonic: float | None = None
    finished_monotonic: float | None = None
    selected: tuple[str, ...] = ()

    def __post_init__(self) -> None:
        self.services = {s.id: ServiceState(s) for s in self.catalog.services}

    # ---- progress ----

    def total(self) -> int:
        return len(self.selected)

    def done(self) -> int:
        return sum(1 for sid in self.selected if self.services[sid].phase is Phase.DONE)

    def elapsed_s(self) -> float:
        if self.started_monotonic is None:
            return 0.0
        end = self.finished_monotonic if self.finished_monotonic is not None else time.monotonic()
        return end - self.started_monotonic

    # ---- folding events ----

    def apply(self, event: object) -> str | None:
        """Fold one event in; return the id of the service whose tile must repaint, if one."""
        if isinstance(event, RunStarted):
            self._start(event.service_ids)
        elif isinstance(event, ServiceStarted):
            state = self.services.get(event.service_id)
            if state is not None:
                state.phase = Phase.CHECKING
                return event.service_id
        elif isinstance(event, StepFinished):
            state = self.services.get(event.service_id)
            if state is not None:
                state.steps.append((event.function, event.step))
        elif isinstance(event, FunctionFinished):
            state = self.services.get(event.result.service_id)
            if state is not None:
                state.functions[event.result.kind] = event.result
                return event.result.service_id
        elif isinstance(event, ServiceFinished):
            return self._finish_service(event.result)
        elif isinstance(event, NetworkAssessed):
            self.network = event.network
        elif isinstance(event, RunFinished):
            self._finish(event.result)
        return None

    def apply_calls(self, event: object) -> list[str]:
        """A call test's judged `calls` function (`FunctionFinished`, built by the engine)
        replaces that chip of a service already shown; return the ids to repaint."""
        if not isinstance(event, FunctionFinished) or event.result.kind is not FunctionKind.CALLS:
            return []
        state = self.services.get(event.result.service_id)
        if state is None or FunctionKind.CALLS not in state.functions:
            return []  # no diagnostic shown for it: the call view tells the result
        state.functions[FunctionKind.CALLS] = event.result
        return [event.result.service_id]

    def _start(self, service_ids: tuple[str, ...]) -> None:
        self.selected = tuple(sid for sid in service_ids if sid in self.services)
        for sid, state in self.services.items():
            state.phase = Phase.WAITING if sid in self.selected else Phase.IDLE
            state.result = None
            state.functions.clear()
            state.steps.clear()
        self.network = None
        self.result = None
        self.running = True
        self.started_monotonic = time.monotonic()
        self.finished_monotonic = None

    def _finish_service(self, result: ServiceResult) -> str | None:
        state = self.services.get(result.service_id)
        if state is None:
            return None
        state.phase = Phase.DONE
        state.result = result
        for function in result.functions:
            state.functions[function.kind] = function
        return result.service_id

    def _finish(self, result: RunResult) -> None:
        self.result = result
        self.network = result.network
        for service in result.services:
            self._finish_service(service)
        for sid in self.selected:
            state = self.services[sid]
            if state.phase is not Phase.DONE:
                state.phase = Phase.IDLE  # cancelled before it was judged: say nothing
        self.running = False
        self.finished_monotonic = time.monotonic()

    @classmethod
    def from_result(cls, catalog: Catalog, result: RunResult) -> RunState:
        """The state a finished run left, for showing a stored run."""
        state = cls(catalog)
        state._start(tuple(s.service_id for s in result.services))
        state._finish(result)
        state.started_monotonic = 0.0
        state.finished_monotonic = result.duration_ms / 1000
        return state
