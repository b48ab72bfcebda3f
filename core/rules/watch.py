"""Watch mode's judging: what a check saw, and which changes count (issue 23, "change, not
noise"). Pure functions; the loop (core/watch/loop.py) measures and stores.

- `observe(run)`: each (service, function) in its summary class (`Standing`: blocked, slowed,
  refused, works) and each network condition the diary keeps (offline, whitelist mode, login
  page, dead DNS, slow line) "on" or "off". What the run did not judge is not observed (a light
  run's calls, a function under a network-wide cause: that cause is the news, and its own
  period covers the time).
- `advance(state, observation)`: a state that differs from the confirmed one is only suspected;
  the next check that observes the subject confirms it (same state again) or drops it (a
  one-check blip). A confirmed change dates from the check that first saw it, so the diary is
  exact to the check interval.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from types import MappingProxyType

from core.codes import Condition, Verdict
from core.models import RunResult
from core.periods import DiaryCondition, Evidence, Period, Subject, SubjectKind
from core.rules.faces import network_works
from core.rules.summary import Standing, function_standing

ON, OFF = "on", "off"
"""A network condition's two states."""

Key = tuple[str, str, str, str]

_NETWORK_CODES: dict[DiaryCondition, Verdict] = {
    DiaryCondition.OFFLINE: Verdict.OFFLINE,
    DiaryCondition.WHITELIST: Verdict.WHITELIST_MODE,
    DiaryCondition.CAPTIVE: Verdict.CAPTIVE_PORTAL,
}
_CONDITIONS: dict[DiaryCondition, Condition] = {
    DiaryCondition.DEAD_DNS: Condition.DNS_SYSTEM_SILENT,
    DiaryCondition.SLOW_LINE: Condition.SLOW_LINE,
}
# Function classes a person is told about; not_judged and uncheckable say nothing new.
_OBSERVED = frozenset({Standing.BLOCKED, Standing.SLOWED, Standing.REFUSED, Standing.WORKS})


@dataclass(frozen=True)
class Seen:
    """One subject's state as a check saw it (or, held, as confirmed since `evidence.at`)."""

    subject: Subject
    state: str
    evidence: Evidence
    light: bool = False  # seen by a light run: no transfer or throttling test

    @property
    def since(self) -> float:
        return self.evidence.at


@dataclass(frozen=True)
class Observation:
    """What one check saw, by subject key. Empty for a run that was cut short."""

    run_id: str
    at: float
    seen: Mapping[Key, Seen] = field(default_factory=dict)


@dataclass(frozen=True)
class Change:
    """A confirmed change: `subject` went from `before` (None: not known before) to `after`
    at `since` (the check that first saw it; `evidence` is that check)."""

    subject: Subject
    before: str | None
    after: str
    evidence: Evidence

    @property
    def since(self) -> float:
        return self.evidence.at

    @property
    def now_a_problem(self) -> bool:
        return is_problem(self.after)

    @property
    def worth_telling(self) -> bool:
        """A first sighting of a fine state is the baseline, not news."""
        return self.before is not None or is_problem(self.after)


@dataclass(frozen=True)
class WatchState:
    """The confirmed state of every subject (`held`) and what one check suspects (`suspect`)."""

    held: Mapping[Key, Seen] = field(default_factory=lambda: MappingProxyType({}))
    suspect: Mapping[Key, Seen] = field(default_factory=lambda: MappingProxyType({}))

    @property
    def needs_confirmation(self) -> bool:
        """A confirming check is due sooner than the interval."""
        return bool(self.suspect)

    @property
    def overall(self) -> str:
        """The tray's colour: "network" (offline, whitelist, login page, dead DNS), "problem"
        (something blocked or slowed, a slow line), "fine", or "unknown" (nothing confirmed)."""
        if not self.held:
            return "unknown"
        problems = [s for s in self.held.values() if is_problem(s.state)]
        if any(
            s.subject.kind is SubjectKind.NETWORK
            and s.subject.condition != DiaryCondition.SLOW_LINE
            for s in problems
        ):
            return "network"
        return "problem" if problems else "fine"


def _network_wide(subject: Subject) -> bool:
    """Offline, whitelist mode, a login page, dead DNS: nothing much works (a slow line is a
    problem, not a cause of everything)."""
    return subject.kind is SubjectKind.NETWORK and subject.condition != DiaryCondition.SLOW_LINE


def is_problem(state: str) -> bool:
    """The states a diary period is kept for: a network condition on, a function not working."""
    return state not in (OFF, Standing.WORKS)


def observe(run: RunResult, at: float) -> Observation:
    """What the run says of every subject the diary keeps (see the module's docstring)."""
    if not run.completed:
        return Observation(run.run_id, at)
    seen: dict[Key, Seen] = {}
    light = bool(run.settings.get("light"))

    def put(subject: Subject, state: str, code: str) -> None:
        seen[subject.key] = Seen(subject, state, Evidence(run.run_id, at, code), light)

    network = run.network
    network_code = Verdict.parse(network.code)
    for condition, code in _NETWORK_CODES.items():
        put(_network(condition), ON if network_code == code else OFF, str(network.code))
    if network_works(network.code):
        # Dead DNS and the line are only known with a working network.
        for condition, member in _CONDITIONS.items():
            put(_network(condition), ON if member in network.conditions else OFF, str(member))
        for service in run.services:
            for function in service.functions:
                standing = function_standing(function)
                if standing not in _OBSERVED:
                    continue
                subject = Subject(
                    SubjectKind.FUNCTION,
                    service.service_id,
                    function.kind.value,
                    name=service.name,
                )
                put(subject, str(standing), str(function.code))
    return Observation(run.run_id, at, MappingProxyType(seen))


def _network(condition: DiaryCondition) -> Subject:
    return Subject(SubjectKind.NETWORK, condition=condition.value)


def advance(state: WatchState, observation: Observation) -> tuple[WatchState, tuple[Change, ...]]:
    """Fold one check into the state; returns the new state and the changes it confirmed.

    Per subject observed: the confirmed state again drops any suspicion; a suspected state seen
    again is confirmed (dated from its first sighting); anything else becomes the suspicion.
    Subjects the check did not observe keep what they had."""
    held, suspect = dict(state.held), dict(state.suspect)
    changes: list[Change] = []
    for key, now in observation.seen.items():
        before, pending = held.get(key), suspect.get(key)
        if pending is not None and _agrees(now, pending) and now.state != pending.state:
            continue  # a light check cannot confirm nor deny what only a full run sees
        suspect.pop(key, None)
        if before is not None and _agrees(now, before):
            continue
        if pending is not None and pending.state == now.state:
            held[key] = pending
            changes.append(
                Change(now.subject, before.state if before else None, now.state, pending.evidence)
            )
            continue
        suspect[key] = now
    return WatchState(MappingProxyType(held), MappingProxyType(suspect)), tuple(changes)


def _agrees(now: Seen, earlier: Seen) -> bool:
    """`now` says the same as `earlier`: the same state, or a light check's "works" beside a
    full run's "slowed" (a light run tests no rate, so it cannot tell the two apart)."""
    if now.state == earlier.state:
        return True
    return now.light and now.state == Standing.WORKS and earlier.state == Standing.SLOWED


def wants_full_confirmation(state: WatchState) -> bool:
    """A suspicion a full run raised is confirmed by a full run: a light one may not see it at
    all (calls: no call test) or cannot tell it (slowed: no rate)."""
    return any(not s.light for s in state.suspect.values())


def seeded(open_periods: list[Period]) -> WatchState:
    """The state a watcher starts from: the diary's open periods, confirmed (a restart does
    not open an outage again, and its end is still seen)."""
    held = {
        p.subject.key: Seen(p.subject, p.state, p.start_evidence) for p in open_periods if p.open
    }
    return WatchState(MappingProxyType(held))


@dataclass(frozen=True)
class DiaryEdits:
    """What confirmed changes do to the diary: periods to close (with their end) and to open."""

    close: tuple[tuple[Subject, Evidence], ...]
    open: tuple[tuple[Subject, str, Evidence], ...]


def diary_edits(changes: tuple[Change, ...]) -> DiaryEdits:
    """A change away from a problem closes its period; a change into a problem opens one (a
    change from one problem to another, blocked to slowed, does both)."""
    close = tuple(
        (c.subject, c.evidence) for c in changes if c.before is not None and is_problem(c.before)
    )
    opened = tuple((c.subject, c.after, c.evidence) for c in changes if is_problem(c.after))
    return DiaryEdits(close, opened)
