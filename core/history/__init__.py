"""Every run kept locally: the store the app, the CLI and reports read (docs/history.md)."""

from core.history.store import (
    Change,
    Day,
    FunctionPoint,
    History,
    HistoryError,
    Retention,
    RunNotFound,
    RunSummary,
    TimelinePoint,
    by_day,
    call_rows,
    compare_runs,
)

__all__ = [
    "Change",
    "Day",
    "FunctionPoint",
    "History",
    "HistoryError",
    "Retention",
    "RunNotFound",
    "RunSummary",
    "TimelinePoint",
    "by_day",
    "call_rows",
    "compare_runs",
]
