"""The watch loop: checks at start, on every network change and every interval (with jitter),
confirms a change with a second check, keeps the diary and the daily budget, and tells its face
through events.

Everything it depends on is given to it (clock, network source, the check itself, the history,
where events go), so the tray, `svyaz watch` and the tests run the same loop; tests drive it
with a fake clock that never waits through a real interval (docs/watch.md).

The control methods (`check_now`, `pause`, `resume`, `stop`, `network_changed`) may be called
from any thread: they hand the request to the loop's own event loop.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import random
import threading
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from datetime import tzinfo
from typing import Any

from core.history import History, HistoryError
from core.models import RunResult
from core.periods import Period
from core.rules.watch import (
    Change,
    WatchState,
    advance,
    diary_edits,
    observe,
    seeded,
    wants_full_confirmation,
)
from core.watch.budget import DailyBudget
from core.watch.clock import WatchClock
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
from core.watch.network import NetworkSource, NetworkState
from core.watch.settings import WatchSettings
from core.watch.words import grouped

log = logging.getLogger(__name__)

MAX_CONFIRMS_IN_A_ROW = 2
"""A state that changes at every check (or a slowed function a light check cannot confirm) gets
this many confirming checks, then the regular interval: flapping never burns data."""

COST_MEMORY = 5
COST_MARGIN = 1.25
"""The next light check's estimate: the largest of the last `COST_MEMORY`, plus a quarter."""

RunCheck = Callable[[CheckKind], Awaitable[RunResult]]
"""One diagnostic run: light (`ProbeConfig.light`) or full. The face builds it (the engine on
the catalog; in tests the lab)."""


@dataclass
class _Track:
    """The confirmed state of one kind of connection: direct, or through a VPN."""

    through_vpn: bool
    state: WatchState = field(default_factory=WatchState)
    full_suspect: bool = False  # the suspicion came from a full run


class Watcher:
    """Watch mode. `await run()` until `stop()`; see the module's docstring."""

    def __init__(
        self,
        settings: WatchSettings,
        clock: WatchClock,
        network: NetworkSource,
        run_check: RunCheck,
        history: History | None,
        on_event: Callable[[WatchEvent], None],
        *,
        language: str = "en",
        rng: random.Random | None = None,
        tz: tzinfo | None = None,
    ) -> None:
        self.settings = settings
        self.clock = clock
        self.network = network
        self.run_check = run_check
        self.history = history
        self.on_event = on_event
        self.language = language
        self.tz = tz
        self._rng = rng or random.Random()
        self.budget = DailyBudget(settings.daily_budget_bytes, tz)
        self._direct = _Track(False)
        self._vpn = _Track(True)
        self._loop: asyncio.AbstractEventLoop | None = None
        self._thread: int | None = None
        self._wake: asyncio.Event | None = None
        self._stopping = False
        self._requested: CheckReason | None = None
        self._paused = False
        self._paused_until: float | None = None
        self._next_at: float | None = None
        self._next_reason: CheckReason = "start"
        self._next_full_at: float | None = None
        self._light_costs: list[int] = []  # the last few light checks' bytes
        self._unsaid: list[Change] = []  # confirmed, not yet notified (the gap, a pause)
        self._last_notified: float | None = None
        self._exhausted_said = False
        self._confirms = 0  # confirming checks in a row (a flapping state must not burn data)
        self._check: asyncio.Task[RunResult] | None = None

    # ---- what a face reads ----

    @property
    def state(self) -> WatchState:
        """The direct connection's confirmed state (the tray's colour: `state.overall`)."""
        return self._direct.state

    @property
    def vpn_state(self) -> WatchState:
        """What checks through a VPN confirmed: kept apart from the direct connection."""
        return self._vpn.state

    @property
    def next_check_estimate(self) -> int:
        """What the next light check may cost, kept under the budget before it runs: the most
        any of the last few cost, with a margin (a check cannot be stopped half way through
        its bytes), and never less than the settings' estimate."""
        seen = max(self._light_costs, default=0)
        return max(self.settings.light_check_estimate_bytes, int(seen * COST_MARGIN))

    @property
    def paused(self) -> bool:
        return self._paused

    # ---- control (any thread) ----

    def check_now(self) -> None:
        """Check at once (the tray's "Check now"); also while paused."""
        self._call(lambda: self._request("now"))

    def network_changed(self, state: NetworkState) -> None:
        """The link changed (the GUI's QNetworkInformation): check at once. The source's
        `current()` must already return `state` (the loop reads the link from the source)."""

        def apply() -> None:
            self._emit(NetworkChanged(self.clock.now(), state))
            self._request("network")

        self._call(apply)

    def pause(self, seconds: float | None = None) -> None:
        """No checks and no notifications for `seconds` (None: until `resume`)."""

        def apply() -> None:
            now = self.clock.now()
            self._paused = True
            self._paused_until = None if seconds is None else now + seconds
            self._emit(Paused(now, self._paused_until))
            self._poke()

        self._call(apply)

    def resume(self) -> None:
        self._call(self._resume)

    def stop(self) -> None:
        """End `run()` promptly: a check under way is cancelled (and not saved)."""

        def apply() -> None:
            self._stopping = True
            if self._check is not None:
                self._check.cancel()
            self._poke()

        self._call(apply)

    # ---- the loop ----

    async def run(self) -> None:
        """Watch until `stop()`. Emits `WatchStopped` last, whatever ended it."""
        self._loop = asyncio.get_running_loop()
        self._thread = threading.get_ident()
        self._wake = asyncio.Event()
        self._direct.state = seeded(self._open_periods(False))
        self._vpn.state = seeded(self._open_periods(True))
        self._next_at = self.clock.now()
        self._next_reason = "start"
        try:
            while not self._stopping:
                self._wake.clear()
                await self._step()
        finally:
            self._emit(WatchStopped(self.clock.now()))

    async def _step(self) -> None:
        now = self.clock.now()
        if self._paused and self._paused_until is not None and now >= self._paused_until:
            self._resume()
        if self._requested is not None:
            self._next_at, self._next_reason, self._requested = now, self._requested, None
            if self._next_reason == "now" and self._paused:
                self._resume()
        self._flush_notifications(now)
        if self._paused:
            await self._wait(None if self._paused_until is None else self._paused_until - now)
            return
        assert self._next_at is not None
        due = self._next_at
        if self._unsaid and self._last_notified is not None:
            due = min(due, self._last_notified + self.settings.notify_min_gap_s)
        if now < due:
            await self._wait(due - now)
            return
        if now >= self._next_at:
            await self._checkpoint(self._next_reason)

    async def _checkpoint(self, reason: CheckReason) -> None:
        """One check, if the budget allows it; then the next one is scheduled."""
        at = self.clock.now()
        link = self.network.current()
        metered = link.counts_as_metered
        kind = self._kind(reason, at, metered)
        if metered and not self.budget.allows(at, self.next_check_estimate):
            resumes = self.budget.resets_at(at)
            if not self._exhausted_said or reason == "now":
                self._exhausted_said = True
                self._emit(BudgetExhausted(at, self.budget.used, self.budget.limit, resumes))
            self._next_at, self._next_reason = resumes, "interval"
            return
        self._exhausted_said = False
        track = self._vpn if link.through_vpn else self._direct
        self._emit(CheckStarted(at, kind, reason, track.through_vpn))
        run = await self._run(kind)
        if run is None:
            self._schedule(at, self._direct)
            return
        if kind == "full":
            self._next_full_at = at + (self.settings.full_every_s or 0)
        used = (run.bytes_sent or 0) + (run.bytes_received or 0)
        if kind == "light" and used:
            self._light_costs = [*self._light_costs[-(COST_MEMORY - 1) :], used]
        if metered:
            self.budget.spend(at, used)
            self._emit(BudgetUsed(at, self.budget.used, self.budget.limit, True))
        self._save(run)
        observation = observe(run, at)
        track.state, changes = advance(track.state, observation)
        track.full_suspect = wants_full_confirmation(track.state)
        self._emit(CheckFinished(at, run, observation, track.state, track.through_vpn, used))
        if changes:
            self._emit(ChangesConfirmed(at, changes, track.through_vpn))
            self._keep_diary(changes, track.through_vpn, link.transport)
            if not track.through_vpn:
                self._unsaid.extend(c for c in changes if c.worth_telling)
                self._flush_notifications(self.clock.now())
        self._schedule(at, track)

    def _kind(self, reason: CheckReason, at: float, metered: bool) -> CheckKind:
        """Light by default; full when the settings ask for full checks or one is due, and
        never on a metered link."""
        if metered:
            return "light"
        if reason == "confirm":
            return "full" if self._direct.full_suspect or self._vpn.full_suspect else "light"
        if not self.settings.light:
            return "full"
        every = self.settings.full_every_s
        if every is None:
            return "light"
        return "full" if self._next_full_at is not None and at >= self._next_full_at else "light"

    def _schedule(self, at: float, track: _Track) -> None:
        if self._next_full_at is None and self.settings.full_every_s is not None:
            self._next_full_at = at + self.settings.full_every_s
        if track.state.needs_confirmation and self._confirms < MAX_CONFIRMS_IN_A_ROW:
            self._confirms += 1
            self._next_at, self._next_reason = at + self.settings.confirm_after_s, "confirm"
            return
        self._confirms = 0
        spread = self.settings.jitter * (2 * self._rng.random() - 1)
        self._next_at = at + self.settings.interval_s * (1 + spread)
        self._next_reason = "interval"

    async def _run(self, kind: CheckKind) -> RunResult | None:
        self._check = asyncio.ensure_future(self.run_check(kind))
        try:
            return await self._check
        except asyncio.CancelledError:
            if self._stopping:
                return None
            raise
        except Exception as exc:  # an engine bug must not end watch mode
            log.exception("watch check failed")
            self._emit(CheckFailed(self.clock.now(), str(exc) or type(exc).__name__))
            return None
        finally:
            self._check = None

    # ---- history and diary ----

    def _save(self, run: RunResult) -> None:
        if self.history is None:
            return
        try:
            self.history.save(run)
        except HistoryError as exc:
            log.warning("watch: run not saved: %s", exc)

    def _open_periods(self, through_vpn: bool) -> list[Period]:
        if self.history is None:
            return []
        try:
            return self.history.open_periods(through_vpn=through_vpn)
        except HistoryError as exc:
            log.warning("watch: diary not read: %s", exc)
            return []

    def _keep_diary(self, changes: tuple[Change, ...], through_vpn: bool, link: str) -> None:
        if self.history is None:
            return
        edits = diary_edits(changes)
        opened: list[Period] = []
        closed: list[Period] = []
        try:
            open_now = {p.subject.key: p for p in self.history.open_periods(through_vpn)}
            for subject, evidence in edits.close:
                period = open_now.get(subject.key)
                if period is not None and period.id is not None:
                    closed.append(self.history.close_period(period.id, evidence))
            for subject, state, evidence in edits.open:
                period = Period(
                    subject,
                    state,
                    evidence.at,
                    evidence,
                    self.settings.interval_s,
                    through_vpn,
                    link,
                )
                opened.append(self.history.open_period(period))
        except HistoryError as exc:
            log.warning("watch: diary not kept: %s", exc)
        if opened or closed:
            self._emit(PeriodsChanged(self.clock.now(), tuple(opened), tuple(closed)))

    # ---- notifications ----

    def _flush_notifications(self, now: float) -> None:
        """One grouped notification for what was confirmed since the last one: not while
        paused, not within the gap, never for a muted service."""
        muted = self.settings.muted_services
        self._unsaid = [c for c in self._unsaid if c.subject.service_id not in muted]
        if not self._unsaid or self._paused:
            return
        gap = self.settings.notify_min_gap_s
        if self._last_notified is not None and now < self._last_notified + gap:
            return
        changes = tuple(self._unsaid)
        self._unsaid.clear()
        self._last_notified = now
        self._emit(Notify(now, changes, grouped(changes, self.language, now, self.tz)))

    # ---- plumbing ----

    def _resume(self) -> None:
        if not self._paused:
            return
        self._paused, self._paused_until = False, None
        self._unsaid.clear()  # what happened while paused is in the diary, not a pop-up
        now = self.clock.now()
        self._emit(Resumed(now))
        self._next_at = min(self._next_at or now, now)
        self._poke()

    def _request(self, reason: CheckReason) -> None:
        self._requested = reason
        self._poke()

    def _poke(self) -> None:
        if self._wake is not None:
            self._wake.set()

    def _call(self, action: Callable[[], None]) -> None:
        """Run `action` on the loop's thread (now, if already there or not started)."""
        loop = self._loop
        if loop is None or self._thread == threading.get_ident() or loop.is_closed():
            action()
        else:
            loop.call_soon_threadsafe(action)

    def _emit(self, event: WatchEvent) -> None:
        try:
            self.on_event(event)
        except Exception:  # a face's bug must not end watch mode
            log.exception("watch: event handler failed")

    async def _wait(self, seconds: float | None) -> None:
        """Sleep `seconds` (None: until poked), or until a control method pokes the loop."""
        assert self._wake is not None
        waker = asyncio.ensure_future(self._wake.wait())
        waiting: set[asyncio.Future[Any]] = {waker}
        sleeper = None
        if seconds is not None:
            sleeper = asyncio.ensure_future(self.clock.sleep(seconds))
            waiting.add(sleeper)
        try:
            await asyncio.wait(waiting, return_when=asyncio.FIRST_COMPLETED)
        finally:
            for task in waiting:
                task.cancel()
            for task in waiting:
                with contextlib.suppress(asyncio.CancelledError):
                    await task
