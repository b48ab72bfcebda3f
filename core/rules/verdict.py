"""The rules: steps -> one verdict code per function -> status, explanation and advice.

Every rule that turns evidence into a verdict lives in `core/rules/`: the layers and the
functions here, DNS in `dns.py`, the network in `network.py`, an endpoint's paired experiments in
`endpoint.py` (whose certificate a failed verification met: `certificates.py`), the signature
tests in `signatures.py` and `transfers.py` — each with a test, and nowhere else
(tests/test_one_judge.py).
Codes are stable (docs/verdicts.md); words come from the message table.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import replace

from core.codes import Outcome, Verdict
from core.models import (
    EndpointResult,
    FunctionKind,
    FunctionResult,
    JsonValue,
    Message,
    NetworkResult,
    Protocol,
    Status,
    Step,
    StepKind,
)
from core.netaddr import site_of
from core.rules import load, maps, subhosts

STATUS_BY_CODE: dict[Verdict, Status] = {
    Verdict.OK: Status.WORKS,
    Verdict.OK_CONNECT_ONLY: Status.WORKS,
    Verdict.CALL_OK: Status.WORKS,
    Verdict.DNS_NXDOMAIN: Status.BLOCKED,
    Verdict.DNS_TIMEOUT: Status.BLOCKED,
    Verdict.DNS_SPOOFED: Status.BLOCKED,
    Verdict.TCP_REFUSED: Status.BLOCKED,
    Verdict.TCP_RESET: Status.BLOCKED,
    Verdict.TCP_TIMEOUT: Status.BLOCKED,
    Verdict.TCP_UNREACHABLE: Status.BLOCKED,
    Verdict.TLS_RESET: Status.BLOCKED,
    Verdict.TLS_TIMEOUT: Status.BLOCKED,
    Verdict.TLS_BAD_CERTIFICATE: Status.BLOCKED,
    Verdict.TLS_ERROR: Status.BLOCKED,
    Verdict.HTTP_BLOCKPAGE: Status.BLOCKED,
    Verdict.GEO_BLOCKED: Status.BLOCKED,
    Verdict.REFUSES_VPN: Status.BLOCKED,  # the service's own refusal, like geo_blocked
    Verdict.HTTP_PAGE_REPLACED: Status.BLOCKED,
    Verdict.HTTP_ERROR: Status.DEGRADED,
    Verdict.QUIC_BLOCKED: Status.DEGRADED,
    Verdict.THROTTLED: Status.DEGRADED,
    Verdict.STALLED: Status.DEGRADED,
    Verdict.CONNECTION_LIMITED: Status.DEGRADED,
    Verdict.SERVICE_DATA_DROPPED: Status.BLOCKED,
    Verdict.BLOCKED_BY_FINGERPRINT: Status.DEGRADED,
    Verdict.UDP_BLOCKED: Status.BLOCKED,
    Verdict.DTLS_BLOCKED: Status.BLOCKED,
    Verdict.CALL_POOR: Status.DEGRADED,
    Verdict.SUBHOST_BLOCKED: Status.DEGRADED,
    Verdict.NOT_TESTED: Status.UNKNOWN,
    Verdict.OFFLINE: Status.UNKNOWN,
    Verdict.CAPTIVE_PORTAL: Status.UNKNOWN,
    Verdict.OPERATOR_VERIFICATION: Status.UNKNOWN,
    Verdict.DNS_NAME_GONE: Status.UNKNOWN,
    # The site's own faults: not censorship, and not "works" either.
    Verdict.SITE_CERTIFICATE_INVALID: Status.UNKNOWN,
    Verdict.SITE_NO_PLAIN_HTTP: Status.UNKNOWN,
    Verdict.DNS_POINTS_LOCAL: Status.UNKNOWN,
}

# When endpoints of one function fail differently, the code shown is the most telling one:
# a registry block page proves an official block, a service's refusal of the country proves
# that no provider is to blame; DNS tampering comes before what it causes.
CODE_PRIORITY: tuple[Verdict, ...] = (
    Verdict.HTTP_BLOCKPAGE,
    Verdict.REFUSES_VPN,
    Verdict.GEO_BLOCKED,
    Verdict.DNS_SPOOFED,
    Verdict.DNS_NXDOMAIN,
    Verdict.TLS_BAD_CERTIFICATE,
    Verdict.TLS_RESET,
    Verdict.TLS_TIMEOUT,
    Verdict.TCP_RESET,
    Verdict.TCP_REFUSED,
    Verdict.TCP_TIMEOUT,
    Verdict.TCP_UNREACHABLE,
    Verdict.DNS_TIMEOUT,
    Verdict.UDP_BLOCKED,
    Verdict.DTLS_BLOCKED,
    Verdict.TLS_ERROR,
    Verdict.SERVICE_DATA_DROPPED,
    Verdict.HTTP_PAGE_REPLACED,
    Verdict.STALLED,
    Verdict.CONNECTION_LIMITED,
    Verdict.BLOCKED_BY_FINGERPRINT,
    Verdict.THROTTLED,
    Verdict.HTTP_ERROR,
    Verdict.QUIC_BLOCKED,
    Verdict.CALL_POOR,
    Verdict.SUBHOST_BLOCKED,
    Verdict.SITE_CERTIFICATE_INVALID,
    Verdict.DNS_POINTS_LOCAL,
    Verdict.SITE_NO_PLAIN_HTTP,
    Verdict.DNS_NAME_GONE,
    Verdict.NOT_TESTED,
)

# The site's (or its DNS records') own faults, never the network's: an endpoint with one is set
# aside when the function's other endpoints were tested, and names the function only alone.
SITE_OWN = frozenset(
    {Verdict.SITE_CERTIFICATE_INVALID, Verdict.SITE_NO_PLAIN_HTTP, Verdict.DNS_POINTS_LOCAL}
)

# The network's codes under which no function is judged: no internet, or a login page (a
# hotel's, or the mobile operator's SIM verification page) in front of everything.
NOT_JUDGED_CONTEXTS = (Verdict.OFFLINE, Verdict.CAPTIVE_PORTAL, Verdict.OPERATOR_VERIFICATION)

# The service's own refusals (of the country, of VPN users): blocked, but never censorship.
SERVICE_OWN_REFUSALS = frozenset({Verdict.GEO_BLOCKED, Verdict.REFUSES_VPN})

# Endpoint-level codes that only make a function "degraded": it still works, worse.
_SOFT = {
    Verdict.QUIC_BLOCKED,
    Verdict.THROTTLED,
    Verdict.STALLED,
    Verdict.CONNECTION_LIMITED,
    Verdict.BLOCKED_BY_FINGERPRINT,
    Verdict.CALL_POOR,
    Verdict.HTTP_ERROR,
}


def is_ok(code: str) -> bool:
    """The layer (or the endpoint) worked: nothing failed that a verdict would name."""
    return code == Verdict.OK


def holds_to_a_rate(code: str) -> bool:
    """The function works but is held to a measured rate: its kbit/s is the news."""
    return code == Verdict.THROTTLED


def status_of(code: Verdict) -> Status:
    """A code's status; unknown for a code this version does not know (`Verdict.parse`)."""
    return STATUS_BY_CODE.get(code, Status.UNKNOWN)


def most_telling(codes: Sequence[Verdict]) -> Verdict:
    rank = {code: i for i, code in enumerate(CODE_PRIORITY)}
    return min(codes, key=lambda c: rank.get(c, len(rank)))


# ---- one endpoint: the first layer that failed ----

TCP_CODES = {
    Outcome.REFUSED: Verdict.TCP_REFUSED,
    Outcome.RESET: Verdict.TCP_RESET,
    Outcome.TIMEOUT: Verdict.TCP_TIMEOUT,
    Outcome.UNREACHABLE: Verdict.TCP_UNREACHABLE,
}
_TLS_CUT = (
    Outcome.RESET_AFTER_CLIENT_HELLO,
    Outcome.RESET_DURING_HANDSHAKE,
    Outcome.CLOSED_AFTER_CLIENT_HELLO,
    Outcome.CLOSED_DURING_HANDSHAKE,
)
_TLS_HUNG = (Outcome.STALL_NO_SERVER_HELLO, Outcome.STALL_DURING_HANDSHAKE)


def tcp_code(outcome: str) -> Verdict:
    fallback = Verdict.TCP_UNREACHABLE if outcome == Outcome.PROXY_ERROR else Verdict.TCP_TIMEOUT
    return TCP_CODES.get(Outcome.parse(outcome), fallback)


def _connect_code(outcome: Outcome) -> Verdict:
    """A TLS or HTTP probe whose connection failed: the connection's verdict."""
    return tcp_code(outcome.removeprefix("connect_"))


def tls_code(outcome: str, blockpage: bool = False) -> Verdict:
    """The verdict for a TLS failure seen with the real server name (before paired tests)."""
    fact = Outcome.parse(outcome)
    if fact.connect_failed:
        return _connect_code(fact)
    if blockpage:
        return Verdict.HTTP_BLOCKPAGE
    if fact in _TLS_CUT:
        return Verdict.TLS_RESET
    if fact in _TLS_HUNG:
        return Verdict.TLS_TIMEOUT
    if fact == Outcome.BAD_CERTIFICATE:
        return Verdict.TLS_BAD_CERTIFICATE
    return Verdict.TLS_ERROR


_BY_ADDRESS = {Verdict.TLS_RESET: Verdict.TCP_RESET, Verdict.TLS_TIMEOUT: Verdict.TCP_TIMEOUT}


def tls_code_by_address(name_code: Verdict) -> Verdict:
    """When the cut also hits a control name on the same address, the address is blocked."""
    return _BY_ADDRESS.get(name_code, name_code)


def http_code(outcome: str) -> Verdict:
    fact = Outcome.parse(outcome)
    if fact == Outcome.BLOCKPAGE:
        return Verdict.HTTP_BLOCKPAGE
    if fact == Outcome.GEO_REFUSED:
        return Verdict.GEO_BLOCKED
    if fact == Outcome.VPN_REFUSED:
        return Verdict.REFUSES_VPN
    if fact.connect_failed:
        return _connect_code(fact)
    return Verdict.HTTP_ERROR


def tcp_summary(steps: Sequence[Step]) -> tuple[Verdict, int, int]:
    """(code, failed, total) over the connect attempts to every address of an endpoint."""
    failed = [s for s in steps if not s.ok]
    if not failed:
        return Verdict.OK, 0, len(steps)
    code = most_telling([tcp_code(s.outcome) for s in failed])
    return code, len(failed), len(steps)


# ---- one function: all its endpoints ----


def aggregate(
    service_id: str,
    kind: FunctionKind,
    endpoints: Sequence[EndpointResult],
    context: Verdict | None = None,
    local_trust: bool = False,
    busy: bool = False,
    line: bool = False,
) -> FunctionResult:
    """One verdict for a function from the verdicts of its endpoints.

    All endpoints fine -> works. All failing -> the most telling failure. Some failing ->
    degraded, saying how many ("partial block"). Endpoint codes that are `not_tested` (e.g. a
    call relay whose silence proves nothing) do not count either way.
    `context` is a network-level code (offline, captive_portal, whitelist_mode) that changes
    the words, and for offline/captive the status: nothing is called blocked then.
    `local_trust`: the controls' certificates failed too (`local_trust_failed`), so a wrong
    certificate is this computer's doing: such endpoints do not count, and a function left
    with only them keeps the code, unknown, with words that say why.
    An endpoint with a site's own fault (`SITE_OWN`: its certificate, no plain HTTP, a name
    that points to a local address) is not censorship: beside tested endpoints it does not
    count; alone it names the function, unknown.
    `busy`: the computer was too busy for timing tests (`machine_busy`): timing-based endpoint
    codes do not count, and a function left with only them is `not_tested` ("too busy").
    `line`: the controls themselves crawl or freeze (`slow_line`, `unstable_line`): the same
    codes do not count either, and a function left with only them is `not_tested` ("the line
    is too slow to tell").
    """
    evidence = tuple(m for e in endpoints for m in e.evidence)
    if kind == FunctionKind.CALLS and any(e.endpoint.protocol == Protocol.STUN for e in endpoints):
        # Calls are judged by the call path (UDP); the TCP fallback is only evidence.
        endpoints_for_verdict = [e for e in endpoints if e.endpoint.protocol == Protocol.STUN]
    else:
        endpoints_for_verdict = list(endpoints)
    tested = [e for e in endpoints_for_verdict if e.code != Verdict.NOT_TESTED]
    if not tested:
        return _result(service_id, kind, Verdict.NOT_TESTED, endpoints, evidence, context=context)
    own = [e for e in tested if e.code in SITE_OWN]
    if own:
        others = [e for e in tested if e.code not in SITE_OWN]
        if not others:
            code = most_telling([e.code for e in own])
            return _result(service_id, kind, code, endpoints, evidence, context=context)
        tested = others
    held = [e for e in tested if (busy or line) and load.rests_on_the_clock(e)]
    if held:
        tested = [e for e in tested if e not in held]
        why = "busy" if busy else "line"
        evidence = (_held_back(most_telling([e.code for e in held]), why), *evidence)
        # What was held back could be a block: with nothing else failing the function is not
        # judged, never "works" (a wrong "works" is the worst thing Svyaz can say).
        if all(e.code == Verdict.OK for e in tested):
            return _result(service_id, kind, Verdict.NOT_TESTED, endpoints, evidence, words=why)
    if local_trust and any(e.code == Verdict.TLS_BAD_CERTIFICATE for e in tested):
        judged = [e for e in tested if e.code != Verdict.TLS_BAD_CERTIFICATE]
        if not judged:
            return _result(
                service_id,
                kind,
                Verdict.TLS_BAD_CERTIFICATE,
                endpoints,
                evidence,
                status=Status.UNKNOWN,
                context=context,
                words="local_trust",
            )
        tested = judged
    failing = [e for e in tested if e.code != Verdict.OK]
    if not failing:
        ok = Verdict.OK_CONNECT_ONLY if all(map(_connect_only, tested)) else Verdict.OK
        return _result(service_id, kind, ok, endpoints, evidence, context=context)
    code = most_telling([e.code for e in failing])
    if context in NOT_JUDGED_CONTEXTS:
        proxy = dead_proxy_of(failing) if context == Verdict.OFFLINE else None
        if proxy is not None:  # nothing got past the proxy: name it, not "no internet"
            return _result(
                service_id,
                kind,
                context,
                endpoints,
                evidence,
                context=context,
                figures={"proxy": proxy},
                words=PROXY_DEAD_WORDS,
            )
        return _result(service_id, kind, context, endpoints, evidence, context=context)
    plain = _plain_beside_cut_https(tested, failing)
    if plain:
        # A browser uses HTTPS: plain HTTP answering under a cut HTTPS is not "works partly".
        tested = [e for e in tested if e not in plain]
        answering = ", ".join(sorted({e.endpoint.label() for e in plain}))
        note = Message(
            "evidence.https_cut_http_answers", {"answering": answering, "what_code": code}
        )
        evidence = (note, *evidence)
    role = subhosts.missing_role(tested, _SOFT)
    if role is not None:
        # The front works, a host it needs does not: "partly works", saying which part.
        hosts = subhosts.missing_hosts(tested, _SOFT)
        note = Message("evidence.subhost_blocked", {"hosts": hosts, "what_code": code})
        return _result(
            service_id,
            kind,
            Verdict.SUBHOST_BLOCKED,
            endpoints,
            (note, *evidence),
            context=context,
            figures={"hosts": hosts},
            words=role.value,
        )
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
            words=_words_for(code, failing),
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
        words=_words_for(code, failing),
    )


# The words of an `offline` function whose every failing endpoint died at one proxy that did
# not answer (the step detail `proxy_unreachable`): the network's own `offline_proxy_dead`.
PROXY_DEAD_WORDS = "proxy_dead"


def dead_proxy_of(endpoints: Sequence[EndpointResult]) -> str | None:
    """The proxy ("host:port") every measured endpoint died at, or None: a function read
    offline because of a dead proxy says so (the network's `_dead_proxy`, per function)."""
    dead: set[str] = set()
    for endpoint in endpoints:
        if not endpoint.steps or endpoint.code in (Verdict.OK, Verdict.NOT_TESTED):
            continue
        named = {str(s.detail.get("proxy_unreachable") or "") for s in endpoint.steps}
        named.discard("")
        if not named:
            return None  # an endpoint failed for another reason: the proxy is not the cause
        dead |= named
    return min(dead) if len(dead) == 1 else None


def _connect_only(result: EndpointResult) -> bool:
    """Only a connection was opened: no name, no page, no data crossed (say so, never "works").
    An endpoint whose own first step the service answered is more than a connection (a light
    run does not send it: there it is a connection again)."""
    ep = result.endpoint
    answered = any(s.kind == StepKind.FIRST_STEP and s.ok for s in result.steps)
    return ep.protocol == Protocol.TCP and not (ep.upload_path or ep.transfer_path or answered)


# How HTTPS fails when the site is cut for a browser: reset, hung, intercepted, refused.
_HTTPS_CUT = {
    Verdict.TLS_RESET,
    Verdict.TLS_TIMEOUT,
    Verdict.TLS_BAD_CERTIFICATE,
    Verdict.TLS_ERROR,
    Verdict.TCP_RESET,
    Verdict.TCP_TIMEOUT,
    Verdict.TCP_REFUSED,
}


def _plain_beside_cut_https(
    tested: Sequence[EndpointResult], failing: Sequence[EndpointResult]
) -> list[EndpointResult]:
    """Working plain-HTTP endpoints of a site whose HTTPS endpoint is cut."""
    cut = {
        site_of(e.endpoint.host)
        for e in failing
        if e.endpoint.protocol in (Protocol.HTTPS, Protocol.TLS) and e.code in _HTTPS_CUT
    }
    return [
        e
        for e in tested
        if e.code == Verdict.OK
        and e.endpoint.protocol == Protocol.HTTP
        and site_of(e.endpoint.host) in cut
    ]


def _held_back(code: Verdict, why: str = "busy") -> Message:
    """`why`: busy (the computer) or line (the line itself): `evidence.held_back_<why>`."""
    return Message(f"evidence.held_back_{why}", {"what_code": code})


def hold_back_timing(result: FunctionResult) -> FunctionResult:
    """A call verdict (or any judged function) on a computer too busy for timing tests: a
    timing-based code becomes `not_tested` ("too busy"), its measured code kept as evidence."""
    if not load.is_timing(result.code):
        return result
    held = _result(
        result.service_id,
        result.kind,
        Verdict.NOT_TESTED,
        result.endpoints,
        (_held_back(result.code), *result.evidence),
        words="busy",
    )
    return held


def crawl_in_context(result: FunctionResult, network: NetworkResult) -> FunctionResult:
    """Under whitelist mode's crawl (`whitelist_throttled`), a function of a service whose
    transfers crawl is never "works", though its small page loaded: throttled, in the whitelist's
    words, with the measured rate (core/rules/network.py decides which services crawl)."""
    crawling = network.details.get("crawling")
    if not isinstance(crawling, list) or result.service_id not in crawling:
        return result
    if result.status != Status.WORKS:
        return result
    params: dict[str, JsonValue] = {
        "function": result.kind.value,
        "what_code": "whitelist_throttled",
    }
    said = Message("evidence.whitelist_crawl", {"rate_kbps": network.details.get("crawl_kbps")})
    return replace(
        result,
        code=Verdict.THROTTLED,
        status=Status.DEGRADED,
        explanation=Message("explain.whitelist_context", params),
        advice=Message("advice.whitelist_mode"),
        evidence=(said, *result.evidence),
    )


def calls_in_context(result: FunctionResult, context: Verdict | None) -> FunctionResult:
    """A call verdict read in the network's context, like every other function: offline (or
    a login page) -> that code, nothing blocked; whitelist mode -> unavailable because of it,
    not "run again". A call path that answered keeps its measured verdict."""
    if context is None or result.code in (Verdict.CALL_OK, Verdict.CALL_POOR):
        return result
    said = Message("calls.evidence.in_context", {"what_code": result.code})
    code: Verdict
    if context in NOT_JUDGED_CONTEXTS:
        code, status = context, Status.UNKNOWN
        proxy = dead_proxy_of(result.endpoints) if context == Verdict.OFFLINE else None
        if proxy is not None:  # nothing got past the proxy: name it, not "no internet"
            explanation = Message(
                f"explain.{context}.{PROXY_DEAD_WORDS}",
                {"function": result.kind.value, "proxy": proxy},
            )
            advice = Message(f"advice.{context}.{PROXY_DEAD_WORDS}", {"proxy": proxy})
        else:
            explanation = Message(f"explain.{context}", {"function": result.kind.value})
            advice = Message(f"advice.{context}")
    elif context == Verdict.WHITELIST_MODE:
        code, status = Verdict.UDP_BLOCKED, Status.BLOCKED
        params: dict[str, JsonValue] = {"function": result.kind.value, "what_code": code}
        explanation = Message("explain.whitelist_context", params)
        advice = Message("advice.whitelist_mode")
    else:
        return result
    return replace(
        result,
        code=code,
        status=status,
        explanation=explanation,
        advice=advice,
        evidence=(said, *result.evidence),
    )


def _nxdomain_words(evidence: Sequence[Message]) -> str:
    """dns_nxdomain's explanation names the resolver that contradicted the system's answer:
    encrypted DNS only when DoH was asked and answered."""
    keys = {m.key for m in evidence}
    if "evidence.dns_fake_nxdomain" in keys:
        return "explain.dns_nxdomain"
    if "evidence.dns_fake_nxdomain_tcp" in keys:
        return "explain.dns_nxdomain_tcp"
    return "explain.dns_nxdomain_unconfirmed"


def _figures_for(code: Verdict, failing: Sequence[EndpointResult]) -> dict[str, JsonValue]:
    """Scalar figures of the endpoint that gave the function its code (rates, cut sizes)."""
    for e in failing:
        if e.code == code:
            return {k: v for k, v in e.figures.items() if isinstance(v, str | int | float)}
    return {}


def _words_for(code: Verdict, failing: Sequence[EndpointResult]) -> str | None:
    """The own words of the endpoint that gave the function its code, if it has them."""
    return next((e.words for e in failing if e.code == code), None)


def _result(
    service_id: str,
    kind: FunctionKind,
    code: Verdict,
    endpoints: Sequence[EndpointResult],
    evidence: tuple[Message, ...],
    status: Status | None = None,
    context: Verdict | None = None,
    failure_share: float | None = None,
    figures: dict[str, JsonValue] | None = None,
    words: str | None = None,
) -> FunctionResult:
    status = status or status_of(code)
    params: dict[str, JsonValue] = {**(figures or {}), "function": kind.value}
    explanation_key = f"explain.{code}"
    advice_key = f"advice.{code}"
    if words is not None:
        # A code reached another way (e.g. `throttled` by the two-way transfer, with no control
        # name) has its own words: `explain.<code>.<words>`, `advice.<code>.<words>`.
        explanation_key, advice_key = f"{explanation_key}.{words}", f"{advice_key}.{words}"
    if code == Verdict.DNS_NXDOMAIN:
        explanation_key = _nxdomain_words(evidence)
    # The service refusing the country (or VPN users) is its own doing, in whitelist mode too.
    if (
        context == Verdict.WHITELIST_MODE
        and status == Status.BLOCKED
        and code not in SERVICE_OWN_REFUSALS
    ):
        explanation_key = "explain.whitelist_context"
        advice_key = "advice.whitelist_mode"
        params["what_code"] = code
    if words != PROXY_DEAD_WORDS:
        advice_key = maps.advice_key(kind, code, status, context) or advice_key
    return FunctionResult(
        service_id=service_id,
        kind=kind,
        code=code,
        status=status,
        explanation=Message(explanation_key, params),
        # The dead proxy's advice names it too (start the proxy at ...).
        advice=Message(advice_key, {"proxy": params["proxy"]})
        if words == PROXY_DEAD_WORDS
        else Message(advice_key),
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
