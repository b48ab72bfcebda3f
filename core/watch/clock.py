"""The watch loop's sense of time, injectable: tests advance a fake clock instantly.

`now()` is wall time (seconds since the epoch): the diary's dates, the budget's local midnight.
`sleep()` waits; the loop only ever sleeps through it, so a test never waits through a real
interval.
"""

from __future__ import annotations

import asyncio
import time
from typing import Protocol


class WatchClock(Protocol):
    def now(self) -> float:
        """Seconds since the epoch."""
        ...

    async def sleep(self, seconds: float) -> None:
        """Wait `seconds` (cancellable)."""
        ...


WAKE_AT_LEAST_EVERY_S = 60.0
"""The longest single timer `SystemClock.sleep` sets (see there)."""


class SystemClock:
    """The real clock: `time.time()` and `asyncio.sleep`.

    A long sleep is taken in timers of at most a minute, each measured against the wall
    clock: asyncio's timers follow the monotonic clock, which stops while a laptop sleeps, so
    one 30-minute timer set before a night's suspend would fire 30 minutes after waking. A
    wakeup a minute costs nothing measurable (`make bench`)."""

    def now(self) -> float:
        return time.time()

    async def sleep(self, seconds: float) -> None:
        until = time.time() + max(0.0, seconds)
        while (left := until - time.time()) > 0:
            await asyncio.sleep(min(left, WAKE_AT_LEAST_EVERY_S))
        await asyncio.sleep(0)
