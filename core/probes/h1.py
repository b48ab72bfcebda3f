"""A small HTTP/1.1 client over our own streams (h11 does the parsing).

Every HTTP request Svyaz makes goes through here rather than httpx, for two reasons:
- probes need what a normal client hides: the exact bytes on the wire, the moment a flow goes
  silent, and control over one keep-alive connection;
- cancel must close every socket. httpcore (under httpx) leaks the TCP socket when an asyncio
  task is cancelled during the TLS handshake (its start_tls cleans up on `Exception` only;
  encode/httpcore#642), and a cancelled diagnostic in a long-running app would keep them.
"""

from __future__ import annotations

import asyncio
import contextlib
import time
from collections.abc import Sequence
from dataclasses import dataclass, field

import h11

from core.probes.dial import Dial, Target
from core.probes.tcp import open_stream
from core.probes.tlsstream import TlsStream

USER_AGENT = "Mozilla/5.0 (compatible; Svyaz connectivity check)"


class Stalled(Exception):
    """Nothing arrived for the idle window: the flow went silent without a reset."""


class ClosedUnanswered(h11.RemoteProtocolError):
    """The other side closed the connection before any response began: a request cut, not
    garbage (a censor that closes after the request looks like this)."""


class PlainStream:
    """The same interface as TlsStream, for plain HTTP."""

    def __init__(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        self._reader, self._writer = reader, writer
        self.bytes_sent = 0
        self.bytes_received = 0

    async def send(self, data: bytes) -> None:
        self.bytes_sent += len(data)
        self._writer.write(data)
        await self._writer.drain()

    async def recv(self, limit: int = 65536) -> bytes:
        data = await self._reader.read(limit)
        self.bytes_received += len(data)
        return data

    def close(self) -> None:
        self._writer.close()

    async def wait_closed(self) -> None:
        with contextlib.suppress(Exception):
            await self._writer.wait_closed()


Stream = TlsStream | PlainStream


@dataclass
class BodyResult:
    status: int
    body_bytes: int
    first_byte_at: float | None
    last_byte_at: float | None
    ended: bool  # the whole body arrived
    headers: dict[str, str] = field(default_factory=dict)
    body: bytes = b""  # kept only up to `keep` bytes
    timed_out: bool = False  # the deadline came before the body ended


_DEADLINE = object()  # `Http1._event`: the reader's deadline came before the next event


async def open_tls(dial: Dial, target: Target) -> TlsStream:
    """A TLS session to the target with its server name, within the dial's two deadlines."""
    reader, writer = await open_stream(dial, target)
    stream = TlsStream(reader, writer, dial.context, target.server_name)
    try:
        async with asyncio.timeout(dial.budget.tls):
            await stream.handshake()
    except BaseException:
        stream.close()
        raise
    return stream


async def open_plain(dial: Dial, target: Target) -> PlainStream:
    reader, writer = await open_stream(dial, target)
    return PlainStream(reader, writer)


class Http1:
    """Sequential requests on one connection."""

    def __init__(self, stream: Stream, host: str) -> None:
        self.stream = stream
        self.host = host
        self.conn = h11.Connection(h11.CLIENT)

    async def send_get(self, path: str, extra: Sequence[tuple[str, str]] = ()) -> None:
        await self._send("GET", path, b"", extra)

    async def send_post(self, path: str, body: bytes, content_type: str) -> None:
        headers = [("Content-Type", content_type), ("Content-Length", str(len(body)))]
        await self._send("POST", path, body, headers)

    async def _send(
        self, method: str, path: str, body: bytes, extra: Sequence[tuple[str, str]]
    ) -> None:
        if self.conn.our_state is h11.DONE:
            self.conn.start_next_cycle()
        headers = [
            ("Host", self.host),
            ("User-Agent", USER_AGENT),
            ("Accept", "*/*"),
            ("Accept-Encoding", "identity"),
            *extra,
        ]
        data = self.conn.send(h11.Request(method=method, target=path, headers=headers)) or b""
        if body:
            data += self.conn.send(h11.Data(data=body)) or b""
        data += self.conn.send(h11.EndOfMessage()) or b""
        await self.stream.send(data)

    async def _event(self, idle: float, deadline: float | None = None) -> object:
        """The next h11 event; Stalled after `idle` seconds of silence. With a `deadline`
        (time.monotonic), the wait ends there too: `_DEADLINE` is returned, so a server that
        drips a byte just inside the idle window cannot hold the step past its deadline."""
        while True:
            event = self.conn.next_event()
            if event is not h11.NEED_DATA:
                return event
            wait = idle
            if deadline is not None:
                left = deadline - time.monotonic()
                if left <= 0:
                    return _DEADLINE
                wait = min(idle, left)
            try:
                async with asyncio.timeout(wait):
                    data = await self.stream.recv()
            except TimeoutError:
                if wait < idle:
                    return _DEADLINE
                raise Stalled from None
            self.conn.receive_data(data)

    async def read_response(
        self, idle: float, limit: int, deadline: float | None = None, keep: int = 0
    ) -> BodyResult:
        """Read one response, counting body bytes; stop at `limit` bytes or at `deadline`.
        The first `keep` bytes of the body are kept (for block-page checks)."""
        event = await self._event(idle, deadline)
        while isinstance(event, h11.InformationalResponse):
            event = await self._event(idle, deadline)
        if event is _DEADLINE:  # the head itself dripped past the deadline
            return BodyResult(0, 0, None, None, False, timed_out=True)
        if isinstance(event, h11.ConnectionClosed):
            raise ClosedUnanswered("closed before a response")
        if not isinstance(event, h11.Response):
            raise h11.RemoteProtocolError(f"unexpected {type(event).__name__}")
        headers = {k.decode("latin-1").lower(): v.decode("latin-1") for k, v in event.headers}
        result = BodyResult(event.status_code, 0, None, None, False, headers)
        while True:
            event = await self._event(idle, deadline)
            if event is _DEADLINE:
                result.timed_out = True
                return result
            if isinstance(event, h11.Data):
                now = time.monotonic()
                result.first_byte_at = result.first_byte_at or now
                result.last_byte_at = now
                result.body_bytes += len(event.data)
                if len(result.body) < keep:
                    result.body += bytes(event.data[: keep - len(result.body)])
                if result.body_bytes >= limit:
                    return result
            elif isinstance(event, h11.EndOfMessage):
                result.ended = True
                return result
            elif isinstance(event, h11.ConnectionClosed):
                return result
