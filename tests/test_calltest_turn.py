"""A TURN server's 401 to an unauthenticated Allocate proves two-way UDP (Signal's calls,
`stun_answers = "401"`): the call test sends it Allocates, counts the 401s as answers, and calls
its silence a block only while a control STUN server answers."""

from __future__ import annotations

import asyncio
from typing import cast

from core.config import ProbeConfig
from core.engine.callpath import call_test
from core.models import (
    Catalog,
    Category,
    Endpoint,
    Function,
    FunctionKind,
    Protocol,
    Region,
    Service,
    Status,
)
from core.probes import stun


class Turn(asyncio.DatagramProtocol):
    """A TURN server without credentials for us: Allocate -> 401; Bindings and anything else are
    ignored (so an answer proves the call test sent an Allocate). `silent` drops everything."""

    def __init__(self, *, silent: bool = False, binding: bool = False) -> None:
        self.silent, self.binding = silent, binding
        self.allocates = 0

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        self.transport = cast(asyncio.DatagramTransport, transport)

    def datagram_received(self, data: bytes, addr: tuple[str, int]) -> None:
        try:
            method, _, txid = stun.parse_header(data)
        except stun.StunError:
            return
        if self.silent:
            return
        if self.binding and method == stun.BINDING:
            self.transport.sendto(stun.binding_success(txid, addr), addr)
        elif method == stun.ALLOCATE:
            self.allocates += 1
            self.transport.sendto(stun.error_response(stun.ALLOCATE, txid, 401), addr)


def _catalog(turn_port: int, control_port: int) -> Catalog:
    turn = Endpoint("127.0.0.1", turn_port, Protocol.STUN, stun_answers="401", source="test")
    control = Endpoint("127.0.0.1", control_port, Protocol.STUN, stun_answers="binding")
    return Catalog(
        (
            Service(
                "signal",
                "Signal",
                Category.MESSENGERS,
                Region.FOREIGN,
                (Function(FunctionKind.CALLS, (turn,)),),
            ),
            Service(
                "control",
                "Control",
                Category.CONTROLS,
                Region.FOREIGN,
                (Function(FunctionKind.CALLS, (control,)),),
                control=True,
            ),
        )
    )


async def _run(turn: Turn) -> tuple[Status, str, int]:
    loop = asyncio.get_running_loop()
    turn_t, _ = await loop.create_datagram_endpoint(lambda: turn, local_addr=("127.0.0.1", 0))
    control_t, _ = await loop.create_datagram_endpoint(
        lambda: Turn(binding=True), local_addr=("127.0.0.1", 0)
    )
    try:
        catalog = _catalog(
            turn_t.get_extra_info("sockname")[1], control_t.get_extra_info("sockname")[1]
        )
        finished = await call_test(catalog, ProbeConfig(), ("signal",), 1.0).run()
    finally:
        turn_t.close()
        control_t.close()
    verdict = next(v for v in finished.verdicts if v.service_id == "signal")
    received = verdict.figures.received if verdict.figures else 0
    return verdict.status, verdict.code, received


def test_a_401_to_an_allocate_proves_two_way_udp() -> None:
    turn = Turn()
    status, code, received = asyncio.run(_run(turn))
    assert (status, code) == (Status.WORKS, "call_ok")
    assert received > 0 and turn.allocates >= received


def test_a_silent_turn_server_is_a_block_while_a_control_answers() -> None:
    status, code, received = asyncio.run(_run(Turn(silent=True)))
    assert (status, code, received) == (Status.BLOCKED, "udp_blocked", 0)
