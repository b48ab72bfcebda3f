"""TLS over an asyncio stream through memory BIOs, counting the real bytes on the wire.

We drive ssl ourselves (instead of asyncio's start_tls) because a censorship probe needs what a
normal client hides: whether any byte came back after the ClientHello, what those bytes were
(a plaintext block page instead of a ServerHello), and how many bytes crossed before a stall.
"""

from __future__ import annotations

import asyncio
import contextlib
import ssl
import time

TLS_RECORD_TYPES = {0x14, 0x15, 0x16, 0x17}
_READ_CHUNK = 65536
_LOGGED_CHUNK = 16384  # one TLS record


class NonTlsReply(ssl.SSLError):
    """The peer answered the ClientHello with something that is not TLS."""

    def __init__(self, first_bytes: bytes) -> None:
        super().__init__("non-TLS reply to ClientHello")
        self.first_bytes = first_bytes


class PeerClosed(ConnectionError):
    """The peer closed the connection cleanly (FIN) where data was expected."""


class TlsStream:
    """A client TLS session over (reader, writer) with byte counters and timestamps."""

    def __init__(
        self,
        reader: asyncio.StreamReader,
        writer: asyncio.StreamWriter,
        context: ssl.SSLContext,
        server_name: str | None,
    ) -> None:
        self._reader = reader
        self._writer = writer
        self._incoming = ssl.MemoryBIO()
        self._outgoing = ssl.MemoryBIO()
        self._ssl = context.wrap_bio(self._incoming, self._outgoing, server_hostname=server_name)
        self.bytes_sent = 0
        self.bytes_received = 0
        self.first_reply = b""
        self.first_reply_at: float | None = None
        # (monotonic time, cumulative bytes) of each read from the wire, once `log_reads` is on:
        # rates measured on the wire are smooth, plaintext arrives a whole TLS record at a time.
        self.log_reads = False
        self.read_log: list[tuple[float, int]] = []

    @property
    def ssl_object(self) -> ssl.SSLObject:
        return self._ssl

    async def handshake(self) -> None:
        while True:
            try:
                self._ssl.do_handshake()
                break
            except ssl.SSLWantReadError:
                await self._flush()
                await self._fill(during_handshake=True)
        await self._flush()

    async def send(self, data: bytes) -> None:
        view = memoryview(data)
        while view:
            written = self._ssl.write(view[:16384])
            view = view[written:]
            await self._flush()

    async def recv(self, limit: int = _READ_CHUNK) -> bytes:
        """Up to `limit` plaintext bytes; b"" at a clean end of the stream."""
        while True:
            try:
                data = self._ssl.read(limit)
                await self._flush()
                return data
            except ssl.SSLWantReadError:
                await self._flush()
                if not await self._fill(during_handshake=False):
                    return b""
            except ssl.SSLZeroReturnError:
                return b""

    async def _fill(self, during_handshake: bool) -> bool:
        # A rate needs several reads: a small slice arriving at once would be two 64 KB reads.
        data = await self._reader.read(_LOGGED_CHUNK if self.log_reads else _READ_CHUNK)
        if not data:
            self._incoming.write_eof()
            if during_handshake:
                raise PeerClosed("connection closed by peer during the handshake")
            return False
        if self.first_reply_at is None:
            self.first_reply_at = time.monotonic()
            if data[0] not in TLS_RECORD_TYPES:
                self.bytes_received += len(data)
                self.first_reply = data[:1024]
                raise NonTlsReply(data[:1024])
        if len(self.first_reply) < 1024:
            self.first_reply += data[: 1024 - len(self.first_reply)]
        self.bytes_received += len(data)
        if self.log_reads:
            self.read_log.append((time.monotonic(), self.bytes_received))
        self._incoming.write(data)
        return True

    async def _flush(self) -> None:
        pending = self._outgoing.read()
        if pending:
            self.bytes_sent += len(pending)
            self._writer.write(pending)
            await self._writer.drain()

    def close(self) -> None:
        with contextlib.suppress(ssl.SSLError, ValueError):
            self._ssl.unwrap()
        pending = self._outgoing.read()
        if pending and not self._writer.is_closing():
            self._writer.write(pending)
        self._writer.close()

    async def wait_closed(self) -> None:
        with contextlib.suppress(Exception):
            await self._writer.wait_closed()


def make_context(ca_bundle: str | None, verify: bool = True) -> ssl.SSLContext:
    """A client context: full verification against `ca_bundle` (or certifi's store)."""
    if not verify:
        ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
        ctx.check_hostname = False
        ctx.verify_mode = ssl.CERT_NONE
        return ctx
    if ca_bundle:
        return ssl.create_default_context(cafile=ca_bundle)
    import certifi

    return ssl.create_default_context(cafile=certifi.where())
