"""What history hands out besides runs: the run list's lines, the retention setting, errors."""

from __future__ import annotations

from dataclasses import dataclass


class HistoryError(Exception):
    """A history operation failed (the message says why, for the log)."""


class NotAHistory(HistoryError):
    """A file given by name is not a Svyaz history database: refused, and left as it is."""

    def __init__(self, path: object, reason: str) -> None:
        super().__init__(f"{path} is not a Svyaz history database ({reason}); it was left as it is")
        self.path = path
        self.reason = reason


class RunNotFound(HistoryError):
    def __init__(self, run_id: str) -> None:
        super().__init__(f"no stored run {run_id!r}")
        self.run_id = run_id


@dataclass(frozen=True)
class RunSummary:
    """One line of the run list."""

    run_id: str
    started_at: str
    network_code: str
    network_type: str | None
    completed: bool
    blocked: int
    degraded: int
    works: int
    unknown: int
    conditions: tuple[str, ...] = ()


@dataclass(frozen=True)
class Retention:
    """Keep everything, the last `count` runs, or the runs of the last `count` days."""

    mode: str = "all"  # all | runs | days
    count: int = 0

    @classmethod
    def keep_all(cls) -> Retention:
        return cls()

    @classmethod
    def last_runs(cls, count: int) -> Retention:
        return cls("runs", count)

    @classmethod
    def last_days(cls, count: int) -> Retention:
        return cls("days", count)

    def __post_init__(self) -> None:
        if self.mode not in ("all", "runs", "days"):
            raise ValueError(f"retention mode must be all, runs or days, not {self.mode!r}")
        if self.mode != "all" and self.count < 1:
            raise ValueError("retention count must be at least 1")

    def __str__(self) -> str:
        return "all" if self.mode == "all" else f"{self.mode}:{self.count}"

    @classmethod
    def parse(cls, setting: str) -> Retention:
        """The settings form: "all", "runs:50", "days:30"."""
        mode, _, count = setting.strip().partition(":")
        if mode == "all" and not count:
            return cls()
        try:
            return cls(mode, int(count))
        except ValueError as exc:
            raise ValueError(f"bad retention setting {setting!r}: {exc}") from exc
