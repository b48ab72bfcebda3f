"""The line first: early in a run, one slice of each control's page (sites that are never
blocked, domestic and foreign) measures the line itself — set-up time, first byte, rate,
silences. The transfer tests wait for the reading (`RunContext.line_reading`): on a line too
poor to tell a freeze from a cut they take one short look instead of being waited out, and the
network's verdict carries `slow_line` / `unstable_line`. core/rules/line.py judges; this module
only measures."""

from __future__ import annotations

import asyncio
from collections.abc import Sequence

from core.concurrency import gather_all
from core.engine.context import RunContext
from core.models import Endpoint, FunctionKind, Protocol, Service
from core.netaddr import is_ip_literal
from core.probes import linepull
from core.probes.dial import Target
from core.rules import line as line_rules
from core.rules.verdict import is_ok

_TLS = (Protocol.HTTPS, Protocol.TLS)


def start(ctx: RunContext) -> None:
    """From now on the transfer tests wait for the line's reading (`measure` gives it)."""
    if ctx.line is None:
        ctx.line = asyncio.get_running_loop().create_future()


async def measure(ctx: RunContext, controls: Sequence[Service]) -> line_rules.LineReading:
    """Slice every control's TLS page at once (they share the line, as the run does)."""
    start(ctx)
    assert ctx.line is not None
    reading = line_rules.LineReading()  # cancelled or failed: nothing known against the line
    try:
        found = await gather_all(
            _sample(ctx, service, function.kind, ep)
            for service in controls
            for function in service.functions
            if function.kind != FunctionKind.CALLS
            for ep in function.endpoints
            if ep.protocol in _TLS
        )
        reading = line_rules.read([s for s in found if s is not None])
    finally:
        if not ctx.line.done():
            ctx.line.set_result(reading)
    return reading


async def _sample(
    ctx: RunContext, service: Service, kind: FunctionKind, ep: Endpoint
) -> line_rules.LineSample | None:
    address = ep.host
    if not is_ip_literal(ep.host):
        dns = await ctx.dns_verdict(ep.host)
        if not is_ok(dns.settled) or not dns.addresses:
            return None  # no honest address: the control's own result says why
        address = dns.addresses[0]
    budget = ctx.config.budget
    path = ep.throughput_path or ep.path
    target = Target.of(ep, address)
    step = await ctx.guarded(
        linepull.sample(ctx.dial, target, path, budget.throughput, budget.transfer_idle), address
    )
    ctx.on_step(service.id, kind, step)
    return line_rules.LineSample(service.region, step)
