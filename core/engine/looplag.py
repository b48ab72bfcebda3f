"""How late the run's own event loop runs: a fact the rules read (`core.rules.load`).

A tick sleeps TICK_S and notes how much later than asked it woke. On an idle machine that is
a millisecond or two; on a starved one every timeout and rate the run measures is blurred by
the same lateness, so the rules hold timing-based verdicts back.
"""

from __future__ import annotations

import asyncio

from core.rules.load import LoopLag

TICK_S = 0.05  # twenty wake-ups a second: cheap, and finer than any step deadline
KEEP = 4096  # ticks kept (a 900 s run at most makes 18,000; the newest are the ones judged)


class LoopWatch:
    """Measures the loop's lateness while `run()` is awaited (cancel it to stop)."""

    def __init__(self, deadline_s: float) -> None:
        """`deadline_s`: the run's shortest step deadline, which the lateness is weighed against."""
        self._deadline_ms = deadline_s * 1000
        self._lags: list[float] = []
        self._max = 0.0

    async def run(self) -> None:
        loop = asyncio.get_running_loop()
        while True:
            before = loop.time()
            await asyncio.sleep(TICK_S)
            late = max(0.0, loop.time() - before - TICK_S)
            self._max = max(self._max, late)
            self._lags.append(late)
            if len(self._lags) > KEEP:
                del self._lags[: len(self._lags) - KEEP]

    def facts(self) -> LoopLag:
        if not self._lags:
            return LoopLag(deadline_ms=self._deadline_ms)
        ordered = sorted(self._lags)
        p95 = ordered[min(len(ordered) - 1, int(0.95 * len(ordered)))]
        p95_ms, max_ms = round(p95 * 1000, 1), round(self._max * 1000, 1)
        return LoopLag(len(ordered), p95_ms, max_ms, self._deadline_ms)
