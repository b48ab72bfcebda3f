"""Run a whole diagnostic: every service concurrently, bounded in time, streaming typed events.

The GUI and the CLI consume the same stream (`Diagnostic.events()`). `cancel()` stops every
probe promptly; the run then finishes with `completed=False` and what it had learnt so far.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import random
import uuid
from collections.abc import AsyncGenerator, Mapping
from datetime import UTC, datetime
from typing import Any

from core.calls import results as callreport
from core.codes import Verdict
from core.concurrency import BoundedRun, close_within, gather_all, stream
from core.config import ProbeConfig
from core.engine import line, transfers
from core.engine.callpath import RunPath
from core.engine.context import RunContext
from core.engine.endpoint import EndpointProbe, left_to_full_runs
from core.engine.looplag import LoopWatch
from core.engine.setup import make_calltest, settings_summary
from core.models import (
    CallResults,
    CallSample,
    CallTestFinished,
    CallVerdict,
    Catalog,
    DnsAnswer,
    Endpoint,
    EndpointResult,
    Event,
    FunctionFinished,
    FunctionKind,
    FunctionResult,
    Message,
    NetworkAssessed,
    NetworkResult,
    RunFinished,
    RunResult,
    RunStarted,
    Service,
    ServiceFinished,
    ServiceResult,
    ServiceStarted,
    Step,
    StepFinished,
)
from core.netaddr import FAKE_IP_RANGE, is_fake_ip
from core.probes.clock import Clock
from core.probes.meter import Meter
from core.rules import dns as dns_rules
from core.rules import endpoint as endpoint_rules
from core.rules import family as family_rules
from core.rules import network as network_rules
from core.rules import verdict
from core.rules.line import LineReading

log = logging.getLogger(__name__)


def select_services(catalog: Catalog, wanted: tuple[str, ...]) -> tuple[Service, ...]:
    """The services to run: `wanted` ids plus the controls (they are needed to judge the rest)."""
    if not wanted:
        return catalog.services
    unknown = sorted(set(wanted) - {s.id for s in catalog.services})
    if unknown:
        raise ValueError(f"unknown service id(s): {', '.join(unknown)}")
    return tuple(s for s in catalog.services if s.id in wanted or s.control)


class Diagnostic:
    def __init__(
        self,
        catalog: Catalog,
        config: ProbeConfig,
        environment: Mapping[str, Any] | None = None,
        services: tuple[str, ...] = (),
    ) -> None:
        """`services`: the ids the run is asked for (empty: all; controls always run)."""
        self.run_id = uuid.uuid4().hex[:12]
        self.wanted = tuple(services)
        self.services = select_services(catalog, self.wanted)
        self.catalog = Catalog(self.services, catalog.settings, catalog.sources, catalog.problems)
        self.config = config
        self.environment = dict(environment or {})
        self._queue: asyncio.Queue[Event] = asyncio.Queue()
        self._work = BoundedRun("diagnostic")
        self._functions: dict[tuple[str, FunctionKind], FunctionResult] = {}
        self._network = network_rules.unassessed()
        self._ipv6 = bool(config.ipv6)  # whether the run tried IPv6 (decided as it starts)
        self._controls_done: asyncio.Future[NetworkResult] | None = None
        self._finished: set[str] = set()
        # The call test judges the `calls` functions (issue 7); None when off or nothing to call.
        self._calltest = make_calltest(self.catalog, config)
        self._calls: asyncio.Future[CallTestFinished | None] | None = None
        self._call_results: CallResults | None = None
        # calls functions judged by the call test, before the network's context is applied
        self._from_calltest: dict[tuple[str, FunctionKind], FunctionResult] = {}
        # `calls` endpoints' results as they come, for the call test's TCP/TLS fallbacks
        self._calls_endpoints: dict[tuple[str, Endpoint], asyncio.Future[EndpointResult]] = {}
        self._rng = random.Random()  # pools' draws: different targets every run
        # How late this run's own loop runs: on a starved machine timing verdicts are held back
        budget = config.budget
        self._watch = LoopWatch(min(budget.dns, budget.connect, budget.tls, budget.transfer_idle))
        self._drawn: dict[tuple[str, FunctionKind], transfers.Drawn] = {}
        self._line: LineReading | None = None  # what the controls say of the line

    @property
    def runs_call_test(self) -> bool:
        """This run has a call test: a service's `calls` may be judged again when it ends."""
        return self._calltest is not None

    def cancel(self) -> None:
        """Stop probing; must be called on the engine's loop (the GUI bridge does that)."""
        self._work.cancel()

    def events(self) -> AsyncGenerator[Event, None]:
        """The run's events, ending with `RunFinished`; closing the stream early cancels the run."""
        return stream(self._run(), self._queue, RunFinished, self.cancel)

    async def run(self) -> RunResult:
        """Run to the end and return the result (for callers that do not stream)."""
        result = None
        async for event in self.events():
            if isinstance(event, RunFinished):
                result = event.result
        assert result is not None
        return result

    # ---- the run ----

    def _emit(self, event: Event) -> None:
        self._queue.put_nowait(event)

    async def _run(self) -> None:
        started_at = datetime.now(UTC)
        clock = Clock.start()
        meter = Meter()
        self._emit(RunStarted(self.run_id, tuple(s.id for s in self.services)))
        contexts: list[RunContext] = []

        async def bounded() -> None:
            # Setting up (trust store, resolvers) is inside the deadline too: nothing the
            # settings or the network do can keep the run from ending.
            contexts.append(RunContext(self.config, self.catalog, self._on_step, clock, meter))
            if self.config.ipv6 is None:  # try IPv6 where the machine has it
                addresses = self.environment.get("local_addresses") or []
                contexts[0].ipv6 = family_rules.has_ipv6(addresses)
            self._ipv6 = contexts[0].ipv6
            await self._probe_all(contexts[0])

        watching = asyncio.create_task(self._watch.run())
        try:
            completed = await self._work.run(bounded(), self.config.budget.overall)
        finally:
            watching.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await watching
        for ctx in contexts:
            await close_within(ctx.aclose(), "diagnostic")
        result = self._result(started_at, clock, completed, meter)
        self._emit(RunFinished(result))

    async def _probe_all(self, ctx: RunContext) -> None:
        await ctx.resolver.start(ctx.control_probe_name())
        # Pools are drawn before anything is looked up: the names a run did not draw are not
        # asked of any resolver either.
        self._drawn = {
            (service.id, function.kind): transfers.draw(function, self._rng)
            for service in self.services
            for function in service.functions
        }
        hosts = {
            ep.host
            for drawn in self._drawn.values()
            for ep in drawn.endpoints
            if not left_to_full_runs(ep, self.config.light)
        }
        resolutions = await gather_all(ctx.resolver.resolve(n) for n in ctx.names(hosts))
        ctx.shared = dns_rules.shared_addresses(resolutions)
        shared_udp = dns_rules.shared_udp_addresses(resolutions)
        forged = [r.name for r in resolutions if dns_rules.udp_forged(r, shared_udp, ctx.overrides)]
        fake = [
            r for r in resolutions if r.system.ok and all(is_fake_ip(a) for a in r.system.addresses)
        ]
        fake_ip_names = 0
        if resolutions and len(fake) * 2 >= len(resolutions):
            # A Fake-IP proxy (Clash, sing-box...) answers every name from 198.18.0.0/15 and
            # carries the traffic itself: those answers are not spoofing, they are the proxy.
            fake_ip_names = len(fake)
            ctx.overrides = (*ctx.overrides, FAKE_IP_RANGE)
        self._controls_done = asyncio.get_running_loop().create_future()
        self._calls = asyncio.get_running_loop().create_future()
        controls = [s for s in self.services if s.control]
        others = [s for s in self.services if not s.control]
        line.start(ctx)  # transfer tests wait for the line's reading from here on

        def facts(
            other_results: list[FunctionResult], canary: DnsAnswer | None = None
        ) -> network_rules.NetworkFacts:
            return network_rules.NetworkFacts(
                [f for (sid, _), f in self._functions.items() if self._is_control(sid)],
                other_results,
                ctx.resolver.doh_status,
                canary,
                forged,
                {s.id: s for s in self.services},
                self.environment,
                fake_ip_names,
                self._watch.facts(),
                self._line,
                proxy_in_use=bool(self.config.proxy),
            )

        async def run_controls() -> None:
            # The early verdict (offline? login page?) must not wait for the slow canary. The
            # line is measured on the controls beside their own probes.
            async def measure_line() -> None:
                self._line = await line.measure(ctx, controls)

            await gather_all([measure_line(), *(self._service(ctx, s) for s in controls)])
            self._network = network_rules.assess(facts([]))
            assert self._controls_done is not None
            self._controls_done.set_result(self._network)
            self._emit(NetworkAssessed(self._network))
            self._recontextualise(controls_only=True)

        await gather_all(
            [run_controls(), self._run_calls(ctx), *(self._service(ctx, s) for s in others)]
        )
        final = network_rules.assess(
            facts(
                [f for (sid, _), f in self._functions.items() if not self._is_control(sid)],
                await ctx.resolver.canary_answer(),
            )
        )
        if final != self._network:
            self._network = final
            self._emit(NetworkAssessed(final))
            self._recontextualise()

    async def _run_calls(self, ctx: RunContext) -> None:
        """The call test beside the other probes, sharing this run's context and endpoint
        results; its samples join the run's event stream. Its function results are not
        passed on: the calls functions are judged here, with this run's own evidence."""
        assert self._calls is not None
        finished: CallTestFinished | None = None
        try:
            if self._calltest is not None:
                shared = RunPath(ctx, self._calls_endpoint)
                # aclosing: a cancelled run must stop the call test now, not when collected
                async with contextlib.aclosing(self._calltest.events(shared)) as events:
                    async for event in events:
                        if isinstance(event, CallSample):
                            self._emit(event)
                        elif isinstance(event, CallTestFinished):
                            finished = event
        finally:
            if not self._calls.done():
                self._calls.set_result(finished)
        if finished is not None:
            self._call_results = CallResults.of(finished, self.config.budget.call_duration)
            self._calls_finished(finished)

    @staticmethod
    def _call_verdict(finished: CallTestFinished | None, service_id: str) -> CallVerdict | None:
        verdicts = finished.verdicts if finished is not None else ()
        return next((v for v in verdicts if v.service_id == service_id), None)

    def _calls_finished(self, finished: CallTestFinished) -> None:
        """Controls' calls functions that finished before the call test get its verdict now."""
        for service in self.services:
            key = (service.id, FunctionKind.CALLS)
            old = self._functions.get(key)
            call = self._call_verdict(finished, service.id)
            if not service.control or old is None or call is None or key in self._from_calltest:
                continue
            judged = callreport.function_result(call, old.endpoints)
            self._from_calltest[key] = judged
            context = self._context_code(self._network)
            busy = network_rules.timing_held_back(self._network)
            self._functions[key] = self._in_context(judged, context, busy)
            self._emit(FunctionFinished(self._functions[key]))
            if service.id in self._finished:
                self._emit(ServiceFinished(self._service_result(service)))

    def _endpoint_future(self, service_id: str, ep: Endpoint) -> asyncio.Future[EndpointResult]:
        key = (service_id, ep)
        if key not in self._calls_endpoints:
            self._calls_endpoints[key] = asyncio.get_running_loop().create_future()
        return self._calls_endpoints[key]

    async def _calls_endpoint(self, service_id: str, ep: Endpoint) -> EndpointResult:
        """The call test's fallback check: this run's probe of the endpoint, not a second one."""
        return await asyncio.shield(self._endpoint_future(service_id, ep))

    async def _endpoint(
        self,
        ctx: RunContext,
        service_id: str,
        kind: FunctionKind,
        ep: Endpoint,
        drawn: transfers.Drawn | None = None,
    ) -> EndpointResult:
        police = drawn is not None and drawn.police is ep
        note = drawn.note(ep) if drawn is not None else None
        result = await _contained(EndpointProbe(ctx, service_id, kind, ep, police, note))
        if kind == FunctionKind.CALLS:
            future = self._endpoint_future(service_id, ep)
            if not future.done():
                future.set_result(result)
        return result

    def _is_control(self, service_id: str) -> bool:
        return any(s.id == service_id and s.control for s in self.services)

    async def _service(self, ctx: RunContext, service: Service) -> None:
        self._emit(ServiceStarted(service.id))
        await gather_all(self._function(ctx, service, f.kind) for f in service.functions)
        self._finished.add(service.id)
        self._emit(ServiceFinished(self._service_result(service)))

    async def _function(self, ctx: RunContext, service: Service, kind: FunctionKind) -> None:
        function = service.function(kind)
        assert function is not None
        drawn = self._drawn.get((service.id, kind)) or transfers.draw(function, self._rng)
        pool = drawn if (function.draw or function.police) else None
        endpoints = await gather_all(
            self._endpoint(ctx, service.id, kind, ep, pool) for ep in drawn.endpoints
        )
        context: Verdict | None = None
        local_trust = busy = poor_line = False
        if not service.control and self._controls_done is not None:
            network = await self._controls_done
            context = self._context_code(network)
            local_trust = network_rules.trust_is_local(network)
            busy = network_rules.timing_held_back(network)
            poor_line = network_rules.line_too_poor(network)
        result = verdict.aggregate(
            service.id, kind, endpoints, context, local_trust, busy, poor_line
        )
        # Controls do not wait for the call test: the early network verdict needs them. Their
        # calls verdict is replaced when the call test ends (`_calls_finished`).
        calls = self._calls
        if (
            kind == FunctionKind.CALLS
            and calls is not None
            and (not service.control or calls.done())
        ):
            call = self._call_verdict(await calls, service.id)
            if call is not None:
                judged = callreport.function_result(call, endpoints)
                self._from_calltest[(service.id, kind)] = judged
                result = self._in_context(judged, context, busy)
        self._functions[(service.id, kind)] = result
        self._emit(FunctionFinished(result))

    @staticmethod
    def _in_context(judged: FunctionResult, context: Verdict | None, busy: bool) -> FunctionResult:
        """A call test's verdict read in the network's context; held back when too busy."""
        result = verdict.calls_in_context(judged, context)
        return verdict.hold_back_timing(result) if busy else result

    @staticmethod
    def _context_code(network: NetworkResult) -> Verdict | None:
        return network_rules.context_of(network)

    def _recontextualise(self, controls_only: bool = False) -> None:
        """Re-judge finished functions in the light of the network verdict. Controls only take
        offline/login-page context: they are what decides whitelist mode."""
        context = self._context_code(self._network)
        local_trust = network_rules.trust_is_local(self._network)
        busy = network_rules.timing_held_back(self._network)
        poor_line = network_rules.line_too_poor(self._network)
        changed: set[str] = set()
        for key, old in list(self._functions.items()):
            control = self._is_control(key[0])
            if controls_only and not control:
                continue
            judged = self._from_calltest.get(key)
            if judged is not None:  # the call test's verdict, read in the network's context
                new = self._in_context(judged, context, busy)
            elif control and network_rules.is_whitelist(context):
                continue  # controls' other functions decide whitelist mode
            else:
                new = verdict.aggregate(
                    old.service_id, old.kind, old.endpoints, context, local_trust, busy, poor_line
                )
            new = verdict.crawl_in_context(new, self._network)  # whitelist mode's crawl
            if new != old:
                self._functions[key] = new
                self._emit(FunctionFinished(new))
                changed.add(key[0])
        for service in self.services:  # a tile that already finished must show the new words
            if service.id in changed and service.id in self._finished:
                self._emit(ServiceFinished(self._service_result(service)))

    def _on_step(self, service_id: str, kind: FunctionKind, step: Step) -> None:
        self._emit(StepFinished(service_id, kind, step))

    # ---- results ----

    def _service_result(self, service: Service) -> ServiceResult:
        functions = tuple(self._function_result(service, f.kind) for f in service.functions)
        return ServiceResult(service.id, service.name, verdict.service_status(functions), functions)

    def _function_result(self, service: Service, kind: FunctionKind) -> FunctionResult:
        found = self._functions.get((service.id, kind))
        return found or verdict.aggregate(service.id, kind, ())

    def _result(
        self, started_at: datetime, clock: Clock, completed: bool, meter: Meter
    ) -> RunResult:
        finished_at = datetime.now(UTC)
        services = tuple(self._service_result(s) for s in self.services)
        return RunResult(
            run_id=self.run_id,
            started_at=started_at.isoformat(timespec="seconds"),
            finished_at=finished_at.isoformat(timespec="seconds"),
            duration_ms=clock.elapsed_ms(),
            completed=completed,
            network=self._network,
            services=services,
            environment=self.environment,
            settings=settings_summary(self.config, self.wanted, ipv6=self._ipv6),
            calls=self._call_results,
            bytes_sent=meter.sent,
            bytes_received=meter.received,
        )


async def _contained(probe: EndpointProbe) -> EndpointResult:
    """One endpoint's unexpected failure (a bug, a reply no parser foresaw) is that endpoint's
    `not_tested`, logged — never the end of the whole run."""
    try:
        return await probe.run()
    except Exception:
        log.exception("probe of %s failed", probe.ep.label())
        probe.evidence.append(Message("evidence.internal_error", {"endpoint": probe.ep.label()}))
        return probe.result(endpoint_rules.unprobed())
