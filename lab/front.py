"""The censor: an in-path box in front of every lab address. It reads the first bytes of each
connection (the TLS server name or the HTTP Host) and then forwards to the real servers,
resets, stalls, answers in the server's place, throttles, or cuts the flow after N bytes."""

from __future__ import annotations

import asyncio
import contextlib
import random
import socket
import struct
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass

from core import hellos
from lab.clienthello import record_length, sni_from_record
from lab.line import LineFlow, LineImpairment

FIRST_READ_TIMEOUT = 10.0
STALL_LIMIT = 120.0


@dataclass(frozen=True)
class ConnInfo:
    address: str  # the lab address the client dialled
    tls: bool
    server_name: str | None  # SNI for TLS, Host for plain HTTP
    index: int  # how many connections to this address came before ("some connections")
    opaque: bool = False  # neither TLS nor HTTP: a messenger's own protocol (MTProto, Noise)
    shape: str | None = None  # the client's hello shape, when it is one of resources/hellos/


@dataclass(frozen=True)
class Decision:
    action: str = "forward"  # forward | reset | stall | reply
    target: str = "tls"  # origin kind: tls | plain | rogue | known_root | expired | wrong_name
    reply: bytes = b""
    rate_down: float | None = None  # bytes per second, server -> client
    rate_up: float | None = None
    cut_down: int | None = None  # the flow dies (no reset) after this many bytes
    cut_up: int | None = None
    drop_up: float = 0.0  # random client->server drops (see `censor.Shaping`)
    drop_after: int = 0
    line: bool = True  # crosses the lab's line impairment (the lab's own servers do not)
    delay: float = 0.0  # seconds the ClientHello is held before it passes (classifying it)


OnConnect = Callable[[str], str]  # address -> "" | "reset" | "stall"
Decide = Callable[[ConnInfo], Decision]


def reset(writer: asyncio.StreamWriter) -> None:
    """Close with a TCP reset (SO_LINGER 0), as an injected RST looks to the client."""
    sock = writer.get_extra_info("socket")
    if sock is not None:
        with contextlib.suppress(OSError):
            sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
    writer.transport.abort()


async def swallow(reader: asyncio.StreamReader, limit: float = STALL_LIMIT) -> None:
    """Read and drop everything: the client sees a connection where nothing ever comes back."""
    with contextlib.suppress(TimeoutError, ConnectionError, OSError):
        async with asyncio.timeout(limit):
            while await reader.read(65536):
                pass


class Front:
    def __init__(
        self,
        origin_address: str,
        origin_ports: dict[str, int],
        on_connect: OnConnect,
        decide: Decide,
    ) -> None:
        self.origin_address = origin_address
        self.origin_ports = origin_ports
        self.on_connect = on_connect
        self.decide = decide
        self.connections: dict[str, int] = {}  # per address: "some connections" patterns
        self.flows = 0  # flows with random drops so far: each its own seeded randomness
        self.line: LineImpairment | None = None  # the whole line's impairment (every flow)
        self._servers: list[asyncio.Server] = []
        self._blackholes: list[socket.socket] = []
        self._tasks: set[asyncio.Task[None]] = set()

    async def listen(self, address: str, port: int) -> None:
        server = await asyncio.start_server(self._handle, address, port)
        self._servers.append(server)

    def blackhole(self, address: str, port: int) -> None:
        """A listener whose accept queue is full: the kernel drops new SYNs (connect times out)."""
        listener = socket.socket()
        listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        listener.bind((address, port))
        listener.listen(0)
        filler = socket.socket()
        filler.setblocking(False)
        with contextlib.suppress(BlockingIOError):
            filler.connect((address, port))
        self._blackholes += [listener, filler]

    async def stop(self) -> None:
        for server in self._servers:
            server.close()
        for sock in self._blackholes:
            sock.close()
        for task in list(self._tasks):
            task.cancel()
        await asyncio.gather(*self._tasks, return_exceptions=True)

    async def _handle(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        task = asyncio.current_task()
        assert task is not None
        self._tasks.add(task)
        try:
            await self._serve(reader, writer)
        except (ConnectionError, OSError, asyncio.IncompleteReadError, asyncio.CancelledError):
            pass  # a client went away, or the lab is stopping
        finally:
            self._tasks.discard(task)
            writer.close()

    async def _serve(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        address = writer.get_extra_info("sockname")[0]
        index = self.connections.get(address, 0)
        self.connections[address] = index + 1
        early = self.on_connect(address)
        if early == "reset":
            reset(writer)
            return
        if early == "stall":
            await swallow(reader)
            return
        try:
            async with asyncio.timeout(FIRST_READ_TIMEOUT):
                first = await _read_first(reader)
        except TimeoutError:
            return
        if not first:
            return
        tls = first[0] == 0x16
        name = sni_from_record(first) if tls else _http_host(first)
        opaque = not tls and not looks_like_http(first)
        shape = hellos.classify(first) if tls else None
        decision = self.decide(ConnInfo(address, tls, name, index, opaque=opaque, shape=shape))
        if decision.action == "reset":
            reset(writer)
        elif decision.action == "stall":
            await swallow(reader)
        elif decision.action == "reply":
            writer.write(decision.reply)
            await writer.drain()
        else:
            if decision.delay:
                await asyncio.sleep(decision.delay)
            await self._forward(reader, writer, first, decision, tls, opaque)

    async def _forward(
        self,
        reader: asyncio.StreamReader,
        writer: asyncio.StreamWriter,
        first: bytes,
        decision: Decision,
        tls: bool,
        opaque: bool = False,
    ) -> None:
        target = decision.target if tls else ("messenger" if opaque else "plain")
        up_reader, up_writer = await asyncio.open_connection(
            self.origin_address, self.origin_ports[target]
        )
        cut = asyncio.Event()
        try:
            up = _Pump(reader, up_writer, decision.rate_up, decision.cut_up, cut, first)
            if decision.drop_up:
                self.flows += 1
                up.drops = _Drops(decision.drop_up, decision.drop_after, self.flows)
            down = _Pump(up_reader, writer, decision.rate_down, decision.cut_down, cut)
            if self.line is not None and decision.line:
                up.line, down.line = self.line.flow("up"), self.line.flow("down")
            await asyncio.gather(up.run(), down.run())
            if cut.is_set():
                await swallow(reader)  # the flow is dead: nothing more passes, no reset
        finally:
            up_writer.close()


class _Drops:
    """Random client->server drops, emulated in user space: the relay forwards upstream bytes
    one TCP-sized segment at a time, and a "lost" segment waits a retransmission timeout
    (200 ms, doubling while losses repeat, as Linux's RTO does) before it passes. The client's
    kernel sees what it would on a lossy path: its data crawls or freezes; connects and
    handshakes (the first `after` bytes) go through. Seeded per connection: the same network
    every run."""

    SEGMENT = 1460
    RTO = 0.2
    MAX_RTO = 3.2

    def __init__(self, share: float, after: int, seed: int) -> None:
        self.share, self.after = share, after
        self.rng = random.Random(seed)
        self.rto = self.RTO

    async def pass_through(
        self, sent: int, data: bytes, write: Callable[[bytes], Awaitable[None]]
    ) -> None:
        for start in range(0, len(data), self.SEGMENT):
            segment = data[start : start + self.SEGMENT]
            while sent + start >= self.after and self.rng.random() < self.share:
                await asyncio.sleep(self.rto)
                self.rto = min(self.rto * 2, self.MAX_RTO)
            self.rto = self.RTO
            await write(segment)


class _Pump:
    """Copy one direction, optionally at a fixed rate and only up to a byte budget."""

    def __init__(
        self,
        reader: asyncio.StreamReader,
        writer: asyncio.StreamWriter,
        rate: float | None,
        cut: int | None,
        cut_event: asyncio.Event,
        first: bytes = b"",
    ) -> None:
        self.reader, self.writer = reader, writer
        self.rate, self.cut, self.cut_event, self.first = rate, cut, cut_event, first
        self.sent = 0
        self.drops: _Drops | None = None
        self.line: LineFlow | None = None  # the shared line this flow crosses

    async def run(self) -> None:
        # A token bucket with a small burst: idle time must not buy a later burst.
        burst = 0.0 if self.rate is None else max(self.rate * 0.05, 1500.0)
        tokens, last = burst, time.monotonic()
        chunk = 65536 if self.rate is None else max(512, int(self.rate / 50))
        if self.line is not None:
            chunk = min(chunk, self.line.line.chunk())
        data = self.first
        while True:
            if not data:
                data = await self._read(chunk)
                if data is None:
                    return
                if not data:
                    with contextlib.suppress(OSError):
                        if self.writer.can_write_eof():
                            self.writer.write_eof()
                    return
            if self.cut is not None and self.sent + len(data) > self.cut:
                data = data[: self.cut - self.sent]
                if data:
                    await self._write(data)
                self.cut_event.set()
                return
            if self.rate:
                now = time.monotonic()
                tokens = min(burst, tokens + (now - last) * self.rate)
                last = now
                if tokens < len(data):
                    await asyncio.sleep((len(data) - tokens) / self.rate)
                    tokens = float(len(data))
                    last = time.monotonic()
                tokens -= len(data)
            if self.line is not None:
                await self.line.pass_through(data, self._write)
            elif self.drops is not None:
                await self.drops.pass_through(self.sent, data, self._write)
            else:
                await self._write(data)
            data = b""

    async def _read(self, size: int) -> bytes | None:
        reading = asyncio.ensure_future(self.reader.read(size))
        cut = asyncio.ensure_future(self.cut_event.wait())
        try:
            done, _ = await asyncio.wait({reading, cut}, return_when=asyncio.FIRST_COMPLETED)
        finally:
            cut.cancel()
            if not reading.done():
                reading.cancel()
            # An error of a read nobody waits for any more must not be logged as "never retrieved".
            reading.add_done_callback(lambda t: t.cancelled() or t.exception())
        if reading in done:
            return reading.result()
        return None

    async def _write(self, data: bytes) -> None:
        self.writer.write(data)
        self.sent += len(data)
        await self.writer.drain()


async def _read_first(reader: asyncio.StreamReader) -> bytes:
    """The whole first TLS record (the ClientHello) or the first HTTP request head."""
    data = await reader.read(65536)
    if not data:
        return b""
    if data[0] == 0x16:
        while True:
            needed = record_length(data)
            if needed is not None and len(data) >= needed:
                return data
            more = await reader.read(65536)
            if not more:
                return data
            data += more
    if not looks_like_http(data) and not (len(data) < 8 and data.isalpha()):
        return data  # a messenger's own protocol: its first write is all there is to read
    while b"\r\n\r\n" not in data and len(data) < 16384:
        more = await reader.read(65536)
        if not more:
            break
        data += more
    return data


def looks_like_http(data: bytes) -> bool:
    """A request line's start: a method in capitals and a space (Telegram's obfuscated header
    never starts so, tdesktop's `isGoodStartNonce`; WhatsApp's starts with "WA" and a byte)."""
    method = data.split(b" ", 1)[0]
    return b" " in data[:8] and 3 <= len(method) <= 7 and method.isalpha() and method.isupper()


def _http_host(head: bytes) -> str | None:
    for line in head.split(b"\r\n")[1:]:
        if line.lower().startswith(b"host:"):
            return line[5:].strip().decode("latin-1").split(":")[0].lower()
    return None
