"""The watch loop (core/watch/loop.py) on a fake clock with scripted runs: when it checks, one
notification per confirmed change, none for a blip, the diary exact to the check interval, the
budget on a metered link, VPN checks kept apart, pause and stop. No network, no real waiting."""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from datetime import UTC
from pathlib import Path
from typing import TypeVar

from core.codes import Verdict
from core.history import History
from core.models import RunResult
from core.watch import (
    BudgetExhausted,
    ChangesConfirmed,
    CheckFailed,
    CheckFinished,
    CheckKind,
    CheckStarted,
    NetworkState,
    Notify,
    Paused,
    Resumed,
    Watcher,
    WatchEvent,
    WatchSettings,
    WatchStopped,
)
from tests.watch_helpers import (
    CLEAN,
    FakeClock,
    FakeSource,
    ScriptedCheck,
    blocked_calls,
    make_run,
)

START = 1_764_900_000.0  # 2025-12-05 02:00 UTC
HOUR = 3600.0
SETTINGS = WatchSettings(interval_s=1800, jitter=0.0, confirm_after_s=180, full_every_s=None)

World = Callable[[float, CheckKind], RunResult]


def watch(
    world: World,
    until: float,
    settings: WatchSettings = SETTINGS,
    history: History | None = None,
    source: FakeSource | None = None,
    script: Callable[[Watcher, WatchEvent], None] | None = None,
) -> tuple[list[WatchEvent], ScriptedCheck]:
    """Run a watcher from START until the clock passes `until`; its events and its checks."""
    clock = FakeClock(START)
    check = ScriptedCheck(clock, world)
    events: list[WatchEvent] = []

    def on_event(event: WatchEvent) -> None:
        events.append(event)
        if script is not None:
            script(watcher, event)
        if clock.now() >= until:
            watcher.stop()

    watcher = Watcher(settings, clock, source or FakeSource(), check, history, on_event, tz=UTC)
    asyncio.run(asyncio.wait_for(watcher.run(), 10))
    return events, check


def timeline(*steps: tuple[float, RunResult | Callable[[], RunResult]]) -> World:
    """The world's state from each time (hours after START) on."""

    def world(now: float, kind: CheckKind) -> RunResult:
        chosen = steps[0][1]
        for hours, run in steps:
            if now >= START + hours * HOUR:
                chosen = run
        run = chosen() if callable(chosen) else chosen
        return make_run(
            {s.service_id: {f.kind.value: f.code for f in s.functions} for s in run.services},
            run.network.code,
            run.network.conditions,
            light=kind == "light",
            at=now,
        )

    return world


E = TypeVar("E")


def of(events: list[WatchEvent], kind: type[E]) -> list[E]:
    return [e for e in events if isinstance(e, kind)]


def test_checks_at_start_then_every_interval_and_stops() -> None:
    events, check = watch(timeline((0, make_run())), START + 2 * HOUR)
    assert check.times[:3] == [START, START + 180, START + 180 + 1800]  # baseline confirmed
    assert set(check.kinds) == {"light"}
    assert isinstance(events[-1], WatchStopped)
    assert not of(events, Notify)


def test_one_notification_per_confirmed_change_and_the_diary(tmp_path: Path) -> None:
    history = History.open(tmp_path / "h.sqlite3")
    world = timeline(
        (0, make_run()),
        (1, make_run(blocked_calls())),
        (3, make_run()),
        (5, make_run(network=Verdict.OFFLINE)),
        (7, make_run(network=Verdict.WHITELIST_MODE)),
        (9, make_run()),
    )
    events, check = watch(world, START + 11 * HOUR, history=history)
    texts = [n.text for n in of(events, Notify)]
    assert len(texts) == 5, texts  # offline -> whitelist: one change of two conditions
    assert texts[0].startswith("WhatsApp calls blocked since")
    assert texts[1].startswith("WhatsApp calls working again")
    assert texts[2].startswith("No internet since")
    assert "Whitelist mode since" in texts[3] and "Internet back" in texts[3]
    assert texts[4].startswith("Whitelist mode ended")
    periods = history.diary()
    assert [(p.subject.function or p.subject.condition, p.state) for p in periods] == [
        ("calls", "blocked"),
        ("offline", "on"),
        ("whitelist_mode", "on"),
    ]
    interval = SETTINGS.interval_s
    for period, (start_h, end_h) in zip(periods, ((1, 3), (5, 7), (7, 9)), strict=True):
        assert period.end is not None and period.interval_s == interval
        # start and end are the checks that first saw them: exact to the check interval
        assert 0 <= period.start - (START + start_h * HOUR) < interval + 180
        assert 0 <= period.end - (START + end_h * HOUR) < interval + 180
        assert period.start in check.times and period.end in check.times
        assert period.start_evidence.run_id and period.end_evidence is not None
    assert not history.open_periods()
    history.close()


def test_a_one_check_blip_notifies_nothing() -> None:
    blip_at = START + 180 + 1800  # the first regular check after the baseline

    def world(now: float, kind: CheckKind) -> RunResult:
        return make_run(blocked_calls() if now == blip_at else CLEAN, at=now)

    events, check = watch(world, START + 3 * HOUR)
    assert blip_at in check.times and blip_at + 180 in check.times  # suspected, then not seen
    assert not of(events, Notify) and len(of(events, ChangesConfirmed)) == 1  # the baseline


def test_notifications_respect_the_gap_and_the_mute() -> None:
    settings = WatchSettings(
        interval_s=600,
        jitter=0.0,
        confirm_after_s=60,
        full_every_s=None,
        notify_min_gap_s=HOUR,
        muted_services=frozenset({"telegram"}),
    )
    telegram_down = {
        "whatsapp": {"calls": Verdict.OK},
        "telegram": {"messages": Verdict.TCP_TIMEOUT},
    }
    world = timeline(
        (0, make_run()),
        (0.5, make_run(blocked_calls())),
        (0.7, make_run()),
        (0.9, make_run(telegram_down)),
    )
    events, _ = watch(world, START + 3 * HOUR, settings)
    notes = of(events, Notify)
    assert len(notes) == 2  # blocked at once; "works again" held back by the gap, then said
    assert notes[1].at - notes[0].at >= HOUR
    assert "Telegram" not in " ".join(n.text for n in notes)
    assert any(
        c.subject.service_id == "telegram" for e in of(events, ChangesConfirmed) for c in e.changes
    )


def test_the_budget_is_never_exceeded_on_a_metered_link() -> None:
    settings = WatchSettings(
        interval_s=600,
        jitter=0.0,
        confirm_after_s=60,
        full_every_s=600,
        daily_budget_bytes=1_000_000,
        light_check_estimate_bytes=250_000,
    )
    source = FakeSource(NetworkState(reachable=True, transport="cellular"))
    events, check = watch(timeline((0, make_run())), START + 30 * HOUR, settings, source=source)
    assert set(check.kinds) == {"light"}  # never a full run on a metered link
    per_day: dict[int, int] = {}
    for e in of(events, CheckFinished):
        day = int((e.at + 0) // 86400)
        per_day[day] = per_day.get(day, 0) + e.bytes_used
    assert per_day and max(per_day.values()) <= settings.daily_budget_bytes
    exhausted = of(events, BudgetExhausted)
    assert exhausted and exhausted[0].resumes_at % 86400 == 0
    assert len(per_day) >= 2  # checks resumed after midnight (UTC here)


def test_full_runs_every_few_hours_on_unmetered_links_only() -> None:
    settings = WatchSettings(
        interval_s=1800, jitter=0.0, confirm_after_s=180, full_every_s=2 * HOUR
    )
    _, check = watch(timeline((0, make_run())), START + 5 * HOUR, settings)
    assert check.kinds[0] == "light" and check.kinds.count("full") == 2


def test_vpn_checks_are_kept_apart(tmp_path: Path) -> None:
    history = History.open(tmp_path / "h.sqlite3")
    source = FakeSource()

    def script(watcher: Watcher, event: WatchEvent) -> None:
        if isinstance(event, CheckFinished) and event.at >= START + HOUR:
            source.state = NetworkState(reachable=True, transport="wifi", vpn="wg0")

    world = timeline((0, make_run()), (1.5, make_run(blocked_calls())))
    events, _ = watch(world, START + 4 * HOUR, history=history, source=source, script=script)
    vpn_changes = [e for e in of(events, ChangesConfirmed) if e.through_vpn]
    assert vpn_changes
    assert not of(events, Notify)  # the direct connection never changed
    assert all(e.through_vpn for e in of(events, CheckStarted) if e.at > START + 1.1 * HOUR)
    (period,) = history.diary()
    assert period.through_vpn and period.subject.function == "calls"
    assert not history.open_periods(through_vpn=False)
    history.close()


def test_paused_means_no_checks_and_no_notifications() -> None:
    def script(watcher: Watcher, event: WatchEvent) -> None:
        if isinstance(event, CheckFinished) and START + HOUR <= event.at < START + 1.2 * HOUR:
            watcher.pause(2 * HOUR)

    world = timeline((0, make_run()), (1.5, make_run(blocked_calls())), (2.5, make_run()))
    events, check = watch(world, START + 5 * HOUR, script=script)
    (paused,) = of(events, Paused)
    assert not [t for t in check.times if paused.at < t < paused.until]
    assert not of(events, Notify)  # the blocked spell fell inside the pause


def test_check_now_and_a_network_change_check_at_once() -> None:
    source = FakeSource()
    said: list[float] = []

    def script(watcher: Watcher, event: WatchEvent) -> None:
        if isinstance(event, CheckFinished) and event.at == START + 180 and not said:
            said.append(event.at)
            watcher.network_changed(NetworkState(reachable=True, transport="ethernet"))

    _, check = watch(timeline((0, make_run())), START + HOUR, source=source, script=script)
    assert check.times[:3] == [START, START + 180, START + 180]


def test_a_failing_check_is_said_and_watching_goes_on() -> None:
    def world(now: float, kind: CheckKind) -> RunResult:
        if now == START:
            raise RuntimeError("engine bug")
        return make_run(at=now)

    events, check = watch(world, START + 2 * HOUR)
    (failed,) = of(events, CheckFailed)
    assert "engine bug" in failed.reason
    assert len(check.times) >= 3 and check.times[1] == START + 1800


def test_check_now_during_a_pause_resumes_and_checks() -> None:
    said: list[str] = []

    def script(watcher: Watcher, event: WatchEvent) -> None:
        if isinstance(event, CheckFinished) and not said and event.at == START + 180:
            said.append("paused")
            watcher.pause(None)  # until resumed
        elif isinstance(event, Paused):
            watcher.check_now()

    events, check = watch(timeline((0, make_run())), START + HOUR, script=script)
    assert of(events, Resumed) and check.times[2] == START + 180  # at once, not in 30 min
