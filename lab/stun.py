"""Calls in the lab: a STUN server (and echo reflector) behind a UDP relay that impairs the path.

The relay sits in front of an in-process server on every lab address a `stun` endpoint uses.
Per flow (client address and port, as a middlebox sees it) it drops, delays, jitters,
duplicates and reorders packets as the scenario's `Impairment` says, with seeded randomness so
a test sees the same network every time. The server answers Binding requests with
XOR-MAPPED-ADDRESS, an unauthenticated TURN Allocate with 401, and echoes anything else (the
"self-hosted reflector" the call test compares STUN-shaped and random payloads against).

The truth is defined on round trips: loss is applied on the way in, delay and jitter on the way
back, so `Impairment.expected()` is what a perfect round-trip measurement would report.
"""

from __future__ import annotations

import asyncio
import contextlib
import random
import threading
from dataclasses import dataclass, field
from typing import cast

from core.probes import dtls, stun

Address = tuple[str, int]


@dataclass
class Impairment:
    delay_ms: float = 0.0  # added to every answer
    jitter_spread_ms: float = 0.0  # each answer gets a further uniform random 0..spread ms
    loss_pct: float = 0.0  # random loss, stratified: exactly this share of every block
    burst_every: int = 0  # every N packets of a flow, a burst of `burst_length` losses
    burst_length: int = 0
    reorder_pct: float = 0.0  # share of answers held back `reorder_ms` (arrive out of order)
    reorder_ms: float = 60.0
    duplicate_pct: float = 0.0  # share of answers sent twice
    copies: int = 1  # every answer sent this many times (an echo storm: 50)
    cut_after: int | None = None  # forward the first N packets of a flow, then nothing
    silent: bool = False  # drop everything
    # apply to "all" packets, only "stun"-shaped ones, only "other", or only "dtls" handshake
    # records (content type 22: WebRTC's DTLS filtered while STUN passes, March 2026)
    only: str = "all"
    seed: int = 1

    def expected(self, packets: int | None = None) -> dict[str, float]:
        """What a perfect round-trip measurement of this path reports (the lab's truth).

        Uniform jitter on [0, s] gives a median extra delay of s/2 and a mean |D| between
        successive packets of s/3 (the value the RFC 3550 estimator converges to); drawn
        stratified (one value from each of n equal slices of [0, s], in random order, then
        again) the mean |D| is s/3 * (n + 1) / n, while the median is exact even over a short
        test. With `packets`, a cut counts the packets after it as lost."""
        loss = self.loss_pct
        if self.burst_every and self.burst_length:
            loss += 100.0 * self.burst_length / self.burst_every * (1 - self.loss_pct / 100)
        if self.cut_after is not None and packets:
            loss = 100.0 * max(0, packets - self.cut_after) / packets
        return {
            "loss_pct": 100.0 if self.silent else loss,
            "rtt_median_ms": self.delay_ms + self.jitter_spread_ms / 2,
            "jitter_ms": self.jitter_spread_ms / 3 * (JITTER_STRATA + 1) / JITTER_STRATA,
        }


JITTER_STRATA = 50


def _loss_block(loss_pct: float) -> tuple[int, int]:
    """(block size, losses per block) with the share exact over each block."""
    share = loss_pct / 100
    for size in (10, 20, 25, 50, 100, 200, 1000):
        if abs(size * share - round(size * share)) < 1e-9:
            return size, round(size * share)
    return 1000, round(1000 * share)


class _Flow:
    """One client's packets through the relay: its own seeded random source and counters."""

    def __init__(self, impairment: Impairment, index: int) -> None:
        self.imp = impairment
        self.rng = random.Random(impairment.seed * 1_000_003 + index)
        self.stun_shaped = True
        self.last_held = False
        self.count = 0  # packets received from the client
        self.forwarded = 0
        self._lost: set[int] = set()
        self._block_start = -1
        self._burst_start = -1
        self._burst_offset = 0
        self._jitter: list[float] = []

    def drop(self) -> bool:
        """Decide the fate of the next packet from the client."""
        i = self.count
        self.count += 1
        imp = self.imp
        if imp.silent or (imp.cut_after is not None and i >= imp.cut_after):
            return True
        if imp.burst_every and imp.burst_length:
            start = i - i % imp.burst_every
            if start != self._burst_start:
                self._burst_start = start
                self._burst_offset = self.rng.randrange(
                    max(1, imp.burst_every - imp.burst_length + 1)
                )
            offset = i - start - self._burst_offset
            if 0 <= offset < imp.burst_length:
                return True
        if imp.loss_pct > 0:
            size, losses = _loss_block(imp.loss_pct)
            start = i - i % size
            if start != self._block_start:
                self._block_start = start
                self._lost = {start + k for k in self.rng.sample(range(size), losses)}
            if i in self._lost:
                return True
        self.forwarded += 1
        return False

    def _next_jitter(self) -> float:
        spread = self.imp.jitter_spread_ms
        if not spread:
            return 0.0
        if not self._jitter:
            strata = list(range(JITTER_STRATA))
            self.rng.shuffle(strata)
            self._jitter = [(k + self.rng.random()) * spread / JITTER_STRATA for k in strata]
        return self._jitter.pop()

    def return_delays(self) -> list[float]:
        """Seconds to hold each copy of an answer (two copies when duplicated)."""
        imp = self.imp
        delay = imp.delay_ms + self._next_jitter()
        self.last_held = bool(imp.reorder_pct) and self.rng.random() * 100 < imp.reorder_pct
        if self.last_held:
            delay += imp.reorder_ms
        delays = [delay / 1000 + 0.0001 * copy for copy in range(max(1, imp.copies))]
        if imp.duplicate_pct and self.rng.random() * 100 < imp.duplicate_pct:
            delays.append(delay / 1000 + 0.001)
        return delays


def answer(data: bytes, client: Address, echo: bool = True) -> bytes | None:
    """The lab server: Binding -> success, Allocate -> 401, a DTLS ClientHello -> a
    HelloVerifyRequest (a DTLS server's first answer, RFC 6347), anything else echoed."""
    if dtls.is_client_hello(data):
        return dtls.hello_verify_request(data[-8:])
    try:
        method, klass, txid = stun.parse_header(data)
    except stun.StunError:
        return data if echo else None
    if klass != stun.CLASS_REQUEST:
        return None
    if method == stun.BINDING:
        return stun.binding_success(txid, client, software="svyaz lab")
    if method == stun.ALLOCATE:
        return stun.error_response(stun.ALLOCATE, txid, 401, "Unauthorized")
    return None


def _applies(only: str, data: bytes) -> bool:
    """Whether an impairment for `only` packets takes this one."""
    if only == "all":
        return True
    if only == "dtls":
        return bool(data) and data[0] == dtls.CONTENT_HANDSHAKE
    return (only == "stun") == is_stun_shaped(data)


def is_stun_shaped(data: bytes) -> bool:
    try:
        stun.parse_header(data)
    except stun.StunError:
        return False
    return True


@dataclass
class RelayStats:
    flows: int = 0
    received: int = 0
    forwarded: int = 0
    answered: int = 0
    duplicated: int = 0  # answers sent twice
    held: int = 0  # answers held back to arrive out of order
    per_flow: dict[Address, int] = field(default_factory=dict)  # packets received per flow


class StunRelay(asyncio.DatagramProtocol):
    """Listens on one lab address: impairs each flow, then lets the server answer."""

    def __init__(self, address: str, impairment: Impairment | None) -> None:
        self.address = address
        self.impairment = impairment
        self.flows: dict[Address, _Flow] = {}
        self.stats = RelayStats()
        self.transport: asyncio.DatagramTransport | None = None
        self._handles: list[asyncio.TimerHandle] = []

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        self.transport = cast(asyncio.DatagramTransport, transport)

    def datagram_received(self, data: bytes, addr: Address) -> None:
        self.stats.received += 1
        self.stats.per_flow[addr] = self.stats.per_flow.get(addr, 0) + 1
        imp = self.impairment
        applies = imp is not None and _applies(imp.only, data)
        flow: _Flow | None = None
        if applies:
            assert imp is not None
            flow = self.flows.get(addr)
            if flow is None:
                # Seeded by the flow's kind and rank among flows of that kind, so a test sees
                # the same network whichever of its streams happens to start first.
                stun_shaped = is_stun_shaped(data)
                rank = sum(1 for f in self.flows.values() if f.stun_shaped == stun_shaped)
                flow = self.flows[addr] = _Flow(imp, 2 * rank + stun_shaped)
                flow.stun_shaped = stun_shaped
                self.stats.flows += 1
            if flow.drop():
                return
        self.stats.forwarded += 1
        reply = answer(data, addr)
        if reply is None:
            return
        self.stats.answered += 1
        delays = flow.return_delays() if flow is not None else [0.0]
        self.stats.duplicated += len(delays) - 1
        self.stats.held += flow is not None and flow.last_held
        loop = asyncio.get_running_loop()
        for delay in delays:
            if delay <= 0:
                self._send(reply, addr)
            else:
                self._handles.append(loop.call_later(delay, self._send, reply, addr))
        if len(self._handles) > 1000:
            now = loop.time()
            self._handles = [h for h in self._handles if h.when() > now]

    def _send(self, reply: bytes, addr: Address) -> None:
        if self.transport is not None and not self.transport.is_closing():
            self.transport.sendto(reply, addr)

    def close(self) -> None:
        for handle in self._handles:
            handle.cancel()
        self._handles.clear()
        if self.transport is not None:
            self.transport.close()


class StunLab:
    """Every STUN relay of a lab (one per address), on a thread and event loop of their own.

    The lab's main loop also serves every DNS query, TLS handshake and transfer of a
    diagnostic, and asyncio reads one datagram per socket per turn of its loop: with turns of
    30-40 ms a 50 packets/s stream queued up in the socket and its round trips climbed to half
    a second — a spread the call model rightly hears as poor, but the lab's, not the path's
    (docs/lab.md, "Calls"). On their own loop the relays answer within a few milliseconds and
    only an `Impairment` shapes the path. Stats are plain counters, read from any thread.
    """

    def __init__(self) -> None:
        self.relays: dict[str, StunRelay] = {}
        self.loop: asyncio.AbstractEventLoop | None = None
        self._thread: threading.Thread | None = None

    async def start(
        self, addresses: list[str], port: int, impairments: dict[str, Impairment]
    ) -> None:
        self.loop = asyncio.new_event_loop()
        self._thread = threading.Thread(target=self.loop.run_forever, name="lab-stun", daemon=True)
        self._thread.start()
        opened = asyncio.run_coroutine_threadsafe(
            self._open(addresses, port, impairments), self.loop
        )
        await asyncio.wrap_future(opened)

    async def _open(
        self, addresses: list[str], port: int, impairments: dict[str, Impairment]
    ) -> None:
        loop = asyncio.get_running_loop()
        for address in addresses:
            relay = StunRelay(address, impairments.get(address))
            await loop.create_datagram_endpoint(lambda r=relay: r, local_addr=(address, port))
            self.relays[address] = relay

    async def _close(self) -> None:
        for relay in self.relays.values():
            relay.close()
        await asyncio.sleep(0)  # the transports close their sockets on the next turn
        await asyncio.sleep(0)

    def stop(self) -> None:
        loop, thread = self.loop, self._thread
        if loop is None or thread is None or not thread.is_alive():
            return
        with contextlib.suppress(Exception):
            asyncio.run_coroutine_threadsafe(self._close(), loop).result(timeout=5)
        loop.call_soon_threadsafe(loop.stop)
        thread.join(timeout=5)
        if not thread.is_alive():
            loop.close()
