"""A call server that answers with garbage, foreign transaction ids or broken fingerprints:
every such reply is counted invalid, nothing is trusted, nothing crashes."""

from __future__ import annotations

import asyncio
import os
import struct
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


class Hostile(asyncio.DatagramProtocol):
    """Answers every datagram three times, wrongly each time."""

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        self.transport = cast(asyncio.DatagramTransport, transport)

    def datagram_received(self, data: bytes, addr: tuple[str, int]) -> None:
        txid = data[8:20] if len(data) >= 20 else b"\x00" * 12
        good = bytearray(stun.binding_success(txid, addr))
        good[-1] ^= 0xFF  # broken FINGERPRINT
        foreign = stun.binding_success(os.urandom(12), addr)  # a transaction we never sent
        garbage = os.urandom(len(data))  # also: not the echo the random twin expects
        for reply in (bytes(good), foreign, garbage, struct.pack("!HH", 0x0101, 9999)):
            self.transport.sendto(reply, addr)


def _catalog(port: int) -> Catalog:
    endpoint = Endpoint("127.0.0.1", port, Protocol.STUN, stun_answers="binding")
    service = Service(
        "hostile",
        "Hostile",
        Category.MESSENGERS,
        Region.FOREIGN,
        (Function(FunctionKind.CALLS, (endpoint,)),),
    )
    return Catalog((service,))


def test_hostile_replies_are_invalid_and_never_trusted() -> None:
    async def main() -> None:
        loop = asyncio.get_running_loop()
        transport, _ = await loop.create_datagram_endpoint(Hostile, local_addr=("127.0.0.1", 0))
        port = transport.get_extra_info("sockname")[1]
        try:
            config = ProbeConfig(call_reflectors=("127.0.0.0/8",))
            finished = await call_test(_catalog(port), config, ("hostile",), 1.0).run()
        finally:
            transport.close()
        assert finished.completed
        (verdict,) = finished.verdicts
        figures = verdict.targets[f"127.0.0.1:{port}"]
        assert figures.received == 0 and figures.sent == 50
        assert figures.invalid == 4 * figures.sent
        # no control in this catalog, and nothing valid came back: unknown, never blocked
        assert verdict.status == Status.UNKNOWN

    asyncio.run(main())
