"""The line itself: an impairment every TCP flow through the censor's box shares, whatever its
name or address (domestic controls included). A weak 2G/EDGE cell is a few hundred kbit/s
shared by every connection and a few hundred ms of delay; a lossy cell loses segments on every
connection, each loss costing a retransmission timeout. Unlike `censor.Shaping` (one name or
address, each flow its own rate), the rate here is one pipe per direction for the whole lab."""

from __future__ import annotations

import asyncio
import random
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field

SEGMENT = 1460
RTO = 0.2  # Linux's minimum retransmission timeout; doubles while losses repeat
MAX_RTO = 3.2


@dataclass
class LineImpairment:
    """`rate`: bytes/s per direction, shared by every flow (None: unlimited); `delay`: seconds
    a burst waits after a quiet spell (half a round trip each way); `loss`: share of segments
    lost on every flow, both ways, each costing a retransmission timeout."""

    rate: float | None = None
    delay: float = 0.0
    loss: float = 0.0
    seed: int = 20
    moved: dict[str, int] = field(default_factory=dict)  # bytes per direction, for the tests
    _free_at: dict[str, float] = field(default_factory=dict)
    _flows: int = 0

    def chunk(self) -> int:
        """How much one pump reads at a time: small on a slow pipe, so flows interleave."""
        return 4096 if self.rate else 65536

    def flow(self, direction: str) -> LineFlow:
        self._flows += 1
        return LineFlow(self, direction, random.Random(self.seed * 1000 + self._flows))

    async def reserve(self, direction: str, size: int) -> None:
        """Wait for this many bytes' turn on the shared pipe (first come, first served)."""
        self.moved[direction] = self.moved.get(direction, 0) + size
        if not self.rate:
            return
        now = time.monotonic()
        start = max(now, self._free_at.get(direction, 0.0))
        self._free_at[direction] = start + size / self.rate
        if self._free_at[direction] > now:
            await asyncio.sleep(self._free_at[direction] - now)


@dataclass
class LineFlow:
    """One direction of one flow on the line: its delay after quiet spells and its losses."""

    line: LineImpairment
    direction: str
    rng: random.Random
    last: float = 0.0
    rto: float = RTO

    async def pass_through(self, data: bytes, write: Callable[[bytes], Awaitable[None]]) -> None:
        """Write `data` one segment at a time: a new burst first crosses the line's delay, a
        lost segment waits out a retransmission timeout, each takes its turn on the pipe."""
        if self.line.delay and time.monotonic() - self.last > self.line.delay:
            await asyncio.sleep(self.line.delay)
        for start in range(0, len(data), SEGMENT):
            segment = data[start : start + SEGMENT]
            while self.line.loss and self.rng.random() < self.line.loss:
                await asyncio.sleep(self.rto)
                self.rto = min(self.rto * 2, MAX_RTO)
            self.rto = RTO
            await self.line.reserve(self.direction, len(segment))
            await write(segment)
        self.last = time.monotonic()
