"""The run's one clock (OONI's "trace" idea): its zero time, and every step timed from it."""

from __future__ import annotations

from dataclasses import dataclass
from time import monotonic


@dataclass(frozen=True)
class Clock:
    """The zero time of a run, handed to every operation so all steps share one time axis.

    `origin` is a `time.monotonic()` reading; 0.0 means "no run" (a probe used on its own),
    and its steps then report `started_ms` 0.0 rather than a meaningless offset.
    """

    origin: float = 0.0

    @classmethod
    def start(cls) -> Clock:
        """A clock whose zero is now: one per diagnostic or call test."""
        return cls(monotonic())

    def step(self) -> StepTimer:
        """Start timing one step now."""
        return StepTimer(self, monotonic())

    def elapsed_ms(self) -> float:
        """Milliseconds since the zero time (a run's duration)."""
        return _ms(monotonic() - self.origin)


@dataclass(frozen=True)
class StepTimer:
    """One step's start on its run's clock: gives the step's `started_ms` and `duration_ms`."""

    clock: Clock
    started: float  # time.monotonic() when the step began

    @property
    def started_ms(self) -> float:
        """When the step began, in ms since the run's zero (0.0 without a run)."""
        return _ms(self.started - self.clock.origin) if self.clock.origin else 0.0

    def duration_ms(self) -> float:
        """Milliseconds from the step's start until now."""
        return self.ms_until(monotonic())

    def ms_until(self, moment: float) -> float:
        """Milliseconds from the step's start to `moment` (a monotonic reading, e.g. first byte)."""
        return _ms(moment - self.started)


def _ms(seconds: float) -> float:
    return round(seconds * 1000, 1)
