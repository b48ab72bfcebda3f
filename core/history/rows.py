"""A run as table rows: the inserts that save it beside its document, the call figures per
messenger, and the transaction and JSON helpers the store shares."""

from __future__ import annotations

import contextlib
import json
import sqlite3
from collections import Counter
from collections.abc import Callable
from typing import Any, TypeVar

from core.history.outcomes import encode_outcomes
from core.history.schema import (
    DOCUMENT_ENCODING,
    encode_document,
    function_rate,
    prune_details,
    timestamp,
)
from core.history.thinning import thin_stored
from core.models import CallResults, RunResult, Status

T = TypeVar("T")


def transaction(db: sqlite3.Connection, body: Callable[[], T]) -> T:
    """`body` in one write transaction, rolled back if it raises (even on KeyboardInterrupt)."""
    db.execute("BEGIN IMMEDIATE")
    try:
        result = body()
        db.execute("COMMIT")
    except BaseException:
        # SQLite may have rolled back already (a full disk): the first error is the one to tell.
        with contextlib.suppress(sqlite3.Error):
            if db.in_transaction:
                db.execute("ROLLBACK")
        raise
    return result


def compact(db: sqlite3.Connection) -> None:
    """Shrink the file so deleted runs are overwritten, not left in free pages."""
    db.execute("VACUUM")
    db.execute("PRAGMA wal_checkpoint(TRUNCATE)")


def insert_run(
    db: sqlite3.Connection, run: RunResult, document: dict[str, Any], blob: bytes | None = None
) -> None:
    """Every table's rows for `run` and its stored `document` (an older copy is replaced);
    `blob` is the document already encoded, when the caller keeps it to check the save."""
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
            json_text(list(run.network.conditions)),
            timestamp(run.started_at),
            counts[Status.BLOCKED],
            counts[Status.DEGRADED],
            counts[Status.WORKS],
            counts[Status.UNKNOWN],
        ),
    )
    run_pk = cur.lastrowid
    db.execute(
        "INSERT INTO documents (run, json, encoding) VALUES (?, ?, ?)",
        (run_pk, encode_document(document) if blob is None else blob, DOCUMENT_ENCODING),
    )
    docs = {s["id"]: s for s in document["services"]}
    for service in run.services:
        rates = [function_rate(f) for f in docs[service.service_id]["functions"]]
        outcomes = [
            (f.kind.value, f.status.value, f.code, rate)
            for f, rate in zip(service.functions, rates, strict=True)
        ]
        s_pk = db.execute(
            "INSERT INTO services (run, service_id, name, status, functions)"
            " VALUES (?, ?, ?, ?, ?)",
            (
                run_pk,
                service.service_id,
                service.name,
                service.status.value,
                encode_outcomes(outcomes),
            ),
        ).lastrowid
        for function, rate in zip(service.functions, rates, strict=True):
            f_pk = db.execute(
                "INSERT INTO functions (service, kind, code, status, failure_share, rate_kbps)"
                " VALUES (?, ?, ?, ?, ?, ?)",
                (
                    s_pk,
                    function.kind.value,
                    function.code,
                    function.status.value,
                    function.failure_share,
                    rate,
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

    def thin(db: sqlite3.Connection, run: int) -> None:
        # A run saved older than the newest 200 (a recovered one) keeps its whole document:
        # "saved" is only said once it reads back exactly as given.
        if run != run_pk:
            thin_stored(db, run)

    prune_details(db, thin=thin)


def call_rows(calls: CallResults | None) -> list[tuple[Any, ...]]:
    """(service_id, code, status, mos, r_factor, loss_pct, jitter_ms, rtt_median_ms, sent,
    received, cut_after) per messenger the call test judged; the figures are None when it
    had none (nothing answered)."""
    if calls is None:
        return []
    rows = []
    for v in calls.verdicts:
        f = v.figures
        figures = (
            (
                f.mos,
                f.r_factor,
                f.loss_pct,
                f.jitter_ms,
                f.rtt_median_ms,
                f.sent,
                f.received,
                f.cut_after,
            )
            if f is not None
            else (None,) * 8
        )
        rows.append((v.service_id, v.code, v.status.value, *figures))
    return rows


def json_text(value: Any) -> str:
    return json.dumps(value)
