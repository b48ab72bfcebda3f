"""The outage diary's plain data: a period of one subject's state, with its evidence.

A top module (not `core.history`) because the history stores periods and the report exports
them, and those two rooms never import each other (docs/architecture.md). The watch loop
(`core/watch/`) opens and closes periods; `core.rules.watch` decides when.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


class SubjectKind(StrEnum):
    """What a period is about."""

    FUNCTION = "function"  # one (service, function): e.g. WhatsApp calls
    NETWORK = "network"  # a condition of the whole network: offline, whitelist mode ...


class DiaryCondition(StrEnum):
    """The network conditions the diary keeps periods of (words: `watch.network.<value>`)."""

    OFFLINE = "offline"
    WHITELIST = "whitelist_mode"
    CAPTIVE = "captive_portal"
    DEAD_DNS = "dead_dns"
    SLOW_LINE = "slow_line"


@dataclass(frozen=True)
class Subject:
    """One thing watched: a (service, function) or a network condition.

    `service_id` and `function` are set for FUNCTION subjects, `condition` for NETWORK ones;
    `name` is the service's catalog name (for words; not part of the identity)."""

    kind: SubjectKind
    service_id: str = ""
    function: str = ""  # a FunctionKind value: messages, calls, web ...
    condition: str = ""  # a DiaryCondition value
    name: str = ""

    @property
    def key(self) -> tuple[str, str, str, str]:
        """The identity (without the display name)."""
        return (self.kind.value, self.service_id, self.function, self.condition)


@dataclass(frozen=True)
class Evidence:
    """What a check saw at one end of a period: the run kept in history, when, and its code."""

    run_id: str
    at: float  # seconds since the epoch: when that check started
    code: str  # the function's verdict code or the network's code/condition seen


@dataclass(frozen=True)
class Period:
    """A stretch of time a subject was in one state (a problem: blocked, slowed, offline...).

    `end` is None while the period is open. `state` is a `core.rules.summary.Standing` value for
    a function ("blocked", "slowed", "refused") and "on" for a network condition. Start and end
    are the checks that first saw the state and first saw it gone, so a period is exact to
    `interval_s`, the check interval at the time."""

    subject: Subject
    state: str
    start: float
    start_evidence: Evidence
    interval_s: float
    through_vpn: bool = False
    link: str = "unknown"  # the medium when it began: ethernet, wifi, cellular, unknown
    end: float | None = None
    end_evidence: Evidence | None = None
    id: int | None = None  # the history's row id once stored

    @property
    def open(self) -> bool:
        return self.end is None

    def duration(self, now: float) -> float:
        """Seconds from start to end (to `now` while still open)."""
        return (self.end if self.end is not None else now) - self.start
