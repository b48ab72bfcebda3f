"""Watch mode: checks the connection now and then, says what changed, keeps a dated diary.

The loop (`Watcher`) is headless and takes its clock, its network-information source and its
check as arguments, so the GUI (QNetworkInformation, the engine thread), the CLI (`svyaz
watch`) and the tests (a fake clock, the lab) drive the same code (docs/watch.md).
"""

from core.periods import DiaryCondition, Evidence, Period, Subject, SubjectKind
from core.watch.check import engine_check
from core.watch.clock import SystemClock, WatchClock
from core.watch.events import (
    BudgetExhausted,
    BudgetUsed,
    ChangesConfirmed,
    CheckFailed,
    CheckFinished,
    CheckKind,
    CheckReason,
    CheckStarted,
    NetworkChanged,
    Notify,
    Paused,
    PeriodsChanged,
    Resumed,
    WatchEvent,
    WatchStopped,
)
from core.watch.loop import RunCheck, Watcher
from core.watch.network import HeadlessNetworkSource, NetworkSource, NetworkState, poll_changes
from core.watch.settings import WatchSettings
from core.watch.words import change_words, clock_time, grouped

__all__ = [
    "BudgetExhausted",
    "BudgetUsed",
    "ChangesConfirmed",
    "CheckFailed",
    "CheckFinished",
    "CheckKind",
    "CheckReason",
    "CheckStarted",
    "DiaryCondition",
    "Evidence",
    "HeadlessNetworkSource",
    "NetworkChanged",
    "NetworkSource",
    "NetworkState",
    "Notify",
    "Paused",
    "Period",
    "PeriodsChanged",
    "Resumed",
    "RunCheck",
    "Subject",
    "SubjectKind",
    "SystemClock",
    "WatchClock",
    "WatchEvent",
    "WatchSettings",
    "WatchStopped",
    "Watcher",
    "change_words",
    "clock_time",
    "engine_check",
    "grouped",
    "poll_changes",
]
