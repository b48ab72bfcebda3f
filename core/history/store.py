"""Every run kept locally: the history store the app, the CLI and reports read.

Synchronous and small on purpose: each call is one short SQLite transaction (the run list and
a per-service timeline of 10,000 runs take milliseconds, see `make bench`), so the GUI can call
it directly. The full run document is stored beside the tables, so a stored run is reloaded
exactly as it was shown; the tables (runs, services, functions, endpoints, steps, call
figures) exist so history can be queried per service over time without opening documents.
"""

from __future__ import annotations

import contextlib
import json
import sqlite3
import threading
import time
import zlib
from collections import Counter
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any, TypeVar

from core.document import run_from_dict, run_to_dict
from core.history.opening import default_path, is_corruption, open_store, replace
from core.history.schema import (
    decode_document,
    encode_document,
    endpoint_rate,
    timestamp,
)
from core.models import Message, RunResult, Status

T = TypeVar("T")
Moment = datetime | str | float
"""A point in time: an aware datetime, an ISO 8601 string, or seconds since the epoch."""


class HistoryError(Exception):
    """A history operation failed (the message says why, for the log)."""


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
class FunctionPoint:
    kind: str
    status: Status
    code: str
    rate_kbps: float | None = None  # measured by the throughput test, when it ran


@dataclass(frozen=True)
class TimelinePoint:
    """One service in one run: what each function did, and the call figures if measured."""

    run_id: str
    started_at: str
    status: Status
    functions: tuple[FunctionPoint, ...]
    call_code: str | None = None
    mos: float | None = None
    loss_pct: float | None = None

    def function(self, kind: str) -> FunctionPoint | None:
        return next((f for f in self.functions if f.kind == kind), None)

    @property
    def throttled_kbps(self) -> float | None:
        """The rate a throttled function was held to, None when nothing was throttled."""
        rates = [f.rate_kbps for f in self.functions if f.code == "throttled" and f.rate_kbps]
        return min(rates) if rates else None


@dataclass(frozen=True)
class Change:
    """What differs between two runs; `service_id` None is the network verdict itself,
    `function` None the service as a whole (present in one run only)."""

    service_id: str | None
    name: str
    function: str | None
    old_status: Status | None
    old_code: str | None
    new_status: Status | None
    new_code: str | None


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
        # The language-neutral call data as the run holds it (the document may add rendered
        # texts to it), so `load` gives back exactly this run.
        document["calls"] = dict(run.calls)
        self._guarded(lambda db: _transaction(db, lambda: _insert_run(db, run, document)))
        return run.run_id

    def delete(self, run_id: str) -> bool:
        """Forget one run; False when there was no such run."""

        def op(db: sqlite3.Connection) -> bool:
            return (
                _transaction(
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

            count = _transaction(db, wipe)
            _compact(db)
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
            lambda db: _transaction(db, lambda: int(db.execute(sql, params).rowcount))
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
                conditions=tuple(_json_list(row[9])),
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

        rows, call_rows = self._guarded(op)
        calls = {run: (code, mos, loss) for run, code, mos, loss in call_rows}
        points: list[TimelinePoint] = []
        current: int | None = None
        functions: list[FunctionPoint] = []
        head: tuple[str, str, str] = ("", "", "")
        shared: dict[tuple[Any, ...], FunctionPoint] = {}  # most points repeat: build once
        for pk, run_id, started, status, kind, f_status, code, rate in rows:
            if pk != current:
                if current is not None:
                    points.append(_point(head, functions, calls.get(current)))
                current, head, functions = pk, (run_id, started, status), []
            if kind is not None:
                key = (kind, f_status, code, rate)
                point = shared.get(key)
                if point is None:
                    point = shared[key] = FunctionPoint(kind, Status(f_status), code, rate)
                functions.append(point)
        if current is not None:
            points.append(_point(head, functions, calls.get(current)))
        return points

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


def compare_runs(a: RunResult, b: RunResult) -> list[Change]:
    """Differences from run `a` to run `b`: the network verdict, then every function whose
    status or code changed, appeared or disappeared, in `b`'s order."""
    changes: list[Change] = []
    if a.network.code != b.network.code:
        changes.append(Change(None, "", None, None, a.network.code, None, b.network.code))
    old = {s.service_id: s for s in a.services}
    new = {s.service_id: s for s in b.services}
    order = [s.service_id for s in b.services] + [i for i in old if i not in new]
    for sid in order:
        before, after = old.get(sid), new.get(sid)
        present = after or before
        assert present is not None  # every id in `order` comes from one of the runs
        name = present.name
        if before is None or after is None:
            changes.append(
                Change(
                    sid,
                    name,
                    None,
                    before.status if before else None,
                    None,
                    after.status if after else None,
                    None,
                )
            )
            continue
        kinds = [f.kind.value for f in after.functions]
        kinds += [f.kind.value for f in before.functions if f.kind.value not in kinds]
        for kind in kinds:
            f_old, f_new = before.function(kind), after.function(kind)
            old_pair = (f_old.status, f_old.code) if f_old else (None, None)
            new_pair = (f_new.status, f_new.code) if f_new else (None, None)
            if old_pair != new_pair:
                changes.append(Change(sid, name, kind, *old_pair, *new_pair))
    return changes


# ---- rows ----


def _transaction(db: sqlite3.Connection, body: Callable[[], T]) -> T:
    db.execute("BEGIN IMMEDIATE")
    try:
        result = body()
    except BaseException:
        db.execute("ROLLBACK")
        raise
    db.execute("COMMIT")
    return result


def _compact(db: sqlite3.Connection) -> None:
    db.execute("VACUUM")
    db.execute("PRAGMA wal_checkpoint(TRUNCATE)")


def _insert_run(db: sqlite3.Connection, run: RunResult, document: dict[str, Any]) -> None:
    db.execute("DELETE FROM runs WHERE run_id = ?", (run.run_id,))
    counts = Counter(s.status for s in run.services)
    network_type = run.environment.get("network_type")
    cur = db.execute(
        "INSERT INTO runs (run_id, started_at, finished_at, duration_ms, completed, network_code,"
        " network_type, conditions, started_ts, blocked, degraded, works, unknown)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (
            run.run_id,
            run.started_at,
            run.finished_at,
            run.duration_ms,
            int(run.completed),
            run.network.code,
            str(network_type) if network_type else None,
            _json_text(list(run.network.conditions)),
            timestamp(run.started_at),
            counts[Status.BLOCKED],
            counts[Status.DEGRADED],
            counts[Status.WORKS],
            counts[Status.UNKNOWN],
        ),
    )
    run_pk = cur.lastrowid
    db.execute(
        "INSERT INTO documents (run, json, encoding) VALUES (?, ?, 'json+zlib')",
        (run_pk, encode_document(document)),
    )
    docs = {s["id"]: s for s in document["services"]}
    for service in run.services:
        s_pk = db.execute(
            "INSERT INTO services (run, service_id, name, status) VALUES (?, ?, ?, ?)",
            (run_pk, service.service_id, service.name, service.status.value),
        ).lastrowid
        for f_index, function in enumerate(service.functions):
            f_doc = docs[service.service_id]["functions"][f_index]
            rates = [r for r in map(endpoint_rate, f_doc["endpoints"]) if r is not None]
            f_pk = db.execute(
                "INSERT INTO functions (service, kind, code, status, failure_share, rate_kbps)"
                " VALUES (?, ?, ?, ?, ?, ?)",
                (
                    s_pk,
                    function.kind.value,
                    function.code,
                    function.status.value,
                    function.failure_share,
                    min(rates) if rates else None,
                ),
            ).lastrowid
            for e_index, result in enumerate(function.endpoints):
                ep = result.endpoint
                e_pk = db.execute(
                    "INSERT INTO endpoints (function, seq, host, port, protocol, code, partial)"
                    " VALUES (?, ?, ?, ?, ?, ?, ?)",
                    (
                        f_pk,
                        e_index,
                        ep.host,
                        ep.port,
                        ep.protocol.value,
                        result.code,
                        result.partial,
                    ),
                ).lastrowid
                db.executemany(
                    "INSERT INTO steps (endpoint, seq, kind, target, ok, outcome, duration_ms,"
                    " started_ms) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                    [
                        (
                            e_pk,
                            i,
                            s.kind.value,
                            s.target,
                            int(s.ok),
                            s.outcome,
                            s.duration_ms,
                            s.started_ms,
                        )
                        for i, s in enumerate(result.steps)
                    ],
                )
    db.executemany(
        "INSERT INTO call_figures (run, service_id, code, status, mos, r_factor, loss_pct,"
        " jitter_ms, rtt_median_ms, sent, received, cut_after)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [(run_pk, *row) for row in call_rows(run.calls)],
    )


_CALL_FIGURES = (
    "mos",
    "r_factor",
    "loss_pct",
    "jitter_ms",
    "rtt_median_ms",
    "sent",
    "received",
    "cut_after",
)


def call_rows(calls: Mapping[str, Any]) -> list[tuple[Any, ...]]:
    """(service_id, code, status, figures...) per messenger from the run's `calls` section.

    Accepts `{"verdicts": [{service_id, code, status, figures: {...}}]}` and the keyed form
    `{service_id: {code, status, figures}}`; anything else is ignored (kept in the document).
    """
    verdicts = calls.get("verdicts")
    if isinstance(verdicts, list):
        entries: Iterable[tuple[Any, Any]] = (
            (v.get("service_id"), v) for v in verdicts if isinstance(v, dict)
        )
    else:
        entries = calls.items()
    rows = []
    for service_id, entry in entries:
        if not isinstance(entry, dict) or not isinstance(service_id, str) or "code" not in entry:
            continue
        nested = entry.get("figures")
        figures: dict[str, Any] = nested if isinstance(nested, dict) else entry
        values = [figures.get(k) for k in _CALL_FIGURES]
        values = [
            v if isinstance(v, int | float) and not isinstance(v, bool) else None for v in values
        ]
        rows.append((service_id, str(entry["code"]), str(entry.get("status", "unknown")), *values))
    return rows


def _point(
    head: tuple[str, str, str], functions: list[FunctionPoint], call: tuple[Any, ...] | None
) -> TimelinePoint:
    run_id, started, status = head
    code, mos, loss = call if call else (None, None, None)
    return TimelinePoint(run_id, started, Status(status), tuple(functions), code, mos, loss)


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


def _json_text(value: Any) -> str:
    return json.dumps(value)


def _json_list(text: str) -> list[str]:
    try:
        value = json.loads(text)
    except ValueError:
        return []
    return [str(v) for v in value] if isinstance(value, list) else []


@dataclass(frozen=True)
class Day:
    """One day of a service's timeline: the worst state each function reached, and the worst
    call quality and throttled rate measured (the GUI's strip per function)."""

    date: str  # YYYY-MM-DD, local time
    runs: int
    functions: Mapping[str, Status]
    mos: float | None = None
    throttled_kbps: float | None = None


_SEVERITY = {Status.WORKS: 0, Status.UNKNOWN: 1, Status.DEGRADED: 2, Status.BLOCKED: 3}


def by_day(points: Iterable[TimelinePoint]) -> list[Day]:
    """Fold a timeline into days (local time), oldest first."""
    days: dict[str, list[TimelinePoint]] = {}
    for point in points:
        moment = datetime.fromisoformat(point.started_at.replace("Z", "+00:00"))
        local = moment.astimezone() if moment.tzinfo else moment
        days.setdefault(f"{local:%Y-%m-%d}", []).append(point)
    result = []
    for date in sorted(days):
        group = days[date]
        worst: dict[str, Status] = {}
        for point in group:
            for f in point.functions:
                if f.kind not in worst or _SEVERITY[f.status] > _SEVERITY[worst[f.kind]]:
                    worst[f.kind] = f.status
        moses = [p.mos for p in group if p.mos is not None]
        rates = [p.throttled_kbps for p in group if p.throttled_kbps is not None]
        result.append(
            Day(
                date,
                len(group),
                worst,
                min(moses) if moses else None,
                min(rates) if rates else None,
            )
        )
    return result
