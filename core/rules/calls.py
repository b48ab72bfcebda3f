"""The rules of the call test: a messenger's measured call path -> one CallVerdict, a STUN
endpoint's code, a MOS band.

Silence only counts as a block where it means something: from an endpoint known to answer the
probe we send (`stun_answers` in the catalog) while a control STUN server answers. Anything
else that stays silent leaves the verdict `not_tested` (status unknown), never "blocked".

Pure: the call test (core/calls/) measures the figures and works out the E-model's numbers;
here they are only compared with thresholds, so a table of hand-written figures tests it all.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from core.codes import Verdict
from core.models import (
    CallFigures,
    CallVerdict,
    Endpoint,
    EndpointResult,
    JsonValue,
    Message,
    Status,
)

# What call-readiness tools pass (docs/sources.md: loss < 1 %, jitter < 30 ms, RTT < 100 ms).
READY_LOSS_PCT = 1.0
READY_JITTER_MS = 30.0
READY_RTT_MS = 100.0
JITTER_BUFFER_NOTE_MS = 60.0  # a buffer this deep is worth a line in the evidence
# STUN-shaped vs random payloads: one stream mostly dropped while the other mostly passes.
CLASSIFIED_DROPPED_PCT = 90.0
CLASSIFIED_PASSED_PCT = 50.0

POOR_MOS = 3.6  # "where people start to complain" (docs/sources.md): the call_poor threshold
# MOS bands after Twilio's pre-call bands, with their gaps closed and "fair" ending exactly
# where call_poor starts: > 4.3 excellent, (4.0, 4.3] good, [3.6, 4.0] fair, (3.0, 3.6)
# degraded, <= 3.0 poor.
BANDS = ("excellent", "good", "fair", "degraded", "poor")

STATUS = {
    Verdict.CALL_OK: Status.WORKS,
    Verdict.CALL_POOR: Status.DEGRADED,
    Verdict.UDP_BLOCKED: Status.BLOCKED,
    Verdict.DTLS_BLOCKED: Status.BLOCKED,
    Verdict.NOT_TESTED: Status.UNKNOWN,
}


@dataclass(frozen=True)
class TargetResult:
    service_id: str
    endpoint: Endpoint
    label: str  # "host:port"
    figures: CallFigures | None  # None: not measured (the name did not resolve)
    random: CallFigures | None = None  # the random-payload stream to the same server
    error: str | None = None  # why it was not measured when the name did resolve
    # the E-model figure that costs the most: "loss", "latency" or "jitter"
    # (core/calls/emodel.py); None weighs like a path that costs nothing: "loss"
    dragged_by: str | None = None
    # WebRTC's DTLS ClientHello to a server known to answer it (`dtls_answers`): answered or
    # not; None when it was not sent
    dtls_answered: bool | None = None

    @property
    def answered(self) -> bool:
        return self.figures is not None and self.figures.received > 0


def judge(
    service_id: str,
    targets: Sequence[TargetResult],
    controls: Sequence[TargetResult],
    fallback: tuple[str, bool] | None = None,
) -> CallVerdict:
    """`controls`: the control STUN servers' results; `fallback`: (endpoint, reachable)."""
    evidence: list[Message] = []
    for t in targets:
        if t.figures is None and t.error:
            evidence.append(
                Message("calls.evidence.not_measured", {"target": t.label, "error": t.error})
            )
        elif t.figures is None:
            evidence.append(Message("calls.evidence.unresolved", {"target": t.label}))
        evidence.extend(_classification(t))
    # A control judged as a service does not vouch for itself.
    answering_controls = [c.label for c in controls if c.answered and c.service_id != service_id]
    healthy = [t for t in targets if t.answered and t.figures and t.figures.cut_after is None]
    cut = [t for t in targets if t.answered and t.figures and t.figures.cut_after is not None]
    for t in cut:
        assert t.figures is not None
        evidence.append(
            Message("calls.evidence.cut", {"target": t.label, "n": t.figures.cut_after})
        )
    silent = [t for t in targets if t.figures is not None and not t.answered]
    for t in silent:
        key = "silent_known" if t.endpoint.stun_answers else "silent_unverified"
        evidence.append(Message(f"calls.evidence.{key}", {"target": t.label}))
    params: dict[str, JsonValue] = {}
    figures: CallFigures | None = None
    code: Verdict
    if not targets:
        code, why = Verdict.NOT_TESTED, "no_targets"
    elif all(t.figures is None for t in targets):
        code, why = Verdict.NOT_TESTED, "unresolved"
    elif healthy:
        best = max(healthy, key=lambda t: (t.figures.mos or 0.0) if t.figures else 0.0)
        figures = best.figures
        assert figures is not None
        ready = _readiness(figures)
        evidence.extend(ready)
        params = _quality_params(best.label, figures, best.dragged_by or "loss")
        poor = figures.mos is not None and figures.mos < POOR_MOS
        code = Verdict.CALL_POOR if poor else Verdict.CALL_OK
        why = code.value
        if code == Verdict.CALL_OK and any(
            m.key.startswith("calls.evidence.ready_") for m in ready
        ):
            why = "call_ok_marginal"  # works, but past a readiness limit: never "nothing to do"
    elif cut:
        figures = cut[0].figures
        assert figures is not None
        code, why = Verdict.UDP_BLOCKED, "cut"
        params = {"target": cut[0].label, "n": figures.cut_after}
    else:
        known = [t for t in silent if t.endpoint.stun_answers]
        figures = silent[0].figures if silent else None
        if known and answering_controls:
            code, why = Verdict.UDP_BLOCKED, "udp_blocked"
            params = {"target": known[0].label, "controls": ", ".join(answering_controls)}
        elif silent and not answering_controls and controls:
            code, why = Verdict.NOT_TESTED, "no_udp"
        else:
            code, why = Verdict.NOT_TESTED, "unverified"
    if why == "unverified" and service_id in KNOWN_CALL_CONTEXT:
        evidence.append(Message(KNOWN_CALL_CONTEXT[service_id]))
    dtls_tried = [t for t in targets if t.dtls_answered is not None]
    for t in dtls_tried:
        key = "dtls_answered" if t.dtls_answered else "dtls_dropped"
        evidence.append(Message(f"calls.evidence.{key}", {"target": t.label}))
    dropped = dtls_dropped(targets)
    if dropped is not None and code in (Verdict.CALL_OK, Verdict.CALL_POOR):
        # The set-up packets pass, the encrypted handshake dies: WebRTC calls never connect.
        code, why = Verdict.DTLS_BLOCKED, "dtls_blocked"
        params = {"target": dropped}
    tcp_fallback: bool | None = None
    if fallback is not None:
        tcp_fallback = fallback[1]
        if code != Verdict.CALL_OK:
            key = "fallback_ok" if tcp_fallback else "fallback_failed"
            evidence.append(Message(f"calls.evidence.{key}", {"target": fallback[0]}))
    return CallVerdict(
        service_id=service_id,
        code=code,
        status=STATUS[code],
        explanation=Message(f"calls.explain.{why}", params),
        advice=Message(f"calls.advice.{why}"),
        figures=figures,
        tcp_fallback=tcp_fallback,
        evidence=tuple(evidence),
        targets={t.label: t.figures for t in targets if t.figures is not None},
    )


# What is publicly known about a messenger's calls that a test without an account cannot see
# (../shared/FIELD-NOTES.md; docs/sources.md#telegram-calls): said beside an unverified verdict.
KNOWN_CALL_CONTEXT = {"telegram": "calls.context.telegram_2025"}


def dtls_dropped(targets: Sequence[TargetResult]) -> str | None:
    """The target whose DTLS ClientHello went unanswered while its STUN was answered, when no
    target answered DTLS at all: the filter reads the handshake, not the path. None otherwise
    (the hello not sent, or answered somewhere: WebRTC finds a way)."""
    tried = [t for t in targets if t.dtls_answered is not None]
    if not tried or any(t.dtls_answered for t in tried):
        return None
    return next((t.label for t in tried if t.answered), None)


def band(mos: float) -> str:
    """The word for a MOS: every value falls in exactly one band."""
    if mos > 4.3:
        return "excellent"
    if mos > 4.0:
        return "good"
    if mos >= POOR_MOS:
        return "fair"
    if mos > 3.0:
        return "degraded"
    return "poor"


def fallback_works(result: EndpointResult) -> bool:
    """A TCP/TLS fallback endpoint counts as reachable when its probe found it working."""
    return result.code == Verdict.OK


def not_reached(endpoint: Endpoint) -> EndpointResult:
    """A fallback the call test never got to: not tested, no steps."""
    return EndpointResult(endpoint, Verdict.NOT_TESTED, ())


def target_code(verdict: CallVerdict, endpoint_label: str, known: bool) -> Verdict:
    """A STUN endpoint's own code inside the messenger's verdict: answered, cut, blocked (only
    where its silence means something, `known`) or not tested."""
    figures = verdict.targets.get(endpoint_label)
    if figures is None:
        return Verdict.NOT_TESTED
    if figures.received and figures.cut_after is None:
        return Verdict.OK
    if figures.cut_after is not None or (known and verdict.code == Verdict.UDP_BLOCKED):
        return Verdict.UDP_BLOCKED
    return Verdict.NOT_TESTED


def _quality_params(label: str, f: CallFigures, figure: str) -> dict[str, JsonValue]:
    mos = f.mos or 1.0
    value = {
        "loss": f"{f.loss_pct:g} %",
        "latency": f"{f.rtt_median_ms or 0:g} ms",
        "jitter": f"{f.jitter_ms or 0:g} ms",
    }[figure]
    return {
        "target": label,
        "mos": mos,
        "band_code": f"mos_{band(mos)}",
        "figure_code": f"figure_{figure}",
        "value": value,
    }


def _readiness(f: CallFigures) -> list[Message]:
    found = []
    if f.loss_pct >= READY_LOSS_PCT:
        found.append(Message("calls.evidence.ready_loss", {"value": f.loss_pct}))
    if f.jitter_ms is not None and f.jitter_ms >= READY_JITTER_MS:
        found.append(Message("calls.evidence.ready_jitter", {"value": f.jitter_ms}))
    if f.rtt_median_ms is not None and f.rtt_median_ms >= READY_RTT_MS:
        found.append(Message("calls.evidence.ready_rtt", {"value": f.rtt_median_ms}))
    buffer = f.jitter_buffer_ms or 0.0
    if buffer >= JITTER_BUFFER_NOTE_MS or (f.late_pct or 0.0) > 0:
        spread = round(((f.rtt_p95_ms or 0.0) - (f.rtt_min_ms or 0.0)) / 2)
        params = {"spread": spread, "buffer": round(buffer), "late": f.late_pct or 0.0}
        found.append(Message("calls.evidence.jitter_buffer", params))
    return found


def _classification(t: TargetResult) -> list[Message]:
    """STUN-shaped answered but random dropped (or the reverse): the filter reads payloads."""
    if t.figures is None or t.random is None or not t.figures.sent or not t.random.sent:
        return []
    stun_loss, random_loss = t.figures.loss_pct, t.random.loss_pct
    params = {"target": t.label, "stun_loss": stun_loss, "random_loss": random_loss}
    if stun_loss >= CLASSIFIED_DROPPED_PCT and random_loss <= CLASSIFIED_PASSED_PCT:
        return [Message("calls.evidence.stun_dropped", params)]
    if random_loss >= CLASSIFIED_DROPPED_PCT and stun_loss <= CLASSIFIED_PASSED_PCT:
        return [Message("calls.evidence.random_dropped", params)]
    return []
