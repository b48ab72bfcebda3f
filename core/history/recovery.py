"""Reading runs back from a moved-aside (damaged) history file, one stored document at a time.

A corrupt page loses the runs stored on it, not the whole file: every document is read on its
own, so one bad page does not stop the rest. Only the documents are needed: a run saved again
rebuilds every table row from its document.
"""

from __future__ import annotations

import lzma
import sqlite3
import zlib
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

from core.document import run_from_dict
from core.history.records import HistoryError
from core.history.schema import decode_document
from core.models import RunResult

_DAMAGED = (sqlite3.Error, ValueError, KeyError, TypeError, zlib.error, lzma.LZMAError)


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


def recover_into(path: Path, save: Callable[[RunResult], None], known: set[str]) -> Recovered:
    """Save every readable run from `path` that is not among `known` run ids."""
    added = already = unreadable = 0
    for run in readable_runs(path):
        if run is None:
            unreadable += 1
        elif run.run_id in known:
            already += 1
        else:
            save(run)
            known.add(run.run_id)
            added += 1
    if added == already == 0 and unreadable:
        raise HistoryError(f"no run in {path} can be read ({unreadable} damaged)")
    return Recovered(added, already, unreadable)
