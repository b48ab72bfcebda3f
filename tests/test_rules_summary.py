"""The one summary every face shows (core/rules/summary.py): each function's class, a service
listed under each class one of its functions is in, a network cause folding what it explains."""

from __future__ import annotations

import pytest

from core.codes import Condition, Verdict
from core.models import (
    FunctionKind,
    FunctionResult,
    Message,
    NetworkResult,
    ServiceResult,
    Status,
)
from core.rules.summary import (
    Standing,
    function_standing,
    network_cause,
    service_standing,
    summarize_services,
)

_NONE = Message("none")


def _f(
    kind: FunctionKind, code: Verdict, status: Status, explanation: str = "none"
) -> FunctionResult:
    return FunctionResult("svc", kind, code, status, Message(explanation), _NONE)


WORKS = _f(FunctionKind.MESSAGES, Verdict.OK, Status.WORKS)
CALLS_CUT = _f(FunctionKind.CALLS, Verdict.UDP_BLOCKED, Status.BLOCKED)
CALLS_UNVERIFIED = _f(
    FunctionKind.CALLS, Verdict.NOT_TESTED, Status.UNKNOWN, "calls.explain.unverified"
)
CALLS_NOT_RUN = _f(FunctionKind.CALLS, Verdict.NOT_TESTED, Status.UNKNOWN)
GEO = _f(FunctionKind.WEB, Verdict.GEO_BLOCKED, Status.BLOCKED)
SLOW = _f(FunctionKind.VIDEO, Verdict.THROTTLED, Status.DEGRADED)
DNS_SILENT = _f(FunctionKind.WEB, Verdict.DNS_TIMEOUT, Status.BLOCKED)
HELD_BACK = _f(FunctionKind.WEB, Verdict.TCP_TIMEOUT, Status.UNKNOWN)


@pytest.mark.parametrize(
    ("function", "standing"),
    [
        (WORKS, Standing.WORKS),
        (CALLS_CUT, Standing.BLOCKED),
        (CALLS_UNVERIFIED, Standing.UNCHECKABLE),
        (CALLS_NOT_RUN, None),  # no call test this run: says nothing
        (GEO, Standing.REFUSED),  # the service's own choice, never "Blocked"
        (SLOW, Standing.SLOWED),
        (HELD_BACK, Standing.NOT_JUDGED),
    ],
)
def test_each_function_falls_in_one_class(function: FunctionResult, standing: Standing) -> None:
    assert function_standing(function) == standing


def _service(sid: str, *functions: FunctionResult) -> ServiceResult:
    return ServiceResult(sid, sid.title(), Status.WORKS, functions)


def _network(code: Verdict = Verdict.OK, *conditions: Condition) -> NetworkResult:
    return NetworkResult(code, _NONE, _NONE, conditions)


def test_calls_blocked_for_one_and_unverifiable_for_the_other_both_named() -> None:
    """The issue's case: WhatsApp's calls cut, Telegram's not checkable: neither reads Works."""
    whatsapp = _service("whatsapp", WORKS, CALLS_CUT)
    telegram = _service("telegram", WORKS, CALLS_UNVERIFIED)
    signal = _service("signal", WORKS)
    summary = summarize_services(_network(), [whatsapp, telegram, signal])
    assert summary.cause is None
    assert [s.standing for s in summary.sections] == [
        Standing.BLOCKED,
        Standing.UNCHECKABLE,
        Standing.WORKS,
    ]
    blocked = summary.section(Standing.BLOCKED)
    assert blocked is not None
    assert [(e.service.service_id, e.functions) for e in blocked.entries] == [
        ("whatsapp", (CALLS_CUT,))
    ]
    assert service_standing(telegram) is Standing.UNCHECKABLE
    assert summary.count(Standing.WORKS) == 1  # Signal alone


def test_refusal_is_counted_apart_from_blocks() -> None:
    summary = summarize_services(_network(), [_service("twitch", GEO), _service("x", SLOW)])
    assert summary.count(Standing.REFUSED) == 1 and summary.count(Standing.BLOCKED) == 0
    assert summary.count(Standing.SLOWED) == 1


def test_a_dead_system_resolver_leads_and_folds_its_timeouts() -> None:
    network = _network(Verdict.OK, Condition.DNS_SYSTEM_SILENT)
    services = [_service(f"s{i}", DNS_SILENT) for i in range(40)] + [_service("ok", WORKS)]
    summary = summarize_services(network, [*services, _service("yt", SLOW)])
    assert summary.cause is Condition.DNS_SYSTEM_SILENT
    assert len(summary.folded) == 40
    assert summary.count(Standing.BLOCKED) == 0  # no forty separate blocks under the headline
    assert summary.count(Standing.SLOWED) == 1  # what the cause does not explain stays


@pytest.mark.parametrize(
    ("network", "cause"),
    [
        (_network(Verdict.OFFLINE), Verdict.OFFLINE),
        (_network(Verdict.WHITELIST_MODE), Verdict.WHITELIST_MODE),
        (_network(Verdict.CAPTIVE_PORTAL), Verdict.CAPTIVE_PORTAL),
        (_network(Verdict.OK, Condition.DNS_SYSTEM_SILENT), Condition.DNS_SYSTEM_SILENT),
        (_network(Verdict.OK, Condition.MACHINE_BUSY), None),
        (_network(), None),
    ],
)
def test_the_network_cause(network: NetworkResult, cause: Verdict | Condition | None) -> None:
    assert network_cause(network) == cause


def test_under_whitelist_mode_every_failure_is_the_networks() -> None:
    summary = summarize_services(
        _network(Verdict.WHITELIST_MODE), [_service("a", DNS_SILENT), _service("b", WORKS)]
    )
    assert [e.service.service_id for e in summary.folded] == ["a"]
    assert summary.count(Standing.BLOCKED) == 0 and summary.count(Standing.WORKS) == 1


def test_no_internet_hides_the_dns_conditions_it_causes() -> None:
    from core.rules.summary import shown_conditions

    offline = _network(
        Verdict.OFFLINE, Condition.DNS_ENCRYPTED_BLOCKED, Condition.DNS_SYSTEM_SILENT
    )
    assert shown_conditions(offline) == ()
    silent = _network(Verdict.OK, Condition.DNS_SYSTEM_SILENT, Condition.DNS_ENCRYPTED_BLOCKED)
    assert shown_conditions(silent) == (Condition.DNS_ENCRYPTED_BLOCKED,)  # not the headline


def test_untested_calls_point_to_the_call_test_only_where_the_network_works() -> None:
    from core.rules.faces import function_advice

    assert function_advice(CALLS_NOT_RUN, "ok").key == "advice.not_tested.calls"
    assert function_advice(CALLS_NOT_RUN).key == "advice.not_tested.calls"
    for code in ("offline", "whitelist_mode"):
        assert function_advice(CALLS_NOT_RUN, code).key == "advice.not_tested.calls_later"


def test_a_refusal_is_never_painted_as_a_block() -> None:
    from core.rules.summary import shown_status

    assert shown_status(_service("twitch", GEO)) is Status.UNKNOWN
    assert shown_status(_service("whatsapp", WORKS, CALLS_CUT)) is Status.BLOCKED
    assert shown_status(_service("telegram", WORKS, CALLS_UNVERIFIED)) is Status.WORKS
    assert shown_status(_service("yt", SLOW, WORKS)) is Status.DEGRADED
    assert shown_status(_service("none", CALLS_NOT_RUN)) is Status.UNKNOWN
