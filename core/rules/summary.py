"""What a run says, in the order every face says it: the network's cause first, then what is
blocked, slowed, refused by the service itself, not judged, and what could not be checked.

The window's banner, the CLI's closing summary and the three reports all read this one
ordering, so that a service is never "Blocked" in one face and "Works poorly" in another, and a
messenger whose calls could not be checked never reads "Works" (issue 21). Each function falls
in one class (`function_standing`); a service is listed under every class one of its functions
is in, with those functions named ("WhatsApp — calls").
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum

from core.codes import Condition, Verdict
from core.models import (
    FunctionKind,
    FunctionResult,
    NetworkResult,
    RunResult,
    ServiceResult,
)
from core.models import Status as _Status
from core.rules.faces import is_tested
from core.rules.verdict import SERVICE_OWN_REFUSALS


class Standing(StrEnum):
    """A function's class in every face's summary (the words: `standing.<value>`)."""

    BLOCKED = "blocked"
    SLOWED = "slowed"  # works poorly: slowed, cut part of the time, partly blocked
    REFUSED = "refused"  # the service refuses the country itself: not censorship
    REFUSES_VPN = "refuses_vpn"  # the service refuses people with a VPN on: not censorship
    NOT_JUDGED = "not_judged"  # tested, but the run could not tell (offline, a busy computer)
    UNCHECKABLE = "uncheckable"  # cannot be checked without an account (a messenger's calls)
    WORKS = "works"


# The order of the summary's lines: what needs acting on first.
STANDING_ORDER: tuple[Standing, ...] = tuple(Standing)
PROBLEMS = frozenset({Standing.BLOCKED, Standing.SLOWED})

# Calls whose servers are not known to answer a test without an account: their silence proves
# nothing (core/rules/calls.py, why "unverified").
_UNCHECKABLE_CALLS = "calls.explain.unverified"

_BY_STATUS = {
    _Status.BLOCKED: Standing.BLOCKED,
    _Status.DEGRADED: Standing.SLOWED,
    _Status.UNKNOWN: Standing.NOT_JUDGED,
    _Status.WORKS: Standing.WORKS,
}


def function_standing(function: FunctionResult) -> Standing | None:
    """The function's class; None when the run did not test it (that says nothing)."""
    if (
        function.kind is FunctionKind.CALLS
        and function.code == Verdict.NOT_TESTED
        and function.explanation.key == _UNCHECKABLE_CALLS
    ):
        return Standing.UNCHECKABLE
    if not is_tested(function.code):
        return None
    if function.code == Verdict.REFUSES_VPN:
        return Standing.REFUSES_VPN
    if function.code in SERVICE_OWN_REFUSALS:
        return Standing.REFUSED
    return _BY_STATUS[function.status]


# What the window groups under "Needs attention": something to act on or to run again. A
# service's own refusal of the country is not (its catalog group says so), nor calls that
# cannot be checked without an account, nor what the run did not test.
ATTENTION = frozenset({Standing.BLOCKED, Standing.SLOWED, Standing.NOT_JUDGED})


def needs_attention(service: ServiceResult) -> bool:
    return service_standing(service) in ATTENTION


def standing_rank(service: ServiceResult) -> int:
    """The service's place in a list that puts problems first (untested services last)."""
    standing = service_standing(service)
    return STANDING_ORDER.index(standing) if standing else len(STANDING_ORDER)


# The colour a class is shown in: a refusal of the country is not painted as a block.
_STANDING_STATUS = {
    Standing.BLOCKED: _Status.BLOCKED,
    Standing.SLOWED: _Status.DEGRADED,
    Standing.REFUSED: _Status.UNKNOWN,
    Standing.REFUSES_VPN: _Status.UNKNOWN,
    Standing.NOT_JUDGED: _Status.UNKNOWN,
    Standing.UNCHECKABLE: _Status.WORKS,  # a service: the rest works (its calls: "?")
    Standing.WORKS: _Status.WORKS,
}


def shown_function_status(function: FunctionResult) -> _Status:
    """The status a face marks a function with: a refusal of the country is not a block's
    "✗" (untested functions keep their own status)."""
    standing = function_standing(function)
    if standing is None or standing is Standing.UNCHECKABLE:
        return function.status  # not tested, or calls that cannot be: "?", never "✓"
    return _STANDING_STATUS[standing]


def shown_status(service: ServiceResult) -> _Status:
    """The status a face paints a service in (a tile's colour and mark): its class's, so a
    service that refuses the country is never red like a block."""
    standing = service_standing(service)
    return _STANDING_STATUS[standing] if standing is not None else _Status.UNKNOWN


def service_standing(service: ServiceResult) -> Standing | None:
    """The service's first class in STANDING_ORDER; None when nothing of it was tested."""
    found = {function_standing(f) for f in service.functions} - {None}
    return next((s for s in STANDING_ORDER if s in found), None)


@dataclass(frozen=True)
class Entry:
    """One service in one class, with the functions that put it there."""

    service: ServiceResult
    functions: tuple[FunctionResult, ...]


@dataclass(frozen=True)
class Section:
    standing: Standing
    entries: tuple[Entry, ...]


@dataclass(frozen=True)
class NowEntry:
    """A service whose function the operator lets through in whitelist mode; `partly`: it
    answers but not all of it works (a needed part blocked), never a mere crawl."""

    service: ServiceResult
    partly: bool = False


@dataclass(frozen=True)
class NowGroup:
    """What people need (messages, maps, sign-in...) and the services it works with now."""

    kind: FunctionKind
    entries: tuple[NowEntry, ...]


@dataclass(frozen=True)
class Summary:
    """The network's cause (None: the network is fine), what it explains (entries folded under
    it instead of being listed as blocks of their own), the classes in order, and in whitelist
    mode what works for the person now (`works_now`, shown before the problems)."""

    cause: Verdict | Condition | None
    folded: tuple[Entry, ...]
    sections: tuple[Section, ...]
    works_now: tuple[NowGroup, ...] = ()

    def section(self, standing: Standing) -> Section | None:
        return next((s for s in self.sections if s.standing is standing), None)

    def count(self, standing: Standing) -> int:
        section = self.section(standing)
        return len(section.entries) if section else 0


# Network-wide causes, most telling first: when one holds, it is the headline and the blocks it
# explains are folded under it.
_NETWORK_CAUSES = (
    Verdict.OFFLINE,
    Verdict.WHITELIST_MODE,
    Verdict.CAPTIVE_PORTAL,
    Verdict.OPERATOR_VERIFICATION,
)
_CONDITION_CAUSES = (Condition.DNS_SYSTEM_SILENT, Condition.UNSTABLE_LINE, Condition.SLOW_LINE)
# What each condition cause explains: the function codes it makes.
_EXPLAINED_BY: dict[str, frozenset[Verdict]] = {
    Condition.DNS_SYSTEM_SILENT: frozenset({Verdict.DNS_TIMEOUT})
}


def network_cause(network: NetworkResult) -> Verdict | Condition | None:
    """The one network-wide cause a summary leads with, if any."""
    code = Verdict.parse(network.code)
    if code in _NETWORK_CAUSES:
        return code
    return next((c for c in _CONDITION_CAUSES if c in network.conditions), None)


# Conditions a cause already accounts for: with no internet at all, encrypted DNS "blocked" and
# the provider's DNS "answering nothing" are its consequences, and saying them beside "No
# internet" (with "switch DNS") contradicts the headline.
_CONSEQUENCES: dict[str, frozenset[Condition]] = {
    Verdict.OFFLINE: frozenset({Condition.DNS_ENCRYPTED_BLOCKED, Condition.DNS_SYSTEM_SILENT}),
}


# Said by the run's own label on top instead (faces.measured_through: "Measured through a VPN").
_LABELLED = frozenset({Condition.VPN_DETECTED})


def shown_conditions(network: NetworkResult) -> tuple[Condition, ...]:
    """The network's conditions a face lists beside its headline: not the cause itself, nor
    what the cause accounts for, nor what the run's label already says."""
    cause = network_cause(network)
    hidden = _CONSEQUENCES.get(cause, frozenset()) if cause is not None else frozenset()
    hidden |= _LABELLED
    return tuple(c for c in network.conditions if c != cause and c not in hidden)


def _explained(
    cause: Verdict | Condition | None, function: FunctionResult, crawling: frozenset[str]
) -> bool:
    """A function's problem the network's cause accounts for: under whitelist mode or offline
    every failure is the network's; under a dead system resolver, its timeouts. Under whitelist
    mode's crawl, a service that only crawls is never "works", whatever its small page did."""
    if cause == Verdict.WHITELIST_MODE and function.service_id in crawling:
        return function_standing(function) is not None
    if cause is None or function_standing(function) not in PROBLEMS | {Standing.NOT_JUDGED}:
        return False
    if cause in _NETWORK_CAUSES:
        return True
    return function.code in _EXPLAINED_BY.get(cause, frozenset())


def summarize(run: RunResult) -> Summary:
    return summarize_services(run.network, run.services)


def summarize_services(network: NetworkResult, services: Sequence[ServiceResult]) -> Summary:
    cause = network_cause(network)
    crawling = _listed_detail(network, "crawling")
    by_standing: dict[Standing, list[Entry]] = {s: [] for s in STANDING_ORDER}
    folded: list[Entry] = []
    for service in services:
        explained = tuple(f for f in service.functions if _explained(cause, f, crawling))
        if explained:
            folded.append(Entry(service, explained))
        for standing in STANDING_ORDER:
            hits = tuple(
                f
                for f in service.functions
                if function_standing(f) is standing and f not in explained
            )
            if standing is Standing.WORKS:
                # "Works" only when every function checked works and none was left unchecked
                if service_standing(service) is Standing.WORKS and not explained:
                    by_standing[standing].append(Entry(service, hits))
            elif hits:
                by_standing[standing].append(Entry(service, hits))
    sections = tuple(Section(s, tuple(by_standing[s])) for s in STANDING_ORDER if by_standing[s])
    return Summary(cause, tuple(folded), sections, works_now(network, services))


# "Works for you now": what people need first, in this order (the catalog's function kinds).
NOW_ORDER: tuple[FunctionKind, ...] = (
    FunctionKind.LOGIN,
    FunctionKind.MESSAGES,
    FunctionKind.MAPS,
    FunctionKind.WEB,
    FunctionKind.MEDIA,
    FunctionKind.VIDEO,
    FunctionKind.NOTIFICATIONS,
    FunctionKind.CALLS,
)
# Slowed in a way that is no "partly works": a crawl or a freeze is not working.
_NOT_PARTLY = frozenset({Verdict.THROTTLED, Verdict.STALLED, Verdict.CONNECTION_LIMITED})


def shows_works_now(summary: Summary) -> bool:
    """Whether the faces show "Works for you now": in whitelist mode only (an empty list then
    says that nothing the person uses answers)."""
    return summary.cause == Verdict.WHITELIST_MODE


def _listed_detail(network: NetworkResult, key: str) -> frozenset[str]:
    value = network.details.get(key)
    return frozenset(str(v) for v in value) if isinstance(value, list) else frozenset()


def _now(service: ServiceResult, function: FunctionResult) -> NowEntry | None:
    """The service's entry when the operator lets this function through now (partly or not)."""
    standing = function_standing(function)
    if standing is Standing.WORKS:
        return NowEntry(service)
    if standing is Standing.SLOWED and function.code not in _NOT_PARTLY:
        return NowEntry(service, partly=True)
    return None


def works_now(network: NetworkResult, services: Sequence[ServiceResult]) -> tuple[NowGroup, ...]:
    """In whitelist mode, per function kind (in NOW_ORDER), the services the operator lets it
    through for right now, partly working ones marked; nothing outside whitelist mode (then
    the summary's own classes say it). The controls and what only crawls are left out."""
    if network_cause(network) != Verdict.WHITELIST_MODE:
        return ()
    left_out = _listed_detail(network, "controls") | _listed_detail(network, "crawling")
    groups: list[NowGroup] = []
    for kind in NOW_ORDER:
        entries = []
        for service in services:
            if service.service_id in left_out:
                continue
            function = service.function(kind)
            found = _now(service, function) if function is not None else None
            if found is not None:
                entries.append(found)
        if entries:
            groups.append(NowGroup(kind, tuple(entries)))
    return tuple(groups)
