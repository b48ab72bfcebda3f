"""Reading runs back from a moved-aside (damaged) history file, one stored document at a time.

A corrupt page loses the runs stored on it, not the whole file. First SQLite reads every
document on its own, so one bad page does not stop the rest. When SQLite cannot (a file cut
short opens as "malformed") or some documents fail, every page is read directly
(core/history/pages.py, SQLite's recovery approach): each stored document whose pages are
intact comes back, and the run list's rows that survive tell how many could not. Only the
documents are needed: a run saved again rebuilds every table row from its document.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from core.document import run_from_dict
from core.history.pages import Cell, NotSQLite, table_rows
from core.history.records import HistoryError
from core.history.schema import DAMAGED_DOCUMENT, decode_document
from core.models import RunResult

_DAMAGED: tuple[type[Exception], ...] = (sqlite3.Error, *DAMAGED_DOCUMENT)


@dataclass(frozen=True)
class Recovered:
    """What `History.recover` did: runs added, runs already there, documents unreadable."""

    added: int
    already: int
    unreadable: int


def _open(path: Path) -> sqlite3.Connection:
    """Read-only; as an immutable file when SQLite cannot keep its shared-memory file there."""
    if not path.is_file():
        raise HistoryError(f"{path}: no such file")
    error: sqlite3.Error | None = None
    for query in ("?mode=ro", "?immutable=1"):
        try:
            db = sqlite3.connect(path.resolve().as_uri() + query, uri=True, timeout=1.0)
        except sqlite3.Error as exc:
            error = exc
            continue
        try:
            db.execute("SELECT count(*) FROM sqlite_master").fetchone()
            return db
        except sqlite3.Error as exc:
            db.close()
            error = exc
    raise HistoryError(f"{path} cannot be read as a history database: {error}")


def _keys(db: sqlite3.Connection) -> list[int]:
    """The stored documents' keys: from the documents table, else from the run list."""
    for sql in ("SELECT run FROM documents", "SELECT id FROM runs"):
        try:
            return sorted(int(r[0]) for r in db.execute(sql).fetchall())
        except sqlite3.Error:
            continue
    raise HistoryError("neither the stored documents nor the run list can be read")


def readable_runs(path: Path) -> Iterator[RunResult | None]:
    """Each run whose document can still be read from the file; None for one that cannot."""
    db = _open(path)
    try:
        try:
            columns = {r[1] for r in db.execute("PRAGMA table_info(documents)").fetchall()}
        except sqlite3.Error:
            columns = set()
        select = (
            "SELECT json, encoding FROM documents WHERE run = ?"
            if "encoding" in columns
            else "SELECT json, 'json' FROM documents WHERE run = ?"
        )
        for key in _keys(db):
            try:
                row = db.execute(select, (key,)).fetchone()
                yield None if row is None else run_from_dict(decode_document(row[0], row[1]))
            except _DAMAGED:
                yield None
    finally:
        db.close()


_ENCODINGS = frozenset({"json", "json+zlib", "json+xz"})


def _is_text(serial: int) -> bool:
    return serial >= 13 and serial % 2 == 1


def _is_document(cell: Cell) -> bool:
    """A `documents` row: run (the rowid, stored as NULL), the document, its encoding (v2+)."""
    types = cell.types
    if len(types) not in (2, 3) or types[0] != 0 or types[1] < 12:
        return False
    return len(types) == 2 or _is_text(types[2])


def _listed_run(cell: Cell) -> str | None:
    """The run id of a `runs` row (id NULL, run_id, started_at, finished_at, duration_ms,
    completed, …), or None for any other row."""
    values = cell.values
    if values is None or not 9 <= len(values) <= 20 or values[0] is not None:
        return None
    run_id, started, completed = values[1], values[2], values[5]
    if isinstance(run_id, str) and isinstance(started, str) and completed in (0, 1):
        return run_id
    return None


def _document_run(cell: Cell) -> RunResult | None:
    """The run in a `documents` row, or None when its pages or its bytes are damaged."""
    values = cell.values
    if values is None:
        return None
    blob = values[1]
    encoding = values[2] if len(values) == 3 else "json"
    if not isinstance(encoding, str) or encoding not in _ENCODINGS:
        return None
    if isinstance(blob, str):
        blob = blob.encode("utf-8")
    if not isinstance(blob, bytes):
        return None
    try:
        return run_from_dict(decode_document(blob, encoding))
    except _DAMAGED:
        return None


@dataclass
class _Tally:
    """The runs taken from one file so far (each run id once, however often it is found)."""

    add: Callable[[RunResult], bool]
    known: set[str]
    added: int = 0
    already: int = 0
    taken: set[str] = field(default_factory=set)

    def take(self, run: RunResult) -> None:
        if run.run_id in self.taken:
            return  # a second copy of the same run (the log's and the file's page)
        self.taken.add(run.run_id)
        if run.run_id not in self.known and self.add(run):
            self.known.add(run.run_id)
            self.added += 1
        else:
            self.already += 1


def _from_pages(path: Path, tally: _Tally) -> int:
    """Take every intact document from the file's pages; returns how many runs could not
    be read: the run list's rows without a document, or damaged documents if more."""
    listed: set[str] = set()
    damaged = 0
    for cell in table_rows(path):
        if _is_document(cell):
            run = _document_run(cell)
            if run is None:
                damaged += 1
            else:
                tally.take(run)
        elif (run_id := _listed_run(cell)) is not None:
            listed.add(run_id)
    return max(len(listed - tally.taken), damaged)


def recover_into(path: Path, add: Callable[[RunResult], bool], known: set[str]) -> Recovered:
    """Save every readable run from `path` that is not among `known` run ids. `add` saves a
    run unless it is there already (another process recovering the same file) and says
    whether it did, so each process reports only the runs it added."""
    if not path.is_file():
        raise HistoryError(f"{path}: no such file")
    tally = _Tally(add, known)
    failed = 0
    try:
        for run in readable_runs(path):
            if run is None:
                failed += 1
            else:
                tally.take(run)
    except HistoryError as exc:
        error: HistoryError | None = exc
    else:
        error = None
    unreadable = failed
    if error is not None or failed:
        try:
            unreadable = _from_pages(path, tally)
        except (NotSQLite, OSError) as exc:
            raise error or HistoryError(str(exc)) from exc
    if tally.added == tally.already == 0:
        if unreadable:
            raise HistoryError(f"no run in {path} can be read ({unreadable} damaged)")
        if error is not None:
            raise error
    return Recovered(tally.added, tally.already, unreadable)
