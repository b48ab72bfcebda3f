"""core/rules/line.py: the controls' slices -> slow_line / unstable_line, and what that does to
every timing verdict (issue 20). Hand-written steps, no socket."""

from __future__ import annotations

from typing import Any

import pytest

from core.catalog_model import Endpoint
from core.codes import Condition, Outcome, Verdict
from core.messages import render
from core.models import (
    EndpointResult,
    FunctionKind,
    FunctionResult,
    Message,
    Protocol,
    Region,
    Status,
    Step,
    StepKind,
)
from core.rules import faces, line
from core.rules.network import NetworkFacts, assess, line_too_poor
from core.rules.verdict import aggregate

D, F = Region.DOMESTIC, Region.FOREIGN


def slice_(outcome: Outcome = Outcome.MEASURED, **detail: Any) -> Step:
    return Step(
        StepKind.THROUGHPUT,
        "10.0.0.1:443",
        outcome == Outcome.MEASURED,
        outcome,
        500.0,
        ("10.0.0.1",),
        {"purpose": "line", **detail},
    )


FAST = slice_(rate_kbps=40_000.0, first_byte_ms=30.0, median_gap_ms=0.1, longest_gaps_ms=[2.0])
# a far but healthy control: a 200 ms round trip, a 32 KB slice over before slow start opens
FAR = slice_(rate_kbps=600.0, first_byte_ms=260.0, median_gap_ms=0.2, longest_gaps_ms=[190.0])
NEAR_SLOW = slice_(rate_kbps=500.0, first_byte_ms=60.0)
EDGE = slice_(rate_kbps=300.0, first_byte_ms=700.0, median_gap_ms=110.0, longest_gaps_ms=[300.0])
LATE = slice_(first_byte_ms=1_300.0)  # a small page: no rate, a late first byte
QUEUED = slice_(Outcome.STALLED, stalled_after_ms=1500.0)  # froze before any answer
DRIPPED = slice_(  # a late first byte, a slow drip, then frozen: a slow line's queue
    Outcome.STALLED, first_byte_ms=400.0, median_gap_ms=900.0, stalled_after_ms=1500.0
)
LOSSY = slice_(  # fast between losses, silent for retransmission timeouts
    rate_kbps=2_000.0,
    first_byte_ms=20.0,
    median_gap_ms=0.1,
    longest_gaps_ms=[610.0, 240.0, 200.5, 3.0],
)
FROZE_MIDWAY = slice_(  # data at a good pace, then nothing
    Outcome.STALLED, first_byte_ms=15.0, median_gap_ms=0.5, stalled_after_ms=1500.0
)
ONE_HICCUP = slice_(  # one long silence (the server, this computer): not a lossy line
    rate_kbps=30_000.0, first_byte_ms=20.0, median_gap_ms=0.1, longest_gaps_ms=[450.0, 1.0]
)


@pytest.mark.parametrize(
    ("samples", "condition"),
    [
        ([], None),
        ([(D, FAST), (D, FAST), (F, FAST)], None),
        ([(D, FAR), (D, FAR), (F, FAR)], None),  # far is not slow
        ([(D, NEAR_SLOW), (D, NEAR_SLOW)], None),  # a low rate alone, a round trip of 60 ms
        ([(D, EDGE), (D, EDGE), (F, EDGE)], Condition.SLOW_LINE),
        ([(D, LATE), (D, LATE), (F, FAST)], None),  # one control moved data fast: not the line
        ([(D, LATE), (D, LATE)], Condition.SLOW_LINE),
        ([(D, QUEUED), (D, DRIPPED), (F, QUEUED)], Condition.SLOW_LINE),
        ([(D, EDGE), (D, FAST), (F, EDGE)], None),  # a domestic control is fast
        ([(F, EDGE)], None),  # a foreign control alone may be the filter's doing
        ([(F, EDGE), (F, EDGE)], None),
        ([(D, LOSSY), (D, FROZE_MIDWAY), (F, LOSSY)], Condition.UNSTABLE_LINE),
        ([(D, LOSSY), (D, FAST), (F, FAST)], None),  # one slice's losses: not enough
        ([(D, FAST), (F, LOSSY), (F, LOSSY)], None),  # no domestic one among them
        ([(D, ONE_HICCUP), (D, ONE_HICCUP), (F, FAST)], None),
        # losses make a line slow too; they say more
        ([(D, LOSSY), (D, EDGE), (F, LOSSY)], Condition.UNSTABLE_LINE),
    ],
)
def test_the_line_from_the_controls(
    samples: list[tuple[Region, Step]], condition: Condition | None
) -> None:
    reading = line.read([line.LineSample(r, s) for r, s in samples])
    assert reading.condition == condition
    assert reading.too_poor_to_tell is (condition is not None)
    assert line.shorten_transfers(reading) is (condition is not None)
    if condition is not None:
        assert reading.evidence and all(
            render(m, lang) for m in reading.evidence for lang in ["en", "ru"]
        )


def test_the_words_quote_the_line() -> None:
    slow = line.read([line.LineSample(D, EDGE), line.LineSample(F, EDGE)])
    assert slow.evidence[0].key == "evidence.line_slow"
    assert "300 kbit/s" in render(slow.evidence[0]) and "700" in render(slow.evidence[0])
    late = line.read([line.LineSample(D, LATE)])
    assert late.evidence[0].key == "evidence.line_crawl"
    lossy = line.read([line.LineSample(D, LOSSY), line.LineSample(D, FROZE_MIDWAY)])
    assert lossy.figures["lossy"] == 2 and lossy.figures["gap_ms"] == 1500
    assert "2 of 2" in render(lossy.evidence[0]) and "2 из 2" in render(lossy.evidence[0], "ru")


def _network(samples: list[tuple[Region, Step]]) -> Any:
    reading = line.read([line.LineSample(r, s) for r, s in samples])
    return assess(NetworkFacts(controls=(), line=reading))


def test_the_network_names_the_line_once_and_stays_ok() -> None:
    slow = _network([(D, EDGE), (D, EDGE), (F, EDGE)])
    assert slow.code == Verdict.OK and list(slow.conditions) == [Condition.SLOW_LINE]
    assert faces.network_works(slow.code)  # a condition, shown beside the banner's status
    assert line_too_poor(slow)
    unstable = _network([(D, LOSSY), (D, LOSSY)])
    assert list(unstable.conditions) == [Condition.UNSTABLE_LINE] and line_too_poor(unstable)
    fine = _network([(D, FAST), (F, FAST)])
    assert not fine.conditions and not line_too_poor(fine)
    for condition in (Condition.SLOW_LINE, Condition.UNSTABLE_LINE):
        words = Message(f"condition.{condition}")
        assert "line" in render(words) and "лини" in render(words, "ru")


def _endpoint(code: Verdict, host: str = "a.lab.test") -> EndpointResult:
    return EndpointResult(Endpoint(host, 443, Protocol.HTTPS), code, (), ())


@pytest.mark.parametrize(
    "code",
    [Verdict.STALLED, Verdict.THROTTLED, Verdict.TLS_TIMEOUT, Verdict.TCP_TIMEOUT],
)
def test_on_a_poor_line_a_freeze_or_crawl_is_the_lines(code: Verdict) -> None:
    alone = aggregate("svc", FunctionKind.WEB, [_endpoint(code)], line=True)
    assert (alone.code, alone.status) == (Verdict.NOT_TESTED, Status.UNKNOWN)
    assert alone.explanation.key == "explain.not_tested.line"
    assert alone.evidence[0] == Message("evidence.held_back_line", {"what_code": code})
    assert "too slow to tell" in render(alone.explanation)
    assert "слишком медленная" in render(alone.explanation, "ru")
    # judged as before on a good line
    assert aggregate("svc", FunctionKind.WEB, [_endpoint(code)]).code == code


def test_on_a_poor_line_other_verdicts_stand() -> None:
    reset = _endpoint(Verdict.TLS_RESET)
    stalled = _endpoint(Verdict.STALLED, "b.lab.test")
    fine = _endpoint(Verdict.OK, "c.lab.test")
    assert aggregate("svc", FunctionKind.WEB, [reset, stalled], line=True).code == "tls_reset"
    beside = aggregate("svc", FunctionKind.WEB, [fine, stalled], line=True)
    assert beside.status == Status.UNKNOWN  # the stall held back could be a cut: never "works"
    assert beside.evidence[0].key == "evidence.held_back_line"
    assert aggregate("svc", FunctionKind.WEB, [fine], line=True).status == Status.WORKS


def test_a_busy_computer_is_named_before_the_line() -> None:
    both = aggregate("svc", FunctionKind.WEB, [_endpoint(Verdict.STALLED)], busy=True, line=True)
    assert both.explanation.key == "explain.not_tested.busy"


def test_a_stored_function_held_back_by_the_line_reads_in_both_languages() -> None:
    none = Message("none")
    result = FunctionResult(
        "svc",
        FunctionKind.WEB,
        Verdict.NOT_TESTED,
        Status.UNKNOWN,
        Message("explain.not_tested.line", {"function": "web"}),
        Message("advice.not_tested.line"),
        (none,),
    )
    assert "Wi-Fi" in render(result.advice) and "Wi-Fi" in render(result.advice, "ru")
