"""The history database's tables and the forward migrations between their versions.

Each migration takes the database from version N-1 to N inside one transaction, so an
interrupted upgrade leaves the previous version intact. Never edit a shipped migration:
add the next one (tests migrate a database of every earlier version and check its data).
"""

from __future__ import annotations

import itertools
import json
import lzma
import sqlite3
import zlib
from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any

from core.history.outcomes import encode_outcomes

_V1 = """
CREATE TABLE runs (
    id INTEGER PRIMARY KEY,
    run_id TEXT NOT NULL UNIQUE,
    started_at TEXT NOT NULL,
    finished_at TEXT NOT NULL,
    duration_ms REAL NOT NULL,
    completed INTEGER NOT NULL,
    network_code TEXT NOT NULL,
    network_type TEXT,
    conditions TEXT NOT NULL DEFAULT '[]'
);
CREATE INDEX runs_started_at ON runs(started_at);
CREATE TABLE documents (
    run INTEGER PRIMARY KEY REFERENCES runs(id) ON DELETE CASCADE,
    json BLOB NOT NULL
);
-- The most numerous rows (steps) are clustered by their parent: no rowid, no extra index.
CREATE TABLE services (
    id INTEGER PRIMARY KEY,
    run INTEGER NOT NULL REFERENCES runs(id) ON DELETE CASCADE,
    service_id TEXT NOT NULL,
    name TEXT NOT NULL,
    status TEXT NOT NULL
);
CREATE INDEX services_run ON services(run);
CREATE TABLE functions (
    id INTEGER PRIMARY KEY,
    service INTEGER NOT NULL REFERENCES services(id) ON DELETE CASCADE,
    kind TEXT NOT NULL,
    code TEXT NOT NULL,
    status TEXT NOT NULL,
    failure_share REAL
);
CREATE INDEX functions_service ON functions(service);
CREATE TABLE endpoints (
    id INTEGER PRIMARY KEY,
    function INTEGER NOT NULL REFERENCES functions(id) ON DELETE CASCADE,
    seq INTEGER NOT NULL,
    host TEXT NOT NULL,
    port INTEGER NOT NULL,
    protocol TEXT NOT NULL,
    code TEXT NOT NULL,
    partial INTEGER NOT NULL
);
CREATE INDEX endpoints_function ON endpoints(function);
CREATE TABLE steps (
    endpoint INTEGER NOT NULL REFERENCES endpoints(id) ON DELETE CASCADE,
    seq INTEGER NOT NULL,
    kind TEXT NOT NULL,
    target TEXT NOT NULL,
    ok INTEGER NOT NULL,
    outcome TEXT NOT NULL,
    duration_ms REAL NOT NULL,
    started_ms REAL NOT NULL,
    PRIMARY KEY (endpoint, seq)
) WITHOUT ROWID;
CREATE TABLE call_figures (
    id INTEGER PRIMARY KEY,
    run INTEGER NOT NULL REFERENCES runs(id) ON DELETE CASCADE,
    service_id TEXT NOT NULL,
    code TEXT NOT NULL,
    status TEXT NOT NULL,
    mos REAL,
    r_factor REAL,
    loss_pct REAL,
    jitter_ms REAL,
    rtt_median_ms REAL,
    sent INTEGER,
    received INTEGER,
    cut_after INTEGER
);
CREATE INDEX call_figures_run ON call_figures(run);
"""

# Version 2: the run list and the per-service timeline read only small, indexed columns
# (counts and a numeric start time on runs, the measured rate on functions), and the stored
# documents are compressed (a lab run is ~140 KB of JSON, ~11 KB compressed).
_V2 = """
ALTER TABLE runs ADD COLUMN started_ts REAL NOT NULL DEFAULT 0;
ALTER TABLE runs ADD COLUMN blocked INTEGER NOT NULL DEFAULT 0;
ALTER TABLE runs ADD COLUMN degraded INTEGER NOT NULL DEFAULT 0;
ALTER TABLE runs ADD COLUMN works INTEGER NOT NULL DEFAULT 0;
ALTER TABLE runs ADD COLUMN unknown INTEGER NOT NULL DEFAULT 0;
ALTER TABLE functions ADD COLUMN rate_kbps REAL;
ALTER TABLE documents ADD COLUMN encoding TEXT NOT NULL DEFAULT 'json';
DROP INDEX runs_started_at;
CREATE INDEX runs_started_ts ON runs(started_ts);
-- Covering indexes: a timeline reads services and functions from the index alone.
CREATE INDEX services_service_run ON services(service_id, run, status);
DROP INDEX functions_service;
CREATE INDEX functions_service ON functions(service, kind, status, code, rate_kbps);
CREATE INDEX call_figures_service ON call_figures(service_id, run);
UPDATE runs SET
    blocked = (SELECT count(*) FROM services s WHERE s.run = runs.id AND s.status = 'blocked'),
    degraded = (SELECT count(*) FROM services s WHERE s.run = runs.id AND s.status = 'degraded'),
    works = (SELECT count(*) FROM services s WHERE s.run = runs.id AND s.status = 'works'),
    unknown = (SELECT count(*) FROM services s WHERE s.run = runs.id AND s.status = 'unknown');
"""


# Version 3: per-endpoint rows (endpoints, steps) are kept only for the newest runs
# (`DETAILED_RUNS`): the stored document keeps every step of every run, and nothing reads
# these rows for older runs, but they were two thirds of the file (~27 KB a run).
_V3 = """
ALTER TABLE runs ADD COLUMN detailed INTEGER NOT NULL DEFAULT 1;
CREATE INDEX runs_detailed ON runs(started_ts) WHERE detailed = 1;
"""

# Version 4: the timeline reads one short text per service and run (`services.functions`,
# core/history/outcomes.py) instead of a join over one row per function, so `functions` rows,
# like endpoints and steps, are kept only for the detailed runs (they were a fifth of the file).
_V4 = """
ALTER TABLE services ADD COLUMN functions TEXT NOT NULL DEFAULT '';
DROP INDEX functions_service;
CREATE INDEX functions_service ON functions(service);
"""

# Version 5: watch mode's outage diary (issue 23): periods of a (service, function) or of a
# network condition, each with its start and end (NULL while open), the evidence at both ends
# (the runs kept here, their codes), the check interval, whether it was seen through a VPN and
# the medium (Wi-Fi, mobile...) it began on.
_V5 = """
CREATE TABLE periods (
    id INTEGER PRIMARY KEY,
    kind TEXT NOT NULL,
    service_id TEXT NOT NULL DEFAULT '',
    function TEXT NOT NULL DEFAULT '',
    condition TEXT NOT NULL DEFAULT '',
    name TEXT NOT NULL DEFAULT '',
    state TEXT NOT NULL,
    start_ts REAL NOT NULL,
    end_ts REAL,
    start_run TEXT NOT NULL,
    start_code TEXT NOT NULL,
    end_run TEXT,
    end_code TEXT,
    interval_s REAL NOT NULL,
    through_vpn INTEGER NOT NULL DEFAULT 0,
    link TEXT NOT NULL DEFAULT 'unknown'
);
CREATE INDEX periods_start ON periods(start_ts);
CREATE INDEX periods_open ON periods(through_vpn) WHERE end_ts IS NULL
"""

DETAILED_RUNS = 200
"""How many of the newest runs keep their function, endpoint and step rows."""

DOCUMENT_ENCODING = "json+xz"
"""How `encode_document` stores a document: compact JSON, xz (a lab run: ~130 KB to ~8 KB)."""


def timestamp(iso: str) -> float:
    """Seconds since the epoch for an ISO 8601 time (naive times are taken as UTC)."""
    moment = datetime.fromisoformat(iso.replace("Z", "+00:00"))
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment.timestamp()


def encode_document(document: dict[str, Any]) -> bytes:
    """A document as stored now (`DOCUMENT_ENCODING`); xz also checks its own integrity, so a
    damaged stored document is refused rather than misread."""
    raw = json.dumps(document, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
    return lzma.compress(raw, preset=3)


def _zlib_document(document: dict[str, Any]) -> bytes:
    """How version 2 stored documents (its migration must keep writing exactly this)."""
    return zlib.compress(json.dumps(document, ensure_ascii=False).encode("utf-8"), 6)


MAX_DOCUMENT_BYTES = 16 * 1024 * 1024
"""The most a stored document may decompress to. A run of the largest catalog Svyaz accepts
(core/catalog.py: 300 services, 2,000 endpoints) is about 4 MB of JSON; a document that
inflates past this is a decompression bomb (a 250 KB blob can hold 256 MB of zeros) and is
refused after reading at most this much, so loading or recovering it costs bounded memory."""


XZ_MEMORY_LIMIT = 64 * 1024 * 1024
"""The most the xz decoder may allocate for one document (preset 3 needs about 5 MB)."""


DAMAGED_DOCUMENT: tuple[type[Exception], ...] = (
    ValueError,
    KeyError,
    TypeError,
    AttributeError,
    IndexError,
    RecursionError,
    zlib.error,
    lzma.LZMAError,
)
"""What decoding a stored document and making a run of it raise when its bytes are damaged or
hostile (a list where a run was, JSON nested past the parser's depth)."""


class DocumentTooLarge(ValueError):
    """A stored document inflates past `MAX_DOCUMENT_BYTES`: refused, never fully inflated."""

    def __init__(self) -> None:
        super().__init__(
            f"the stored document inflates to more than {MAX_DOCUMENT_BYTES // (1024 * 1024)} MB"
        )


def _inflate(blob: bytes, decompressor: Any, limit: int) -> bytes:
    """Stream `blob` through `decompressor`, stopping one byte past `limit`: a bomb is never
    inflated whole. A stream that does not end is damaged (the one-shot functions said so)."""
    raw = decompressor.decompress(blob, limit + 1)
    if len(raw) > limit:
        raise DocumentTooLarge
    if not decompressor.eof:
        raise ValueError("the stored document is cut short")
    return bytes(raw)


def decode_document(blob: bytes, encoding: str, limit: int | None = None) -> Any:
    """Any stored document: plain JSON (v1), zlib (v2) or xz (v3), at most `limit` bytes
    (`MAX_DOCUMENT_BYTES`) once inflated; raises ValueError (DocumentTooLarge), zlib.error or
    lzma.LZMAError when it is damaged or too large."""
    limit = MAX_DOCUMENT_BYTES if limit is None else limit
    if encoding == "json+xz":
        # memlimit: a hostile header may ask for a 1.5 GB dictionary (ours use 4 MB).
        decompressor = lzma.LZMADecompressor(memlimit=XZ_MEMORY_LIMIT)
        raw: bytes | str = _inflate(blob, decompressor, limit)
    elif encoding == "json+zlib":
        raw = _inflate(blob, zlib.decompressobj(), limit)
    elif encoding == "json":
        if len(blob) > limit:
            raise DocumentTooLarge
        raw = blob
    else:
        raise ValueError(f"unknown document encoding {encoding!r}")
    return json.loads(raw.decode("utf-8") if isinstance(raw, bytes) else raw)


def endpoint_rate(endpoint: dict[str, Any]) -> float | None:
    """The measured rate (kbit/s) an endpoint's throughput test recorded, if any."""
    value = endpoint.get("figures", {}).get("rate_kbps")
    return float(value) if isinstance(value, int | float) else None


def function_rate(function: dict[str, Any]) -> float | None:
    rates = [r for r in (endpoint_rate(e) for e in function.get("endpoints", ())) if r is not None]
    return min(rates) if rates else None


def _v1(db: sqlite3.Connection) -> None:
    for statement in _statements(_V1):
        db.execute(statement)


def _v2(db: sqlite3.Connection) -> None:
    for statement in _statements(_V2):
        db.execute(statement)
    runs = db.execute(
        "SELECT r.id, r.started_at, d.json FROM runs r JOIN documents d ON d.run = r.id"
    )
    for run, started_at, blob in runs.fetchall():
        document = decode_document(blob, "json")
        db.execute(
            "UPDATE documents SET json = ?, encoding = 'json+zlib' WHERE run = ?",
            (_zlib_document(document), run),
        )
        db.execute("UPDATE runs SET started_ts = ? WHERE id = ?", (timestamp(started_at), run))
        for service in document.get("services", ()):
            for function in service.get("functions", ()):
                rate = function_rate(function)
                if rate is None:
                    continue
                db.execute(
                    "UPDATE functions SET rate_kbps = ? WHERE kind = ? AND service = "
                    "(SELECT id FROM services WHERE run = ? AND service_id = ?)",
                    (rate, function["kind"], run, service["id"]),
                )


def _v3(db: sqlite3.Connection) -> None:
    for statement in _statements(_V3):
        db.execute(statement)
    _thin_endpoints(db)


def _v4(db: sqlite3.Connection) -> None:
    for statement in _statements(_V4):
        db.execute(statement)
    rows = db.execute(
        "SELECT service, kind, status, code, rate_kbps FROM functions ORDER BY service, id"
    )
    texts = [
        (encode_outcomes(row[1:] for row in group), service)
        for service, group in itertools.groupby(rows, key=lambda row: row[0])
    ]
    db.executemany("UPDATE services SET functions = ? WHERE id = ?", texts)
    db.execute(
        "DELETE FROM functions WHERE service IN "
        "(SELECT s.id FROM services s JOIN runs r ON r.id = s.run WHERE r.detailed = 0)"
    )


def _v5(db: sqlite3.Connection) -> None:
    for statement in _statements(_V5):
        db.execute(statement)


def _old_runs(db: sqlite3.Connection, keep: int | None) -> list[int]:
    """The detailed runs beyond the newest `keep` (`DETAILED_RUNS`)."""
    return [
        row[0]
        for row in db.execute(
            "SELECT id FROM runs WHERE detailed = 1 ORDER BY started_ts DESC, id DESC "
            "LIMIT -1 OFFSET ?",
            (DETAILED_RUNS if keep is None else keep,),
        ).fetchall()
    ]


def _thin_endpoints(db: sqlite3.Connection, keep: int | None = None) -> int:
    """How version 3 thinned old runs (its migration must keep doing exactly this): endpoint
    and step rows only; version 4 reads their function rows to fill `services.functions`."""
    old = _old_runs(db, keep)
    for run in old:
        db.execute(
            "DELETE FROM endpoints WHERE function IN (SELECT f.id FROM functions f "
            "JOIN services s ON s.id = f.service WHERE s.run = ?)",
            (run,),
        )
        db.execute("UPDATE runs SET detailed = 0 WHERE id = ?", (run,))
    return len(old)


def prune_details(
    db: sqlite3.Connection,
    keep: int | None = None,
    thin: Callable[[sqlite3.Connection, int], None] | None = None,
) -> int:
    """Drop the function, endpoint and step rows of all but the newest `keep`
    (`DETAILED_RUNS`) runs (`services.functions` keeps what the timeline needs), and let `thin`
    slim each one's stored document; returns how many runs were thinned. Call inside a write
    transaction."""
    old = _old_runs(db, keep)
    for run in old:
        if thin is not None:
            thin(db, run)
        db.execute(
            "DELETE FROM functions WHERE service IN (SELECT id FROM services WHERE run = ?)",
            (run,),
        )
        db.execute("UPDATE runs SET detailed = 0 WHERE id = ?", (run,))
    return len(old)


def _statements(script: str) -> list[str]:
    return [s.strip() for s in script.split(";") if s.strip()]


MIGRATIONS: tuple[Callable[[sqlite3.Connection], None], ...] = (_v1, _v2, _v3, _v4, _v5)
"""MIGRATIONS[i] takes a database from version i to version i + 1."""

CURRENT_VERSION = len(MIGRATIONS)


class UnknownSchema(Exception):
    """The file's schema version is not one this Svyaz can use: never touch it."""

    def __init__(self, version: object, why: str = "is not one Svyaz knows") -> None:
        super().__init__(f"history schema version {version!r} {why}")
        self.version = version


class NewerSchema(UnknownSchema):
    """The file was written by a newer Svyaz."""

    def __init__(self, version: int) -> None:
        super().__init__(version, f"is newer than {CURRENT_VERSION}")


def schema_version(db: sqlite3.Connection) -> int:
    """0 for a new (empty) database; raises UnknownSchema for a version that is not a
    whole number (a damaged or foreign file). A row that says 0 (or none) beside our tables
    is damaged: the version is read from the tables themselves (`_version_by_shape`)."""
    found = db.execute(
        "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'schema_version'"
    ).fetchone()
    if not found:
        return 0
    values = [r[0] for r in db.execute("SELECT version FROM schema_version").fetchall()]
    if not all(isinstance(v, int) and not isinstance(v, bool) and v >= 0 for v in values):
        raise UnknownSchema(next(v for v in values if not isinstance(v, int) or v < 0))
    version = int(max(values, default=0))
    return version if version > 0 else _version_by_shape(db)


def _columns(db: sqlite3.Connection, table: str) -> set[str]:
    return {str(r[1]) for r in db.execute(f"PRAGMA table_info({table})").fetchall()}


def _version_by_shape(db: sqlite3.Connection) -> int:
    """The version the tables show (each migration leaves a column behind), 0 when the
    version-1 tables are not there at all."""
    runs, services = _columns(db, "runs"), _columns(db, "services")
    if not runs or not services:
        return 0
    if _columns(db, "periods"):
        return 5
    if "functions" in services:
        return 4
    if "detailed" in runs:
        return 3
    return 2 if "started_ts" in runs else 1


def _stored_version(db: sqlite3.Connection) -> list[Any]:
    try:
        return [r[0] for r in db.execute("SELECT version FROM schema_version").fetchall()]
    except sqlite3.Error:
        return []


def migrate(db: sqlite3.Connection, target: int = CURRENT_VERSION) -> int:
    """Bring the database up to `target`, one transaction per version; returns the old version.

    `db` must be in autocommit mode (isolation_level=None) so the transactions are ours.
    """
    start = schema_version(db)
    if start > CURRENT_VERSION:
        raise NewerSchema(start)
    if start and _stored_version(db) != [start]:
        _write_version(db, start)  # a damaged row, read from the tables' shape: repaired
    for version in range(start, target):
        db.execute("BEGIN IMMEDIATE")
        try:
            db.execute("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL)")
            MIGRATIONS[version](db)
            db.execute("DELETE FROM schema_version")
            db.execute("INSERT INTO schema_version (version) VALUES (?)", (version + 1,))
            db.execute("COMMIT")
        except BaseException:
            db.execute("ROLLBACK")
            raise
    return start


def _write_version(db: sqlite3.Connection, version: int) -> None:
    db.execute("BEGIN IMMEDIATE")
    try:
        db.execute("DELETE FROM schema_version")
        db.execute("INSERT INTO schema_version (version) VALUES (?)", (version,))
        db.execute("COMMIT")
    except BaseException:
        db.execute("ROLLBACK")
        raise
