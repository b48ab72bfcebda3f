"""Network-level rules: offline, captive portal, and the conditions that colour every result."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from core.models import FunctionResult, Message, NetworkResult, StepKind
from core.probes.dns import DnsAnswer
from core.resolution import DohStatus

# Answers that prove something replied where nothing should (a DNS server at the canary).
_CANARY_REPLIED = {"ok", "nxdomain", "nodata", "servfail", "refused"}


@dataclass(frozen=True)
class NetworkFacts:
    controls: Sequence[FunctionResult]
    others: Sequence[FunctionResult] = ()  # empty before the other services finished
    doh: DohStatus = field(default_factory=lambda: DohStatus(None, ()))
    canary: DnsAnswer | None = None
    udp_forged: Sequence[str] = ()  # names whose UDP/53 answers were forged in transit


def assess(facts: NetworkFacts) -> NetworkResult:
    conditions: list[str] = []
    evidence: list[Message] = []
    if facts.doh.blocked:
        conditions.append("dns_encrypted_blocked")
        evidence.append(
            Message(
                "evidence.doh_failed", {"urls": ", ".join(a.server for a in facts.doh.attempts)}
            )
        )
    if facts.canary is not None and facts.canary.outcome in _CANARY_REPLIED:
        conditions.append("dns_intercepted")
        evidence.append(Message("evidence.canary_answered", {"server": facts.canary.server}))
    if facts.udp_forged:
        if "dns_intercepted" not in conditions:
            conditions.append("dns_intercepted")
        evidence.append(Message("evidence.udp_forged", {"names": ", ".join(facts.udp_forged[:5])}))
    code = _code(facts)
    return NetworkResult(
        code,
        Message(f"network.{code}"),
        Message(f"network_advice.{code}"),
        tuple(conditions),
        tuple(evidence),
    )


def _code(facts: NetworkFacts) -> str:
    if _captive(facts.controls):
        return "captive_portal"
    controls_work = any(_any_endpoint_ok(f) for f in facts.controls)
    others_work = any(_any_endpoint_ok(f) for f in facts.others)
    if facts.controls and not controls_work and not others_work:
        return "offline"
    return "ok"


def _any_endpoint_ok(result: FunctionResult) -> bool:
    return any(e.code == "ok" or e.partial for e in result.endpoints)


def _captive(controls: Sequence[FunctionResult]) -> bool:
    """A connectivity-check URL answered, but not with what it always answers."""
    for function in controls:
        for endpoint in function.endpoints:
            if not endpoint.endpoint.captive_check:
                continue
            for step in endpoint.steps:
                if step.kind == StepKind.HTTP and step.outcome in (
                    "blockpage",
                    "unexpected_status",
                ):
                    return True
    return False
