"""core/rules/transfers.py: hand-written steps -> the finding, no socket (issue #19)."""

from __future__ import annotations

from typing import Any

import pytest

from core.codes import Outcome, Verdict
from core.messages import text
from core.models import Step, StepKind
from core.rules import transfers


def exchange(outcome: Outcome = Outcome.COMPLETE, **detail: Any) -> Step:
    ok = outcome in (Outcome.COMPLETE, Outcome.TOO_SMALL)
    return Step(StepKind.TRANSFER, "10.0.0.1:443", ok, outcome, 2000.0, (), detail)


def way(name: str, state: Outcome, kb: float, kbps: float | None = None) -> dict[str, Any]:
    found: dict[str, Any] = {f"{name}_outcome": state, f"{name}_kb": kb}
    if kbps is not None:
        found[f"{name}_kbps"] = kbps
    return found


DOWN_FAST = way("down", Outcome.COMPLETE, 256.0, 9000.0)
UP_FAST = way("up", Outcome.COMPLETE, 256.0, 8000.0)


@pytest.mark.parametrize(
    ("step", "code", "figures", "words"),
    [
        (exchange(**DOWN_FAST, **UP_FAST), Verdict.OK, {}, None),
        # the upload froze at 16 KB: stalled, with the two-way words
        (
            exchange(Outcome.STALLED, **DOWN_FAST, **way("up", Outcome.STALLED, 16.0)),
            Verdict.STALLED,
            {"cut_kb": 16.0, "seen": 1, "tries": 1, "directions": "up"},
            "two_way_up",
        ),
        (
            exchange(Outcome.STALLED, **way("down", Outcome.STALLED, 16.0)),
            Verdict.STALLED,
            {"cut_kb": 16.0, "seen": 1, "tries": 1, "directions": "down"},
            "two_way_down",
        ),
        # the upload crawls while the download flies: throttled upstream
        (
            exchange(Outcome.SLOW, **DOWN_FAST, **way("up", Outcome.SLOW, 48.0, 190.0)),
            Verdict.THROTTLED,
            {"rate_kbps": 190.0},
            "two_way_up",
        ),
        # nothing at all came before the deadline: a crawl at 0
        (
            exchange(Outcome.SLOW, **way("down", Outcome.SLOW, 0.0), **UP_FAST),
            Verdict.THROTTLED,
            {"rate_kbps": 0.0},
            "two_way_down",
        ),
        # both ways slow: the line, not a filter
        (
            exchange(
                Outcome.SLOW,
                **way("down", Outcome.SLOW, 40.0, 160.0),
                **way("up", Outcome.SLOW, 40.0, 150.0),
            ),
            Verdict.OK,
            {},
            None,
        ),
        # a slice that ended early is too small to judge, however slow
        (
            exchange(Outcome.TOO_SMALL, **way("down", Outcome.TOO_SMALL, 2.0, 30.0), **UP_FAST),
            Verdict.OK,
            {},
            None,
        ),
        (exchange(Outcome.NO_CONNECTION), Verdict.OK, {}, None),
    ],
)
def test_two_way(step: Step, code: Verdict, figures: dict[str, Any], words: str | None) -> None:
    found = transfers.two_way(step)
    assert (found.code, dict(found.figures), found.words) == (code, figures, words)


@pytest.mark.parametrize(
    ("step", "keys"),
    [
        (
            exchange(**DOWN_FAST, **UP_FAST),
            ["evidence.two_way_down_moved", "evidence.two_way_up_moved"],
        ),
        (
            exchange(Outcome.STALLED, **DOWN_FAST, **way("up", Outcome.STALLED, 16.0)),
            ["evidence.two_way_down_moved", "evidence.two_way_up_stalled"],
        ),
        (
            exchange(Outcome.CLOSED, **DOWN_FAST, **way("up", Outcome.CLOSED, 32.0)),
            ["evidence.two_way_down_moved", "evidence.two_way_up_closed"],
        ),
        (exchange(Outcome.RESET), ["evidence.two_way_failed"]),
        (exchange(Outcome.FAILED), ["evidence.two_way_failed"]),
    ],
)
def test_two_way_evidence(step: Step, keys: list[str]) -> None:
    assert [m.key for m in transfers.two_way(step).evidence] == keys


def hello(outcome: Outcome) -> Step:
    return Step(StepKind.TLS, "10.0.0.1:443", outcome == Outcome.ANSWERED, outcome, 50.0)


OK, HUNG = hello(Outcome.ANSWERED), hello(Outcome.STALL_NO_SERVER_HELLO)


@pytest.mark.parametrize(
    ("first", "later", "code"),
    [
        ([OK] * 4, [OK] * 2, Verdict.OK),
        # the first handshakes answered, every later one hung: policed
        ([OK] * 4, [HUNG] * 2, Verdict.CONNECTION_LIMITED),
        ([OK, HUNG, HUNG, HUNG], [HUNG] * 2, Verdict.CONNECTION_LIMITED),
        # one later handshake passed: not a limit
        ([OK] * 4, [OK, HUNG], Verdict.OK),
        # none answered: the address is cut, and how
        ([hello(Outcome.RESET)] + [HUNG] * 3, [HUNG] * 2, Verdict.TCP_RESET),
        ([hello(Outcome.CONNECT_REFUSED)] * 4, [HUNG] * 2, Verdict.TCP_RESET),
        ([HUNG] * 4, [HUNG] * 2, Verdict.TCP_TIMEOUT),
        ([hello(Outcome.CONNECT_TIMEOUT)] * 4, [HUNG] * 2, Verdict.TCP_TIMEOUT),
        ([hello(Outcome.NON_TLS_REPLY)] * 4, [HUNG] * 2, Verdict.TLS_ERROR),
    ],
)
def test_policing(first: list[Step], later: list[Step], code: Verdict) -> None:
    found = transfers.policing(first, later, "10.0.0.1")
    assert found.code == code
    assert found.evidence[0].key == "evidence.policing"
    if code == Verdict.CONNECTION_LIMITED:
        assert found.figures == {
            "first_ok": sum(s.ok for s in first),
            "first": 4,
            "later_ok": 0,
            "later": 2,
        }


@pytest.mark.parametrize(
    ("burst", "later", "words"),
    [
        # the burst's first answered, its last hung, the one opened after it passed: a rate
        # policer
        ([OK, OK, OK, HUNG, HUNG], [OK], "burst"),
        ([OK, OK, OK, OK, hello(Outcome.RESET)], [OK], "burst"),
        # every one answered, or one lost in the middle: no burst limit
        ([OK] * 5, [OK], None),
        ([OK, HUNG, OK, OK, OK], [OK], None),
        ([OK, OK, OK, HUNG, hello(Outcome.NON_TLS_REPLY)], [OK], None),
        # the later one hung too: the count policer's own words
        ([OK, OK, OK, HUNG, HUNG], [HUNG], None),
    ],
)
def test_a_burst_that_trips_policing(
    burst: list[Step], later: list[Step], words: str | None
) -> None:
    found = transfers.policing(burst, later, "10.0.0.1")
    limited = words is not None or not any(s.ok for s in later)
    assert found.code == (Verdict.CONNECTION_LIMITED if limited else Verdict.OK)
    assert found.words == words
    if words:
        assert found.figures["first_ok"] == sum(s.ok for s in burst)
        for language in ("en", "ru"):
            for kind in ("explain", "advice"):
                said = text(f"{kind}.connection_limited.{words}", found.figures, language)
                assert said and "{" not in said
