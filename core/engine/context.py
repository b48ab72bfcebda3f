"""State shared by every probe of one run: config, TLS contexts, resolver, caches, limits."""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import Callable, Container, Coroutine
from dataclasses import dataclass, field
from typing import Any, TypeVar

from core import interception_roots
from core.concurrency import gather_all
from core.config import ProbeConfig
from core.engine.consistency import Consistency
from core.engine.resolution import Resolver
from core.models import Catalog, FunctionKind, Protocol, Step
from core.netaddr import IPNetwork, is_ip_literal
from core.probes import tls
from core.probes.clock import Clock
from core.probes.dial import Dial, Target
from core.probes.meter import Meter
from core.probes.tlsstream import make_context
from core.rules import dns as dns_rules
from core.rules.line import LineReading
from core.rules.verdict import is_ok

T = TypeVar("T")
StepSink = Callable[[str, FunctionKind, Step], None]
TLS_PROTOCOLS = {Protocol.TLS, Protocol.HTTPS}
HTTPS_PORT = 443


@dataclass
class RunContext:
    config: ProbeConfig
    catalog: Catalog
    on_step: StepSink
    clock: Clock = field(default_factory=Clock.start)
    meter: Meter = field(default_factory=Meter)  # the run's own bytes, both ways

    def __post_init__(self) -> None:
        self.verify = make_context(self.config.ca_bundle)
        self.no_verify = make_context(None, verify=False)
        # The roots known to intercept HTTPS, for the words of a failed verification.
        self.interception_roots = interception_roots.shipped()
        # How every probe of the run dials: the verifying context, deadlines, proxy, clock, meter.
        self.dial = Dial(self.verify, self.config.budget, self.config.proxy, self.clock, self.meter)
        self.overrides: tuple[IPNetwork, ...] = self.config.public_overrides()
        self.resolver = Resolver(self.config, self.dial)
        self.limit = asyncio.Semaphore(self.config.concurrency)
        self._address_locks: dict[str, asyncio.Lock] = {}  # light runs: one at a time each
        self.shared: set[str] = set()
        self._dns: dict[str, asyncio.Task[dns_rules.DnsVerdict]] = {}
        self._swap: asyncio.Task[tuple[str, int] | None] | None = None
        self._tls_port = _tls_ports(self.catalog)
        # Repeats of a failed handshake, and the real name sent to a control's address.
        self.repeats = Consistency(self.config.budget.consistency_wait)
        self.swaps = Consistency(self.config.budget.consistency_wait)
        # Every endpoint step by the address it went to: earlier connections that answered
        # tell connection limiting from a black hole (core/rules/endpoint.py `limited`).
        self._by_address: dict[str, list[Step]] = {}
        # The line's reading from the controls (core/engine/line.py), once it is being taken.
        self.line: asyncio.Future[LineReading] | None = None

    # ---- names ----

    def names(self, hosts: Container[str] | None = None) -> list[str]:
        """The catalog's names, in order; only those in `hosts` when given (a run resolves the
        names of the endpoints it drew, not the whole of a pool)."""
        seen: dict[str, None] = {}
        for service in self.catalog.services:
            for function in service.functions:
                for ep in function.endpoints:
                    if not is_ip_literal(ep.host) and (hosts is None or ep.host in hosts):
                        seen[ep.host] = None
        return list(seen)

    def tls_port(self, name: str) -> int | None:
        """The port the catalog reaches `name` over TLS on (None: never over TLS here)."""
        return self._tls_port.get(name)

    def control_probe_name(self) -> str | None:
        """A name to test the DoH reference and the canary with: a control's, else any."""
        for service in self.catalog.services:
            if service.control:
                for function in service.functions:
                    for ep in function.endpoints:
                        if not is_ip_literal(ep.host):
                            return ep.host
        names = self.names()
        return names[0] if names else None

    def dns_verdict(self, name: str) -> asyncio.Task[dns_rules.DnsVerdict]:
        task = self._dns.get(name)
        if task is None:
            task = asyncio.create_task(self._settle_dns(name))
            self._dns[name] = task
        return task

    async def _settle_dns(self, name: str) -> dns_rules.DnsVerdict:
        res = await self.resolver.resolve(name)
        verdict = dns_rules.classify(res, self.shared, self.overrides)
        if verdict.code != dns_rules.PENDING:
            return verdict
        port = self._tls_port.get(name)
        validated: dict[str, bool] = {}
        if port is not None:
            steps = await gather_all(
                self.guarded(
                    tls.handshake(
                        self.dial,
                        Target(a, port, name, name),
                        purpose="validate_dns_answer",
                        read_presented=False,  # only whether it is valid counts here
                    ),
                    a,
                )
                for a in verdict.to_validate
            )
            validated = {s.addresses[0]: s.ok for s in steps}
        return dns_rules.settle(verdict, validated, name)

    # ---- connections by address ----

    def note_connection(self, step: Step) -> None:
        """Keep an endpoint's step under the address it went to."""
        if step.addresses:
            self._by_address.setdefault(step.addresses[0], []).append(step)

    def seen_at(self, address: str) -> tuple[Step, ...]:
        """Every endpoint step this run sent to `address` so far."""
        return tuple(self._by_address.get(address, ()))

    async def line_reading(self) -> LineReading:
        """What the controls say of the line; fine when the run takes no look at it, or when
        the look takes longer than a throttling pull (a hanging control must not hold every
        transfer test: the network's condition still holds their verdicts back)."""
        if self.line is None:
            return LineReading()
        try:
            async with asyncio.timeout(self.config.budget.throughput):
                return await asyncio.shield(self.line)
        except TimeoutError:
            return LineReading()

    # ---- paired experiments ----

    def swap_target(self) -> asyncio.Task[tuple[str, int] | None]:
        """The address of a domestic control that speaks TLS, for the reverse swap test."""
        if self._swap is None:
            self._swap = asyncio.create_task(self._find_swap())
        return self._swap

    async def _find_swap(self) -> tuple[str, int] | None:
        for service in self.catalog.services:
            if not (service.control and service.region.value == "domestic"):
                continue
            for function in service.functions:
                for ep in function.endpoints:
                    if ep.protocol not in TLS_PROTOCOLS:
                        continue
                    if is_ip_literal(ep.host):
                        return ep.host, ep.port
                    verdict = await self.dns_verdict(ep.host)
                    if is_ok(verdict.code) and verdict.addresses:
                        return verdict.addresses[0], ep.port
        return None

    def control_sni(self) -> str | None:
        if self.config.control_sni:
            return self.config.control_sni
        for service in self.catalog.services:
            if service.control and service.region.value == "domestic":
                for function in service.functions:
                    for ep in function.endpoints:
                        if ep.protocol in TLS_PROTOCOLS and ep.server_name:
                            return ep.server_name
        return None

    async def aclose(self) -> None:
        """Stop the run's detached tasks (shared lookups) and wait for them to finish."""
        tasks = [*self._dns.values(), *((self._swap,) if self._swap else ())]
        for task in tasks:
            task.cancel()
        await asyncio.gather(*tasks, return_exceptions=True)
        await self.resolver.aclose()

    # ---- limits ----

    async def guarded(self, coro: Coroutine[Any, Any, T], address: str | None = None) -> T:
        """Run one network operation under the run's concurrency limit. In a light run
        (`ProbeConfig.light`, watch mode's checks) an operation naming its `address` also waits
        for any other to that address: one connection per address at a time, never a burst a
        policing filter counts (issue 23)."""
        try:
            async with self._address_gate(address), self.limit:
                return await coro
        finally:
            coro.close()  # a no-op once finished; silences a never-started one

    def _address_gate(self, address: str | None) -> contextlib.AbstractAsyncContextManager[Any]:
        if address is None or not self.config.light:
            return contextlib.nullcontext()
        return self._address_locks.setdefault(address, asyncio.Lock())


def _tls_ports(catalog: Catalog) -> dict[str, int]:
    ports: dict[str, int] = {}
    for service in catalog.services:
        for function in service.functions:
            for ep in function.endpoints:
                if ep.protocol in TLS_PROTOCOLS and not is_ip_literal(ep.host) and not ep.sni:
                    ports.setdefault(ep.host, ep.port)
    return ports
