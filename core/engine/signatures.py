"""Censorship signatures measured on an endpoint that already connects: QUIC dropped, the
transfer cut after a few kilobytes, and throttling by server name (paired with a control).
The cut and the throttling tests also try a random, unlisted server name on the same address:
fixed test names get allow-listed, so a test can pass while every other site there is cut.
This module runs the probes; core/rules/signatures.py judges what they measured."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from core.concurrency import gather_all
from core.engine.context import RunContext
from core.models import Endpoint, Message, Step
from core.probes import browserhello, quic, throughput, transfer
from core.probes.dial import Target
from core.rules import line, signatures
from core.rules.facts import Finding

Record = Callable[[Step], Step]


async def check_quic(ctx: RunContext, ep: Endpoint, address: str, record: Record) -> Finding:
    quic_probe = quic.handshake(ctx.dial, Target.of(ep, address), ctx.config.ca_bundle)
    step = record(await ctx.guarded(quic_probe))
    return signatures.quic(step, ep.server_name or ep.host)


async def check_transfer(ctx: RunContext, ep: Endpoint, address: str, record: Record) -> Finding:
    """Pull and push `repeats` times each, concurrently; a cut on some tries is degraded. On a
    line too poor to tell (the controls crawl or freeze), one short pull instead."""
    assert ep.transfer_path
    c = ctx.config
    idle = max(1.0, c.budget.transfer / 2)
    target = Target.of(ep, address)
    if line.shorten_transfers(await ctx.line_reading()):
        return await _one_look(ctx, ep, target, record)
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
    return signatures.transfer_cut(
        steps,
        random_steps,
        name,
        unlisted.server_name or "",
        for_others=signatures.stands_for_others(ep),
    )


async def _one_look(ctx: RunContext, ep: Endpoint, target: Target, record: Record) -> Finding:
    """One pull bounded by the two-way transfer's shorter deadlines: its freeze would be the
    line's (held back as such), and waiting out repeats would only spend the line."""
    assert ep.transfer_path
    b = ctx.config.budget
    dial = ctx.dial.with_budget(transfer=min(b.transfer, b.transfer_direction))
    pull = transfer.pull(dial, target, ep.transfer_path, b.transfer_idle)
    step = record(await ctx.guarded(pull))
    name = ep.server_name or ep.host
    found = signatures.transfer_cut([step], [], name, "", for_others=False)
    return replace(found, evidence=(Message("evidence.transfers_shortened"), *found.evidence))


async def check_throughput(ctx: RunContext, ep: Endpoint, address: str, record: Record) -> Finding:
    """A small slice by each name; a second round only when the first looks throttled (one
    slow slice can be a busy machine): the rules call it throttled when both rounds agree. On
    a line too poor to tell (the controls crawl), not at all: no pair can show a brake below
    the line."""
    first = await _throughput_round(ctx, ep, address, record)
    if not signatures.pull_again(first):
        return first
    return signatures.both_pulls(first, await _throughput_round(ctx, ep, address, record))


async def _throughput_round(ctx: RunContext, ep: Endpoint, address: str, record: Record) -> Finding:
    """Same address, same file: the real server name, then the control name."""
    assert ep.throughput_path and ep.control_sni
    if line.shorten_transfers(await ctx.line_reading()):
        return Finding(evidence=(Message("evidence.throughput_line"),))
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
    return signatures.throughput(
        real, control, other, names, for_others=signatures.stands_for_others(ep)
    )
