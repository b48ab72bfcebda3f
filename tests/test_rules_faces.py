"""The rules the faces ask instead of comparing codes themselves (core/rules/faces.py)."""

from __future__ import annotations

import pytest

from core.codes import NETWORK_VERDICTS, Verdict
from core.models import FunctionKind, FunctionResult, Message, Status
from core.rules.faces import (
    call_works,
    function_advice,
    is_tested,
    needs_no_words,
    network_status,
    network_works,
)
from core.rules.verdict import status_of


@pytest.mark.parametrize(
    ("code", "status"),
    [
        (Verdict.OK, Status.WORKS),
        (Verdict.OFFLINE, Status.BLOCKED),
        (Verdict.WHITELIST_MODE, Status.BLOCKED),
        (Verdict.CAPTIVE_PORTAL, Status.DEGRADED),
        (Verdict.parse("from_a_newer_svyaz"), Status.UNKNOWN),
        ("offline", Status.BLOCKED),  # a stored document's plain string
    ],
)
def test_the_network_is_shown_in_one_status_per_code(code: str, status: Status) -> None:
    assert network_status(code) is status


def test_every_network_verdict_has_a_status() -> None:
    assert all(network_status(code) is not Status.UNKNOWN for code in NETWORK_VERDICTS)


def test_a_function_in_an_offline_network_is_unknown_while_the_network_is_the_news() -> None:
    """On purpose two answers: nothing is called blocked, but the banner says no internet."""
    for code in (Verdict.OFFLINE, Verdict.CAPTIVE_PORTAL):
        assert status_of(code) is Status.UNKNOWN
        assert network_status(code) is not Status.UNKNOWN


def test_only_a_working_network_is_not_the_news() -> None:
    assert network_works(Verdict.OK)
    assert not any(network_works(c) for c in NETWORK_VERDICTS - {Verdict.OK})
    assert not network_works("from_a_newer_svyaz")


def test_only_not_tested_is_untested() -> None:
    assert [c for c in Verdict if not is_tested(c)] == [Verdict.NOT_TESTED]
    assert not is_tested("not_tested")


def test_only_plain_ok_needs_no_words() -> None:
    assert [c for c in Verdict if needs_no_words(c)] == [Verdict.OK]
    assert needs_no_words("ok") and not needs_no_words(Verdict.OK_CONNECT_ONLY)


def test_only_working_calls_need_no_call_advice() -> None:
    assert [c for c in Verdict if call_works(c)] == [Verdict.CALL_OK]


def _function(code: Verdict, kind: FunctionKind) -> FunctionResult:
    return FunctionResult(
        "whatsapp", kind, code, status_of(code), Message(f"explain.{code}"), Message("own")
    )


def test_untested_calls_point_to_the_call_test_and_everything_else_keeps_its_advice() -> None:
    untested_calls = _function(Verdict.NOT_TESTED, FunctionKind.CALLS)
    assert function_advice(untested_calls) == Message("advice.not_tested.calls")
    assert function_advice(_function(Verdict.NOT_TESTED, FunctionKind.MESSAGES)).key == "own"
    assert function_advice(_function(Verdict.UDP_BLOCKED, FunctionKind.CALLS)).key == "own"
