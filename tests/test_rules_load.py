"""The busy-machine rule's second signal: the controls' timings swinging (core/rules/load.py).

A starved machine adds seconds to some connects and not others, toward every region alike; a
slow or lossy line is slow steadily (issue 20's territory), so it must never read busy.
"""

from __future__ import annotations

import pytest

from core.catalog_model import Category, Endpoint, Region, Service
from core.codes import Outcome, Verdict
from core.messages import render
from core.models import (
    EndpointResult,
    FunctionKind,
    FunctionResult,
    Message,
    Protocol,
    Status,
    Step,
    StepKind,
)
from core.rules.load import LoopLag, timings_swing
from core.rules.network import NetworkFacts, assess, timing_held_back

_REGIONS = {"control-domestic": Region.DOMESTIC, "control-foreign": Region.FOREIGN}
_SERVICES = {
    sid: Service(sid, sid, next(iter(Category)), region, (), control=True)
    for sid, region in _REGIONS.items()
}


def _control(service_id: str, tcp: list[float], tls: list[float]) -> FunctionResult:
    """A control whose endpoints connected (and shook hands) in these times, in ms."""
    endpoints = []
    for i, connect in enumerate(tcp):
        steps = [Step(StepKind.TCP, "192.0.2.1:443", True, Outcome.OK, connect)]
        if i < len(tls):
            steps.append(Step(StepKind.TLS, "192.0.2.1:443", True, Outcome.OK, tls[i]))
        host = f"{service_id}-{i}.test"
        endpoints.append(
            EndpointResult(Endpoint(host, 443, Protocol.HTTPS), Verdict.OK, tuple(steps))
        )
    none = Message("none")
    return FunctionResult(
        service_id,
        FunctionKind.WEB,
        Verdict.OK,
        Status.WORKS,
        none,
        none,
        endpoints=tuple(endpoints),
    )


Timings = tuple[list[float], list[float]]


def _both(
    tcp: list[float], tls: list[float], foreign: Timings | None = None
) -> list[FunctionResult]:
    foreign_tcp, foreign_tls = foreign or (tcp, tls)
    return [
        _control("control-domestic", tcp, tls),
        _control("control-foreign", foreign_tcp, foreign_tls),
    ]


@pytest.mark.parametrize(
    ("controls", "busy"),
    [
        # an idle machine on a fast line (the lab: 6 ms connects, 95 ms handshakes)
        (_both([6.0, 7.0], [93.0, 98.0]), False),
        # a steady slow mobile line: high timings, steady
        (_both([900.0, 1100.0], [1900.0, 2300.0]), False),
        # a jittery line: a few hundred ms of spread
        (_both([80.0, 450.0], [160.0, 700.0]), False),
        # a lossy line: one SYN resent after 1 s toward both regions
        (_both([100.0, 1100.0], [200.0, 260.0]), False),
        # a huge ratio but a small spread (loopback under light load)
        (_both([0.5, 40.0], [5.0, 300.0]), False),
        # a starved machine: seconds added to some connects, toward both regions
        (_both([6.0, 2400.0], [95.0, 3100.0]), True),
        # only the handshakes swing, in both regions: still the machine
        (_both([6.0, 7.0], [90.0, 2600.0]), True),
        # one region swings, the other is steady: a path problem, the network's
        (_both([6.0, 2400.0], [95.0, 3100.0], foreign=([6.0, 7.0], [93.0, 98.0])), False),
        # one sample per group: nothing to compare
        (_both([6.0], [2400.0]), False),
        # no controls measured
        ([], False),
    ],
)
def test_the_controls_timings_swinging_read_busy(
    controls: list[FunctionResult], busy: bool
) -> None:
    assert bool(timings_swing(controls, _REGIONS)) is busy
    network = assess(NetworkFacts(controls, services=_SERVICES, loop_lag=LoopLag()))
    assert timing_held_back(network) is busy
    assert ("machine_busy" in network.conditions) is busy
    said = [m for m in network.evidence if m.key == "evidence.control_timings_swing"]
    assert bool(said) is busy
    if said:
        assert "ms" in render(said[0], "en")
        assert "мс" in render(said[0], "ru")


def test_a_failed_step_is_no_timing() -> None:
    """A timeout's duration is its deadline: it never makes a swing."""
    timed_out = _control("control-domestic", [6.0, 7.0], [])
    step = Step(StepKind.TCP, "192.0.2.1:443", False, Outcome.CONNECT_TIMEOUT, 5000.0)
    endpoint = EndpointResult(Endpoint("x.test", 443, Protocol.HTTPS), Verdict.TCP_TIMEOUT, (step,))
    controls = [
        FunctionResult(
            "control-domestic",
            FunctionKind.WEB,
            Verdict.OK,
            Status.WORKS,
            timed_out.explanation,
            timed_out.advice,
            endpoints=(*timed_out.endpoints, endpoint),
        ),
        _control("control-foreign", [6.0, 7.0, 5000.0], []),
    ]
    assert timings_swing(controls, _REGIONS) == ()
