"""Watch mode's judging (core/rules/watch.py): what a check saw, and which changes count —
a change only when the next check confirms it, dated from the check that first saw it."""

from __future__ import annotations

import pytest

from core.codes import Condition, Verdict
from core.models import RunResult
from core.periods import DiaryCondition, Evidence, Period, Subject, SubjectKind
from core.rules.watch import (
    OFF,
    ON,
    Key,
    Observation,
    WatchState,
    advance,
    diary_edits,
    observe,
    seeded,
    wants_full_confirmation,
)
from tests.watch_helpers import CLEAN, blocked_calls, make_run

CALLS = ("function", "whatsapp", "calls", "")
MESSAGES = ("function", "telegram", "messages", "")
OFFLINE = ("network", "", "", DiaryCondition.OFFLINE.value)
WHITELIST = ("network", "", "", DiaryCondition.WHITELIST.value)
DEAD_DNS = ("network", "", "", DiaryCondition.DEAD_DNS.value)
SLOW_LINE = ("network", "", "", DiaryCondition.SLOW_LINE.value)


def states(observation: Observation) -> dict[tuple[str, str, str, str], str]:
    return {key: seen.state for key, seen in observation.seen.items()}


@pytest.mark.parametrize(
    ("run", "expected"),
    [
        (make_run(), {CALLS: "works", MESSAGES: "works", OFFLINE: OFF, SLOW_LINE: OFF}),
        (make_run(blocked_calls()), {CALLS: "blocked", MESSAGES: "works"}),
        (
            make_run({"youtube": {"video": Verdict.THROTTLED}}),
            {("function", "youtube", "video", ""): "slowed"},
        ),
        (
            make_run({"youtube": {"video": Verdict.GEO_BLOCKED}}),
            {("function", "youtube", "video", ""): "refused"},
        ),
        # under a network-wide cause the functions are not observed: the cause is the news
        (make_run(network=Verdict.OFFLINE), {OFFLINE: ON, WHITELIST: OFF}),
        (make_run(network=Verdict.WHITELIST_MODE), {OFFLINE: OFF, WHITELIST: ON}),
        (make_run(conditions=(Condition.DNS_SYSTEM_SILENT,)), {DEAD_DNS: ON, SLOW_LINE: OFF}),
        (make_run(conditions=(Condition.SLOW_LINE,)), {SLOW_LINE: ON, DEAD_DNS: OFF}),
    ],
)
def test_what_a_check_observes(run: RunResult, expected: dict[Key, str]) -> None:
    seen = states(observe(run, 100.0))
    assert {k: seen.get(k) for k in expected} == expected


def test_not_judged_and_untested_say_nothing() -> None:
    run = make_run(
        {"whatsapp": {"calls": Verdict.NOT_TESTED}, "telegram": {"messages": Verdict.OK}}
    )
    seen = states(observe(run, 1.0))
    assert CALLS not in seen and seen[MESSAGES] == "works"
    offline = states(observe(make_run(network=Verdict.OFFLINE), 1.0))
    assert CALLS not in offline and DEAD_DNS not in offline  # unknowable without a network
    assert observe(make_run(completed=False), 1.0).seen == {}  # a cut-short run says nothing


def _fold(*runs_at: tuple[RunResult, float]) -> tuple[WatchState, list[list[tuple[str, str]]]]:
    state, said = WatchState(), []
    for run, at in runs_at:
        state, changes = advance(state, observe(run, at))
        said.append(sorted((c.subject.key[1] + "/" + c.subject.key[2], c.after) for c in changes))
    return state, said


def test_a_change_counts_only_when_the_next_check_confirms_it() -> None:
    state, said = _fold(
        (make_run(), 0),  # baseline: suspected
        (make_run(), 180),  # confirmed (baseline, worth nothing to tell)
        (make_run(blocked_calls()), 1800),  # suspected
        (make_run(blocked_calls()), 1980),  # confirmed, dated 1800
        (make_run(), 3600),
        (make_run(), 3780),  # works again, dated 3600
    )
    assert said[2] == [] and said[3] == [("whatsapp/calls", "blocked")]
    assert said[5] == [("whatsapp/calls", "works")]
    assert state.held[CALLS].since == 3600 and not state.needs_confirmation


def test_a_one_check_blip_is_no_change() -> None:
    state, said = _fold(
        (make_run(), 0), (make_run(), 180), (make_run(blocked_calls()), 1800), (make_run(), 1980)
    )
    assert said[2:] == [[], []]
    assert state.held[CALLS].state == "works" and not state.suspect


def test_the_confirmed_change_is_dated_from_its_first_sighting() -> None:
    state = WatchState()
    for run, at in ((make_run(), 0), (make_run(), 1), (make_run(blocked_calls()), 50)):
        state, _ = advance(state, observe(run, at))
    assert state.needs_confirmation
    state, changes = advance(state, observe(make_run(blocked_calls()), 230))
    (change,) = changes
    assert change.since == 50 and change.before == "works" and change.worth_telling


def test_a_first_sighting_of_works_is_baseline_not_news() -> None:
    _, said = _fold((make_run(), 0), (make_run(), 1))
    assert said[1]  # confirmed ...
    state = WatchState()
    state, _ = advance(state, observe(make_run(), 0))
    _, changes = advance(state, observe(make_run(), 1))
    assert changes and not any(c.worth_telling for c in changes)


def test_a_light_check_neither_confirms_nor_denies_a_slowed_function() -> None:
    slow = {"youtube": {"video": Verdict.THROTTLED}}
    fine = {"youtube": {"video": Verdict.OK}}
    video = ("function", "youtube", "video", "")
    state = WatchState()
    state, _ = advance(state, observe(make_run(fine, light=False), 0))
    state, _ = advance(state, observe(make_run(fine, light=False), 1))
    state, _ = advance(state, observe(make_run(slow, light=False), 10))
    assert wants_full_confirmation(state)
    state, changes = advance(state, observe(make_run(fine, light=True), 20))
    assert not changes and state.suspect[video].state == "slowed"  # still suspected
    state, changes = advance(state, observe(make_run(slow, light=False), 30))
    assert [c.after for c in changes] == ["slowed"] and changes[0].since == 10
    state, changes = advance(state, observe(make_run(fine, light=True), 40))
    assert not changes and not state.suspect  # light "works" agrees with a held "slowed"


def test_overall_is_the_trays_colour() -> None:
    assert WatchState().overall == "unknown"
    state, _ = _fold((make_run(), 0), (make_run(), 1))
    assert state.overall == "fine"
    state, _ = _fold((make_run(blocked_calls()), 0), (make_run(blocked_calls()), 1))
    assert state.overall == "problem"
    state, _ = _fold((make_run(network=Verdict.OFFLINE), 0), (make_run(network=Verdict.OFFLINE), 1))
    assert state.overall == "network"


def test_diary_edits_close_and_open_periods() -> None:
    state, _ = _fold((make_run(), 0), (make_run(), 1))
    state, _ = advance(state, observe(make_run(blocked_calls()), 10))
    _, changes = advance(state, observe(make_run(blocked_calls()), 20))
    edits = diary_edits(changes)
    assert [(s.key, st, e.at) for s, st, e in edits.open] == [(CALLS, "blocked", 10)]
    assert edits.close == ()
    first = _fold((make_run(), 0), (make_run(), 1))[0]
    baseline = advance(WatchState(), observe(make_run(), 0))[0]
    _, none = advance(baseline, observe(make_run(), 1))
    assert diary_edits(none).open == () and diary_edits(none).close == ()
    assert first.held


def test_a_watcher_starts_from_the_open_periods() -> None:
    subject = Subject(SubjectKind.FUNCTION, "whatsapp", "calls", name="WhatsApp")
    period = Period(subject, "blocked", 5.0, Evidence("r1", 5.0, "udp_blocked"), 1800.0)
    state = seeded([period])
    assert state.held[CALLS].state == "blocked" and state.held[CALLS].since == 5.0
    state, _ = advance(state, observe(make_run(), 100))
    state, changes = advance(state, observe(make_run(), 200))
    (change,) = [c for c in changes if c.subject.key == CALLS]
    assert change.before == "blocked" and change.after == "works" and change.since == 100
    assert [s.key for s, _ in diary_edits(changes).close] == [CALLS]


def test_clean_runs_hold_no_problem() -> None:
    state, _ = _fold((make_run(CLEAN), 0), (make_run(CLEAN), 1))
    assert all(seen.state in ("works", OFF) for seen in state.held.values())


def test_a_suspicion_a_full_run_raised_wants_a_full_confirmation() -> None:
    state, _ = _fold((make_run(), 0), (make_run(), 1))
    full, _ = advance(state, observe(make_run(blocked_calls(), light=False), 10))
    assert wants_full_confirmation(full)  # a light check runs no call test
    light, _ = advance(state, observe(make_run(network=Verdict.OFFLINE, light=True), 10))
    assert light.needs_confirmation and not wants_full_confirmation(light)
