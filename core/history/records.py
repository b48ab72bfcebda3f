"""What history hands out besides runs: the run list's lines, the retention setting, errors."""

from __future__ import annotations

import json
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import Any, overload


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


class RunList(Sequence[RunSummary]):
    """The run list: the query's rows, each made a `RunSummary` when first read. Making 10,000
    frozen summaries costs more than the query; a view shows a screenful at a time."""

    __slots__ = ("_made", "_rows")

    def __init__(self, rows: list[tuple[Any, ...]]) -> None:
        """`rows`: run_id, started_at, network_code, network_type, completed, blocked,
        degraded, works, unknown, conditions (JSON), in the list's order."""
        self._rows = rows
        self._made: list[RunSummary | None] = [None] * len(rows)

    def __len__(self) -> int:
        return len(self._rows)

    @overload
    def __getitem__(self, index: int) -> RunSummary: ...

    @overload
    def __getitem__(self, index: slice) -> list[RunSummary]: ...

    def __getitem__(self, index: int | slice) -> RunSummary | list[RunSummary]:
        if isinstance(index, slice):
            return [self[i] for i in range(*index.indices(len(self._rows)))]
        made = self._made[index]
        if made is None:
            made = self._made[index] = _summary(self._rows[index])
        return made

    def __iter__(self) -> Iterator[RunSummary]:
        return (self[i] for i in range(len(self._rows)))

    def __eq__(self, other: object) -> bool:
        """Equal to a list (or any sequence) of the same summaries."""
        if isinstance(other, RunList | list | tuple):
            return len(self) == len(other) and all(a == b for a, b in zip(self, other, strict=True))
        return NotImplemented

    __hash__ = None  # type: ignore[assignment]  # a sequence compared by content

    def __repr__(self) -> str:
        return f"RunList({len(self._rows)} runs)"


def _summary(row: tuple[Any, ...]) -> RunSummary:
    return RunSummary(
        run_id=row[0],
        started_at=row[1],
        network_code=row[2],
        network_type=row[3],
        completed=bool(row[4]),
        blocked=row[5],
        degraded=row[6],
        works=row[7],
        unknown=row[8],
        conditions=tuple(json_list(row[9])),
    )


def json_list(text: str) -> list[str]:
    """A stored JSON list of strings (a run's conditions); anything else reads as none."""
    if text == "[]":  # most runs: no conditions
        return []
    try:
        value = json.loads(text)
    except ValueError:
        return []
    return [str(v) for v in value] if isinstance(value, list) else []


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
