"""Files as earlier Svyaz versions wrote them, made from a current file (for migration tests)."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from core.history import schema


def as_version_4(path: Path) -> None:
    """Turn a current file into what version 4 wrote: no outage diary (`periods`)."""
    db = sqlite3.connect(path, isolation_level=None)
    db.execute("BEGIN")
    db.execute("DROP TABLE periods")
    db.execute("UPDATE schema_version SET version = 4")
    db.execute("COMMIT")
    db.close()


def as_version_3(path: Path, detailed: int) -> None:
    """Turn a current file whose runs all kept their detail rows into what version 3 wrote:
    a function row per function of every run, no `services.functions`, and endpoint and step
    rows only for the newest `detailed` runs (thinned the way version 3 thinned them)."""
    as_version_4(path)
    db = sqlite3.connect(path, isolation_level=None)
    db.execute("PRAGMA foreign_keys = ON")
    thin = db.execute("SELECT count(*) FROM runs WHERE detailed = 0").fetchone()[0]
    assert thin == 0, "save fewer runs than DETAILED_RUNS: version 3 kept every function row"
    db.execute("BEGIN")
    db.execute("ALTER TABLE services DROP COLUMN functions")
    db.execute("DROP INDEX functions_service")
    db.execute(
        "CREATE INDEX functions_service ON functions(service, kind, status, code, rate_kbps)"
    )
    schema._thin_endpoints(db, detailed)
    db.execute("UPDATE schema_version SET version = 3")
    db.execute("COMMIT")
    db.close()


def as_version_2(path: Path) -> None:
    """Turn a current file into what version 2 wrote: zlib documents, no `detailed` column."""
    as_version_3(path, detailed=10**6)
    db = sqlite3.connect(path, isolation_level=None)
    db.execute("DROP INDEX runs_detailed")
    db.execute("ALTER TABLE runs DROP COLUMN detailed")
    for run, blob, encoding in db.execute("SELECT run, json, encoding FROM documents").fetchall():
        db.execute(
            "UPDATE documents SET json = ?, encoding = 'json+zlib' WHERE run = ?",
            (schema._zlib_document(schema.decode_document(blob, encoding)), run),
        )
    db.execute("UPDATE schema_version SET version = 2")
    db.close()
