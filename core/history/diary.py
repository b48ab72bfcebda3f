"""The outage diary's rows (schema version 5): periods in and out of the `periods` table."""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence
from typing import Any

from core.periods import Evidence, Period, Subject, SubjectKind

_COLUMNS = (
    "id, kind, service_id, function, condition, name, state, start_ts, end_ts, start_run, "
    "start_code, end_run, end_code, interval_s, through_vpn, link"
)


def insert_period(db: sqlite3.Connection, period: Period) -> int:
    """Store a period; returns its row id."""
    s, start, end = period.subject, period.start_evidence, period.end_evidence
    cursor = db.execute(
        "INSERT INTO periods (kind, service_id, function, condition, name, state, start_ts, "
        "end_ts, start_run, start_code, end_run, end_code, interval_s, through_vpn, link) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (
            s.kind.value,
            s.service_id,
            s.function,
            s.condition,
            s.name,
            period.state,
            period.start,
            period.end,
            start.run_id,
            start.code,
            end.run_id if end else None,
            end.code if end else None,
            period.interval_s,
            int(period.through_vpn),
            period.link,
        ),
    )
    return int(cursor.lastrowid or 0)


def end_period(db: sqlite3.Connection, period_id: int, end: Evidence) -> bool:
    """Close an open period at `end`; False when there is no such open period."""
    cursor = db.execute(
        "UPDATE periods SET end_ts = ?, end_run = ?, end_code = ? WHERE id = ? AND end_ts IS NULL",
        (end.at, end.run_id, end.code, period_id),
    )
    return cursor.rowcount > 0


def select_periods(
    db: sqlite3.Connection,
    since: float | None = None,
    until: float | None = None,
    through_vpn: bool | None = None,
    only_open: bool = False,
) -> list[Period]:
    """Periods overlapping [since, until] (an open one reaches to now), oldest first."""
    where: list[str] = []
    params: list[Any] = []
    if since is not None:
        where.append("(end_ts IS NULL OR end_ts >= ?)")
        params.append(since)
    if until is not None:
        where.append("start_ts <= ?")
        params.append(until)
    if through_vpn is not None:
        where.append("through_vpn = ?")
        params.append(int(through_vpn))
    if only_open:
        where.append("end_ts IS NULL")
    sql = f"SELECT {_COLUMNS} FROM periods" + (" WHERE " + " AND ".join(where) if where else "")
    rows = db.execute(sql + " ORDER BY start_ts, id", params).fetchall()
    return [period_of(row) for row in rows]


def period_by_id(db: sqlite3.Connection, period_id: int) -> Period | None:
    row = db.execute(f"SELECT {_COLUMNS} FROM periods WHERE id = ?", (period_id,)).fetchone()
    return period_of(row) if row else None


def period_of(row: Sequence[Any]) -> Period:
    (pid, kind, service_id, function, condition, name, state, start_ts, end_ts) = row[:9]
    start_run, start_code, end_run, end_code, interval_s, through_vpn, link = row[9:]
    try:
        subject_kind = SubjectKind(kind)
    except ValueError:  # written by a newer Svyaz: shown as a network condition by its name
        subject_kind = SubjectKind.NETWORK
    subject = Subject(subject_kind, str(service_id), str(function), str(condition), str(name))
    end = (
        Evidence(str(end_run or ""), float(end_ts), str(end_code or ""))
        if end_ts is not None
        else None
    )
    return Period(
        subject=subject,
        state=str(state),
        start=float(start_ts),
        start_evidence=Evidence(str(start_run), float(start_ts), str(start_code)),
        interval_s=float(interval_s),
        through_vpn=bool(through_vpn),
        link=str(link),
        end=float(end_ts) if end_ts is not None else None,
        end_evidence=end,
        id=int(pid),
    )
