"""QUIC (HTTP/3) handshake with aioquic, to tell "QUIC dropped" from "the site is down".

The censor drops QUIC Initials (by size and version since 2022, by the name inside since
2023, on some networks all UDP); apps then fall back to TLS over TCP. We use a plain IPv4
UDP socket (aioquic's own `connect` insists on an IPv6 dual-stack socket).
"""

from __future__ import annotations

import asyncio
import contextlib
import socket
import ssl
from typing import Any, cast

from aioquic.asyncio.protocol import QuicConnectionProtocol
from aioquic.quic.configuration import QuicConfiguration
from aioquic.quic.connection import QuicConnection
from aioquic.quic.events import ConnectionTerminated, HandshakeCompleted, QuicEvent

from core.codes import Outcome
from core.models import Step, StepKind
from core.probes import errors
from core.probes.dial import Dial, Target
from core.probes.meter import CountingTransport, Meter


class _HandshakeWatch(QuicConnectionProtocol):
    """Resolves `done` on the first handshake outcome (we never use aioquic's waiter, whose
    unretrieved exception would be logged when we give up first); every datagram counted."""

    def __init__(self, quic: QuicConnection, meter: Meter) -> None:
        super().__init__(quic)
        self.done: asyncio.Future[str] = asyncio.get_running_loop().create_future()
        self._meter = meter

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        counted = CountingTransport(cast(asyncio.DatagramTransport, transport), self._meter)
        super().connection_made(cast(asyncio.BaseTransport, counted))

    def datagram_received(self, data: bytes | str, addr: Any) -> None:
        self._meter.count(received=len(data))
        super().datagram_received(data, addr)

    def quic_event_received(self, event: QuicEvent) -> None:
        if self.done.done():
            return
        if isinstance(event, HandshakeCompleted):
            self.done.set_result(Outcome.HANDSHAKE_OK)
        elif isinstance(event, ConnectionTerminated):
            self.done.set_result(f"terminated: {event.reason_phrase or event.error_code}")


async def handshake(dial: Dial, target: Target, ca_bundle: str | None) -> Step:
    """One QUIC handshake to the target with its server name, verified against `ca_bundle`
    (aioquic reads a file, not our SSLContext), within the dial's `tls` deadline. UDP never
    goes through the dial's proxy: QUIC is measured on the direct path."""
    timer = dial.clock.step()
    server_name = target.server_name
    detail: dict[str, object] = {"server_name": server_name or ""}
    config = QuicConfiguration(
        is_client=True,
        alpn_protocols=["h3"],
        server_name=server_name,
        verify_mode=ssl.CERT_REQUIRED,
    )
    if ca_bundle:
        config.load_verify_locations(cafile=ca_bundle)
    else:
        import certifi

        config.load_verify_locations(cafile=certifi.where())
    loop = asyncio.get_running_loop()
    sock = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    transport = None
    protocol: _HandshakeWatch | None = None
    outcome = Outcome.HANDSHAKE_OK
    chain: tuple[str, ...] = ()
    try:
        sock.setblocking(False)
        transport, protocol = await loop.create_datagram_endpoint(
            lambda: _HandshakeWatch(QuicConnection(configuration=config), dial.meter), sock=sock
        )
        protocol.connect((target.address, target.port))
        async with asyncio.timeout(dial.budget.tls):
            answer = await protocol.done
        if answer != Outcome.HANDSHAKE_OK:
            detail["reason"] = answer
            outcome = Outcome.REFUSED
    except TimeoutError:
        outcome = Outcome.NO_ANSWER
    except (ConnectionError, OSError) as exc:
        outcome, chain = Outcome.ERROR, errors.describe(exc)
    finally:
        try:
            if protocol is not None:
                protocol.close()
                with contextlib.suppress(Exception):
                    async with asyncio.timeout(dial.budget.quic_close):
                        await protocol.wait_closed()
        finally:  # even when a second cancel interrupts the wait above: never leak the socket
            if transport is not None:
                transport.close()
            else:
                sock.close()
    return Step(
        StepKind.QUIC,
        target.label,
        outcome == Outcome.HANDSHAKE_OK,
        outcome,
        timer.duration_ms(),
        (target.address,),
        detail,
        chain,
        timer.started_ms,
    )
