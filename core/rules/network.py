"""Network-level rules: offline, captive portal (or the mobile operator's verification page),
and the conditions that colour every result."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace
from typing import Any
from urllib.parse import urlsplit

from core.codes import CertificateProblem, Condition, Outcome, Verdict
from core.models import (
    DnsAnswer,
    EndpointResult,
    FunctionKind,
    FunctionResult,
    Message,
    NetworkResult,
    Protocol,
    Region,
    Service,
    Status,
    Step,
    StepKind,
)
from core.netaddr import check_host
from core.rules import family
from core.rules.facts import DohStatus
from core.rules.line import LineReading
from core.rules.load import LoopLag, timings_swing, too_busy
from core.rules.operators import names_the_pause, operator_of

# Answers that prove something replied where nothing should (a DNS server at the canary).
_CANARY_REPLIED = (Outcome.OK, Outcome.NXDOMAIN, Outcome.NODATA, Outcome.SERVFAIL, Outcome.REFUSED)


@dataclass(frozen=True)
class NetworkFacts:
    controls: Sequence[FunctionResult]
    others: Sequence[FunctionResult] = ()  # empty before the other services finished
    doh: DohStatus = field(default_factory=lambda: DohStatus(None, ()))
    canary: DnsAnswer | None = None
    udp_forged: Sequence[str] = ()  # names whose UDP/53 answers were forged in transit
    services: Mapping[str, Service] = field(default_factory=dict)
    environment: Mapping[str, Any] = field(default_factory=dict)
    fake_ip_names: int = 0  # names the system resolved into 198.18.0.0/15
    loop_lag: LoopLag | None = None  # how late the run's own event loop ran (None: not known)
    line: LineReading | None = None  # what the controls' slices say of the line (rules.line)
    proxy_in_use: bool = False  # the run itself went through the proxy chosen in Settings


# The network codes that change every function's words (and, offline or behind a login page,
# its status): nothing is called blocked then.
_CONTEXTS = (
    Verdict.OFFLINE,
    Verdict.CAPTIVE_PORTAL,
    Verdict.WHITELIST_MODE,
    Verdict.OPERATOR_VERIFICATION,
)


def unassessed() -> NetworkResult:
    """The network before the controls have answered: nothing known against it."""
    return NetworkResult(Verdict.OK, Message("network.ok"), Message("network_advice.ok"))


def context_of(network: NetworkResult) -> Verdict | None:
    """The network code every function is read in, or None when the network is fine."""
    return network.code if network.code in _CONTEXTS else None


def is_whitelist(context: Verdict | None) -> bool:
    """Whitelist mode: only a few domestic sites answer (the controls decide it)."""
    return context == Verdict.WHITELIST_MODE


def assess(facts: NetworkFacts) -> NetworkResult:
    conditions: list[Condition] = []
    evidence: list[Message] = []
    late = facts.loop_lag is not None and too_busy(facts.loop_lag)
    regions = {sid: s.region for sid, s in facts.services.items()}
    swings = timings_swing(facts.controls, regions)
    busy = late or bool(swings)
    # A DoH resolver that only timed out, on a computer too busy for timing tests: not proof.
    doh_timed_out = all(a.outcome == Outcome.TIMEOUT for a in facts.doh.attempts)
    local_trust = _local_trust_failed(facts.controls)
    # ...nor one whose certificate the same trust store that fails the controls refused.
    doh_untrusted = all(a.outcome == Outcome.BAD_CERTIFICATE for a in facts.doh.attempts)
    if facts.doh.blocked and not (busy and doh_timed_out) and not (local_trust and doh_untrusted):
        conditions.append(Condition.DNS_ENCRYPTED_BLOCKED)
        evidence.append(
            Message(
                "evidence.doh_failed", {"urls": ", ".join(a.server for a in facts.doh.attempts)}
            )
        )
    if facts.canary is not None and facts.canary.outcome in _CANARY_REPLIED:
        conditions.append(Condition.DNS_INTERCEPTED)
        evidence.append(Message("evidence.canary_answered", {"server": facts.canary.server}))
    if facts.udp_forged:
        if Condition.DNS_INTERCEPTED not in conditions:
            conditions.append(Condition.DNS_INTERCEPTED)
        evidence.append(Message("evidence.udp_forged", {"names": ", ".join(facts.udp_forged[:5])}))
    if _system_dns_silent(facts):
        conditions.append(Condition.DNS_SYSTEM_SILENT)
    if local_trust:
        conditions.append(Condition.LOCAL_TRUST_FAILED)
    if busy:
        conditions.append(Condition.MACHINE_BUSY)
    if late and facts.loop_lag is not None:
        lag = facts.loop_lag
        evidence.append(Message("evidence.loop_lag", {"p95_ms": lag.p95_ms, "max_ms": lag.max_ms}))
    if swings:
        widest = max(swings, key=lambda s: s.p90_ms - s.p10_ms)
        spread = {"p10_ms": widest.p10_ms, "p90_ms": widest.p90_ms}
        evidence.append(Message("evidence.control_timings_swing", spread))
    if facts.line is not None and facts.line.condition is not None:
        conditions.append(facts.line.condition)
        evidence.extend(facts.line.evidence)
    details: dict[str, Any] = {}
    _environment(facts, conditions, evidence, details)
    code = _code(facts)
    dead_proxy = _dead_proxy(facts) if code == Verdict.OFFLINE else None
    if dead_proxy is not None:
        # Nothing answered because nothing got past the proxy: name it, not "no internet".
        return NetworkResult(
            code,
            Message("network.offline_proxy_dead", {"proxy": dead_proxy}),
            Message("network_advice.offline_proxy_dead", {"proxy": dead_proxy}),
            tuple(conditions),
            tuple(evidence),
            {**details, "proxy_unreachable": dead_proxy},
        )
    params: dict[str, Any] = {}
    verification = _verification_page(facts.controls) if code == Verdict.CAPTIVE_PORTAL else None
    if verification is not None:
        # The login page is the mobile operator's own: it paused data on this SIM.
        code = Verdict.OPERATOR_VERIFICATION
        host, operator = verification
        details["verification_host"] = host
        params["host"] = host
        said = {"host": host, "operator": operator} if operator else {"host": host}
        key = "evidence.operator_verification" + ("" if operator else ".title")
        evidence.append(Message(key, said))
    words = f"network.{code}"
    advice = f"network_advice.{code}"
    if code == Verdict.OK:
        whitelist = _whitelist(facts)
        if whitelist is not None:
            code = Verdict.WHITELIST_MODE
            words = _SUBMODE_WORDS.get(whitelist.submode, f"network.{code}")
            advice = words.replace("network.", "network_advice.", 1)
            details["submode"] = whitelist.submode
            params["submode_code"] = whitelist.submode
            params.update(whitelist.figures)
            # What the faces' "Works for you now" leaves out: the controls, and what only crawls
            details["controls"] = sorted(s for s, svc in facts.services.items() if svc.control)
            if whitelist.crawling:
                details["crawling"] = list(whitelist.crawling)
            if whitelist.crawl_kbps is not None:
                details["crawl_kbps"] = whitelist.crawl_kbps
            evidence.append(whitelist.evidence)
            ipv6_open = _ipv6_open(facts)
            if ipv6_open:  # the allow-list is IPv4's: the other family is evidence
                details["ipv6_open"] = ipv6_open
                evidence.append(Message("evidence.whitelist_ipv6_open", {"count": ipv6_open}))
    return NetworkResult(
        code,
        Message(words, params),
        # Only the operator's page is named in the advice too ("open the page HOST").
        Message(advice, params if verification else {}),
        tuple(conditions),
        tuple(evidence),
        details,
    )


def _environment(
    facts: NetworkFacts,
    conditions: list[Condition],
    evidence: list[Message],
    details: dict[str, Any],
) -> None:
    env = facts.environment
    proxy_steps = [
        s
        for f in (*facts.controls, *facts.others)
        for e in f.endpoints
        for s in e.steps
        if s.outcome in (Outcome.PROXY_ERROR, Outcome.CONNECT_PROXY_ERROR)
    ]
    if proxy_steps:
        conditions.append(Condition.PROXY_FAILED)
        evidence.append(
            Message("evidence.proxy_failed", {"error": (proxy_steps[0].errors or ("",))[0]})
        )
    if env.get("vpn"):
        conditions.append(Condition.VPN_DETECTED)
        interfaces = ", ".join(env.get("vpn_interfaces") or [])
        details["tunnel"] = interfaces  # the whole run's label names it (faces.measured_through)
        evidence.append(Message("evidence.env_vpn", {"interfaces": interfaces}))
    if facts.proxy_in_use:
        details["through_proxy"] = True  # the whole run's label says so (faces.measured_through)
    if env.get("proxy"):
        conditions.append(Condition.PROXY_DETECTED)
        evidence.append(Message("evidence.env_proxy", {"proxy": str(env["proxy"])}))
    if facts.fake_ip_names or env.get("fake_ip"):
        conditions.append(Condition.FAKE_IP)
        evidence.append(Message("evidence.env_fake_ip", {"count": facts.fake_ip_names}))
    tools = env.get("bypass_tools") or []
    if tools:
        conditions.append(Condition.BYPASS_TOOL)
        details["tools"] = ", ".join(tools)
        evidence.append(Message("evidence.env_bypass", {"tools": details["tools"]}))


def timing_held_back(network: NetworkResult) -> bool:
    """The computer was too busy for timing tests (`machine_busy`): functions then do not
    count timing-based verdicts (`core.rules.verdict.aggregate`, `hold_back_timing`)."""
    return Condition.MACHINE_BUSY in network.conditions


_LINE = (Condition.SLOW_LINE, Condition.UNSTABLE_LINE)


def line_too_poor(network: NetworkResult) -> bool:
    """The controls themselves crawl or freeze (`slow_line`, `unstable_line`): functions then
    do not count timing-based verdicts, the line's own doing (`core.rules.verdict.aggregate`,
    `line`)."""
    return any(c in network.conditions for c in _LINE)


def trust_is_local(network: NetworkResult) -> bool:
    """Certificate failures are this computer's, not the network's (`local_trust_failed`):
    functions then do not count them as blocks (`core.rules.verdict.aggregate`)."""
    return Condition.LOCAL_TRUST_FAILED in network.conditions


_INTERCEPTION_ROOT = f"evidence.bad_certificate.{CertificateProblem.KNOWN_INTERCEPTION_ROOT}"


def _local_trust_failed(controls: Sequence[FunctionResult]) -> bool:
    """The controls (never blocked) fail certificate verification on every endpoint that got a
    certificate, and none was issued by a known interception root: the trust store in use or
    something on this computer rejects them, not a censor on the path."""
    verified = failed = 0
    for function in controls:
        for endpoint in function.endpoints:
            if endpoint.endpoint.protocol not in (Protocol.HTTPS, Protocol.TLS):
                continue
            if endpoint.code == Verdict.TLS_BAD_CERTIFICATE:
                if any(m.key == _INTERCEPTION_ROOT for m in endpoint.evidence):
                    return False  # a state interception root: the network's doing, named
                failed += 1
            elif endpoint.code == Verdict.OK or endpoint.partial:
                verified += 1
    return failed > 0 and verified == 0


def _dead_proxy(facts: NetworkFacts) -> str | None:
    """The proxy ("host:port") every control's connection died at, before reaching anything:
    then the network was never tested, and "no internet" would be the wrong cause."""
    dead: set[str] = set()
    for function in facts.controls:
        for endpoint in function.endpoints:
            if not endpoint.steps:
                continue  # not measured (a call path, a test the run skipped): no witness
            named = [str(s.detail.get("proxy_unreachable") or "") for s in endpoint.steps]
            if not any(named) and endpoint.code != Verdict.OK:
                return None  # a control failed for another reason: the proxy is not the cause
            dead.update(n for n in named if n)
    return min(dead) if len(dead) == 1 else None


def _code(facts: NetworkFacts) -> Verdict:
    if _captive(facts.controls):
        return Verdict.CAPTIVE_PORTAL
    controls_work = any(_any_endpoint_ok(f) for f in facts.controls)
    others_work = any(_any_endpoint_ok(f) for f in facts.others)
    if facts.controls and not controls_work and not others_work:
        return Verdict.OFFLINE
    return Verdict.OK


_BY_NAME = {Verdict.TLS_RESET, Verdict.TLS_TIMEOUT}
_BY_ADDRESS = {Verdict.TCP_RESET, Verdict.TCP_TIMEOUT, Verdict.TCP_REFUSED}
_CUT_CODES = _BY_NAME | _BY_ADDRESS


# Sub-modes with their own network words (the others share `network.whitelist_mode`).
_SUBMODE_WORDS = {
    "whitelist_throttled": "network.whitelist_mode.throttled",
    "whitelist_blackout": "network.whitelist_mode.blackout",
}
# Unlisted traffic moving slower than this (kbit/s) while the listed services work: not a
# service of its own that "works", the whitelist's crawl (~14 kbit/s in regional shutdowns).
CRAWL_KBPS = 64.0
# A crawl is measured on a transfer that ran at least this long (a short one is slow start).
CRAWL_MIN_MS = 1000.0
# Codes an unlisted function reads when its whole address crawls: slowed or frozen, not cut.
_CRAWL_CODES = {
    Verdict.THROTTLED,
    Verdict.STALLED,
    Verdict.QUIC_BLOCKED,
    Verdict.HTTP_ERROR,
    Verdict.TLS_TIMEOUT,
    Verdict.TCP_TIMEOUT,
}
_TRANSFERS = (StepKind.TRANSFER, StepKind.THROUGHPUT)


@dataclass(frozen=True)
class _Whitelist:
    """What the whitelist rule found: its sub-mode and the evidence for it."""

    submode: str
    evidence: Message
    figures: dict[str, Any] = field(default_factory=dict)
    crawling: tuple[str, ...] = ()  # unlisted services that only crawl (throttled sub-mode)
    crawl_kbps: float | None = None


def _ipv6_open(facts: NetworkFacts) -> int:
    """Endpoints cut over IPv4 that answered over IPv6 (core/rules/family.py, `ipv6_code`)."""
    return sum(
        1
        for result in (*facts.controls, *facts.others)
        for endpoint in result.endpoints
        if endpoint.figures.get("ipv6_code") in family.WORKS_CODES
    )


def _listed(facts: NetworkFacts, result: FunctionResult) -> bool:
    service = facts.services.get(result.service_id)
    return service is not None and service.allowlisted and service.region == Region.DOMESTIC


def _judged(facts: NetworkFacts) -> list[tuple[FunctionResult, list[EndpointResult]]]:
    """The functions whitelist mode is told from, with their named endpoints (a connect-only
    probe sends no name, so it cannot see a filter by name): no calls, nothing untested."""
    found = []
    for result in (*facts.controls, *facts.others):
        if result.service_id not in facts.services or result.kind == FunctionKind.CALLS:
            continue
        if result.code == Verdict.NOT_TESTED:
            continue
        named = [e for e in result.endpoints if e.endpoint.protocol != Protocol.TCP]
        if named:
            found.append((result, named))
    return found


def transfer_kbps(step: Step) -> float | None:
    """A transfer's wire rate (kbit/s) when it ran long enough to tell a crawl from slow start."""
    received = step.detail.get("wire_received")
    if step.kind not in _TRANSFERS or not isinstance(received, int | float):
        return None
    if step.duration_ms < CRAWL_MIN_MS:
        return None
    return float(received) * 8.0 / step.duration_ms


def _rates(result: FunctionResult) -> list[float]:
    return [r for s in result.steps if (r := transfer_kbps(s)) is not None]


# A short transfer tells no crawl (slow start), but one that moved this much fast tells the
# path is not throttled: a 14 kbit/s policer lets no 16 KB through in under a second.
FAST_PROOF_BYTES = 16 * 1024


def _moved_fast(result: FunctionResult) -> bool:
    """Any transfer of the function, however short, that moved enough data faster than a crawl."""
    for step in result.steps:
        received = step.detail.get("wire_received")
        if step.kind not in _TRANSFERS or not isinstance(received, int | float):
            continue
        if (
            received >= FAST_PROOF_BYTES
            and received * 8.0 / max(step.duration_ms, 1.0) >= CRAWL_KBPS
        ):
            return True
    return False


def _whitelist(facts: NetworkFacts) -> _Whitelist | None:
    """Whitelist mode: allow-listed domestic services work while every other one is cut at
    TCP/TLS (by name, by address or both), crawls (throttled), or when only a handful of
    domestic addresses answer at all (blackout). None: not whitelist mode."""
    if not facts.others or not facts.services:
        return None
    judged = _judged(facts)
    listed = [r for r, _ in judged if _listed(facts, r)]
    listed_ok = sum(r.status in (Status.WORKS, Status.DEGRADED) for r in listed)
    if listed_ok == 0:
        return None
    unlisted = [(r, named) for r, named in judged if not _listed(facts, r)]
    cut = _cut_codes(unlisted)
    if cut is not None and len(cut) >= 3:
        if listed_ok * 2 < len(listed):
            return _blackout(facts, listed, listed_ok, len(cut))
        return _cut_submode(cut, listed_ok)
    if facts.line is not None and facts.line.too_poor_to_tell:
        return None  # the line itself crawls: a slow unlisted transfer says nothing
    if any(r < CRAWL_KBPS for result in listed for r in _rates(result)):
        return None  # the listed services crawl too: the line, not an allow-list
    found = _throttled(unlisted, listed_ok, len(listed))
    if found is None:
        return None
    # Every unlisted service crawls, those only connect-tested or call paths too (FaceTime)
    every = {r.service_id for r in (*facts.controls, *facts.others) if not _listed(facts, r)}
    return replace(found, crawling=tuple(sorted(every & set(facts.services))))


def _cut_codes(unlisted: list[tuple[FunctionResult, list[EndpointResult]]]) -> list[Verdict] | None:
    """The codes of every unlisted function's named endpoints when all are cut at TCP/TLS;
    None when any of them gets through."""
    codes: list[Verdict] = []
    for result, named in unlisted:
        if result.status == Status.BLOCKED and result.code in _CUT_CODES:
            codes.append(result.code)
            continue
        cut = [e.code for e in named if e.code in _CUT_CODES]
        if not cut or len(cut) < len(named):
            return None  # another service (or a named endpoint of it) works
        codes.extend(cut)
    return codes


def _cut_submode(cut: list[Verdict], listed_ok: int) -> _Whitelist:
    by_name = any(code in _BY_NAME for code in cut)
    by_address = any(code in _BY_ADDRESS for code in cut)
    if by_name and by_address:
        submode = "whitelist_by_name_and_address"
    else:
        submode = "whitelist_by_name" if by_name else "whitelist_by_address"
    figures = {"domestic_ok": listed_ok, "foreign_failed": len(cut)}
    return _Whitelist(submode, Message("evidence.whitelist", figures))


def _blackout(
    facts: NetworkFacts, listed: list[FunctionResult], listed_ok: int, failed: int
) -> _Whitelist:
    """Fewer than half of the allow-listed services answer, nothing else does: a blackout
    with a handful of domestic addresses left open."""
    controls = {s for s, svc in facts.services.items() if svc.control}
    services = {r.service_id for r in listed} - controls
    working = sorted(
        {r.service_id for r in listed if r.status in (Status.WORKS, Status.DEGRADED)} - controls
    )
    figures: dict[str, Any] = {
        "domestic_ok": listed_ok,  # functions, for the evidence
        "listed": len(listed),
        "foreign_failed": failed,
        "open": len(working),  # services (not the controls), for the network's words
        "listed_services": len(services),
        "open_services": [[s, facts.services[s].name] for s in working],
    }
    evidence = Message("evidence.whitelist_blackout", figures)
    return _Whitelist("whitelist_blackout", evidence, figures)


def _throttled(
    unlisted: list[tuple[FunctionResult, list[EndpointResult]]], listed_ok: int, listed: int
) -> _Whitelist | None:
    """Listed services work; every unlisted transfer measured crawls under CRAWL_KBPS and no
    unlisted function is fast or cut in another way: everything else is throttled."""
    if listed_ok * 2 < listed:
        return None
    rates: list[float] = []
    crawling: set[str] = set()
    for result, _ in unlisted:
        found = _rates(result)
        if any(r >= CRAWL_KBPS for r in found) or _moved_fast(result):
            return None  # an unlisted service moved data fast: not the whitelist's crawl
        if result.status == Status.BLOCKED and result.code not in _CRAWL_CODES | _CUT_CODES:
            return None  # blocked in another way (DNS, a block page): its own block
        rates.extend(found)
        crawling.add(result.service_id)
    if len(rates) < 2 or len(crawling) < 3:
        return None
    rate = round(max(rates), 1)
    figures = {"domestic_ok": listed_ok, "rate_kbps": rate, "crawling": len(crawling)}
    return _Whitelist(
        "whitelist_throttled",
        Message("evidence.whitelist_throttled", figures),
        {"rate_kbps": rate},
        tuple(sorted(crawling)),
        rate,
    )


SILENT_SHARE = 0.8  # of the named endpoints whose system lookup timed out
SILENT_MIN_NAMES = 5


def _system_dns_silent(facts: NetworkFacts) -> bool:
    """The system resolver answers (almost) no name, a domestic control's included: the DNS is
    dead, which each function's dns_timeout alone would read as forty separate blocks."""
    named: dict[str, bool] = {}  # name -> its system lookup timed out
    control_silent = False
    for is_control, results in ((True, facts.controls), (False, facts.others)):
        for result in results:
            service = facts.services.get(result.service_id)
            domestic = service is not None and service.region == Region.DOMESTIC
            for ep in result.endpoints:
                if not any(s.kind == StepKind.DNS for s in ep.steps):
                    continue  # an address literal, or never reached its lookup
                silent = ep.code == Verdict.DNS_TIMEOUT
                named[ep.endpoint.host] = named.get(ep.endpoint.host, False) or silent
                control_silent |= silent and domestic and is_control
    if len(named) < SILENT_MIN_NAMES or not control_silent:
        return False
    return sum(named.values()) >= SILENT_SHARE * len(named)


def _any_endpoint_ok(result: FunctionResult) -> bool:
    return any(e.code == Verdict.OK or e.partial for e in result.endpoints)


def _captive(controls: Sequence[FunctionResult]) -> bool:
    """A connectivity-check URL answered, but not with what it always answers."""
    return bool(_captive_steps(controls))


def _captive_steps(controls: Sequence[FunctionResult]) -> list[Step]:
    """The connectivity checks' answers that were not what they always answer."""
    return [
        step
        for function in controls
        for endpoint in function.endpoints
        if endpoint.endpoint.captive_check
        for step in endpoint.steps
        if step.kind == StepKind.HTTP
        and step.outcome in (Outcome.BLOCKPAGE, Outcome.UNEXPECTED_STATUS)
    ]


def _verification_page(controls: Sequence[FunctionResult]) -> tuple[str, str] | None:
    """(host, operator) when a connectivity check was redirected to a mobile operator's own
    site (core/rules/operators.py), or answered by a page whose title names the cooling
    period: the SIM's verification page, which the connectivity check reached by name, so the
    DNS works. None for any other login page. The operator is "" when only the title said so."""
    for step in _captive_steps(controls):
        status = step.detail.get("status")
        redirect = isinstance(status, int) and 300 <= status < 400
        host = _host(str(step.detail.get("location") or "")) if redirect else ""
        operator = operator_of(host)
        if operator:
            return host, operator
        if names_the_pause(str(step.detail.get("title") or "")):
            return host or _host(step.target), ""
    return None


def _host(url: str) -> str:
    """The host a URL names, lower case, when it is a well-formed name or address ("" else):
    a redirect's target is the network's text, and it is shown in the network's words."""
    try:
        return check_host((urlsplit(url).hostname or "").lower())
    except ValueError:
        return ""
