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


class SystemClock:
    """The real clock: `time.time()` and `asyncio.sleep`."""

    def now(self) -> float:
        return time.time()

    async def sleep(self, seconds: float) -> None:
        await asyncio.sleep(max(0.0, seconds))
