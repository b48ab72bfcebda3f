"""A minimal HTTP/1.1 client over our counted TLS stream (h11 does the parsing).

The transfer and throughput probes need what httpx hides: the exact bytes on the wire, the
moment the flow goes silent, and control over one keep-alive connection.
"""

from __future__ import annotations

import asyncio
import ssl
import time
from collections.abc import Sequence
from dataclasses import dataclass

import h11

from core.probes.tcp import open_stream
from core.probes.tlsstream import TlsStream

USER_AGENT = "Mozilla/5.0 (compatible; Svyaz connectivity check)"


class Stalled(Exception):
    """Nothing arrived for the idle window: the flow went silent without a reset."""


@dataclass
class BodyResult:
    status: int
    body_bytes: int
    first_byte_at: float | None
    last_byte_at: float | None
    ended: bool  # the whole body arrived


async def open_tls(
    address: str,
    port: int,
    server_name: str | None,
    context: ssl.SSLContext,
    connect_timeout: float,
    tls_timeout: float,
    proxy: str | None = None,
) -> TlsStream:
    reader, writer = await open_stream(address, port, connect_timeout, proxy)
    stream = TlsStream(reader, writer, context, server_name)
    try:
        async with asyncio.timeout(tls_timeout):
            await stream.handshake()
    except BaseException:
        stream.close()
        raise
    return stream


class Http1:
    """Sequential requests on one connection."""

    def __init__(self, stream: TlsStream, host: str) -> None:
        self.stream = stream
        self.host = host
        self.conn = h11.Connection(h11.CLIENT)

    async def send_get(self, path: str, extra: Sequence[tuple[str, str]] = ()) -> None:
        if self.conn.our_state is h11.DONE:
            self.conn.start_next_cycle()
        headers = [("Host", self.host), ("User-Agent", USER_AGENT), ("Accept", "*/*"), *extra]
        data = self.conn.send(h11.Request(method="GET", target=path, headers=headers)) or b""
        data += self.conn.send(h11.EndOfMessage()) or b""
        await self.stream.send(data)

    async def _event(self, idle: float) -> object:
        while True:
            event = self.conn.next_event()
            if event is not h11.NEED_DATA:
                return event
            try:
                async with asyncio.timeout(idle):
                    data = await self.stream.recv()
            except TimeoutError:
                raise Stalled from None
            self.conn.receive_data(data)

    async def read_response(
        self, idle: float, limit: int, deadline: float | None = None
    ) -> BodyResult:
        """Read one response, counting body bytes; stop at `limit` bytes or at `deadline`."""
        event = await self._event(idle)
        while isinstance(event, h11.InformationalResponse):
            event = await self._event(idle)
        if not isinstance(event, h11.Response):
            raise h11.RemoteProtocolError(f"unexpected {type(event).__name__}")
        result = BodyResult(event.status_code, 0, None, None, False)
        while True:
            if deadline is not None and time.monotonic() >= deadline:
                return result
            event = await self._event(idle)
            if isinstance(event, h11.Data):
                now = time.monotonic()
                result.first_byte_at = result.first_byte_at or now
                result.last_byte_at = now
                result.body_bytes += len(event.data)
                if result.body_bytes >= limit:
                    return result
            elif isinstance(event, h11.EndOfMessage):
                result.ended = True
                return result
            elif isinstance(event, h11.ConnectionClosed):
                return result
