"""Every run kept locally: the history store the app, the CLI and reports read.

Synchronous and small on purpose: each call is one short SQLite transaction (the run list and
a per-service timeline of 10,000 runs take milliseconds, see `make bench`), so the GUI can call
it directly. The full run document is stored beside the tables, so a stored run is reloaded
exactly as it was shown; the tables (runs, services, functions, endpoints, steps, call
figures) exist so history can be queried per service over time without opening documents.
"""

from __future__ import annotations

import contextlib
import sqlite3
import threading
import time
import zlib
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any, TypeVar

from core.document import calls_to_dict, run_from_dict, run_to_dict
from core.history.compare import Change, compare_runs
from core.history.opening import default_path, is_corruption, open_store, replace
from core.history.records import HistoryError, Retention, RunNotFound, RunSummary
from core.history.rows import compact, insert_run, json_list, transaction
from core.history.schema import decode_document, timestamp
from core.history.timeline import TimelinePoint, timeline_points
from core.models import Message, RunResult

T = TypeVar("T")
Moment = datetime | str | float
"""A point in time: an aware datetime, an ISO 8601 string, or seconds since the epoch."""


@dataclass
class History:
    """The open history database; make one with `History.open()`."""

    _db: sqlite3.Connection
    path: Path | None  # None: kept in memory for this session only (see `notice`)
    notice: Message | None = None  # tell the person: the file was moved aside, or not saved
    moved_to: Path | None = None  # where a bad file went
    _lock: threading.RLock = field(default_factory=threading.RLock, repr=False)

    # ---- life cycle ----

    @classmethod
    def open(cls, path: Path | str | None = None) -> History:
        """Open (creating or upgrading) the history; never fails, see `notice`."""
        opened = open_store(Path(path) if path else default_path())
        return cls(opened.db, opened.path, opened.notice, opened.moved_to)

    def close(self) -> None:
        with self._lock:
            self._db.close()

    def __enter__(self) -> History:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # ---- writing ----

    def save(self, run: RunResult) -> str:
        """Store a run (completed or cancelled) in one transaction; saving the same run id
        again replaces it. Returns the run id."""
        document = run_to_dict(run, "en", complete=True)
        # The call test stays language-neutral in history, as it always has (stored documents
        # written by earlier versions look the same).
        document["calls"] = calls_to_dict(run.calls, None)
        self._guarded(lambda db: transaction(db, lambda: insert_run(db, run, document)))
        return run.run_id

    def delete(self, run_id: str) -> bool:
        """Forget one run; False when there was no such run."""

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

        def op(db: sqlite3.Connection) -> int:
            def wipe() -> int:
                count = int(db.execute("SELECT count(*) FROM runs").fetchone()[0])
                for table in ("steps", "endpoints", "functions", "services", "call_figures"):
                    db.execute(f"DELETE FROM {table}")
                db.execute("DELETE FROM documents")
                db.execute("DELETE FROM runs")
                return count

            count = transaction(db, wipe)
            compact(db)
            return count

        return self._guarded(op)

    def apply_retention(self, retention: Retention, now: float | None = None) -> int:
        """Delete the runs the setting does not keep; returns how many."""
        if retention.mode == "all":
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
        except (KeyError, ValueError, TypeError, zlib.error) as exc:
            raise HistoryError(f"stored run {run_id!r} cannot be read: {exc}") from exc

    def list_runs(
        self,
        service_id: str | None = None,
        since: Moment | None = None,
        until: Moment | None = None,
        limit: int | None = None,
    ) -> list[RunSummary]:
        """Runs newest first; with `service_id`, only runs that tested that service."""
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
        rows = self._guarded(lambda db: db.execute(sql, params).fetchall())
        return [
            RunSummary(
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
            for row in rows
        ]

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
            "SELECT r.id, r.run_id, r.started_at, s.status, f.kind, f.status, f.code, f.rate_kbps "
            "FROM services s JOIN runs r ON r.id = s.run "
            "LEFT JOIN functions f ON f.service = s.id WHERE s.service_id = ?"
            + "".join(" AND " + w for w in where)
            + " ORDER BY r.started_ts, r.id, f.id"
        )
        calls_sql = "SELECT run, code, mos, loss_pct FROM call_figures WHERE service_id = ?"

        def op(db: sqlite3.Connection) -> tuple[list[Any], list[Any]]:
            return (
                db.execute(sql, [service_id, *params]).fetchall(),
                db.execute(calls_sql, (service_id,)).fetchall(),
            )

        rows, figures = self._guarded(op)
        return timeline_points(rows, {run: (code, mos, loss) for run, code, mos, loss in figures})

    def compare(self, run_a: str, run_b: str) -> list[Change]:
        """What changed from stored run `run_a` to stored run `run_b`."""
        return compare_runs(self.load(run_a), self.load(run_b))

    # ---- internals ----

    def _guarded(self, op: Callable[[sqlite3.Connection], T]) -> T:
        """Run `op`; if the file turns out to be corrupt, move it aside, start afresh and run
        `op` once more on the new database (so a save is not lost to an old corruption)."""
        with self._lock:
            try:
                return op(self._db)
            except sqlite3.Error as exc:
                if not (is_corruption(exc) and self.path is not None):
                    raise HistoryError(str(exc)) from exc
                self._recover(str(exc))
            try:
                return op(self._db)
            except sqlite3.Error as exc:
                raise HistoryError(str(exc)) from exc

    def _recover(self, reason: str) -> None:
        assert self.path is not None
        with contextlib.suppress(sqlite3.Error):
            self._db.close()
        opened = replace(self.path, reason)
        self._db, self.path = opened.db, opened.path
        self.notice, self.moved_to = opened.notice, opened.moved_to


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
