"""Every run kept locally: the store the app, the CLI and reports read (docs/history.md)."""

from core.history.compare import Change, compare_runs
from core.history.opening import default_path
from core.history.records import (
    HistoryError,
    NotAHistory,
    Retention,
    RunList,
    RunNotFound,
    RunSummary,
)
from core.history.recovery import Recovered
from core.history.rows import call_rows
from core.history.store import History
from core.history.timeline import Day, FunctionPoint, TimelinePoint, by_day

__all__ = [
    "Change",
    "Day",
    "FunctionPoint",
    "History",
    "HistoryError",
    "NotAHistory",
    "Recovered",
    "Retention",
    "RunList",
    "RunNotFound",
    "RunSummary",
    "TimelinePoint",
    "by_day",
    "call_rows",
    "compare_runs",
    "default_path",
]
