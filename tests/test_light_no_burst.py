"""A light run (watch mode's check) never bursts: one operation per address at a time, while
different addresses still go in parallel; a full run keeps its usual concurrency."""

from __future__ import annotations

import asyncio

import pytest

from core.config import ProbeConfig
from core.engine.context import RunContext
from core.models import Catalog


def _context(light: bool) -> RunContext:
    return RunContext(ProbeConfig(light=light), Catalog(services=()), lambda *_: None)


async def _most_at_once(ctx: RunContext, addresses: list[str]) -> dict[str, int]:
    open_now: dict[str, int] = {}
    most: dict[str, int] = {}

    async def connect(address: str) -> None:
        open_now[address] = open_now.get(address, 0) + 1
        most[address] = max(most.get(address, 0), open_now[address])
        await asyncio.sleep(0.001)
        open_now[address] -= 1

    await asyncio.gather(*(ctx.guarded(connect(a), a) for a in addresses))
    return most


@pytest.mark.parametrize(("light", "same_address"), [(True, 1), (False, 3)])
def test_one_connection_per_address_at_a_time_in_a_light_run(
    light: bool, same_address: int
) -> None:
    async def main() -> tuple[dict[str, int], RunContext]:
        ctx = _context(light)
        return await _most_at_once(ctx, ["192.0.2.1"] * 3 + ["192.0.2.2"]), ctx

    most, _ = asyncio.run(main())
    assert most == {"192.0.2.1": same_address, "192.0.2.2": 1}
