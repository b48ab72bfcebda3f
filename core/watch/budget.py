"""Watch mode's daily data budget on metered links: never exceeded, reset at local midnight."""

from __future__ import annotations

from datetime import datetime, timedelta, tzinfo


def next_midnight(at: float, tz: tzinfo | None = None) -> float:
    """The next local midnight after `at` (seconds since the epoch)."""
    moment = datetime.fromtimestamp(at, tz)
    # Naive (tz None) means local time, as `fromtimestamp` gave it.
    midnight = datetime.combine(moment.date() + timedelta(days=1), datetime.min.time(), tz)
    return midnight.timestamp()


class DailyBudget:
    """Bytes spent today on metered links, against `limit`. `allows(now, cost)` says whether a
    check costing about `cost` still fits: the budget is a ceiling, never a target."""

    def __init__(self, limit: int, tz: tzinfo | None = None) -> None:
        self.limit = limit
        self.tz = tz
        self.used = 0
        self._resets_at: float | None = None

    def _roll(self, now: float) -> None:
        if self._resets_at is None or now >= self._resets_at:
            if self._resets_at is not None:
                self.used = 0
            self._resets_at = next_midnight(now, self.tz)

    def allows(self, now: float, cost: int) -> bool:
        self._roll(now)
        return self.used + cost <= self.limit

    def spend(self, now: float, count: int) -> None:
        self._roll(now)
        self.used += max(0, count)

    def resets_at(self, now: float) -> float:
        self._roll(now)
        assert self._resets_at is not None
        return self._resets_at
