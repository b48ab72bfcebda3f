"""The rules: steps -> one verdict code per function -> status, explanation and advice.

Every rule that turns evidence into a verdict lives in this module (DNS rules in
`core/rules/dns.py`, network-level rules in `core/rules/network.py`), each with a test.
Codes are stable (docs/verdicts.md); words come from the message table.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

from core.models import (
    EndpointResult,
    FunctionKind,
    FunctionResult,
    JsonValue,
    Message,
    Protocol,
    Status,
    Step,
)

STATUS_BY_CODE: dict[str, Status] = {
    "ok": Status.WORKS,
    "call_ok": Status.WORKS,
    "dns_nxdomain": Status.BLOCKED,
    "dns_timeout": Status.BLOCKED,
    "dns_spoofed": Status.BLOCKED,
    "tcp_refused": Status.BLOCKED,
    "tcp_reset": Status.BLOCKED,
    "tcp_timeout": Status.BLOCKED,
    "tcp_unreachable": Status.BLOCKED,
    "tls_reset": Status.BLOCKED,
    "tls_timeout": Status.BLOCKED,
    "tls_bad_certificate": Status.BLOCKED,
    "tls_error": Status.BLOCKED,
    "http_blockpage": Status.BLOCKED,
    "http_error": Status.DEGRADED,
    "quic_blocked": Status.DEGRADED,
    "throttled": Status.DEGRADED,
    "stalled": Status.DEGRADED,
    "udp_blocked": Status.BLOCKED,
    "call_poor": Status.DEGRADED,
    "not_tested": Status.UNKNOWN,
    "offline": Status.UNKNOWN,
    "captive_portal": Status.UNKNOWN,
    "dns_name_gone": Status.UNKNOWN,
}

# When endpoints of one function fail differently, the code shown is the most telling one:
# a registry block page proves an official block; DNS tampering comes before what it causes.
CODE_PRIORITY = (
    "http_blockpage",
    "dns_spoofed",
    "dns_nxdomain",
    "tls_bad_certificate",
    "tls_reset",
    "tls_timeout",
    "tcp_reset",
    "tcp_refused",
    "tcp_timeout",
    "tcp_unreachable",
    "dns_timeout",
    "udp_blocked",
    "tls_error",
    "stalled",
    "throttled",
    "http_error",
    "quic_blocked",
    "call_poor",
    "dns_name_gone",
    "not_tested",
)

# Endpoint-level codes that only make a function "degraded": it still works, worse.
_SOFT = {"quic_blocked", "throttled", "stalled", "call_poor", "http_error"}


def status_of(code: str) -> Status:
    return STATUS_BY_CODE.get(code, Status.UNKNOWN)


def most_telling(codes: Sequence[str]) -> str:
    rank = {code: i for i, code in enumerate(CODE_PRIORITY)}
    return min(codes, key=lambda c: rank.get(c, len(rank)))


# ---- one endpoint: the first layer that failed ----

TCP_CODES = {
    "refused": "tcp_refused",
    "reset": "tcp_reset",
    "timeout": "tcp_timeout",
    "unreachable": "tcp_unreachable",
}


def tcp_code(outcome: str) -> str:
    return TCP_CODES.get(outcome, "tcp_unreachable" if outcome == "proxy_error" else "tcp_timeout")


def tls_code(outcome: str, blockpage: bool = False) -> str:
    """The verdict for a TLS failure seen with the real server name (before paired tests)."""
    if outcome.startswith("connect_"):
        return tcp_code(outcome.removeprefix("connect_"))
    if blockpage:
        return "http_blockpage"
    if outcome in (
        "reset_after_client_hello",
        "reset_during_handshake",
        "closed_after_client_hello",
        "closed_during_handshake",
    ):
        return "tls_reset"
    if outcome in ("stall_no_server_hello", "stall_during_handshake"):
        return "tls_timeout"
    if outcome == "bad_certificate":
        return "tls_bad_certificate"
    return "tls_error"


def tls_code_by_address(name_code: str) -> str:
    """When the cut also hits a control name on the same address, the address is blocked."""
    return {"tls_reset": "tcp_reset", "tls_timeout": "tcp_timeout"}.get(name_code, name_code)


def http_code(outcome: str) -> str:
    if outcome == "blockpage":
        return "http_blockpage"
    if outcome.startswith("connect_"):
        return tcp_code(outcome.removeprefix("connect_"))
    return "http_error"


def tcp_summary(steps: Sequence[Step]) -> tuple[str, int, int]:
    """(code, failed, total) over the connect attempts to every address of an endpoint."""
    failed = [s for s in steps if not s.ok]
    if not failed:
        return "ok", 0, len(steps)
    code = most_telling([tcp_code(s.outcome) for s in failed])
    return code, len(failed), len(steps)


# ---- one function: all its endpoints ----


def aggregate(
    service_id: str,
    kind: FunctionKind,
    endpoints: Sequence[EndpointResult],
    context: str = "",
) -> FunctionResult:
    """One verdict for a function from the verdicts of its endpoints.

    All endpoints fine -> works. All failing -> the most telling failure. Some failing ->
    degraded, saying how many ("partial block"). Endpoint codes that are `not_tested` (e.g. a
    call relay whose silence proves nothing) do not count either way.
    `context` is a network-level code (offline, captive_portal, whitelist_mode) that changes
    the words, and for offline/captive the status: nothing is called blocked then.
    """
    evidence = tuple(m for e in endpoints for m in e.evidence)
    if kind == FunctionKind.CALLS and any(e.endpoint.protocol == Protocol.STUN for e in endpoints):
        # Calls are judged by the call path (UDP); the TCP fallback is only evidence.
        endpoints_for_verdict = [e for e in endpoints if e.endpoint.protocol == Protocol.STUN]
    else:
        endpoints_for_verdict = list(endpoints)
    tested = [e for e in endpoints_for_verdict if e.code != "not_tested"]
    if not tested:
        return _result(service_id, kind, "not_tested", endpoints, evidence, context=context)
    failing = [e for e in tested if e.code != "ok"]
    if not failing:
        return _result(service_id, kind, "ok", endpoints, evidence, context=context)
    code = most_telling([e.code for e in failing])
    if context in ("offline", "captive_portal"):
        return _result(service_id, kind, context, endpoints, evidence, context=context)
    hard = [e for e in failing if e.code not in _SOFT]
    figures = _figures_for(code, failing)
    share = figures.get("failure_share")
    if len(failing) < len(tested) and hard:
        partial = Message(
            "evidence.partial", {"failed": len(failing), "total": len(tested), "what_code": code}
        )
        return _result(
            service_id,
            kind,
            code,
            endpoints,
            (partial, *evidence),
            status=Status.DEGRADED,
            context=context,
            failure_share=round(len(failing) / len(tested), 2),
            figures=figures,
        )
    flaky = all(e.partial for e in failing if e.code == code)
    return _result(
        service_id,
        kind,
        code,
        endpoints,
        evidence,
        # A failure seen on some tries only (or some addresses) is degraded, never blocked.
        status=Status.DEGRADED if flaky else None,
        context=context,
        failure_share=share if isinstance(share, float) else None,
        figures=figures,
    )


def _figures_for(code: str, failing: Sequence[EndpointResult]) -> dict[str, JsonValue]:
    """Scalar figures of the endpoint that gave the function its code (rates, cut sizes)."""
    for e in failing:
        if e.code == code:
            return {k: v for k, v in e.figures.items() if isinstance(v, str | int | float)}
    return {}


def _result(
    service_id: str,
    kind: FunctionKind,
    code: str,
    endpoints: Sequence[EndpointResult],
    evidence: tuple[Message, ...],
    status: Status | None = None,
    context: str = "",
    failure_share: float | None = None,
    figures: dict[str, JsonValue] | None = None,
) -> FunctionResult:
    status = status or status_of(code)
    params: dict[str, JsonValue] = {**(figures or {}), "function": kind.value}
    explanation_key = f"explain.{code}"
    if context == "whitelist_mode" and status == Status.BLOCKED:
        explanation_key = "explain.whitelist_context"
        params["what_code"] = code
    return FunctionResult(
        service_id=service_id,
        kind=kind,
        code=code,
        status=status,
        explanation=Message(explanation_key, params),
        advice=Message(
            f"advice.{'whitelist_mode' if explanation_key.endswith('context') else code}"
        ),
        evidence=evidence,
        endpoints=tuple(endpoints),
        failure_share=failure_share,
    )


def service_status(functions: Sequence[FunctionResult]) -> Status:
    """A tile's overall state: works only if every tested function works."""
    statuses = Counter(f.status for f in functions)
    known = [s for s in (Status.WORKS, Status.DEGRADED, Status.BLOCKED) if statuses[s]]
    if not known:
        return Status.UNKNOWN
    if known == [Status.WORKS]:
        return Status.WORKS
    if known == [Status.BLOCKED]:
        return Status.BLOCKED
    return Status.DEGRADED
