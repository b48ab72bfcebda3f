"""Shared pieces of the GUI tests: activating a window, a tile's status, a lab with many blocks,
and finished runs replayed through the engine bridge instead of probing a lab."""

from __future__ import annotations

import asyncio
import dataclasses
import functools
import json
import tempfile
import uuid
from collections.abc import AsyncIterator, Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from core.document import run_from_dict, run_to_dict
from core.models import (
    FunctionFinished,
    NetworkAssessed,
    RunFinished,
    RunResult,
    RunStarted,
    ServiceFinished,
    ServiceResult,
    ServiceStarted,
    Status,
    StepFinished,
)
from gui.main_window import MainWindow
from lab.gui import StallMeter, lab_window

__all__ = [
    "MIXED",
    "StallMeter",
    "activate",
    "lab_window",
    "mixed_lab",
    "mixed_run",
    "replay_runs",
    "run_events",
    "status_of",
]

# A network with a bit of everything: Instagram and Facebook cut by name, Telegram's addresses
# reset, YouTube's video throttled, the messengers' calls dropped, Wikipedia intercepted, Twitch
# answered with a non-TLS reply (both of which carry error text the first layer must not show).
MIXED = (
    "sni_reset",
    "ip_blocked_reset",
    "youtube_throttled",
    "calls_blocked_messages_ok",
    "tls_intercepted",
    "tls_non_tls_reply",
)


def mixed_lab(workdir: Path, scenarios: tuple[str, ...] = MIXED) -> Any:
    """A started lab whose censor does what each named scenario does, all at once."""
    from lab.all_scenarios import SCENARIOS
    from lab.lab import Lab
    from lab.world import build_world

    world = build_world()
    censors = [SCENARIOS[name](world) for name in scenarios]
    merged = censors[0]
    for other in censors[1:]:
        for spec in dataclasses.fields(merged):
            mine, theirs = getattr(merged, spec.name), getattr(other, spec.name)
            if isinstance(mine, set):
                mine |= theirs
            elif isinstance(mine, dict):
                mine.update(theirs)
            elif isinstance(mine, bool):
                setattr(merged, spec.name, mine or theirs)
            elif isinstance(mine, float):
                setattr(merged, spec.name, max(mine, theirs))
            elif mine is None:
                setattr(merged, spec.name, theirs)
    lab = Lab(world, merged, workdir)
    lab.start()
    return lab


@functools.cache
def mixed_run() -> RunResult:
    """One diagnostic of the mixed lab per process (for replays: a RunResult is frozen)."""
    from lab.runs import diagnose

    with tempfile.TemporaryDirectory() as tmp:
        lab = mixed_lab(Path(tmp) / "lab")
        try:
            return diagnose(lab)
        finally:
            lab.stop()


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


# ---- replayed runs ----


def run_events(run: RunResult) -> Iterator[object]:
    """The events the engine streams for a finished run, in the engine's order of kinds."""
    yield RunStarted(run.run_id, tuple(s.service_id for s in run.services))
    yield NetworkAssessed(run.network)
    for service in run.services:
        yield ServiceStarted(service.service_id)
        for function in service.functions:
            for endpoint in function.endpoints:
                for step in endpoint.steps:
                    yield StepFinished(service.service_id, function.kind, step)
            yield FunctionFinished(function)
        yield ServiceFinished(service)
    yield RunFinished(run)


class ReplayedRun:
    """A diagnostic job that plays a finished run back (the bridge's `_Job`): no lab, no probes.
    GUI tests that only need a finished run use it, as Vorta's tests replay recorded borg
    output; the tests of the live engine thread (bridge, cancel, streaming) keep the lab."""

    def __init__(self, run: RunResult) -> None:
        self.run = run

    def cancel(self) -> None:
        """Nothing to stop: the whole run is played at once."""

    async def events(self) -> AsyncIterator[object]:
        for event in run_events(self.run):
            yield event
            await asyncio.sleep(0)


def replay_runs(monkeypatch: pytest.MonkeyPatch, *runs: RunResult) -> list[RunResult]:
    """Make every diagnostic a window starts play back the next of `runs` (the last one again
    once they are used up), read back from its stored document, under a new run id and time
    (two replays are two runs to the history). Returns the runs played, in order."""
    queue = [run_from_dict(json.loads(json.dumps(run_to_dict(r, complete=True)))) for r in runs]
    played: list[RunResult] = []

    def start(
        catalog: Any, config: Any, environment: Any = None, services: tuple[str, ...] = ()
    ) -> ReplayedRun:
        stored = queue.pop(0) if len(queue) > 1 else queue[0]
        if services:  # the window asked for some services: the run holds only those
            kept = tuple(s for s in stored.services if s.service_id in services)
            stored = dataclasses.replace(stored, services=kept)
        at = datetime.now(UTC).replace(microsecond=0)
        if played:  # each replay later than the one before, as real runs are
            at = max(at, datetime.fromisoformat(played[-1].started_at) + timedelta(seconds=1))
        when = at.isoformat(timespec="seconds")
        run = dataclasses.replace(
            stored,
            run_id=uuid.uuid4().hex[:12],
            started_at=when,
            finished_at=when,
            environment=dict(environment or {}),  # what the window handed the engine
        )
        played.append(run)
        return ReplayedRun(run)

    monkeypatch.setattr("gui.bridge.Diagnostic", start)
    return played
