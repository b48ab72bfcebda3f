"""Opening the history database so the app always starts.

A file that is not a database, is truncated, corrupt, unreadable, or written by a newer Svyaz
is moved aside with a timestamp (never deleted: it may be someone's only evidence) and a
fresh database takes its place; when even that is impossible (read-only disk, another
instance holding a lock) history lives in memory for this session. Either way the caller
gets a working connection and a message saying what happened.
"""

from __future__ import annotations

import os
import sqlite3
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from core.history.schema import NewerSchema, migrate
from core.models import Message
from core.paths import data_dir

FILE_NAME = "history.sqlite3"
SQLITE_MAGIC = b"SQLite format 3\x00"
BUSY_TIMEOUT_S = 5.0
_UNUSABLE = (
    "SQLITE_CORRUPT",
    "SQLITE_NOTADB",
    "SQLITE_CANTOPEN",
    "SQLITE_IOERR",
    "SQLITE_READONLY",
)


def default_path() -> Path:
    """`history.sqlite3` in the user data folder (SVYAZ_DATA_DIR or SVYAZ_HOME override it)."""
    return data_dir() / FILE_NAME


class Unusable(Exception):
    """This file cannot serve as the history database (the reason is for people)."""


@dataclass
class Opened:
    db: sqlite3.Connection
    path: Path | None  # None: in memory
    notice: Message | None = None
    moved_to: Path | None = None


def is_corruption(exc: sqlite3.Error) -> bool:
    """Errors that mean the file itself is bad (as opposed to busy or a bug in a query)."""
    name = getattr(exc, "sqlite_errorname", "") or ""
    if any(name.startswith(u) for u in _UNUSABLE):
        return True
    words = str(exc).lower()
    return "malformed" in words or "not a database" in words


def connect(path: Path) -> sqlite3.Connection:
    """Open (creating if needed) and migrate a history database, or raise Unusable."""
    if path.exists() and not path.is_file():
        raise Unusable("not a file")
    if path.is_file():
        try:
            with path.open("rb") as f:
                head = f.read(len(SQLITE_MAGIC))
        except OSError as exc:
            raise Unusable(exc.strerror or "unreadable") from exc
        if head and head != SQLITE_MAGIC:
            raise Unusable("not a database")
    db = sqlite3.connect(
        path, isolation_level=None, check_same_thread=False, timeout=BUSY_TIMEOUT_S
    )
    try:
        configure(db)
        _check_size(db, path)
        migrate(db)
        db.execute("SELECT id FROM runs ORDER BY started_ts DESC LIMIT 1").fetchall()
    except NewerSchema as exc:
        db.close()
        raise Unusable(f"written by a newer Svyaz (schema {exc.version})") from exc
    except sqlite3.Error as exc:
        db.close()
        if is_corruption(exc):
            raise Unusable(str(exc)) from exc
        raise
    except Unusable:
        db.close()
        raise
    return db


def configure(db: sqlite3.Connection) -> None:
    """WAL (a reader never blocks the saving writer), FULL sync (a committed run survives a
    power cut), foreign keys (deletes cascade), secure_delete (a deleted run is overwritten)."""
    db.execute("PRAGMA foreign_keys = ON")
    db.execute("PRAGMA journal_mode = WAL")
    db.execute("PRAGMA synchronous = FULL")
    db.execute("PRAGMA secure_delete = ON")


def _check_size(db: sqlite3.Connection, path: Path) -> None:
    """A truncated file still opens; its header says how many pages it should have."""
    wal = Path(f"{path}-wal")
    if wal.exists() and wal.stat().st_size > 0:
        return  # pages may legitimately live in the log until the next checkpoint
    pages = db.execute("PRAGMA page_count").fetchone()[0]
    size = db.execute("PRAGMA page_size").fetchone()[0]
    if path.stat().st_size < pages * size:
        raise Unusable("truncated")


def aside_path(path: Path, now: datetime | None = None) -> Path:
    """`<name>.corrupt-YYYYmmdd-HHMMSS` beside the file, never overwriting an earlier one."""
    stamp = (now or datetime.now()).strftime("%Y%m%d-%H%M%S")
    candidate = path.with_name(f"{path.name}.corrupt-{stamp}")
    n = 1
    while candidate.exists():
        n += 1
        candidate = path.with_name(f"{path.name}.corrupt-{stamp}-{n}")
    return candidate


def move_aside(path: Path) -> Path:
    """Rename the file and its WAL/shared-memory companions (a stale log must never be replayed
    into the fresh database). Raises OSError when the folder is not writable."""
    target = aside_path(path)
    os.replace(path, target)
    for suffix in ("-wal", "-shm", "-journal"):
        companion = Path(f"{path}{suffix}")
        if companion.exists():
            try:
                os.replace(companion, Path(f"{target}{suffix}"))
            except OSError:
                companion.unlink(missing_ok=True)
    return target


def in_memory(reason: str) -> Opened:
    db = sqlite3.connect(":memory:", isolation_level=None, check_same_thread=False)
    db.execute("PRAGMA foreign_keys = ON")
    migrate(db)
    return Opened(db, None, Message("history.in_memory", {"reason": reason}))


def open_store(path: Path) -> Opened:
    """Always returns a usable connection; see the module docstring."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        return in_memory(exc.strerror or str(exc))
    try:
        return Opened(connect(path), path)
    except Unusable as exc:
        return replace(path, str(exc))
    except sqlite3.Error as exc:  # busy (another Svyaz is migrating), or worse: keep the file
        return in_memory(str(exc))


def replace(path: Path, reason: str) -> Opened:
    """Move the bad file aside and start afresh there."""
    try:
        moved = move_aside(path)
    except OSError as exc:
        return in_memory(f"{reason}; {exc.strerror or exc}")
    notice = Message("history.moved_aside", {"reason": reason, "path": str(moved)})
    try:
        return Opened(connect(path), path, notice, moved)
    except (Unusable, sqlite3.Error, OSError) as exc:
        opened = in_memory(str(exc))
        opened.moved_to = moved
        return opened
