"""The call-quality test: a voice-like stream of STUN requests to each messenger's call servers
and to control STUN servers, live samples every 250 ms, then one verdict per messenger.

Rates: 50 packets per second (a real voice stream) only toward servers that welcome it (the
networks in `call_reflectors`: a lab, a self-hosted reflector), with a random-payload stream of
the same size beside it to see whether the path treats STUN-shaped packets differently. Public
servers get about 20 per second with at most 10 requests outstanding (RFC 8489 section 6.2.1).
It runs on the engine's loop; `cancel()` stops it within a fraction of a second and it still
finishes with one `FunctionFinished` per messenger (its `calls` function, judged) and one
`CallTestFinished` (completed=False).

It knows nothing of the engine: whoever runs it lends a `CallPath` (names to addresses, the
messengers' TCP/TLS fallbacks probed the ordinary way). Alone (`svyaz calltest`, the Call
quality tab) the engine opens one for it (`open_path`, core/engine/callpath.py); inside a
diagnostic the diagnostic lends its own: one resolver, and its own results for those endpoints,
one probe each. The rules (core/rules/calls.py) judge what it measured.
"""

from __future__ import annotations

import asyncio
import contextlib
import ipaddress
import os
import time
import typing
from collections.abc import AsyncGenerator, Callable
from dataclasses import dataclass, field

from core.budget import MAX_CALL_SECONDS, MIN_CALL_SECONDS, TimeBudget
from core.calls import emodel
from core.calls import metrics as callmetrics
from core.calls import results as callreport
from core.calls.metrics import StreamLog
from core.concurrency import BoundedRun, close_within, gather_all, stream
from core.config import ProbeConfig
from core.models import (
    CallSample,
    CallTestFinished,
    CallVerdict,
    Catalog,
    Endpoint,
    EndpointResult,
    FunctionFinished,
    FunctionKind,
    FunctionResult,
    Protocol,
    Service,
)
from core.netaddr import IPNetwork, is_ip_literal
from core.probes import dtls, stun
from core.probes.clock import Clock
from core.probes.meter import CountingTransport, Meter
from core.rules import calls as call_rules

FULL_RATE_PPS = 50.0  # 20 ms voice frames
POLITE_RATE_PPS = 20.0
POLITE_OUTSTANDING = 10  # RFC 8489: at most 10 outstanding transactions to one server
OUTSTANDING_WINDOW_S = 0.5  # a request unanswered for longer no longer counts as outstanding
SAMPLE_EVERY_S = 0.25
SETTLE_S = 1.0  # live loss counts only packets older than this

CallEvent = CallSample | FunctionFinished | CallTestFinished


class CallPath(typing.Protocol):
    """What the call test borrows from whoever runs it (the engine: core/engine/callpath.py)."""

    async def address(self, host: str) -> str | None:
        """The address to stream to for a name, None when it did not resolve."""

    async def probe(self, service_id: str, endpoint: Endpoint) -> EndpointResult:
        """One of a service's TCP/TLS `calls` endpoints probed the ordinary way."""

    async def aclose(self) -> None:
        """Release what the path opened for this test alone (a lent one: nothing)."""

    @property
    def meter(self) -> Meter:
        """The run's byte meter: the streams' datagrams are the run's data use too."""


# Opens a path of its own for a call test that runs alone: (its catalog, its clock) -> path.
OpenPath = Callable[[Catalog, Clock], CallPath]


@dataclass
class _Target:
    service_id: str
    endpoint: Endpoint
    control: bool
    label: str
    address: str | None = None
    full_rate: bool = False
    log: StreamLog = field(default_factory=StreamLog)
    random_log: StreamLog | None = None
    resolved: bool = True
    error: str | None = None  # why it could not be measured (no socket toward it)
    # a WebRTC DTLS ClientHello answered (None: not sent: the server is not known to answer)
    dtls_answered: bool | None = None


class CallTest:
    def __init__(
        self,
        catalog: Catalog,
        config: ProbeConfig,
        open_path: OpenPath,
        services: tuple[str, ...] = ("whatsapp", "telegram"),
        duration_s: float = 10.0,
    ) -> None:
        if not MIN_CALL_SECONDS <= duration_s <= MAX_CALL_SECONDS:
            raise ValueError(
                f"call test duration must be between {MIN_CALL_SECONDS:g} and "
                f"{MAX_CALL_SECONDS:g} seconds"
            )
        unknown = sorted(set(services) - {s.id for s in catalog.services})
        if unknown:
            raise ValueError(f"unknown service id(s): {', '.join(unknown)}")
        self.config = config
        self._open_path = open_path
        self.duration_s = float(duration_s)
        self.services = tuple(s for s in catalog.services if s.id in services)
        # Control STUN servers always run: they are what makes a messenger's silence mean
        # something. A control asked for by name is judged as well.
        self.controls = tuple(s for s in catalog.services if s.control and s.id not in services)
        self.catalog = Catalog((*self.services, *self.controls), catalog.settings)
        self.control_ids = {s.id for s in catalog.services if s.control}
        self._reflectors: tuple[IPNetwork, ...] = config.reflector_networks()
        self._queue: asyncio.Queue[CallEvent] = asyncio.Queue()
        self._work = BoundedRun("call test")
        self._targets: list[_Target] = []
        self._lag = callmetrics.LoopLag()  # our own loop's lateness while the streams run
        self._fallbacks: dict[str, tuple[str, bool]] = {}
        self._probed: dict[tuple[str, Endpoint], EndpointResult] = {}  # the fallbacks' evidence

    def cancel(self) -> None:
        """Stop measuring; call it on the engine's loop."""
        self._work.cancel()

    def events(self, shared: CallPath | None = None) -> AsyncGenerator[CallEvent, None]:
        """The samples, then each judged `calls` function, ending with `CallTestFinished`;
        closing the stream early cancels it. `shared`: a diagnostic's path (it closes it)."""
        return stream(self._run(shared), self._queue, CallTestFinished, self.cancel)

    async def run(self, shared: CallPath | None = None) -> CallTestFinished:
        """Run to the end and return the result (for callers that do not stream)."""
        result = None
        async for event in self.events(shared):
            if isinstance(event, CallTestFinished):
                result = event
        assert result is not None
        return result

    # ---- the run ----

    async def _run(self, shared: CallPath | None) -> None:
        clock = Clock.start()
        own: list[CallPath] = []  # a diagnostic closes its own path

        async def bounded() -> None:
            if shared is None:  # set up inside the deadline, like the diagnostic
                own.append(self._open_path(self.catalog, clock))
                await self._measure(own[0])
            else:
                await self._measure(shared)

        budget = self.config.budget
        bound = self.duration_s + budget.dns + budget.tls + budget.call_grace
        completed = await self._work.run(bounded(), bound)
        for path in own:
            await close_within(path.aclose(), "call test")
        verdicts = self._verdicts()
        for verdict in verdicts:
            self._queue.put_nowait(FunctionFinished(self._function_result(verdict)))
        self._queue.put_nowait(
            CallTestFinished(verdicts, completed, round(clock.elapsed_ms() / 1000, 2))
        )

    async def _measure(self, path: CallPath) -> None:
        async with asyncio.TaskGroup() as group:
            fallback = group.create_task(self._check_fallbacks(path))
            self._targets = await self._prepare(path)
            start = asyncio.get_running_loop().time()
            streams = []
            for target in self._targets:
                if target.address is None:
                    continue
                streams.append(
                    group.create_task(self._stream(target, target.log, "stun", start, path.meter))
                )
                if target.random_log is not None:
                    random_stream = self._stream(
                        target, target.random_log, "random", start, path.meter
                    )
                    streams.append(group.create_task(random_stream))
            for target in self._targets:
                if target.address is not None and target.endpoint.dtls_answers:
                    streams.append(group.create_task(self._dtls(target, path.meter)))
            sampler = group.create_task(self._sample(start))
            watcher = group.create_task(self._lag.watch())
            await asyncio.gather(*streams)
            sampler.cancel()
            watcher.cancel()
            await fallback

    # ---- targets ----

    async def _prepare(self, path: CallPath) -> list[_Target]:
        targets = []
        for service in (*self.services, *self.controls):
            for ep in _stun_endpoints(service):
                label = f"{ep.host}:{ep.port}"
                targets.append(_Target(service.id, ep, service.control, label))
        await asyncio.gather(*(self._resolve(path, t) for t in targets))
        return targets

    async def _resolve(self, path: CallPath, target: _Target) -> None:
        host = target.endpoint.host
        target.address = host if is_ip_literal(host) else await path.address(host)
        if target.address is None:
            target.resolved = False
            return
        ip = ipaddress.ip_address(target.address)
        target.full_rate = any(ip in net for net in self._reflectors)
        if target.full_rate:
            target.random_log = StreamLog()

    async def _check_fallbacks(self, path: CallPath) -> None:
        """The TCP/TLS endpoints of each tested `calls` function, probed the ordinary way, all
        services at once and bounded so they never hold the call test up for long."""
        budget = self.config.budget
        bound = max(self.duration_s + budget.call_late_max, budget.call_fallback)
        checks = gather_all(self._fallback(path, s) for s in self.services)
        await BoundedRun("call fallback check").run(checks, bound)

    async def _fallback(self, path: CallPath, service: Service) -> None:
        """One service's fallbacks in order, up to the first that works."""
        function = service.function(FunctionKind.CALLS)
        for ep in function.endpoints if function else ():
            if ep.protocol == Protocol.STUN:
                continue
            result = await path.probe(service.id, ep)
            self._probed[(service.id, ep)] = result
            works = call_rules.fallback_works(result)
            self._fallbacks[service.id] = (ep.label(), works)
            if works:
                return

    # ---- streams ----

    async def _stream(
        self, target: _Target, log: StreamLog, kind: str, start: float, meter: Meter
    ) -> None:
        assert target.address is not None
        loop = asyncio.get_running_loop()
        pending: dict[bytes, int] = {}
        sent_payloads: dict[int, bytes] = {}

        def on_datagram(data: bytes) -> None:
            now = time.monotonic()
            meter.count(received=len(data))
            if kind == "stun":
                reply = stun.try_decode(data)
                index = pending.get(reply.txid) if reply is not None else None
            else:
                index = pending.get(data[:16])
                if index is not None and sent_payloads.get(index) != data:
                    index = None
            if index is None:
                log.invalid += 1
            else:
                log.on_answer(index, now)

        try:
            raw, _ = await loop.create_datagram_endpoint(
                lambda: _Receiver(on_datagram), remote_addr=(target.address, target.endpoint.port)
            )
            transport = CountingTransport(raw, meter)
        except OSError as exc:  # no route, no address family...: not measured, not "blocked"
            target.error = exc.strerror or type(exc).__name__
            return
        try:
            rate = FULL_RATE_PPS if target.full_rate else POLITE_RATE_PPS
            count = max(1, int(self.duration_s * rate))
            for i in range(count):
                delay = start + i / rate - loop.time()
                if delay > 0:
                    await asyncio.sleep(delay)
                now = time.monotonic()
                if (
                    not target.full_rate
                    and log.outstanding(now, OUTSTANDING_WINDOW_S) >= POLITE_OUTSTANDING
                ):
                    log.skipped += 1
                    continue
                packet, key = _packet(kind, target.endpoint)
                index = log.on_send(now)
                pending[key] = index
                if kind == "random":
                    sent_payloads[index] = packet
                with contextlib.suppress(OSError):  # an ICMP error surfaced on send
                    transport.sendto(packet)
            await asyncio.sleep(_grace(log, self.config.budget))
        finally:
            transport.close()

    async def _dtls(self, target: _Target, meter: Meter) -> None:
        """Beside the STUN stream: does WebRTC's encrypted call handshake (a DTLS ClientHello)
        get an answer from a server known to give one?"""
        assert target.address is not None
        answered = await dtls.handshake_answered(target.address, target.endpoint.port, meter)
        target.dtls_answered = answered

    async def _sample(self, start: float) -> None:
        loop = asyncio.get_running_loop()
        tick = 1
        while True:
            delay = start + tick * SAMPLE_EVERY_S - loop.time()
            if delay > 0:
                await asyncio.sleep(delay)
            elapsed = round(tick * SAMPLE_EVERY_S, 2)
            tick += 1
            now = time.monotonic()
            for t in self._targets:
                if t.address is None:
                    continue
                fresh = t.log.last_answer_at is not None and now - t.log.last_answer_at <= (
                    SAMPLE_EVERY_S
                )
                rtt = round(t.log.last_rtt * 1000, 1) if fresh and t.log.last_rtt else None
                self._queue.put_nowait(
                    CallSample(
                        service_id=t.service_id,
                        target=t.label,
                        elapsed_s=elapsed,
                        rtt_ms=rtt,
                        loss_pct=callmetrics.loss_so_far(t.log, now, SETTLE_S),
                        jitter_ms=callmetrics.running_jitter_ms(t.log),
                        sent=len(t.log.sent_at),
                        received=t.log.received,
                    )
                )

    # ---- verdicts ----

    def _results(self, targets: list[_Target]) -> list[call_rules.TargetResult]:
        spread = not self._lag.busy()  # a busy loop's delay is ours, not the path's
        return [_result(t, spread) for t in targets]

    def _verdicts(self) -> tuple[CallVerdict, ...]:
        results = self._results(self._targets)
        controls = [r for r in results if r.service_id in self.control_ids]
        verdicts = []
        for service in self.services:
            mine = [r for r in results if r.service_id == service.id]
            verdicts.append(
                call_rules.judge(service.id, mine, controls, self._fallbacks.get(service.id))
            )
        return tuple(verdicts)

    def _function_result(self, verdict: CallVerdict) -> FunctionResult:
        """The service's `calls` function judged: STUN endpoints with the call's figures, the
        fallbacks with their probe's steps (those not reached: not tested)."""
        service = next(s for s in self.services if s.id == verdict.service_id)
        function = service.function(FunctionKind.CALLS)
        endpoints = tuple(
            self._probed.get((service.id, ep)) or call_rules.not_reached(ep)
            for ep in (function.endpoints if function else ())
        )
        return callreport.function_result(verdict, endpoints)


class _Receiver(asyncio.DatagramProtocol):
    def __init__(self, on_datagram: Callable[[bytes], None]) -> None:
        self.on_datagram = on_datagram

    def datagram_received(self, data: bytes, addr: tuple[str, int]) -> None:
        self.on_datagram(data)

    def error_received(self, exc: Exception) -> None:
        pass  # ICMP port unreachable and the like: the packet is simply lost


def _packet(kind: str, endpoint: Endpoint) -> tuple[bytes, bytes]:
    """(datagram, key to match its answer)."""
    if kind == "random":
        payload = os.urandom(stun.VOICE_PACKET_SIZE)
        return payload, payload[:16]
    txid = stun.new_txid()
    if endpoint.stun_answers == "401":
        return stun.allocate_request(txid), txid
    return stun.binding_request(txid), txid


def _grace(log: StreamLog, budget: TimeBudget) -> float:
    """How long to wait for late answers: three median round trips, within the budget's bounds."""
    answered = sorted(r for r in log.rtt if r is not None)
    if not answered:
        return budget.call_late_min
    middle = 3 * answered[len(answered) // 2]
    return min(budget.call_late_max, max(budget.call_late_min, middle))


def _stun_endpoints(service: Service) -> list[Endpoint]:
    function = service.function(FunctionKind.CALLS)
    if function is None:
        return []
    return [ep for ep in function.endpoints if ep.protocol == Protocol.STUN]


def _result(t: _Target, spread: bool) -> call_rules.TargetResult:
    """One target's measured facts for the rules: figures, the random stream's, the E-model's
    costliest figure; `spread` False when our own busy loop blurred the delays."""
    figures = callmetrics.figures(t.log, spread=spread) if t.address and not t.error else None
    return call_rules.TargetResult(
        t.service_id,
        t.endpoint,
        t.label,
        figures,
        callmetrics.figures(t.random_log) if t.random_log is not None else None,
        t.error,
        emodel.dragged_by(figures) if figures is not None else None,
        t.dtls_answered,
    )
