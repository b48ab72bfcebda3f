"""core/rules/endpoint.py: an endpoint's judgments between its layers, from hand-written
steps and paired results, no socket (issue #19)."""

from __future__ import annotations

import pytest

from core.codes import Outcome, Verdict
from core.models import Step, StepKind
from core.rules import endpoint

PARAMS = {"name": "site.test", "control": "control.test", "address": "10.0.0.1"}


@pytest.mark.parametrize(
    ("code", "answered", "expected", "keys", "swap_same"),
    [
        # the control name answered on the same address: a filter by name, the code stands
        (
            Verdict.TLS_RESET,
            {"control_name": True},
            Verdict.TLS_RESET,
            ["evidence.paired_by_name"],
            None,
        ),
        # only no name answered (the control failed too): still by name
        (
            Verdict.TLS_TIMEOUT,
            {"control_name": False, "no_name": True},
            Verdict.TLS_TIMEOUT,
            ["evidence.paired_by_name"],
            None,
        ),
        # a control that failed too, and no name too: the address is cut
        (
            Verdict.TLS_RESET,
            {"control_name": False, "no_name": False},
            Verdict.TCP_RESET,
            ["evidence.paired_by_address"],
            None,
        ),
        (
            Verdict.TLS_TIMEOUT,
            {"no_name": False},
            Verdict.TCP_TIMEOUT,
            ["evidence.paired_by_address"],
            None,
        ),
        # the real name on a control's address: cut there too (the usual answer) ...
        (
            Verdict.TLS_RESET,
            {"control_name": True, "swap": False},
            Verdict.TLS_RESET,
            ["evidence.paired_by_name", "evidence.swap_name_fails_elsewhere"],
            True,
        ),
        # ... or it passes there
        (
            Verdict.TLS_RESET,
            {"control_name": True, "swap": True},
            Verdict.TLS_RESET,
            ["evidence.paired_by_name"],
            False,
        ),
        (
            Verdict.TLS_RESET,
            {"control_name": False, "no_name": False, "swap": True},
            Verdict.TCP_RESET,
            ["evidence.paired_by_address", "evidence.swap_name_ok_elsewhere"],
            None,
        ),
        # nothing paired ran: the code stands, nothing said
        (Verdict.TLS_RESET, {"swap": True}, Verdict.TLS_RESET, [], None),
    ],
)
def test_paired_handshakes(
    code: Verdict,
    answered: dict[str, bool],
    expected: Verdict,
    keys: list[str],
    swap_same: bool | None,
) -> None:
    found = endpoint.paired(code, answered, PARAMS)
    assert found.code == expected
    assert [m.key for m in found.evidence] == keys
    assert found.swap_same is swap_same


def http(outcome: Outcome, ok: bool = False) -> Step:
    return Step(StepKind.HTTP, "https://site.test/", ok, outcome, 10.0)


@pytest.mark.parametrize(
    ("step", "paired", "expected"),
    [
        # cut with the real name, answered with the control name: a filter by name
        (http(Outcome.TIMEOUT), http(Outcome.RESPONSE, True), Verdict.TLS_TIMEOUT),
        (http(Outcome.RESET), http(Outcome.UNEXPECTED_STATUS), Verdict.TLS_RESET),
        # the control failed too: the server is failing, the page's code stands
        (http(Outcome.TIMEOUT), http(Outcome.TIMEOUT), None),
        (http(Outcome.RESET), http(Outcome.ERROR), None),
        (http(Outcome.RESET), http(Outcome.CONNECT_REFUSED), None),
    ],
)
def test_request_by_name(step: Step, paired: Step, expected: Verdict | None) -> None:
    assert endpoint.request_by_name(step, paired) == expected


@pytest.mark.parametrize(
    ("step", "expected"),
    [
        (http(Outcome.RESPONSE, True), Verdict.OK),
        (http(Outcome.BLOCKPAGE), Verdict.HTTP_BLOCKPAGE),
        (http(Outcome.GEO_REFUSED), Verdict.GEO_BLOCKED),
        (http(Outcome.CONNECT_RESET), Verdict.TCP_RESET),
        (http(Outcome.UNEXPECTED_STATUS), Verdict.HTTP_ERROR),
        (http(Outcome.parse("a_word_from_a_newer_version")), Verdict.HTTP_ERROR),
    ],
)
def test_page_code(step: Step, expected: Verdict) -> None:
    assert endpoint.page_code(step) == expected


@pytest.mark.parametrize(
    ("outcome", "expected"),
    [(Outcome.BLOCKPAGE, Verdict.HTTP_BLOCKPAGE), (Outcome.RESPONSE, Verdict.HTTP_ERROR)],
)
def test_a_followed_redirect(outcome: Outcome, expected: Verdict) -> None:
    assert endpoint.followed_page(http(outcome), Verdict.HTTP_ERROR) == expected


@pytest.mark.parametrize(
    ("tries", "passed", "share"),
    [
        (3, 0, None),  # failed every time: not flaky
        (3, 1, 0.67),  # one flaky repeat passed
        (3, 2, 0.33),
        (2, 1, 0.5),
    ],
)
def test_flaky_share(tries: int, passed: int, share: float | None) -> None:
    assert endpoint.flaky_share(tries, passed) == share


@pytest.mark.parametrize(
    ("outcome", "replied"),
    [
        (Outcome.HANDSHAKE_OK, True),
        (Outcome.ALERT, True),
        (Outcome.BAD_CERTIFICATE, True),
        (Outcome.PROTOCOL_ERROR, True),
        (Outcome.RESET_AFTER_CLIENT_HELLO, False),
        (Outcome.STALL_NO_SERVER_HELLO, False),
        (Outcome.CONNECT_TIMEOUT, False),
    ],
)
def test_a_paired_handshake_replied(outcome: Outcome, replied: bool) -> None:
    step = Step(StepKind.TLS, "10.0.0.1:443", outcome == Outcome.HANDSHAKE_OK, outcome, 5.0)
    assert endpoint.replied(step) is replied


@pytest.mark.parametrize(
    ("code", "pairing"),
    [
        (Verdict.TLS_RESET, True),
        (Verdict.TLS_TIMEOUT, True),
        (Verdict.TLS_BAD_CERTIFICATE, False),
        (Verdict.TCP_RESET, False),
    ],
)
def test_which_failures_are_paired(code: Verdict, pairing: bool) -> None:
    assert endpoint.needs_pairing(code) is pairing


@pytest.mark.parametrize(
    ("layer", "key"),
    [
        (Verdict.OK, "evidence.true_address_works"),
        (Verdict.TLS_RESET, "evidence.true_address_fails"),
    ],
)
def test_the_true_address_after_a_dns_lie(layer: Verdict, key: str) -> None:
    message = endpoint.true_address("site.test", layer)
    assert message.key == key and message.params == {"name": "site.test", "what_code": layer}
