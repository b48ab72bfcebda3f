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
from core.watch import (
    BudgetExhausted,
    BudgetUsed,
    ChangesConfirmed,
    CheckKind,
    NetworkState,
    Notify,
    Watcher,
    WatchEvent,
    WatchSettings,
)
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
    # the engine's own verdicts, so that a misjudged run is named here, not as a wrong count
    assert (offline.network.code, whitelist.network.code) == ("offline", "whitelist_mode")
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
        # a light check runs no call test: its calls say nothing
        untested = {(s.service_id, "calls"): "not_tested" for s in run.services}
        light = {"verdicts": untested, "settings": {**run.settings, "light": True}}
        return variant(run, f"watch-{next(count)}", started, **(light if kind == "light" else {}))

    def on_event(event: WatchEvent) -> None:
        events.append(event)
        if clock.now() >= START + 11 * HOUR:
            watcher.stop()

    settings = WatchSettings(interval_s=1800, jitter=0.2, confirm_after_s=180, light=False)
    watcher = Watcher(settings, clock, FakeSource(), run_check, history, on_event, tz=UTC)
    asyncio.run(asyncio.wait_for(watcher.run(), 30))

    notified = [e for e in events if isinstance(e, Notify)]
    notes = [n.text for n in notified]
    assert len(notes) == 5, notes  # one per confirmed change; offline -> whitelist is one
    # each said by the confirming check 3 minutes after the first sighting (a full one for
    # the calls a light run would not see), not a whole interval later
    assert all(n.at - c.since == 180 for n in notified for c in n.changes)
    assert notes[0].startswith("WhatsApp calls blocked since")
    assert notes[1].startswith("WhatsApp calls working again since")
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


def _watch(
    pick: Any, until_h: float, settings: WatchSettings, source: FakeSource, history: History
) -> tuple[list[WatchEvent], list[float]]:
    """A watcher on a fake clock whose check returns `pick(now)`'s lab run under a fresh id;
    `pick` may change `source` (a VPN coming up)."""
    clock = FakeClock(START)
    events: list[WatchEvent] = []
    times: list[float] = []

    async def run_check(kind: CheckKind) -> RunResult:
        now = clock.now()
        times.append(now)
        started = datetime.fromtimestamp(now, UTC).isoformat()
        return variant(pick(now), f"watch-{len(times)}", started)

    def on_event(event: WatchEvent) -> None:
        events.append(event)
        if clock.now() >= START + until_h * HOUR:
            watcher.stop()

    watcher = Watcher(settings, clock, source, run_check, history, on_event, tz=UTC)
    asyncio.run(asyncio.wait_for(watcher.run(), 30))
    return events, times


def test_a_blip_says_nothing_and_vpn_checks_are_kept_apart(tmp_path: Path) -> None:
    clean, calls, *_ = (run for _, run in _step_runs())
    source = FakeSource()
    blip = START + 180 + 1800  # the first regular check after the baseline

    def pick(now: float) -> RunResult:
        vpn = START + 2 * HOUR <= now < START + 4 * HOUR
        source.state = NetworkState(reachable=True, transport="wifi", vpn="wg0" if vpn else None)
        return calls if now == blip or vpn else clean

    settings = WatchSettings(interval_s=1800, jitter=0.0, confirm_after_s=180, light=False)
    with History.open(tmp_path / "history.sqlite3") as history:
        events, _ = _watch(pick, 6, settings, source, history)
        assert not [e for e in events if isinstance(e, Notify)]  # a blip; the VPN's own calls
        vpn = [e for e in events if isinstance(e, ChangesConfirmed) and e.through_vpn]
        assert any(c.subject.function == "calls" and c.after == "blocked" for c in vpn[0].changes)
        (period,) = history.diary()
        assert period.through_vpn and period.subject.function == "calls"


def test_the_budget_is_kept_on_a_metered_link(tmp_path: Path) -> None:
    clean = _step_runs()[0][1]
    cost = (clean.bytes_sent or 0) + (clean.bytes_received or 0)
    budget = 4 * cost
    settings = WatchSettings(
        interval_s=600, jitter=0.0, confirm_after_s=60, daily_budget_bytes=budget
    )
    source = FakeSource(NetworkState(reachable=True, transport="cellular"))
    with History.open(tmp_path / "history.sqlite3") as history:
        events, times = _watch(lambda now: clean, 20, settings, source, history)
    spent = [e for e in events if isinstance(e, BudgetUsed)]
    assert spent and max(e.used_bytes for e in spent) <= budget
    assert any(isinstance(e, BudgetExhausted) for e in events)
    first_day = [t for t in times if t < START + 22 * HOUR]  # START is 02:00 UTC
    assert len(first_day) <= budget // cost


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
