"""How often watch mode checks and how much it may spend. One frozen object.

Defaults follow issue 23: every 30 minutes ±20 % (so users never tick together), a change
confirmed by a second check a few minutes later, a full run every few hours on unmetered links
only, at most 20 MB a day on a metered or cellular link, a notification at most every 15
minutes.
"""

from __future__ import annotations

from dataclasses import dataclass, field

MB = 1_000_000


@dataclass(frozen=True)
class WatchSettings:
    interval_s: float = 30 * 60  # between regular checks
    jitter: float = 0.2  # each interval is drawn from interval_s × (1 ± jitter)
    confirm_after_s: float = 3 * 60  # the confirming check after a suspected change
    full_every_s: float | None = 6 * 3600  # a full run this often on unmetered links; None: never
    light: bool = True  # regular checks are light runs (`ProbeConfig.light`)
    daily_budget_bytes: int = 20 * MB  # on metered/cellular links, reset at local midnight
    light_check_estimate_bytes: int = 300_000  # assumed cost of a light check before one is seen
    notify_min_gap_s: float = 15 * 60  # at most one notification this often (grouped)
    muted_services: frozenset[str] = field(default_factory=frozenset)  # no notification for these

    def __post_init__(self) -> None:
        if not self.interval_s > 0:
            raise ValueError("the watch interval must be more than 0 seconds")
        if not 0 <= self.jitter < 1:
            raise ValueError("the jitter must be between 0 and 1")
        if not self.confirm_after_s > 0:
            raise ValueError("the confirming check must come after more than 0 seconds")
        if self.daily_budget_bytes < 0:
            raise ValueError("the daily budget cannot be negative")
