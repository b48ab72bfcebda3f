"""Opening the history database: the app always starts, and no run is lost or hidden.

- A file proven corrupt (where our database should be, it is not one; it is truncated; or it
  fails SQLite's integrity check) is moved aside with a timestamp, never deleted, and a fresh
  database takes its place. The notice names the moved file and how to read its runs back
  (`svyaz history --recover PATH`, or History → Recover runs from a file…).
- A healthy database that cannot be written (read-only file or folder, full disk, locked by
  another program) is never moved: its runs are copied into memory and shown read-only, new
  runs are kept in memory for this session, and the notice says why and what to do.
- A file that is not a Svyaz database (a folder, another program's database, a schema version
  this Svyaz does not know) is left as it is: named explicitly it is refused (NotAHistory);
  at the default place history is kept in memory and the notice names the file.
"""

from __future__ import annotations

import os
import sqlite3
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from core.history.pages import table_names
from core.history.records import NotAHistory
from core.history.schema import CURRENT_VERSION, NewerSchema, UnknownSchema, migrate, schema_version
from core.models import Message
from core.paths import data_dir

FILE_NAME = "history.sqlite3"
SQLITE_MAGIC = b"SQLite format 3\x00"
BUSY_TIMEOUT_S = 5.0
OUR_TABLES = frozenset({"schema_version", "runs", "documents"})
_SUSPECT = ("SQLITE_CORRUPT", "SQLITE_NOTADB", "SQLITE_IOERR")
_BLOCKED = (
    "SQLITE_FULL",
    "SQLITE_READONLY",
    "SQLITE_PERM",
    "SQLITE_BUSY",
    "SQLITE_LOCKED",
    "SQLITE_CANTOPEN",
    "SQLITE_IOERR",
)


def default_path() -> Path:
    """`history.sqlite3` in the user data folder (SVYAZ_DATA_DIR or SVYAZ_HOME override it)."""
    return data_dir() / FILE_NAME


class Corrupt(Exception):
    """The file is proven damaged (the reason is for people); `ours`: it was a Svyaz database."""

    def __init__(self, reason: str, ours: bool) -> None:
        super().__init__(reason)
        self.ours = ours


class Foreign(Exception):
    """A healthy SQLite database that is not a Svyaz history (another program's)."""


@dataclass
class Opened:
    db: sqlite3.Connection
    path: Path | None  # the file new runs are saved to; None: they are kept in memory only
    notice: Message | None = None
    moved_to: Path | None = None
    source: Path | None = None  # a file whose runs are shown read-only (copied into memory)


def _name(exc: sqlite3.Error) -> str:
    return str(getattr(exc, "sqlite_errorname", "") or "")


def is_corruption(exc: sqlite3.Error) -> bool:
    """Errors that may mean the file itself is bad (confirm with `proven_corrupt`)."""
    if _name(exc).startswith(_SUSPECT):
        return True
    words = str(exc).lower()
    # "could not decode": Python's sqlite3 found a text column that is not text (a bad page).
    return any(w in words for w in ("malformed", "not a database", "could not decode"))


def write_blocked(exc: sqlite3.Error) -> bool:
    """Errors that mean the file cannot be written now, though it may well be healthy."""
    return _name(exc).startswith(_BLOCKED) or cause(exc) != "other"


def cause(reason: str | sqlite3.Error) -> str:
    """full | denied | busy | other: which advice the notice gives."""
    name = _name(reason) if isinstance(reason, sqlite3.Error) else ""
    if name.startswith("SQLITE_FULL"):
        return "full"
    if name.startswith(("SQLITE_READONLY", "SQLITE_PERM", "SQLITE_CANTOPEN")):
        return "denied"
    if name.startswith(("SQLITE_BUSY", "SQLITE_LOCKED")):
        return "busy"
    words = str(reason).lower()
    if "full" in words or "no space" in words:
        return "full"
    if any(w in words for w in ("readonly", "read-only", "permission", "denied")):
        return "denied"
    if "locked" in words or "busy" in words:
        return "busy"
    return "other"


def connect_file(path: Path) -> sqlite3.Connection:
    """The one place a writable connection to a history file is made (tests wrap it to play
    a read-only file or a full disk)."""
    return sqlite3.connect(
        path, isolation_level=None, check_same_thread=False, timeout=BUSY_TIMEOUT_S
    )


def writable(path: Path) -> bool:
    """Whether this process may write the file (tests replace it: root may write anything)."""
    return os.access(path, os.W_OK)


def _read_only_uri(path: Path, immutable: bool = False) -> str:
    return path.resolve().as_uri() + ("?immutable=1" if immutable else "?mode=ro")


def proven_corrupt(path: Path) -> str | None:
    """What SQLite's integrity check finds wrong with the file, or None when it passes or
    cannot run (busy, unreadable: nothing is proven, so nothing may be moved)."""
    try:
        db = sqlite3.connect(_read_only_uri(path), uri=True, timeout=BUSY_TIMEOUT_S)
    except sqlite3.Error:
        return None
    try:
        rows = db.execute("PRAGMA integrity_check(20)").fetchall()
    except sqlite3.Error as exc:  # a failing disk (IOERR) is not proof the file is bad
        damaged = is_corruption(exc) and not _name(exc).startswith("SQLITE_IOERR")
        return str(exc) if damaged else None
    finally:
        db.close()
    problems = [str(r[0]) for r in rows if r[0] != "ok"]
    return "; ".join(problems[:3]) if problems else None


def connect(path: Path) -> sqlite3.Connection:
    """Open (creating if needed) and migrate a history database.

    Raises Corrupt (proven), Foreign, UnknownSchema, OSError (unreadable), or sqlite3.Error
    when the file cannot be used now but nothing proves it damaged (busy, read-only, full).
    """
    if path.is_file():
        with path.open("rb") as f:
            head = f.read(len(SQLITE_MAGIC))
        if head and head != SQLITE_MAGIC:
            raise Corrupt("not a database", ours=False)
    db = connect_file(path)
    ours = False
    try:
        tables = {r[0] for r in db.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        if tables and not tables >= OUR_TABLES:
            raise Foreign("another program's database")
        ours = bool(tables)
        version = schema_version(db)
        if version > CURRENT_VERSION:
            raise NewerSchema(version)
        _check_size(db, path)
        configure(db)
        migrate(db)
        db.execute("SELECT id FROM runs ORDER BY started_ts DESC LIMIT 1").fetchall()
    except sqlite3.Error as exc:
        db.close()
        if is_corruption(exc) and (problem := proven_corrupt(path)) is not None:
            # SQLite may fail before naming the tables (a file cut short): read its schema page.
            ours = ours or table_names(path) >= OUR_TABLES
            raise Corrupt(f"{exc} ({problem})" if problem != str(exc) else problem, ours) from exc
        raise
    except BaseException:
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
        raise Corrupt("truncated", ours=True)


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


def _memory() -> sqlite3.Connection:
    return sqlite3.connect(":memory:", isolation_level=None, check_same_thread=False)


def in_memory(reason: str, notice: Message | None = None) -> Opened:
    """An empty history for this session only."""
    db = _memory()
    db.execute("PRAGMA foreign_keys = ON")
    migrate(db)
    return Opened(db, None, notice or Message("history.in_memory", {"reason": reason}))


def untouched(path: Path, reason: str) -> Opened:
    """The file is not one this Svyaz may change: leave it, keep runs in memory."""
    return in_memory(reason, Message("history.untouched", {"path": str(path), "reason": reason}))


def read_only(
    path: Path, reason: str | sqlite3.Error, db: sqlite3.Connection | None = None
) -> Opened:
    """The file's runs copied into memory (shown read-only); new runs are kept there too.
    `db`, when given, is an open connection to the file to copy from first (the caller
    closes it)."""
    words = str(reason)
    notice = Message(f"history.read_only.{cause(reason)}", {"path": str(path), "reason": words})
    memory = _memory()
    try:
        _copy(path, memory, db)
        memory.execute("PRAGMA foreign_keys = ON")
        migrate(memory)
    except (sqlite3.Error, UnknownSchema):
        memory.close()
        return in_memory(words, notice)
    return Opened(memory, None, notice, source=path)


def _copy(path: Path, memory: sqlite3.Connection, db: sqlite3.Connection | None) -> None:
    """Copy every page into `memory`: from the open connection, else read-only, else as an
    immutable file (a read-only folder where SQLite cannot make its shared-memory file)."""
    error: sqlite3.Error | None = None
    if db is not None:
        try:
            db.backup(memory)
            return
        except sqlite3.Error as exc:
            error = exc
    for immutable in (False, True):
        try:
            source = sqlite3.connect(_read_only_uri(path, immutable), uri=True, timeout=1.0)
        except sqlite3.Error as exc:
            error = exc
            continue
        try:
            source.backup(memory)
            return
        except sqlite3.Error as exc:
            error = exc
        finally:
            source.close()
    assert error is not None
    raise error


def open_store(path: Path, explicit: bool = False) -> Opened:
    """A usable history for `path`; see the module docstring. With `explicit` (a file the
    person named), a file that is not a Svyaz database raises NotAHistory instead."""
    if path.exists() and not path.is_file():
        if explicit:
            raise NotAHistory(path, "it is a folder")
        return untouched(path, "it is a folder, not a file")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        return in_memory(exc.strerror or str(exc))
    try:
        db = connect(path)
    except Corrupt as exc:
        if explicit and not exc.ours:
            raise NotAHistory(path, str(exc)) from exc
        return replace(path, str(exc))
    except Foreign as exc:
        if explicit:
            raise NotAHistory(path, str(exc)) from exc
        return untouched(path, str(exc))
    except UnknownSchema as exc:
        return untouched(path, str(exc))
    except OSError as exc:
        return in_memory(f"{path}: {exc.strerror or exc}")
    except sqlite3.Error as exc:
        return read_only(path, exc)
    if not writable(path):
        try:
            return read_only(path, "the file is read-only", db)
        finally:
            db.close()
    return Opened(db, path)


def replace(path: Path, reason: str) -> Opened:
    """Move the proven-corrupt file aside and start afresh there."""
    try:
        moved = move_aside(path)
    except OSError as exc:
        return in_memory(f"{reason}; {exc.strerror or exc}")
    notice = Message("history.moved_aside", {"reason": reason, "path": str(moved)})
    try:
        return Opened(connect(path), path, notice, moved)
    except (Corrupt, Foreign, UnknownSchema, sqlite3.Error, OSError) as exc:
        opened = in_memory(str(exc), notice)
        opened.moved_to = moved
        return opened
