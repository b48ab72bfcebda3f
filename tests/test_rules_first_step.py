"""core/rules/endpoint.py `first_step`: a messenger's own first step, tried once or twice, from
hand-written steps (issue 22)."""

from __future__ import annotations

from dataclasses import replace

import pytest

from core.codes import Outcome, Verdict
from core.models import Endpoint, EndpointResult, FirstStep, FunctionKind, Protocol, Step, StepKind
from core.rules import endpoint, load
from core.rules.verdict import aggregate


def _step(outcome: Outcome, sent: int = 105, received: int = 0) -> Step:
    detail = {"protocol": "mtproto", "sent": sent, "received": received}
    ok = outcome == Outcome.ANSWERED
    return Step(StepKind.FIRST_STEP, "10.0.0.1:443", ok, outcome, 10.0, ("10.0.0.1",), detail)


@pytest.mark.parametrize(
    ("outcomes", "expected"),
    [
        ([Outcome.ANSWERED], Verdict.OK),
        # a miss, then an answer on a fresh connection: the line lost one, the service answers
        ([Outcome.NO_ANSWER, Outcome.ANSWERED], Verdict.OK),
        ([Outcome.NO_ANSWER, Outcome.NO_ANSWER], Verdict.SERVICE_DATA_DROPPED),
        ([Outcome.STALLED, Outcome.STALLED], Verdict.SERVICE_DATA_DROPPED),
        ([Outcome.CLOSED, Outcome.CLOSED], Verdict.SERVICE_DATA_DROPPED),
        # a reply that is not the service's (garbage, a wrong nonce): its data did not come
        ([Outcome.PROTOCOL_ERROR, Outcome.PROTOCOL_ERROR], Verdict.SERVICE_DATA_DROPPED),
        # a reset after the data: the reset names it
        ([Outcome.NO_ANSWER, Outcome.RESET], Verdict.TCP_RESET),
        # the second connection did not open: the connection's own code
        ([Outcome.NO_ANSWER, Outcome.CONNECT_TIMEOUT], Verdict.TCP_TIMEOUT),
        ([Outcome.CONNECT_REFUSED], Verdict.TCP_REFUSED),
        ([], Verdict.OK),
    ],
)
def test_first_step_table(outcomes: list[Outcome], expected: Verdict) -> None:
    assert endpoint.first_step([_step(o) for o in outcomes], "10.0.0.1:443/tcp").code == expected


def test_dropped_data_names_the_bytes_and_rests_on_the_clock() -> None:
    steps = [_step(Outcome.STALLED, received=3), _step(Outcome.STALLED, received=7)]
    found = endpoint.first_step(steps, "10.0.0.1:443/tcp")
    assert found.code == Verdict.SERVICE_DATA_DROPPED
    (message,) = found.evidence
    assert message.key == "evidence.service_data_dropped"
    assert message.params["received"] == 7 and message.params["sent"] == 105
    assert message.params["tries"] == 2 and message.params["protocol"] == "mtproto"
    assert found.figures == {"received": 7, "sent": 105}
    # a busy computer or a slow, unstable line holds it back instead of blaming the censor
    assert load.is_timing(Verdict.SERVICE_DATA_DROPPED)


@pytest.mark.parametrize(
    ("outcome", "again"),
    [
        (Outcome.ANSWERED, False),
        (Outcome.NO_ANSWER, True),
        (Outcome.STALLED, True),
        (Outcome.RESET, True),
        (Outcome.PROTOCOL_ERROR, True),
        (Outcome.CONNECT_TIMEOUT, False),  # no connection: the connect test already says so
    ],
)
def test_when_the_first_step_is_tried_again(outcome: Outcome, again: bool) -> None:
    assert endpoint.first_step_again(_step(outcome)) is again


def _messages(code: Verdict) -> EndpointResult:
    ep = Endpoint("10.0.0.1", 443, Protocol.TCP, first_step=FirstStep.MTPROTO, source="test")
    return EndpointResult(ep, code, (_step(Outcome.ANSWERED),))


@pytest.mark.parametrize(
    ("busy", "line", "expected"),
    [
        (False, False, Verdict.SERVICE_DATA_DROPPED),
        # a slow or unstable line (the controls' reading), or a busy computer: not judged,
        # never blamed on the censor and never "works"
        (False, True, Verdict.NOT_TESTED),
        (True, False, Verdict.NOT_TESTED),
    ],
)
def test_dropped_data_is_held_back_on_a_poor_line(
    busy: bool, line: bool, expected: Verdict
) -> None:
    dropped = _messages(Verdict.SERVICE_DATA_DROPPED)
    found = aggregate("telegram", FunctionKind.MESSAGES, [dropped], busy=busy, line=line)
    assert found.code == expected


def test_an_answered_first_step_is_more_than_a_connection() -> None:
    """The service answered its own protocol: plain "works", not "connection only"."""
    found = aggregate("telegram", FunctionKind.MESSAGES, [_messages(Verdict.OK)])
    assert found.code == Verdict.OK
    connected = Step(StepKind.TCP, "10.0.0.1:443", True, Outcome.CONNECTED, 5.0, ("10.0.0.1",))
    bare = EndpointResult(Endpoint("10.0.0.1", 443, Protocol.TCP), Verdict.OK, (connected,))
    assert aggregate("x", FunctionKind.MESSAGES, [bare]).code == Verdict.OK_CONNECT_ONLY
    # a light run sends no first step: the same endpoint is a connection only, said so
    light = replace(_messages(Verdict.OK), steps=(connected,))
    assert aggregate("x", FunctionKind.MESSAGES, [light]).code == Verdict.OK_CONNECT_ONLY
