"""The call test's rules (core/rules/calls.py) on hand-written figures: no I/O, no lab.

Each row is a messenger's measured call path and what the rules must name it: the code, its
status, the explanation's key; the borderlines are the ones the call test meets in the field
(nothing to call, names that did not resolve, total silence, a call just past a readiness
limit, a flow cut after N packets)."""

from __future__ import annotations

from dataclasses import replace

import pytest

from core.codes import Verdict
from core.models import (
    CallFigures,
    CallVerdict,
    Endpoint,
    EndpointResult,
    Message,
    Protocol,
    Status,
)
from core.rules import calls as call_rules
from core.rules.calls import TargetResult

KNOWN = Endpoint("stun.messenger.test", 3478, Protocol.STUN, stun_answers="binding")
UNVERIFIED = Endpoint("relay.messenger.test", 3478, Protocol.STUN)
CONTROL = Endpoint("stun.control.test", 3478, Protocol.STUN, stun_answers="binding")

GOOD = CallFigures(
    sent=150, received=150, loss_pct=0.0, rtt_min_ms=20, rtt_median_ms=22, rtt_p95_ms=30,
    jitter_ms=1.0, mos=4.4, r_factor=92.0, jitter_buffer_ms=4.0, late_pct=0.0,
)  # fmt: skip
# 2 % loss: past the 1 % readiness limit, still above the call_poor MOS.
MARGINAL = replace(GOOD, received=147, loss_pct=2.0, mos=4.1, r_factor=84.0)
POOR = replace(GOOD, received=127, loss_pct=15.0, mos=2.9, r_factor=58.0)
SILENT = CallFigures(sent=150, received=0, loss_pct=100.0)
CUT = replace(GOOD, received=25, loss_pct=83.3, cut_after=25)


def target(
    figures: CallFigures | None,
    endpoint: Endpoint = KNOWN,
    service: str = "messenger",
    error: str | None = None,
) -> TargetResult:
    label = f"{endpoint.host}:{endpoint.port}"
    return TargetResult(service, endpoint, label, figures, None, error, "loss")


ANSWERING_CONTROL = target(GOOD, CONTROL, "control")
SILENT_CONTROL = target(SILENT, CONTROL, "control")
ANSWERS = [ANSWERING_CONTROL]

WORKS = (Verdict.CALL_OK, Status.WORKS)
DEGRADED = (Verdict.CALL_POOR, Status.DEGRADED)
BLOCKED = (Verdict.UDP_BLOCKED, Status.BLOCKED)
UNKNOWN = (Verdict.NOT_TESTED, Status.UNKNOWN)

CASES = [
    # (name, targets, controls, (code, status), explanation key)
    ("no targets", [], ANSWERS, UNKNOWN, "no_targets"),
    ("unresolved", [target(None)], ANSWERS, UNKNOWN, "unresolved"),
    ("no socket", [target(None, error="No route")], [], UNKNOWN, "unresolved"),
    ("a clean call", [target(GOOD)], ANSWERS, WORKS, "call_ok"),
    ("marginal", [target(MARGINAL)], ANSWERS, WORKS, "call_ok_marginal"),
    ("poor", [target(POOR)], ANSWERS, DEGRADED, "call_poor"),
    ("the best target wins", [target(POOR), target(GOOD, UNVERIFIED)], [], WORKS, "call_ok"),
    ("cut after N", [target(CUT)], ANSWERS, BLOCKED, "cut"),
    ("100 % loss, control answers", [target(SILENT)], ANSWERS, BLOCKED, "udp_blocked"),
    ("100 % loss, controls silent", [target(SILENT)], [SILENT_CONTROL], UNKNOWN, "no_udp"),
    ("100 % loss, no controls", [target(SILENT)], [], UNKNOWN, "unverified"),
    ("silent, not known to answer", [target(SILENT, UNVERIFIED)], ANSWERS, UNKNOWN, "unverified"),
]


@pytest.mark.parametrize(
    ("targets", "controls", "expected", "why"),
    [case[1:] for case in CASES],
    ids=[case[0] for case in CASES],
)
def test_a_call_path_is_judged(
    targets: list[TargetResult],
    controls: list[TargetResult],
    expected: tuple[Verdict, Status],
    why: str,
) -> None:
    judged = call_rules.judge("messenger", targets, controls)
    assert (judged.code, judged.status) == expected
    assert judged.explanation.key == f"calls.explain.{why}"
    assert judged.advice.key == f"calls.advice.{why}"


def test_a_control_judged_as_a_service_does_not_vouch_for_itself() -> None:
    itself = target(SILENT, CONTROL, "control")
    judged = call_rules.judge("control", [itself], [itself, ANSWERING_CONTROL])
    assert judged.explanation.key == "calls.explain.no_udp"


def test_the_verdict_names_the_figures_and_the_band() -> None:
    judged = call_rules.judge("messenger", [target(POOR)], [ANSWERING_CONTROL])
    assert judged.figures == POOR
    assert judged.explanation.params["band_code"] == "mos_poor"
    assert judged.explanation.params["figure_code"] == "figure_loss"
    assert judged.explanation.params["value"] == "15 %"


def test_a_cut_names_the_packet_count() -> None:
    judged = call_rules.judge("messenger", [target(CUT)], [ANSWERING_CONTROL])
    assert judged.explanation.params == {"target": "stun.messenger.test:3478", "n": 25}
    assert Message("calls.evidence.cut", {"target": "stun.messenger.test:3478", "n": 25}) in (
        judged.evidence
    )


@pytest.mark.parametrize(
    ("figures", "key"),
    [
        (MARGINAL, "ready_loss"),
        (replace(GOOD, jitter_ms=30.0), "ready_jitter"),
        (replace(GOOD, rtt_median_ms=300.0), "ready_rtt"),
        (replace(GOOD, jitter_buffer_ms=60.0), "jitter_buffer"),
    ],
)
def test_each_readiness_limit_is_named(figures: CallFigures, key: str) -> None:
    judged = call_rules.judge("messenger", [target(figures)], [])
    assert f"calls.evidence.{key}" in {m.key for m in judged.evidence}
    assert judged.advice.key == "calls.advice.call_ok_marginal" or key == "jitter_buffer"


@pytest.mark.parametrize(
    ("fallback", "evidence"),
    [
        (("tcp.messenger.test:443", True), "fallback_ok"),
        (("tcp.messenger.test:443", False), "fallback_failed"),
    ],
)
def test_a_blocked_call_says_whether_the_fallback_works(
    fallback: tuple[str, bool], evidence: str
) -> None:
    judged = call_rules.judge("messenger", [target(SILENT)], [ANSWERING_CONTROL], fallback)
    assert judged.tcp_fallback is fallback[1]
    assert f"calls.evidence.{evidence}" in {m.key for m in judged.evidence}
    clean = call_rules.judge("messenger", [target(GOOD)], [], fallback)
    assert not {m.key for m in clean.evidence} & {
        "calls.evidence.fallback_ok",
        "calls.evidence.fallback_failed",
    }


def test_stun_shaped_packets_dropped_while_random_ones_pass() -> None:
    classified = replace(target(SILENT), random=replace(GOOD, loss_pct=10.0))
    judged = call_rules.judge("messenger", [classified], [ANSWERING_CONTROL])
    assert "calls.evidence.stun_dropped" in {m.key for m in judged.evidence}


def _verdict(code: Verdict, figures: CallFigures | None) -> CallVerdict:
    targets = {"stun.messenger.test:3478": figures} if figures is not None else {}
    return CallVerdict(
        "messenger", code, Status.UNKNOWN, Message("x"), Message("y"), targets=targets
    )


@pytest.mark.parametrize(
    ("code", "figures", "known", "endpoint_code"),
    [
        (Verdict.CALL_OK, None, True, Verdict.NOT_TESTED),
        (Verdict.CALL_OK, GOOD, True, Verdict.OK),
        (Verdict.UDP_BLOCKED, CUT, False, Verdict.UDP_BLOCKED),
        (Verdict.UDP_BLOCKED, SILENT, True, Verdict.UDP_BLOCKED),
        (Verdict.UDP_BLOCKED, SILENT, False, Verdict.NOT_TESTED),
        (Verdict.NOT_TESTED, SILENT, True, Verdict.NOT_TESTED),
    ],
)
def test_a_stun_endpoint_code_follows_its_own_figures(
    code: Verdict, figures: CallFigures | None, known: bool, endpoint_code: Verdict
) -> None:
    verdict = _verdict(code, figures)
    assert call_rules.target_code(verdict, "stun.messenger.test:3478", known) == endpoint_code


def test_a_fallback_counts_as_reachable_only_when_it_worked() -> None:
    ep = Endpoint("tcp.messenger.test", 443, Protocol.TLS)
    assert call_rules.fallback_works(EndpointResult(ep, Verdict.OK, ()))
    assert not call_rules.fallback_works(EndpointResult(ep, Verdict.TCP_RESET, ()))
    assert call_rules.not_reached(ep) == EndpointResult(ep, Verdict.NOT_TESTED, ())


def test_bands_leave_no_gaps() -> None:
    band = call_rules.band
    assert band(4.31) == "excellent" and band(4.3) == "good"
    assert band(4.0) == "fair" and band(3.6) == "fair"
    assert band(3.59) == "degraded" and band(3.0) == "poor"
    steps = [round(1 + i * 0.001, 3) for i in range(3501)]
    assert all(band(m) in call_rules.BANDS for m in steps)
    order = [call_rules.BANDS.index(band(m)) for m in steps]
    assert order == sorted(order, reverse=True)  # one band after the other as MOS rises
