"""What the watch loop tells its face (the tray, the terminal, a test), as frozen dataclasses.

Every event carries `at` (seconds since the epoch, from the loop's clock)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from core.models import RunResult
from core.periods import Period
from core.rules.watch import Change, Observation, WatchState
from core.watch.network import NetworkState

CheckKind = Literal["light", "full"]
CheckReason = Literal["start", "network", "interval", "confirm", "now"]


@dataclass(frozen=True)
class CheckStarted:
    at: float
    kind: CheckKind
    reason: CheckReason
    through_vpn: bool


@dataclass(frozen=True)
class CheckFinished:
    """A check ended and was saved to history. `observation` is what it saw; `state` the
    confirmed (and suspected) state of every subject now, of the direct connection or, with
    `through_vpn`, of the VPN (the tray's colour reads `state.overall`)."""

    at: float
    run: RunResult
    observation: Observation
    state: WatchState
    through_vpn: bool
    bytes_used: int  # what this check moved (sent + received)


@dataclass(frozen=True)
class ChangesConfirmed:
    """Changes a second check confirmed (`svyaz watch` prints one line each). With
    `through_vpn` they are the VPN's own and never the direct connection's: kept apart, in
    their own diary periods, never notified."""

    at: float
    changes: tuple[Change, ...]
    through_vpn: bool


@dataclass(frozen=True)
class Notify:
    """A desktop notification: the confirmed changes since the last one, grouped in one text
    in the watcher's language ("WhatsApp calls blocked since 14:05 · Telegram messages work
    again"). At most one per `WatchSettings.notify_min_gap_s`, none while paused, none for a
    muted service (changes held back by the gap come with the next one)."""

    at: float
    changes: tuple[Change, ...]
    text: str


@dataclass(frozen=True)
class PeriodsChanged:
    """Diary periods opened or closed by a confirmed change (already stored)."""

    at: float
    opened: tuple[Period, ...]
    closed: tuple[Period, ...]


@dataclass(frozen=True)
class BudgetUsed:
    """Data spent today on metered links (shown in the window)."""

    at: float
    used_bytes: int
    limit_bytes: int
    metered: bool


@dataclass(frozen=True)
class BudgetExhausted:
    """The next check would pass the daily budget: no more checks on this metered link until
    local midnight (`resumes_at`) or an unmetered link."""

    at: float
    used_bytes: int
    limit_bytes: int
    resumes_at: float


@dataclass(frozen=True)
class NetworkChanged:
    at: float
    state: NetworkState


@dataclass(frozen=True)
class Paused:
    at: float
    until: float | None  # None: until resumed


@dataclass(frozen=True)
class Resumed:
    at: float


@dataclass(frozen=True)
class CheckFailed:
    """A check could not run (an engine error); the loop goes on."""

    at: float
    reason: str


@dataclass(frozen=True)
class WatchStopped:
    at: float


WatchEvent = (
    CheckStarted
    | CheckFinished
    | ChangesConfirmed
    | Notify
    | PeriodsChanged
    | BudgetUsed
    | BudgetExhausted
    | NetworkChanged
    | Paused
    | Resumed
    | CheckFailed
    | WatchStopped
)
