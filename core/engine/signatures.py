"""Censorship signatures measured on an endpoint that already connects: QUIC dropped, the
transfer cut after a few kilobytes, and throttling by server name (paired with a control).
The cut and the throttling tests also try a random, unlisted server name on the same address:
fixed test names get allow-listed, so a test can pass while every other site there is cut.
This module runs the probes; core/rules/signatures.py judges what they measured."""

from __future__ import annotations

from collections.abc import Callable

from core.concurrency import gather_all
from core.engine.context import RunContext
from core.models import Endpoint, Step
from core.probes import browserhello, quic, throughput, transfer
from core.probes.dial import Target
from core.rules import signatures
from core.rules.facts import Finding

Record = Callable[[Step], Step]


async def check_quic(ctx: RunContext, ep: Endpoint, address: str, record: Record) -> Finding:
    quic_probe = quic.handshake(ctx.dial, Target.of(ep, address), ctx.config.ca_bundle)
    step = record(await ctx.guarded(quic_probe))
    return signatures.quic(step, ep.server_name or ep.host)


async def check_transfer(ctx: RunContext, ep: Endpoint, address: str, record: Record) -> Finding:
    """Pull and push `repeats` times each, concurrently; a cut on some tries is degraded."""
    assert ep.transfer_path
    c = ctx.config
    idle = max(1.0, c.budget.transfer / 2)
    target = Target.of(ep, address)
    pulls = [
        ctx.guarded(transfer.pull(ctx.dial, target, ep.transfer_path, idle))
        for _ in range(c.repeats)
    ]
    pushes = [ctx.guarded(transfer.push(ctx.dial, target, ep.path, idle)) for _ in range(c.repeats)]
    # The same pull and push with a random name (any certificate: the name is made up).
    unlisted = target.named(browserhello.random_name())
    loose = ctx.dial.with_context(ctx.no_verify)
    randoms = [
        ctx.guarded(transfer.pull(loose, unlisted, ep.transfer_path, idle)),
        ctx.guarded(transfer.push(loose, unlisted, ep.path, idle)),
    ]
    found = [record(s) for s in await gather_all([*pulls, *pushes, *randoms])]
    steps, random_steps = found[: 2 * c.repeats], found[2 * c.repeats :]
    name = ep.server_name or ep.host
    return signatures.transfer_cut(steps, random_steps, name, unlisted.server_name or "")


async def check_throughput(ctx: RunContext, ep: Endpoint, address: str, record: Record) -> Finding:
    """A small slice by each name; a second round only when the first looks throttled (one
    slow slice can be a busy machine): the rules call it throttled when both rounds agree."""
    first = await _throughput_round(ctx, ep, address, record)
    if not signatures.pull_again(first):
        return first
    return signatures.both_pulls(first, await _throughput_round(ctx, ep, address, record))


async def _throughput_round(ctx: RunContext, ep: Endpoint, address: str, record: Record) -> Finding:
    """Same address, same file: the real server name, then the control name."""
    assert ep.throughput_path and ep.control_sni
    budget = ctx.config.budget
    seconds = min(budget.throughput, budget.transfer)
    target = Target.of(ep, address)
    path = ep.throughput_path
    real = record(
        await ctx.guarded(throughput.measure(ctx.dial, target, path, seconds, "real_name"))
    )
    control_target = target.named(ep.control_sni)
    control = record(
        await ctx.guarded(
            throughput.measure(ctx.dial, control_target, path, seconds, "control_name")
        )
    )
    unlisted = target.named(browserhello.random_name())
    loose = ctx.dial.with_context(ctx.no_verify)
    other = record(
        await ctx.guarded(
            throughput.measure(
                loose, unlisted, path, min(seconds, budget.unlisted), "unlisted_name"
            )
        )
    )
    names = (ep.server_name or ep.host, ep.control_sni, unlisted.server_name or "")
    return signatures.throughput(real, control, other, names)
