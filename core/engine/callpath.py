"""The engine's side of the call test: what core/calls/calltest.py borrows to run (names
resolved by the run's resolver, TCP/TLS fallbacks probed like any endpoint), so the call test
never imports the engine; the engine composes it instead.

Alone (`call_test`: `svyaz calltest`, the Call quality tab) it gets a run context of its own,
opened inside its deadline and closed after; inside a diagnostic the diagnostic lends its own
context and its results for the fallback endpoints (core/engine/diagnostic.py).
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from dataclasses import dataclass

from core.calls.calltest import CallTest, OpenPath
from core.config import ProbeConfig
from core.engine.context import RunContext
from core.engine.endpoint import EndpointProbe
from core.models import Catalog, Endpoint, EndpointResult, FunctionKind, Step
from core.probes.clock import Clock
from core.probes.meter import Meter

# The result of probing one of a service's `calls` endpoints: (service id, endpoint) -> result.
EndpointSource = Callable[[str, Endpoint], Awaitable[EndpointResult]]


@dataclass(frozen=True)
class RunPath:
    """A run context lent to a call test (a `CallPath`): one resolver, DNS cache and
    concurrency limit, and where its fallback endpoints' results come from. `own`: opened for
    this call test alone, so closing the path closes the context."""

    context: RunContext
    probed: EndpointSource
    own: bool = False

    async def address(self, host: str) -> str | None:
        resolution = await self.context.resolver.resolve(host)
        if resolution.system.ok and resolution.system.addresses:
            return resolution.system.addresses[0]
        return None

    async def probe(self, service_id: str, endpoint: Endpoint) -> EndpointResult:
        return await self.probed(service_id, endpoint)

    async def aclose(self) -> None:
        if self.own:
            await self.context.aclose()

    @property
    def meter(self) -> Meter:
        return self.context.meter


def own_path(config: ProbeConfig) -> OpenPath:
    """How a call test running alone opens its path: a run context of its own."""

    def open_path(catalog: Catalog, clock: Clock) -> RunPath:
        ctx = RunContext(config, catalog, _no_step, clock)

        async def probed(service_id: str, endpoint: Endpoint) -> EndpointResult:
            return await EndpointProbe(ctx, service_id, FunctionKind.CALLS, endpoint).run()

        return RunPath(ctx, probed, own=True)

    return open_path


def call_test(
    catalog: Catalog,
    config: ProbeConfig,
    services: tuple[str, ...] = ("whatsapp", "telegram"),
    duration_s: float = 10.0,
) -> CallTest:
    """A call test that can run alone (a diagnostic lends it its own path instead)."""
    return CallTest(catalog, config, own_path(config), services, duration_s)


def _no_step(service_id: str, kind: FunctionKind, step: Step) -> None:
    """Alone, the call test streams no steps: they reach the function results instead."""
    return None
