"""Watch mode against the lab: the loop fed the engine's own runs as the lab switches
scenarios (clean -> calls blocked -> clean -> offline -> whitelist -> clean), and `svyaz watch`
as a subprocess, stopped by SIGTERM or Ctrl-C.

The scenario test takes each step's finished lab run (`lab_run`: run once per session, the
offline and whitelist ones shared with the scenario tests) under a fresh id and time, on a fake
clock: the loop is the one the app runs, the runs are the engine's, and nothing waits."""

from __future__ import annotations

import asyncio
import signal
import subprocess
import sys
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest

from core.history import History
from core.models import RunResult
from core.watch import CheckKind, Notify, Watcher, WatchEvent, WatchSettings
from lab.runs import lab_run, variant
from tests.conftest import ROOT
from tests.watch_helpers import FakeClock, FakeSource

START = 1_764_900_000.0
HOUR = 3600.0
WHATSAPP = ("whatsapp",)


def _step_runs() -> list[tuple[float, RunResult]]:
    clean = lab_run("clean", services=WHATSAPP, call_duration=1.0)
    calls = lab_run("calls_blocked_messages_ok", services=WHATSAPP, call_duration=1.0)
    offline, whitelist = lab_run("offline"), lab_run("whitelist_by_address")
    return [(0, clean), (1, calls), (3, clean), (5, offline), (7, whitelist), (9, clean)]


def test_scenarios_switching_under_a_running_watcher(tmp_path: Path) -> None:
    steps = _step_runs()
    clock = FakeClock(START)
    history = History.open(tmp_path / "history.sqlite3")
    events: list[WatchEvent] = []
    count = iter(range(10**6))

    async def run_check(kind: CheckKind) -> RunResult:
        now = clock.now()
        run = next(r for hours, r in reversed(steps) if now >= START + hours * HOUR)
        started = datetime.fromtimestamp(now, UTC).isoformat()
        return variant(run, f"watch-{next(count)}", started)

    def on_event(event: WatchEvent) -> None:
        events.append(event)
        if clock.now() >= START + 11 * HOUR:
            watcher.stop()

    settings = WatchSettings(interval_s=1800, jitter=0.2, confirm_after_s=180, light=False)
    watcher = Watcher(settings, clock, FakeSource(), run_check, history, on_event, tz=UTC)
    asyncio.run(asyncio.wait_for(watcher.run(), 30))

    notes = [e.text for e in events if isinstance(e, Notify)]
    assert len(notes) == 5, notes  # one per confirmed change; offline -> whitelist is one
    assert notes[0].startswith("WhatsApp calls blocked since")
    assert notes[1].startswith("WhatsApp calls work again since")
    assert notes[2].startswith("No internet since")
    assert notes[3].startswith("Whitelist mode since") and "Internet back" in notes[3]
    assert notes[4].startswith("Whitelist mode ended at")
    periods = history.diary()
    assert [(p.subject.function or p.subject.condition) for p in periods] == [
        "calls",
        "offline",
        "whitelist_mode",
    ]
    for period, (start_h, end_h) in zip(periods, ((1, 3), (5, 7), (7, 9)), strict=True):
        # both ends within one (jittered) interval of the switch: exact to the check interval
        assert period.end is not None
        assert 0 <= period.start - (START + start_h * HOUR) <= 1.2 * 1800
        assert 0 <= period.end - (START + end_h * HOUR) <= 1.2 * 1800
        stored = {r.run_id for r in history.list_runs()}
        assert period.start_evidence.run_id in stored
        assert period.end_evidence is not None and period.end_evidence.run_id in stored
    assert watcher.state.overall == "fine"
    history.close()


@pytest.mark.parametrize("stop", [signal.SIGTERM, signal.SIGINT])
def test_svyaz_watch_stops_cleanly(
    stop: signal.Signals, shared_lab: Any, guarded_env: dict[str, str], tmp_path: Path
) -> None:
    lab = shared_lab("clean")
    path = tmp_path / "history.sqlite3"
    command = [sys.executable, "-m", "cli.main", "watch", *lab.info.flags()]
    command += ["--services", "whatsapp", "--interval-seconds", "0.5", "--light"]
    command += ["--history-file", str(path)]
    process = subprocess.Popen(
        command,
        cwd=ROOT,
        env=guarded_env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        encoding="utf-8",
    )
    assert process.stderr is not None
    try:
        assert process.stderr.readline().startswith("Watching the connection")
        checked = process.stderr.readline()
        assert " checked (light, " in checked, checked
        process.send_signal(stop)
        out, err = process.communicate(timeout=30)
    finally:
        if process.poll() is None:
            process.kill()
    assert process.returncode == 0, err
    assert "Watch mode stopped." in err and "Traceback" not in err
    assert out == ""  # nothing changed: no change line
    with History.open(path) as history:
        runs = history.list_runs()
        assert runs and all(r.completed for r in runs)  # a check cut short is not kept
