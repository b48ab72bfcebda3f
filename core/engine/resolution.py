"""Resolve every name of a run once, from every source, and keep the answers for the rules.

The DoH reference is chosen once per run (the first configured URL that answers for a control
name); if none answers, DoH is blocked for this network and the rules fall back to TCP/53.
"""

from __future__ import annotations

import asyncio
import contextlib

from core.codes import Outcome
from core.config import ProbeConfig
from core.models import DnsAnswer
from core.probes.dial import Dial
from core.probes.dns import DohClient, plain_query, system_lookup
from core.rules.facts import DohStatus, NameResolution


class Resolver:
    """Per-run name resolution with a cache, so several endpoints share one lookup."""

    def __init__(self, config: ProbeConfig, dial: Dial) -> None:
        self._config = config
        self._dial = dial
        self._cache: dict[str, asyncio.Task[NameResolution]] = {}
        self._doh: DohClient | None = None
        self.doh_status = DohStatus(None, ())
        self._canary: asyncio.Task[DnsAnswer] | None = None

    async def start(self, probe_name: str | None) -> None:
        """Choose the DoH reference; ask the canary in the background (see `canary_answer`)."""
        if self._config.canary_dns and probe_name:
            budget = self._dial.budget
            quick = self._dial.with_budget(dns=min(budget.dns, budget.quick_dns))
            self._canary = asyncio.create_task(
                plain_query(quick, probe_name, self._config.canary_dns, "udp", source="canary")
            )
        attempts: list[DnsAnswer] = []
        if probe_name:
            for url in self._config.doh:
                client = DohClient(url, self._dial)
                answer = await client.query(probe_name)
                attempts.append(answer)
                if answer.outcome in (Outcome.OK, Outcome.NXDOMAIN, Outcome.NODATA):
                    self._doh = client
                    break
                await client.aclose()
        self.doh_status = DohStatus(self._doh.url if self._doh else None, tuple(attempts))

    async def canary_answer(self) -> DnsAnswer | None:
        """What the address that runs no DNS server "answered" (None: not asked)."""
        if self._canary is None:
            return None
        return await self._canary

    def resolve(self, name: str) -> asyncio.Task[NameResolution]:
        task = self._cache.get(name)
        if task is None:
            task = asyncio.create_task(self._resolve(name))
            self._cache[name] = task
        return task

    def done(self) -> dict[str, NameResolution]:
        return {
            name: task.result()
            for name, task in self._cache.items()
            if task.done() and not task.cancelled() and task.exception() is None
        }

    async def _resolve(self, name: str) -> NameResolution:
        c, dial = self._config, self._dial
        async with asyncio.TaskGroup() as group:
            if c.system_resolver:
                system = group.create_task(
                    plain_query(dial, name, c.system_resolver, "udp", "system")
                )
            else:
                system = group.create_task(system_lookup(dial, name))
            doh = group.create_task(self._doh.query(name)) if self._doh else None
            # A light run with a DoH reference asks public UDP/53 only if the system's answer
            # differs from it, and TCP/53 only if UDP's does too: a full run asks all at once.
            later = c.light and doh is not None
            udp = [] if later else [self._query(group, name, s, "udp") for s in c.public_dns]
            tcp = [] if later else [self._query(group, name, s, "tcp") for s in c.public_dns]
        reference = doh.result() if doh else None
        if later and not _agree([system.result()], reference):
            async with asyncio.TaskGroup() as group:
                udp = [self._query(group, name, s, "udp") for s in c.public_dns]
            if not _agree([u.result() for u in udp], reference):
                async with asyncio.TaskGroup() as group:
                    tcp = [self._query(group, name, s, "tcp") for s in c.public_dns]
        return NameResolution(
            name,
            system.result(),
            tuple(u.result() for u in udp),
            tuple(x.result() for x in tcp),
            doh.result() if doh else None,
        )

    def _query(
        self, group: asyncio.TaskGroup, name: str, server: str, transport: str
    ) -> asyncio.Task[DnsAnswer]:
        return group.create_task(plain_query(self._dial, name, server, transport))

    async def aclose(self) -> None:
        tasks = [*self._cache.values(), *((self._canary,) if self._canary else ())]
        for task in tasks:
            task.cancel()
        await asyncio.gather(*tasks, return_exceptions=True)
        if self._doh is not None:
            with contextlib.suppress(Exception):
                await self._doh.aclose()


def _agree(answers: list[DnsAnswer], doh: DnsAnswer | None) -> bool:
    """These plain answers said what encrypted DNS said (an address in common, each of them):
    nothing for the next source to tell apart, so a light run (watch mode's check, every half
    hour on a metered link) leaves it out. Any difference, a failure or no DoH asks on."""
    if doh is None or not doh.ok or not answers:
        return False
    return all(a.ok and not a.late and set(a.addresses) & set(doh.addresses) for a in answers)
