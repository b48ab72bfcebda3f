"""The 2026 censor's tests on an endpoint that connects: the two-way transfer (data, not just a
connect), connection policing (parallel browser-shaped handshakes), and the hosting pool drawn
per run so that no fixed test host can be allow-listed. This module runs the probes and draws
the pool; core/rules/transfers.py judges what they measured."""

from __future__ import annotations

import asyncio
import random
from collections.abc import Coroutine, Sequence
from dataclasses import dataclass
from typing import Any

from core.concurrency import gather_all
from core.engine.context import RunContext
from core.engine.signatures import Record
from core.models import Endpoint, Function, Message, Protocol, Step
from core.probes import browserhello, twoway
from core.probes.dial import Target
from core.rules import line, transfers
from core.rules.facts import Finding

# The burst: overlapping handshakes started POLICE_GAP apart (dpi-detector 5.0's burst test:
# 5 connections 20 ms apart; dpi-checkers' webhost test opens 4 at once), then POLICE_LATER
# more once the burst is over: at most 6 per address per run.
POLICE_FIRST = 5
POLICE_GAP = 0.02  # seconds between the burst's starts
POLICE_LATER = 1


async def check_two_way(ctx: RunContext, ep: Endpoint, address: str, record: Record) -> Finding:
    """One two-way transfer (`transfer_path` down, `upload_path` up) on one connection; a
    second only when the first crawled (the rules: throttled when both crawl). On a line too
    poor to tell (rules.line), each direction gets half the time."""
    tls = ep.protocol in (Protocol.TLS, Protocol.HTTPS)
    budget = ctx.config.budget
    seconds = budget.transfer_direction
    if line.shorten_transfers(await ctx.line_reading()):
        seconds /= 2
    plan = twoway.Plan(ep.transfer_path, ep.upload_path, tls, seconds, budget.transfer_idle)
    target = Target.of(ep, address)
    first = transfers.two_way(record(await ctx.guarded(twoway.exchange(ctx.dial, target, plan))))
    if not transfers.crawl_again(first):
        return first
    second = transfers.two_way(record(await ctx.guarded(twoway.exchange(ctx.dial, target, plan))))
    return transfers.both_crawled(first, second)


async def check_policing(ctx: RunContext, ep: Endpoint, address: str, record: Record) -> Finding:
    """A burst of POLICE_FIRST Chrome-shaped handshakes with random names, started POLICE_GAP
    apart and overlapping, then POLICE_LATER more once it is over: the first ones answered and
    every later one hung -> connection_limited (a count policer); the burst's first answered,
    its last hung and the later one answered -> connection_limited with the words of a burst
    (a rate policer)."""
    # An honest server answers a ClientHello within a round trip.
    dial = ctx.dial.with_budget(tls=min(ctx.dial.budget.tls, ctx.dial.budget.police_tls))
    target = Target.of(ep, address)

    async def hello(delay: float, purpose: str) -> Step:
        # The handshake is made only once its start has come: one made up front and then
        # cancelled during the wait would be left unawaited.
        if delay:
            await asyncio.sleep(delay)
        name = browserhello.random_name()
        return await ctx.guarded(browserhello.first_answer(dial, target.named(name), purpose))

    def hellos(count: int, purpose: str, gap: float = 0.0) -> list[Coroutine[Any, Any, Step]]:
        return [hello(i * gap, purpose) for i in range(count)]

    first = await gather_all(hellos(POLICE_FIRST, "policing_first", POLICE_GAP))
    later = await gather_all(hellos(POLICE_LATER, "policing_later"))
    for step in (*first, *later):
        record(step)
    return transfers.policing(first, later, address)


@dataclass(frozen=True)
class Drawn:
    """The endpoints of a function probed this run, and which one takes the policing test."""

    endpoints: tuple[Endpoint, ...]
    police: Endpoint | None = None
    hosts: int = 0  # how many hosts the pool lists (the evidence says "3 of 16")

    def note(self, endpoint: Endpoint) -> Message | None:
        """Why this drawn endpoint is there (the run says what it used): a hosting pool names
        the provider; a pool of one service's servers names the host once, on its first port.
        By identity: two ports of a host may be equal endpoints in the lab (one port)."""
        named: set[str] = set()
        for ep in self.endpoints:
            first = not ep.provider and ep is not self.police and ep.host not in named
            named.add(ep.host)
            if ep is endpoint:
                if ep is self.police:
                    return Message("evidence.pool_policed", {"provider": ep.provider or ep.host})
                if ep.provider:
                    return Message("evidence.pool_drawn", {"provider": ep.provider})
                return (
                    Message("evidence.drawn_host", {"host": ep.host, "total": self.hosts})
                    if first
                    else None
                )
        return None


def by_host(endpoints: Sequence[Endpoint]) -> list[tuple[Endpoint, ...]]:
    """Endpoints grouped by host, in catalog order: a pool draws hosts, and a drawn host is
    tried on every port listed for it (OONI's WhatsApp test: each server on 443 and 5222)."""
    groups: dict[str, list[Endpoint]] = {}
    for ep in endpoints:
        groups.setdefault(ep.host, []).append(ep)
    return [tuple(g) for g in groups.values()]


def draw(function: Function, rng: random.Random) -> Drawn:
    """`draw` hosts at random (all when 0), each with all its endpoints, and, for a policed
    pool, one more TLS endpoint from the rest for the policing test (its own address: the
    other tests open connections)."""
    if not function.draw and not function.police:
        return Drawn(function.endpoints)
    groups = by_host(function.endpoints)
    order = {g: i for i, g in enumerate(groups)}
    pool = list(groups)
    rng.shuffle(pool)
    # the cut test needs a file: hosts with one first
    pool.sort(key=lambda g: all(e.transfer_path is None for e in g))
    count = function.draw or len(pool)
    chosen, rest = sorted(pool[:count], key=order.__getitem__), pool[count:]
    police = None
    if function.police:
        tls = [
            e for g in (rest or chosen) for e in g if e.protocol in (Protocol.TLS, Protocol.HTTPS)
        ]
        if tls:
            police = tls[0]
    drawn = tuple(e for g in chosen for e in g if e is not police)
    return Drawn((*drawn, *((police,) if police else ())), police, len(groups))
