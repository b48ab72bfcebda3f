"""History under faults: a read-only file or folder, a full disk, a lock, corrupt pages, a wrong
schema. A healthy file is never moved, its runs stay listed, a new run is kept in memory and
nobody is told it was saved; only a file proven corrupt is moved aside, and its runs come back
with `recover`. Each case failed before (the file was renamed, or "Saved" was claimed)."""

from __future__ import annotations

import dataclasses
import sqlite3
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from core.history import History, HistoryError, NotAHistory, Retention, opening
from core.models import RunResult
from lab.runs import lab_run, variant
from tests.history_versions import as_version_2

Connect = Callable[[Path], sqlite3.Connection]


@pytest.fixture(scope="module")
def throttled() -> RunResult:
    return lab_run("youtube_throttled")


def _at(day: int) -> str:
    return f"2026-11-{day:02d}T08:00:00+00:00"


def filled(path: Path, run: RunResult, count: int = 3) -> list[str]:
    """A healthy history file with `count` runs, closed cleanly."""
    with History.open(path) as h:
        ids = [h.save(variant(run, f"old-{i}", _at(i + 1))) for i in range(count)]
    return ids


def _error(message: str, name: str) -> sqlite3.OperationalError:
    exc = sqlite3.OperationalError(message)
    exc.sqlite_errorname = name  # type: ignore[attr-defined]  # what SQLite itself sets
    return exc


def read_only_file(path: Path) -> sqlite3.Connection:
    """What SQLite gives for a file that cannot be written: every write fails (READONLY)."""
    uri = path.resolve().as_uri() + "?mode=ro"
    return sqlite3.connect(uri, uri=True, isolation_level=None, check_same_thread=False)


def full_disk(path: Path) -> sqlite3.Connection:
    """A real SQLITE_FULL: the file may not grow by a single page."""
    db = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
    pages = db.execute("PRAGMA page_count").fetchone()[0]
    db.execute(f"PRAGMA max_page_count = {max(pages, 1)}").fetchone()
    return db


def read_only_folder(path: Path) -> sqlite3.Connection:
    """A WAL database in a folder that cannot be written: SQLite cannot make its -shm file."""
    raise _error("unable to open database file", "SQLITE_CANTOPEN")


def _assert_kept_in_memory(h: History, path: Path, old: list[str], kind: str) -> None:
    assert h.path is None and not h.persistent and h.read_only and h.source == path
    assert h.notice is not None and h.notice.key == f"history.read_only.{kind}"
    assert h.notice.params["path"] == str(path)
    assert h.moved_to is None and not list(path.parent.glob("*.corrupt-*"))
    assert set(old) <= {r.run_id for r in h.list_runs()}  # old runs stay listed


def _file_runs(path: Path) -> list[str]:
    db = sqlite3.connect(path)
    try:
        return [r[0] for r in db.execute("SELECT run_id FROM runs ORDER BY run_id")]
    finally:
        db.close()


@pytest.mark.parametrize(("connect", "kind"), [(read_only_file, "denied"), (full_disk, "full")])
def test_a_file_that_cannot_be_written_is_never_moved(
    tmp_path: Path,
    throttled: RunResult,
    monkeypatch: pytest.MonkeyPatch,
    connect: Connect,
    kind: str,
) -> None:
    path = tmp_path / "history.sqlite3"
    old = filled(path, throttled)
    real = opening.connect_file
    monkeypatch.setattr(opening, "connect_file", connect)
    h = History.open(path)
    assert h.persistent and h.notice is None  # nothing shows until a write is refused
    assert h.save(variant(throttled, "new", _at(9))) == "new"
    _assert_kept_in_memory(h, path, old, kind)
    assert h.latest() == "new" and h.load("new").run_id == "new"
    with pytest.raises(HistoryError):
        h.delete("old-0")  # deleting from the copy would be a lie: the run would come back
    assert h.apply_retention(Retention.last_runs(1)) == 0  # nothing deleted from the copy
    h.close()
    monkeypatch.setattr(opening, "connect_file", real)
    assert _file_runs(path) == sorted(old)  # the file is as it was


def test_a_read_only_file_is_said_on_opening(
    tmp_path: Path, throttled: RunResult, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "history.sqlite3"
    old = filled(path, throttled)
    monkeypatch.setattr(opening, "writable", lambda p: False)
    h = History.open(path)
    _assert_kept_in_memory(h, path, old, "denied")
    h.save(variant(throttled, "new", _at(9)))
    assert not h.persistent
    h.close()
    assert _file_runs(path) == sorted(old)


def test_a_read_only_folder_shows_the_runs_and_keeps_new_ones_in_memory(
    tmp_path: Path, throttled: RunResult, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "history.sqlite3"
    old = filled(path, throttled)
    before = path.read_bytes()
    monkeypatch.setattr(opening, "connect_file", read_only_folder)
    h = History.open(path)
    _assert_kept_in_memory(h, path, old, "denied")
    h.save(variant(throttled, "new", _at(9)))
    assert h.latest() == "new"
    h.close()
    assert path.read_bytes() == before


def test_a_locked_file_is_not_moved(
    tmp_path: Path, throttled: RunResult, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "history.sqlite3"
    old = filled(path, throttled)
    monkeypatch.setattr(opening, "BUSY_TIMEOUT_S", 0.2)
    other = sqlite3.connect(path, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")  # another Svyaz in the middle of a save
    try:
        h = History.open(path)
        h.save(variant(throttled, "new", _at(9)))
        _assert_kept_in_memory(h, path, old, "busy")
        h.close()
    finally:
        other.execute("ROLLBACK")
        other.close()
    assert _file_runs(path) == sorted(old)


def _scribble_a_document(path: Path, run_id: str) -> None:
    """Overwrite one page of one stored document: one run damaged, the rest readable."""
    db = sqlite3.connect(path)
    db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    page_size = db.execute("PRAGMA page_size").fetchone()[0]
    pages = [
        r[0]
        for r in db.execute(
            "SELECT pageno FROM dbstat WHERE name = 'documents' AND pagetype = 'overflow' "
            "ORDER BY pageno"
        )
    ]
    db.close()
    assert pages, "documents are larger than a page"
    data = bytearray(path.read_bytes())
    offset = (pages[len(pages) // 2] - 1) * page_size
    data[offset : offset + page_size] = b"\xa5" * page_size
    path.write_bytes(bytes(data))


def test_corrupt_pages_move_the_file_aside_and_its_runs_come_back(
    tmp_path: Path, throttled: RunResult
) -> None:
    path = tmp_path / "history.sqlite3"
    old = filled(path, throttled, 8)
    _scribble_a_document(path, "old-4")
    h = History.open(path)  # opening reads no document: the damage is not seen yet
    assert h.notice is None
    damaged = 0
    for run_id in old:  # reading the damaged run proves the file corrupt
        try:
            h.load(run_id)
        except HistoryError:
            damaged += 1
            break
    assert damaged == 1
    assert h.notice is not None and h.notice.key == "history.moved_aside"
    assert h.moved_to is not None and h.notice.params["path"] == str(h.moved_to)
    assert h.persistent and h.list_runs() == []
    got = h.recover(h.moved_to)
    assert got.added >= len(old) - 2 and got.unreadable >= 1
    assert got.added + got.unreadable == len(old)
    for summary in h.list_runs():
        assert h.load(summary.run_id) == variant(
            throttled, summary.run_id, _at(int(summary.run_id[4:]) + 1)
        )
    again = h.recover(h.moved_to)  # twice: nothing doubled
    assert again.added == 0 and again.already == got.added
    h.close()


def test_recover_from_a_file_that_is_no_history_is_an_error(tmp_path: Path) -> None:
    garbage = tmp_path / "x.sqlite3"
    garbage.write_bytes(b"not a database at all" * 100)
    with History.open(tmp_path / "history.sqlite3") as h, pytest.raises(HistoryError):
        h.recover(garbage)
    with History.open(tmp_path / "history.sqlite3") as h, pytest.raises(HistoryError):
        h.recover(tmp_path / "missing.sqlite3")


@pytest.mark.parametrize("version", ["'abc'", "-1", "99"])
def test_a_schema_version_svyaz_does_not_know_leaves_the_file_alone(
    tmp_path: Path, throttled: RunResult, version: str
) -> None:
    path = tmp_path / "history.sqlite3"
    filled(path, throttled, 1)
    db = sqlite3.connect(path, isolation_level=None)
    db.execute(f"UPDATE schema_version SET version = {version}")
    db.close()
    before = path.read_bytes()
    h = History.open(path)  # 'abc' used to end in a traceback
    assert h.notice is not None and h.notice.key == "history.untouched"
    assert not h.persistent and h.moved_to is None
    h.save(variant(throttled, "new", _at(9)))
    h.close()
    assert path.read_bytes() == before


def _foreign_database(path: Path) -> None:
    db = sqlite3.connect(path)
    db.execute("CREATE TABLE contacts (name TEXT)")
    db.execute("INSERT INTO contacts VALUES ('someone')")
    db.commit()
    db.close()


@pytest.mark.parametrize("kind", ["garbage", "folder", "foreign"])
def test_a_named_file_that_is_not_a_history_is_refused(tmp_path: Path, kind: str) -> None:
    path = tmp_path / "notes.txt"
    if kind == "garbage":
        path.write_text("my notes, not a database\n" * 50)
    elif kind == "folder":
        path.mkdir()
    else:
        _foreign_database(path)
    before = sorted(p.name for p in tmp_path.iterdir())
    content = path.read_bytes() if path.is_file() else None
    with pytest.raises(NotAHistory):
        History.open(path, explicit=True)
    assert sorted(p.name for p in tmp_path.iterdir()) == before
    assert (path.read_bytes() if path.is_file() else None) == content


def test_another_programs_database_at_the_default_place_is_left_alone(tmp_path: Path) -> None:
    path = tmp_path / "history.sqlite3"
    _foreign_database(path)
    before = path.read_bytes()
    h = History.open(path)
    assert h.notice is not None and h.notice.key == "history.untouched" and not h.persistent
    h.close()
    assert path.read_bytes() == before


def test_a_save_that_does_not_read_back_is_not_a_save(
    tmp_path: Path, throttled: RunResult, monkeypatch: pytest.MonkeyPatch
) -> None:
    from core.history import store

    real = store.insert_run

    def stores_something_else(db: sqlite3.Connection, *args: Any) -> None:
        real(db, *args)
        db.execute("UPDATE documents SET json = x'00'")  # committed, but not what was given

    monkeypatch.setattr(store, "insert_run", stores_something_else)
    with (
        History.open(tmp_path / "history.sqlite3") as h,
        pytest.raises(HistoryError, match="read back"),
    ):
        h.save(variant(throttled, "lost", _at(1)))


def _without_working_steps(run: RunResult) -> RunResult:
    """What an old run keeps: every verdict and evidence, the steps of failing endpoints (not
    the catalog's source lines, nor rendered texts, which loading does not read)."""
    services = []
    for service in run.services:
        functions = []
        for f in service.functions:
            endpoints = tuple(
                dataclasses.replace(
                    e,
                    endpoint=dataclasses.replace(e.endpoint, source=""),
                    steps=e.steps if e.code != "ok" or e.partial else (),
                )
                for e in f.endpoints
            )
            functions.append(dataclasses.replace(f, endpoints=endpoints))
        services.append(dataclasses.replace(service, functions=tuple(functions)))
    return dataclasses.replace(run, services=tuple(services))


def test_old_runs_keep_their_documents_but_not_their_step_rows(
    tmp_path: Path, throttled: RunResult, monkeypatch: pytest.MonkeyPatch
) -> None:
    from core.history import schema

    monkeypatch.setattr(schema, "DETAILED_RUNS", 2)
    path = tmp_path / "history.sqlite3"
    runs = [variant(throttled, f"r{i}", _at(i + 1)) for i in range(4)]
    with History.open(path) as h:
        for run in runs:
            h.save(run)
        # The newest keep every step; older ones every verdict, figure and failing step.
        assert [h.load(r.run_id) for r in runs[2:]] == runs[2:]
        assert [h.load(r.run_id) for r in runs[:2]] == [_without_working_steps(r) for r in runs[:2]]
        video = next(
            f
            for s in h.load("r0").services
            if s.service_id == "youtube"
            for f in s.functions
            if f.kind.value == "video"
        )
        assert video.code == "throttled" and any(e.steps for e in video.endpoints)
        db = h._db
        detailed = db.execute(
            "SELECT r.run_id FROM runs r WHERE EXISTS (SELECT 1 FROM services s JOIN functions f"
            " ON f.service = s.id JOIN endpoints e ON e.function = f.id WHERE s.run = r.id)"
            " ORDER BY r.run_id"
        ).fetchall()
        assert [r[0] for r in detailed] == ["r2", "r3"]
        with_functions = db.execute(
            "SELECT DISTINCT r.run_id FROM runs r JOIN services s ON s.run = r.id"
            " JOIN functions f ON f.service = s.id ORDER BY 1"
        ).fetchall()
        assert [r[0] for r in with_functions] == ["r2", "r3"]
        assert db.execute("PRAGMA foreign_key_check").fetchall() == []
        points = h.timeline("youtube")  # the per-service rows stay for every run
        assert len(points) == 4 and all(p.function("video") for p in points)
        # A run older than the newest two (a recovered one) still reads back whole when saved.
        old = variant(throttled, "recovered", "2026-10-01T08:00:00+00:00")
        h.save(old)
        assert h.load("recovered") == old


def test_a_version_2_database_migrates_and_thins(
    tmp_path: Path, throttled: RunResult, monkeypatch: pytest.MonkeyPatch
) -> None:
    from core.history import schema

    path = tmp_path / "history.sqlite3"
    runs = [variant(throttled, f"v2-{i}", _at(i + 1)) for i in range(3)]
    with History.open(path) as h:
        for run in runs:
            h.save(run)
    as_version_2(path)
    monkeypatch.setattr(schema, "DETAILED_RUNS", 1)
    with History.open(path) as h:
        assert h.notice is None and h.persistent
        assert schema.schema_version(h._db) == schema.CURRENT_VERSION
        assert [h.load(r.run_id) for r in runs] == runs
        thin = h._db.execute("SELECT run_id FROM runs WHERE detailed = 0 ORDER BY 1").fetchall()
        assert [r[0] for r in thin] == ["v2-0", "v2-1"]
        h.save(variant(throttled, "v3", _at(9)))
        assert h.load("v3").run_id == "v3"
