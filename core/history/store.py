"""Every run kept locally: the history store the app, the CLI and reports read.

Synchronous and small on purpose: each call is one short SQLite transaction (the run list and
a per-service timeline of 10,000 runs take milliseconds, see `make bench`), so the GUI can call
it directly. The full run document is stored beside the tables, so a stored run is reloaded
exactly as it was shown; the tables (runs, services, functions, endpoints, steps, call
figures) exist so history can be queried per service over time without opening documents.

It never lies about saving: `save` reads the run back after the commit, and `persistent` says
whether it went to a file. A write that fails on a healthy file (read-only, full disk,
locked) keeps the run in memory beside the file's runs; only a file proven corrupt is moved
aside (core/history/opening.py).
"""

from __future__ import annotations

import contextlib
import dataclasses
import sqlite3
import threading
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any, TypeVar

from core.document import calls_to_dict, run_from_dict, run_to_dict
from core.history.compare import Change, compare_runs
from core.history.diary import end_period, insert_period, period_by_id, select_periods
from core.history.opening import (
    Opened,
    default_path,
    is_corruption,
    open_store,
    proven_corrupt,
    read_only,
    replace,
    write_blocked,
)
from core.history.records import HistoryError, Retention, RunList, RunNotFound, RunSummary
from core.history.recovery import Recovered, recover_into
from core.history.rows import compact, insert_run, transaction
from core.history.schema import DAMAGED_DOCUMENT, decode_document, encode_document, timestamp
from core.history.timeline import TimelinePoint, timeline_points
from core.models import Message, RunResult
from core.periods import Evidence, Period

T = TypeVar("T")
Moment = datetime | str | float
"""A point in time: an aware datetime, an ISO 8601 string, or seconds since the epoch."""


@dataclass
class History:
    """The open history database; make one with `History.open()`."""

    _db: sqlite3.Connection
    path: Path | None  # the file runs are saved to; None: kept in memory only (see `notice`)
    notice: Message | None = None  # tell the person: moved aside, read-only, or memory only
    moved_to: Path | None = None  # where a corrupt file went
    source: Path | None = None  # a file that cannot be written: its runs are shown read-only
    _lock: threading.RLock = field(default_factory=threading.RLock, repr=False)

    # ---- life cycle ----

    @classmethod
    def open(cls, path: Path | str | None = None, *, explicit: bool = False) -> History:
        """Open (creating or upgrading) the history; never fails, see `notice`. With
        `explicit` (a file the person named) a file that is not a Svyaz history raises
        NotAHistory and is left as it is."""
        opened = open_store(Path(path) if path else default_path(), explicit)
        return cls(opened.db, opened.path, opened.notice, opened.moved_to, opened.source)

    @property
    def persistent(self) -> bool:
        """Runs saved now go to a file (False: kept in memory until the app closes)."""
        return self.path is not None

    @property
    def read_only(self) -> bool:
        """The runs shown come from a file that cannot be written: nothing can be deleted."""
        return self.path is None and self.source is not None

    def close(self) -> None:
        with self._lock:
            self._db.close()

    def __enter__(self) -> History:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # ---- writing ----

    def save(self, run: RunResult) -> str:
        """Store a run (completed or cancelled) in one transaction and read it back; saving
        the same run id again replaces it. Returns the run id; raises HistoryError when the
        run cannot be kept at all. When the file cannot be written the run is kept in memory:
        check `persistent` before telling anyone it was saved."""
        self._store(run, replace=True)
        return run.run_id

    def _store(self, run: RunResult, replace: bool) -> bool:
        """Save `run`; without `replace` only when its id is not stored yet, decided inside
        the write transaction (two processes recovering at once never both add a run).
        Returns whether it was written."""
        document = run_to_dict(run, "en", complete=True)
        # The call test stays language-neutral in history, as it always has (stored documents
        # written by earlier versions look the same).
        document["calls"] = calls_to_dict(run.calls, None)

        blob = encode_document(document)

        def write(db: sqlite3.Connection) -> bool:
            if (
                not replace
                and db.execute("SELECT 1 FROM runs WHERE run_id = ?", (run.run_id,)).fetchone()
            ):
                return False
            insert_run(db, run, document, blob)
            return True

        def op(db: sqlite3.Connection) -> bool:
            if not transaction(db, lambda: write(db)):
                return False
            row = db.execute(
                "SELECT d.json FROM documents d JOIN runs r ON r.id = d.run WHERE r.run_id = ?",
                (run.run_id,),
            ).fetchone()
            if row is None or row[0] != blob:
                raise HistoryError(f"run {run.run_id!r} did not read back after saving")
            return True

        return self._guarded(op, keep=True)

    def recover(self, path: Path | str) -> Recovered:
        """Read every run still readable from a moved-aside (or any) history file into this
        history; runs already here are left alone. Raises HistoryError when nothing can be
        read from the file or this history cannot be written."""
        if not self.persistent:
            raise HistoryError("this history cannot be written now: recovered runs would be lost")

        def add(run: RunResult) -> bool:
            added = self._store(run, replace=False)
            if not self.persistent:  # the file stopped taking runs half way (a full disk)
                raise HistoryError(f"the history file cannot be written now: {self.notice}")
            return added

        return recover_into(Path(path), add, set(self._run_ids()))

    def _run_ids(self) -> list[str]:
        rows = self._guarded(lambda db: db.execute("SELECT run_id FROM runs").fetchall())
        return [str(r[0]) for r in rows]

    def delete(self, run_id: str) -> bool:
        """Forget one run; False when there was no such run."""
        self._writable()

        def op(db: sqlite3.Connection) -> bool:
            return (
                transaction(
                    db, lambda: db.execute("DELETE FROM runs WHERE run_id = ?", (run_id,)).rowcount
                )
                > 0
            )

        return self._guarded(op)

    def clear(self) -> int:
        """Forget every run and shrink the file (deleted runs are overwritten, not left in
        free pages). Returns how many runs were deleted."""
        self._writable()

        def op(db: sqlite3.Connection) -> int:
            def wipe() -> int:
                count = int(db.execute("SELECT count(*) FROM runs").fetchone()[0])
                tables = ("steps", "endpoints", "functions", "services", "call_figures", "periods")
                for table in tables:
                    db.execute(f"DELETE FROM {table}")
                db.execute("DELETE FROM documents")
                db.execute("DELETE FROM runs")
                return count

            count = transaction(db, wipe)
            compact(db)
            return count

        return self._guarded(op)

    def apply_retention(self, retention: Retention, now: float | None = None) -> int:
        """Delete the runs the setting does not keep; returns how many (none from a file
        shown read-only: they would come back)."""
        if retention.mode == "all" or self.read_only:
            return 0
        if retention.mode == "runs":
            sql = (
                "DELETE FROM runs WHERE id NOT IN "
                "(SELECT id FROM runs ORDER BY started_ts DESC, id DESC LIMIT ?)"
            )
            params: tuple[Any, ...] = (retention.count,)
        else:
            cutoff = (time.time() if now is None else now) - retention.count * 86400
            sql, params = "DELETE FROM runs WHERE started_ts < ?", (cutoff,)
        return self._guarded(
            lambda db: transaction(db, lambda: int(db.execute(sql, params).rowcount))
        )

    # ---- reading ----

    def load(self, run_id: str) -> RunResult:
        """The stored run exactly as it was saved; raises RunNotFound."""

        def op(db: sqlite3.Connection) -> Any:
            return db.execute(
                "SELECT d.json, d.encoding FROM documents d JOIN runs r ON r.id = d.run "
                "WHERE r.run_id = ?",
                (run_id,),
            ).fetchone()

        row = self._guarded(op)
        if row is None:
            raise RunNotFound(run_id)
        try:
            return run_from_dict(decode_document(row[0], row[1]))
        except DAMAGED_DOCUMENT as exc:
            raise HistoryError(f"stored run {run_id!r} cannot be read: {exc}") from exc

    def list_runs(
        self,
        service_id: str | None = None,
        since: Moment | None = None,
        until: Moment | None = None,
        limit: int | None = None,
    ) -> Sequence[RunSummary]:
        """Runs newest first; with `service_id`, only runs that tested that service. Each
        `RunSummary` is made when it is first read (the GUI shows a screenful at a time)."""
        where, params = _time_filter("r", since, until)
        if service_id is not None:
            where.append(
                "EXISTS (SELECT 1 FROM services s WHERE s.service_id = ? AND s.run = r.id)"
            )
            params.append(service_id)
        sql = (
            "SELECT r.run_id, r.started_at, r.network_code, r.network_type, r.completed, "
            "r.blocked, r.degraded, r.works, r.unknown, r.conditions FROM runs r"
            + (" WHERE " + " AND ".join(where) if where else "")
            + " ORDER BY r.started_ts DESC, r.id DESC"
        )
        if limit is not None:
            sql += " LIMIT ?"
            params.append(int(limit))
        return RunList(self._guarded(lambda db: db.execute(sql, params).fetchall()))

    def latest(self) -> str | None:
        """The id of the newest stored run."""
        runs = self.list_runs(limit=1)
        return runs[0].run_id if runs else None

    def count(self) -> int:
        return int(self._guarded(lambda db: db.execute("SELECT count(*) FROM runs").fetchone()[0]))

    def service_ids(self) -> list[str]:
        """Every service id that appears in history (for the GUI's filter)."""
        rows = self._guarded(
            lambda db: db.execute("SELECT DISTINCT service_id FROM services ORDER BY 1").fetchall()
        )
        return [r[0] for r in rows]

    def timeline(
        self, service_id: str, since: Moment | None = None, until: Moment | None = None
    ) -> list[TimelinePoint]:
        """One point per run that tested the service, oldest first."""
        where, params = _time_filter("r", since, until)
        sql = (
            "SELECT r.id, r.run_id, r.started_at, s.status, s.functions "
            "FROM services s JOIN runs r ON r.id = s.run WHERE s.service_id = ?"
            + "".join(" AND " + w for w in where)
            + " ORDER BY r.started_ts, r.id"
        )
        calls_sql = "SELECT run, code, mos, loss_pct FROM call_figures WHERE service_id = ?"

        def op(db: sqlite3.Connection) -> tuple[list[Any], list[Any]]:
            return (
                db.execute(sql, [service_id, *params]).fetchall(),
                db.execute(calls_sql, (service_id,)).fetchall(),
            )

        rows, figures = self._guarded(op)
        return timeline_points(rows, {run: (code, mos, loss) for run, code, mos, loss in figures})

    # ---- the outage diary (watch mode, docs/watch.md) ----

    def open_period(self, period: Period) -> Period:
        """Store a new period (normally open: `end` None); returns it with its `id`."""
        self._writable()
        period_id = self._guarded(
            lambda db: transaction(db, lambda: insert_period(db, period)), keep=True
        )
        return dataclasses.replace(period, id=period_id)

    def close_period(self, period_id: int, end: Evidence) -> Period:
        """End an open period at `end` (the check that first saw it over); returns the period
        as stored. Raises HistoryError when no such period is open."""
        self._writable()

        def op(db: sqlite3.Connection) -> Period | None:
            if not transaction(db, lambda: end_period(db, period_id, end)):
                return None
            return period_by_id(db, period_id)

        period = self._guarded(op, keep=True)
        if period is None:
            raise HistoryError(f"no open diary period {period_id}")
        return period

    def open_periods(self, through_vpn: bool | None = None) -> list[Period]:
        """The periods still open (a watcher starts from them), oldest first; with
        `through_vpn`, only those seen through a VPN (True) or directly (False)."""
        return self._guarded(lambda db: select_periods(db, through_vpn=through_vpn, only_open=True))

    def diary(
        self,
        since: Moment | None = None,
        until: Moment | None = None,
        through_vpn: bool | None = None,
    ) -> list[Period]:
        """The periods overlapping [since, until], oldest first (open ones reach to now)."""
        start = None if since is None else _seconds(since)
        end = None if until is None else _seconds(until)
        return self._guarded(lambda db: select_periods(db, start, end, through_vpn))

    def compare(self, run_a: str, run_b: str) -> list[Change]:
        """What changed from stored run `run_a` to stored run `run_b`."""
        return compare_runs(self.load(run_a), self.load(run_b))

    # ---- internals ----

    def _writable(self) -> None:
        if self.read_only:
            raise HistoryError(f"the history file {self.source} cannot be written now")

    def _guarded(self, op: Callable[[sqlite3.Connection], T], keep: bool = False) -> T:
        """Run `op`. If it fails on a file proven corrupt, move the file aside, start afresh
        and run `op` once more (a save is not lost to an old corruption). With `keep` (a
        save), a file that cannot be written is copied into memory and `op` runs there, so
        the run is kept for the session; the notice says why."""
        with self._lock:
            try:
                return op(self._db)
            except sqlite3.Error as exc:
                error = exc
            if self.path is None:
                raise HistoryError(str(error)) from error
            if is_corruption(error) and (problem := proven_corrupt(self.path)) is not None:
                with contextlib.suppress(sqlite3.Error):
                    self._db.close()
                self._take(replace(self.path, f"{error} ({problem})"))
            elif keep and write_blocked(error):
                opened = read_only(self.path, error, self._db)
                with contextlib.suppress(sqlite3.Error):
                    self._db.close()
                self._take(opened)
            else:
                raise HistoryError(str(error)) from error
            try:
                return op(self._db)
            except sqlite3.Error as exc:
                raise HistoryError(str(exc)) from exc

    def _take(self, opened: Opened) -> None:
        self._db, self.path, self.source = opened.db, opened.path, opened.source
        self.notice, self.moved_to = opened.notice, opened.moved_to or self.moved_to


def _time_filter(
    alias: str, since: Moment | None, until: Moment | None
) -> tuple[list[str], list[Any]]:
    where: list[str] = []
    params: list[Any] = []
    if since is not None:
        where.append(f"{alias}.started_ts >= ?")
        params.append(_seconds(since))
    if until is not None:
        where.append(f"{alias}.started_ts <= ?")
        params.append(_seconds(until))
    return where, params


def _seconds(moment: Moment) -> float:
    if isinstance(moment, datetime):
        return timestamp(moment.isoformat())
    if isinstance(moment, str):
        return timestamp(moment)
    return float(moment)
