"""Censorship signatures measured on an endpoint that already connects: QUIC dropped, the
transfer cut after a few kilobytes, and throttling by server name (paired with a control).
The cut and the throttling tests also try a random, unlisted server name on the same address:
fixed test names get allow-listed, so a test can pass while every other site there is cut."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from core.codes import Verdict
from core.concurrency import gather_all
from core.engine.context import RunContext
from core.models import Endpoint, Message, Step
from core.probes import browserhello, quic, throughput, transfer
from core.probes.dial import Target

Record = Callable[[Step], Step]


@dataclass
class Finding:
    code: Verdict = Verdict.OK  # ok | quic_blocked | stalled | throttled
    partial: bool = False
    share: float | None = None
    evidence: list[Message] = field(default_factory=list)
    figures: dict[str, object] = field(default_factory=dict)


async def check_quic(ctx: RunContext, ep: Endpoint, address: str, record: Record) -> Finding:
    quic_probe = quic.handshake(ctx.dial, Target.of(ep, address), ctx.config.ca_bundle)
    step = record(await ctx.guarded(quic_probe))
    if step.ok:
        return Finding()
    return Finding(
        Verdict.QUIC_BLOCKED,
        evidence=[
            Message(
                "evidence.quic_failed", {"name": ep.server_name or ep.host, "outcome": step.outcome}
            )
        ],
    )


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
    measured = [s for s in steps if s.outcome in ("complete", "stalled")]
    stalled = [s for s in measured if s.outcome == "stalled"]
    random_stalled = [s for s in random_steps if s.outcome == "stalled"]
    if not stalled and random_stalled:
        return _allowlisted(ep, unlisted.server_name or "", random_steps, random_stalled)
    if not stalled:
        return Finding()
    cuts = sorted(k for k in (transfer.cut_kb(s) for s in stalled) if k is not None)
    cut = cuts[len(cuts) // 2] if cuts else None
    directions = sorted({str(s.detail.get("direction")) for s in stalled})
    share = round(len(stalled) / len(measured), 2)
    figures: dict[str, object] = {
        "cut_kb": cut,
        "seen": len(stalled),
        "tries": len(measured),
        "directions": ", ".join(directions),
    }
    evidence = [Message("evidence.transfer_cut", figures)]
    return Finding(
        Verdict.STALLED, partial=share < 1.0, share=share, evidence=evidence, figures=figures
    )


async def check_throughput(ctx: RunContext, ep: Endpoint, address: str, record: Record) -> Finding:
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
    real_rate = real.detail.get("rate_kbps")
    control_rate = control.detail.get("rate_kbps")
    if isinstance(control_rate, int | float) and starved(real):
        # The control name measured, the real one froze or crawled too slowly to measure:
        # the harshest throttle there is, never "works".
        real_rate = starved_rate_kbps(real)
    if not isinstance(real_rate, int | float) or not isinstance(control_rate, int | float):
        return Finding(
            evidence=[
                Message("evidence.throughput_unmeasured", {"name": ep.server_name or ep.host})
            ]
        )
    figures: dict[str, object] = {
        "rate_kbps": _round(real_rate),
        "control_kbps": _round(control_rate),
        "name": ep.server_name or ep.host,
        "control": ep.control_sni,
    }
    if throughput.is_throttled(real_rate, control_rate):
        evidence = [Message("evidence.throttled", figures)]
        if starved(real):
            kb = round(int(real.detail.get("body_bytes", 0) or 0) / 1024, 1)
            evidence.append(Message("evidence.throughput_starved", {**figures, "kb": kb}))
        return Finding(Verdict.THROTTLED, evidence=evidence, figures=figures)
    evidence = [Message("evidence.throughput_fine", figures)]
    other_rate = other.detail.get("rate_kbps")
    if isinstance(other_rate, int | float) and throughput.is_throttled(other_rate, control_rate):
        # Evidence only: the function is judged by its own name, which ran at full speed.
        params = {"unlisted": unlisted.server_name or "", "unlisted_kbps": _round(other_rate)}
        evidence.append(Message("evidence.unlisted_throttled", {**figures, **params}))
    return Finding(evidence=evidence, figures=figures)


def _allowlisted(ep: Endpoint, unlisted: str, tries: list[Step], stalled: list[Step]) -> Finding:
    """The endpoint's own name passes while a made-up name on the same address is cut: the
    test host is allow-listed, and the address (the hosting) is cut for everything else."""
    cuts = sorted(k for k in (transfer.cut_kb(s) for s in stalled) if k is not None)
    measured = [s for s in tries if s.outcome in ("complete", "stalled")]
    figures: dict[str, object] = {
        "cut_kb": cuts[len(cuts) // 2] if cuts else None,
        "seen": len(stalled),
        "tries": len(measured),
        "directions": ", ".join(sorted({str(s.detail.get("direction")) for s in stalled})),
    }
    params = {"name": ep.server_name or ep.host, "unlisted": unlisted}
    evidence = [
        Message("evidence.allowlisted_name", params),
        Message("evidence.transfer_cut", figures),
    ]
    return Finding(Verdict.STALLED, evidence=evidence, figures=figures)


def starved(step: Step) -> bool:
    """The pull froze, or was still crawling when its time was up (a short complete answer,
    such as an error page, is not a slow one)."""
    if step.outcome == "stalled":
        return True
    return step.outcome == "too_little_data" and not step.detail.get("ended")


def starved_rate_kbps(step: Step) -> float:
    """At most this fast: the body bytes that came over the whole pull (froze: near 0)."""
    seconds = max(step.duration_ms / 1000, 0.001)
    return round(int(step.detail.get("body_bytes", 0) or 0) * 8 / 1000 / seconds, 1)


def _round(kbps: float) -> float:
    return round(kbps) if kbps >= 100 else round(kbps, 1)
