"""core/rules/signatures.py: hand-written steps -> the finding, no socket (issue #19)."""

from __future__ import annotations

from typing import Any

import pytest

from core.codes import Outcome, Verdict
from core.models import Step, StepKind
from core.rules import signatures
from core.rules.facts import Finding


def pull(outcome: Outcome, kb: float | None = None, direction: str = "down") -> Step:
    detail: dict[str, Any] = {"direction": direction}
    if kb is not None:
        key = "wire_received" if direction == "down" else "wire_acknowledged"
        detail[key] = int(kb * 1024)
    ok = outcome in (Outcome.COMPLETE, Outcome.TOO_SMALL)
    return Step(StepKind.TRANSFER, "10.0.0.1:443", ok, outcome, 100.0, ("10.0.0.1",), detail)


DONE = pull(Outcome.COMPLETE)
CUT_16 = pull(Outcome.STALLED, 16)
CUT_20_UP = pull(Outcome.STALLED, 20, "up")
REFUSED = pull(Outcome.FAILED)


@pytest.mark.parametrize(
    ("steps", "unlisted", "code", "partial", "share", "keys"),
    [
        ([DONE, DONE, DONE, DONE], [DONE, DONE], Verdict.OK, False, None, []),
        ([CUT_16] * 4, [DONE, DONE], Verdict.STALLED, False, 1.0, ["evidence.transfer_cut"]),
        # one flaky repeat: cut on some tries only is partial (degraded), with its share
        (
            [CUT_16, DONE, DONE, DONE],
            [DONE, DONE],
            Verdict.STALLED,
            True,
            0.25,
            ["evidence.transfer_cut"],
        ),
        # tries that never ran (refused, failed) do not count either way
        ([REFUSED, REFUSED, DONE, DONE], [DONE, DONE], Verdict.OK, False, None, []),
        ([REFUSED, CUT_16], [DONE, DONE], Verdict.STALLED, False, 1.0, ["evidence.transfer_cut"]),
        # the test name passes while a made-up one on the same address is cut: allow-listed
        (
            [DONE] * 4,
            [CUT_16, DONE],
            Verdict.STALLED,
            False,
            None,
            ["evidence.allowlisted_name", "evidence.transfer_cut"],
        ),
        # both cut: the function's own cut, not an allow-list
        ([CUT_16] * 4, [CUT_16, CUT_16], Verdict.STALLED, False, 1.0, ["evidence.transfer_cut"]),
    ],
)
def test_transfer_cut(
    steps: list[Step],
    unlisted: list[Step],
    code: Verdict,
    partial: bool,
    share: float | None,
    keys: list[str],
) -> None:
    found = signatures.transfer_cut(steps, unlisted, "site.test", "made-up.test", for_others=True)
    assert (found.code, found.partial, found.share) == (code, partial, share)
    assert [m.key for m in found.evidence] == keys


def test_the_cut_figures_are_the_median_and_the_directions() -> None:
    found = signatures.transfer_cut(
        [CUT_16, CUT_20_UP, CUT_16, DONE], [], "site.test", "x.test", for_others=True
    )
    assert found.figures == {"cut_kb": 16.0, "seen": 3, "tries": 4, "directions": "down, up"}
    allowlisted = signatures.transfer_cut(
        [DONE], [CUT_20_UP, DONE], "site.test", "x.test", for_others=True
    )
    assert allowlisted.evidence[0].params == {"name": "site.test", "unlisted": "x.test"}
    assert allowlisted.figures["cut_kb"] == 20.0 and allowlisted.figures["tries"] == 2


def measured(kbps: float | None, outcome: Outcome = Outcome.MEASURED, **detail: Any) -> Step:
    if kbps is not None:
        detail["rate_kbps"] = kbps
    ok = outcome == Outcome.MEASURED
    return Step(StepKind.THROUGHPUT, "10.0.0.1:443", ok, outcome, 3000.0, (), detail)


NAMES = ("video.test", "control.test", "made-up.test")
FAST = measured(40_000.0)
FROZEN = measured(None, Outcome.STALLED, body_bytes=3 * 1024)
CRAWLING = measured(None, Outcome.TOO_LITTLE_DATA, body_bytes=6 * 1024, ended=False)
SHORT_PAGE = measured(None, Outcome.TOO_LITTLE_DATA, body_bytes=900, ended=True)
FAILED = measured(None, Outcome.FAILED)


@pytest.mark.parametrize(
    ("real", "control", "other", "code", "keys"),
    [
        (FAST, FAST, FAST, Verdict.OK, ["evidence.throughput_fine"]),
        (measured(140.0), FAST, FAST, Verdict.THROTTLED, ["evidence.throttled"]),
        # a starved pull (froze, or still crawling at the deadline) is the harshest throttle
        (
            FROZEN,
            FAST,
            FAST,
            Verdict.THROTTLED,
            ["evidence.throttled", "evidence.throughput_starved"],
        ),
        (
            CRAWLING,
            FAST,
            FAST,
            Verdict.THROTTLED,
            ["evidence.throttled", "evidence.throughput_starved"],
        ),
        # a short complete answer (an error page) is not slow: unmeasured, never throttled
        (SHORT_PAGE, FAST, FAST, Verdict.OK, ["evidence.throughput_unmeasured"]),
        # a control that failed too proves nothing: unmeasured, never throttled
        (measured(140.0), FAILED, FAST, Verdict.OK, ["evidence.throughput_unmeasured"]),
        (FROZEN, FAILED, FAST, Verdict.OK, ["evidence.throughput_unmeasured"]),
        # the test name at full speed, a made-up name braked: evidence only
        (
            FAST,
            FAST,
            measured(120.0),
            Verdict.OK,
            ["evidence.throughput_fine", "evidence.unlisted_throttled"],
        ),
        # both slow is a slow line (less than 1 Mbit/s lost)
        (measured(100.0), measured(900.0), FAST, Verdict.OK, ["evidence.throughput_fine"]),
        # above 10 Mbit/s a difference is noise
        (measured(12_000.0), measured(90_000.0), FAST, Verdict.OK, ["evidence.throughput_fine"]),
    ],
)
def test_throughput(real: Step, control: Step, other: Step, code: Verdict, keys: list[str]) -> None:
    found = signatures.throughput(real, control, other, NAMES, for_others=False)
    assert found.code == code
    assert [m.key for m in found.evidence] == keys


def test_a_frozen_pull_is_rated_by_what_came_over_the_whole_pull() -> None:
    found = signatures.throughput(FROZEN, FAST, FAST, NAMES, for_others=False)
    assert found.figures == {
        "rate_kbps": 8.2,  # 3 KB in 3 s
        "control_kbps": 40_000,
        "name": "video.test",
        "control": "control.test",
    }
    assert found.evidence[1].params["kb"] == 3.0


@pytest.mark.parametrize(
    ("real", "control", "throttled"),
    [
        (140.0, 40_000.0, True),
        (9_999.0, 40_000.0, True),
        (10_000.0, 40_000.0, False),  # at 10 Mbit/s it is not a brake
        (300.0, 1_200.0, False),  # a quarter exactly, under 1 Mbit/s lost
        (100.0, 0.0, False),  # a control that moved nothing
    ],
)
def test_is_throttled(real: float, control: float, throttled: bool) -> None:
    assert signatures.is_throttled(real, control) is throttled


@pytest.mark.parametrize(
    ("step", "code"),
    [
        (Step(StepKind.QUIC, "x", True, Outcome.HANDSHAKE_OK, 1.0), Verdict.OK),
        (Step(StepKind.QUIC, "x", False, Outcome.NO_ANSWER, 1.0), Verdict.QUIC_BLOCKED),
        (Step(StepKind.QUIC, "x", False, Outcome.REFUSED, 1.0), Verdict.QUIC_BLOCKED),
    ],
)
def test_quic(step: Step, code: Verdict) -> None:
    found = signatures.quic(step, "site.test")
    assert found.code == code
    if code != Verdict.OK:
        assert found.evidence[0].params == {"name": "site.test", "outcome": step.outcome}


def test_the_worst_finding_is_the_most_telling() -> None:
    stalled, throttled = Finding(Verdict.STALLED), Finding(Verdict.THROTTLED)
    assert signatures.worst([Finding(), Finding()]) is None
    assert signatures.worst([throttled, Finding(), stalled]) is stalled
    assert signatures.worst([Finding(Verdict.QUIC_BLOCKED), throttled]) is throttled


# ---- one rule for allow-listed test names, in both tests (issue 20) ----


@pytest.mark.parametrize(
    ("own_hit", "made_up_hit", "for_others", "decides"),
    [
        (False, True, True, True),  # a hosting test host passes, others there are cut
        (False, True, False, False),  # a service's own name passes: it works
        (True, True, True, False),  # its own name is hit too: its own verdict, no allow-list
        (True, True, False, False),
        (False, False, True, False),  # nothing hit
        (False, False, False, False),
    ],
)
def test_the_made_up_name_decides_only_for_a_host_that_stands_for_others(
    own_hit: bool, made_up_hit: bool, for_others: bool, decides: bool
) -> None:
    assert signatures.made_up_name_decides(own_hit, made_up_hit, for_others) is decides


SLOWED = measured(120.0)


@pytest.mark.parametrize(
    ("for_others", "cut_code", "cut_keys", "slow_code", "slow_keys"),
    [
        # a hosting pool's test host: the made-up name is the measure, in both tests
        (
            True,
            Verdict.STALLED,
            ["evidence.allowlisted_name", "evidence.transfer_cut"],
            Verdict.THROTTLED,
            ["evidence.allowlisted_name", "evidence.unlisted_throttled"],
        ),
        # a service's own endpoint: judged by its own name in both tests, evidence only
        (
            False,
            Verdict.OK,
            ["evidence.unlisted_cut"],
            Verdict.OK,
            ["evidence.throughput_fine", "evidence.unlisted_throttled"],
        ),
    ],
)
def test_both_tests_judge_an_allowlisted_name_alike(
    for_others: bool,
    cut_code: Verdict,
    cut_keys: list[str],
    slow_code: Verdict,
    slow_keys: list[str],
) -> None:
    cut = signatures.transfer_cut(
        [DONE] * 4, [CUT_16, DONE], "site.test", "made-up.test", for_others=for_others
    )
    assert cut.code == cut_code and [m.key for m in cut.evidence] == cut_keys
    for other in (SLOWED, FROZEN):  # slowed, or starved outright
        slow = signatures.throughput(FAST, FAST, other, NAMES, for_others=for_others)
        assert slow.code == slow_code and [m.key for m in slow.evidence] == slow_keys


def test_a_service_whose_own_name_passes_says_which_name_was_cut() -> None:
    found = signatures.transfer_cut(
        [DONE] * 4, [CUT_16, DONE], "site.test", "made-up.test", for_others=False
    )
    params = found.evidence[0].params
    assert params["name"] == "site.test" and params["unlisted"] == "made-up.test"
    assert params["cut_kb"] == 16.0
