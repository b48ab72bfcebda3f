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
from tests.peak_memory import environment, run_capped_cli

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


# ---- issue 25: a file cut short, a decompression bomb, a damaged version row, two recoveries ----


def intact_documents(path: Path, cut: int) -> int:
    """How many stored documents have every page (their leaf cell's page and each overflow
    page) within the first `cut` bytes of the intact file at `path`: what page-by-page
    recovery can give back of it cut there. Told by SQLite's own page map (the dbstat table),
    so the count does not hang on where SQLite happened to put the pages — that moves with
    the documents' sizes (a run on a busy machine carries more evidence)."""
    db = sqlite3.connect(path)
    try:
        rows = db.execute(
            "SELECT path, pageno, pagetype, ncell, pgsize FROM dbstat WHERE name = 'documents'"
        ).fetchall()
    finally:
        db.close()
    within = {page: page * size <= cut for _, page, _, _, size in rows}
    leaves = {where: (page, cells) for where, page, kind, cells, _ in rows if kind == "leaf"}
    chains: dict[str, list[int]] = {}
    for where, page, kind, _, _ in rows:
        if kind == "overflow":
            chains.setdefault(where.split("+")[0], []).append(page)
    intact = 0
    for where, (page, cells) in leaves.items():
        if not within[page]:
            continue
        for k in range(cells):
            chain = chains.get(f"{where}{k:03x}", [])
            intact += all(within[p] for p in chain)
    return intact


def cut_keeping_some(path: Path, share: float) -> int:
    """Where to cut the intact file at `path`: at `share` of its size when a document survives
    there, else just past the first document whose pages all lie early in the file (where
    SQLite put the pages moves with the documents' sizes, so a fixed share may keep none)."""
    size = path.stat().st_size
    cut = int(size * share)
    if intact_documents(path, cut):
        return cut
    db = sqlite3.connect(path)
    try:
        page = db.execute("PRAGMA page_size").fetchone()[0]
    finally:
        db.close()
    for pages in range(1, size // page):
        if intact_documents(path, pages * page):
            return pages * page
    raise AssertionError(f"{path}: no document lies before its end")


def _padded_count(path: Path, size: int, tmp_path: Path) -> int:
    """How many documents SQLite itself reads once the cut file is padded back with zeros
    (the old workaround): page-by-page recovery must give back at least these."""
    from core.history.recovery import readable_runs

    padded = tmp_path / "padded.sqlite3"
    padded.write_bytes(path.read_bytes().ljust(size, b"\x00"))
    try:
        return sum(run is not None for run in readable_runs(padded))
    except HistoryError:
        return 0


@pytest.mark.parametrize("share", [0.9, 0.75, 0.5])
def test_a_history_cut_short_gives_back_every_run_whose_pages_are_intact(
    tmp_path: Path, throttled: RunResult, share: float
) -> None:
    """A full disk or a crash leaves the file cut short: SQLite refuses it whole ("malformed";
    `--recover` used to give back 0 of 8 runs); read page by page, every intact run returns
    and the rest are counted as lost, not hidden."""
    path = tmp_path / "history.sqlite3"
    old = filled(path, throttled, 8)
    data = path.read_bytes()
    intact = intact_documents(path, int(len(data) * share))
    path.write_bytes(data[: int(len(data) * share)])
    padded = _padded_count(path, len(data), tmp_path)
    with History.open(path) as h:
        assert h.notice is not None and h.notice.key == "history.moved_aside"
        assert h.moved_to is not None
        if intact == 0:  # every document had a page past the cut: nothing to give back
            with pytest.raises(HistoryError, match="can be read"):
                h.recover(h.moved_to)
            return
        got = h.recover(h.moved_to)
        assert got.added + got.unreadable == len(old) and got.already == 0
        assert got.added == intact >= padded  # every intact run, and SQLite's padded count
        for summary in h.list_runs():
            index = int(summary.run_id[4:])
            assert h.load(summary.run_id) == variant(throttled, summary.run_id, _at(index + 1))


def test_runs_still_in_the_write_ahead_log_are_recovered_too(
    tmp_path: Path, throttled: RunResult
) -> None:
    """A crash before a checkpoint: the newest runs live only in the `-wal` file beside it."""
    path = tmp_path / "history.sqlite3"
    filled(path, throttled, 2)
    keeper = sqlite3.connect(path)  # holds the log open so closing does not checkpoint it
    keeper.execute("PRAGMA wal_autocheckpoint = 0")
    keeper.execute("SELECT count(*) FROM runs").fetchone()
    with History.open(path) as h:
        h._db.execute("PRAGMA wal_autocheckpoint = 0")
        h.save(variant(throttled, "in-log", _at(9)))
    assert Path(f"{path}-wal").stat().st_size > 0
    aside = _cut_with_its_log(path, tmp_path / "aside.sqlite3")
    keeper.close()
    with History.open(tmp_path / "fresh.sqlite3") as h:
        got = h.recover(aside)
        assert "in-log" in {r.run_id for r in h.list_runs()}
        assert got.added + got.unreadable == 3


BOMB_BYTES = 256 * 1024 * 1024
GIGA_BOMB_BYTES = 2048 * 1024 * 1024


BOMB_STREAM = 64 * 1024 * 1024  # one xz stream of zeros, 10 KB packed


@pytest.fixture(scope="module")
def bomb_stream() -> bytes:
    import lzma

    compressor = lzma.LZMACompressor(preset=0)
    chunk = b"\x00" * (1 << 20)
    parts = [compressor.compress(chunk) for _ in range(BOMB_STREAM >> 20)]
    return b"".join([*parts, compressor.flush()])


@pytest.fixture(scope="module")
def bomb(bomb_stream: bytes) -> bytes:
    """The issue's 256 MB decompression bomb (40 KB): four xz streams of 64 MB of zeros, one
    after another, as `xz` writes and reads them."""
    return bomb_stream * (BOMB_BYTES // BOMB_STREAM)


@pytest.fixture(scope="module")
def giga_bomb(bomb_stream: bytes) -> bytes:
    """The issue's 2 GB bomb (320 KB): 32 such streams (`xz -d` inflates it to 2 GB)."""
    return bomb_stream * (GIGA_BOMB_BYTES // BOMB_STREAM)


def _plant(path: Path, run_id: str, blob: bytes) -> None:
    db = sqlite3.connect(path)
    db.execute(
        "UPDATE documents SET json = ? WHERE run = (SELECT id FROM runs WHERE run_id = ?)",
        (blob, run_id),
    )
    db.commit()
    db.close()


def test_a_decompression_bomb_is_refused_not_inflated(
    tmp_path: Path, throttled: RunResult, bomb: bytes
) -> None:
    from core.history.schema import MAX_DOCUMENT_BYTES, DocumentTooLarge, decode_document

    with pytest.raises(DocumentTooLarge):
        decode_document(bomb, "json+xz")
    import zlib

    with pytest.raises(DocumentTooLarge):
        decode_document(zlib.compress(b" " * (MAX_DOCUMENT_BYTES + 1)), "json+zlib")
    path = tmp_path / "history.sqlite3"
    filled(path, throttled, 2)
    _plant(path, "old-0", bomb)
    with History.open(path) as h:
        with pytest.raises(HistoryError, match="inflates to more than"):
            h.load("old-0")
        assert h.load("old-1").run_id == "old-1"
    with History.open(tmp_path / "fresh.sqlite3") as h:
        got = h.recover(path)
        assert (got.added, got.unreadable) == (1, 1)


def _cut_with_its_log(path: Path, aside: Path) -> Path:
    """A copy of `path` cut to 90 % beside a whole copy of its write-ahead log, as a crash
    during a checkpoint can leave them."""
    aside.write_bytes(path.read_bytes()[: path.stat().st_size * 9 // 10])
    Path(f"{aside}-wal").write_bytes(Path(f"{path}-wal").read_bytes())
    return aside


def _peak_mb(args: list[str], cap_bytes: int) -> tuple[int, int, str]:
    """`svyaz ARGS` under an address-space cap: its exit code, its own peak RSS (MB), output."""
    env = {k: v for k, v in environment().items() if k != "PYTHONUNBUFFERED"}
    code, output, peak = run_capped_cli(args, cap_bytes, env)
    return code, round(peak), output


@pytest.mark.parametrize("which", ["bomb", "giga_bomb"])
def test_recovering_a_decompression_bomb_costs_bounded_memory(
    tmp_path: Path, throttled: RunResult, which: str, request: pytest.FixtureRequest
) -> None:
    """A 256 MB document used to cost 578 MB, and a 2 GB one a MemoryError traceback under a
    1.5 GB cap; now each is refused after 16 MB and reported as a run that could not be read."""
    bomb = request.getfixturevalue(which)
    source = tmp_path / "bomb.sqlite3"
    filled(source, throttled, 2)
    _plant(source, "old-0", bomb)
    command = ["history", "--history-file", str(tmp_path / "h.sqlite3"), "--recover"]
    code, peak, output = _peak_mb([*command, str(source)], 1536 * 1024 * 1024)
    assert code == 0 and "Traceback" not in output and "MemoryError" not in output, output
    assert "1 run added" in output and "1 could not be read" in output, output
    assert peak <= 200, f"peak RSS {peak} MB"
    code, peak, output = _peak_mb(
        ["report", "old-0", "--history-file", str(source)],
        1536 * 1024 * 1024,
    )
    assert code == 2 and "Traceback" not in output and "inflates" in output, output
    assert peak <= 200, f"peak RSS {peak} MB"


@pytest.mark.parametrize(
    "damage", ["UPDATE schema_version SET version = 0", "DELETE FROM schema_version"]
)
def test_a_damaged_version_row_neither_blocks_writing_nor_hides_the_runs(
    tmp_path: Path, throttled: RunResult, damage: str
) -> None:
    """The row said 0: opening tried to create the tables again ("table schema_version already
    exists"), the file was shown read-only from an empty copy: "No runs in history yet"."""
    from core.history import schema

    path = tmp_path / "history.sqlite3"
    old = filled(path, throttled, 2)
    db = sqlite3.connect(path)
    db.execute(damage)
    db.commit()
    db.close()
    with History.open(path) as h:
        assert h.notice is None and h.persistent
        assert sorted(r.run_id for r in h.list_runs()) == sorted(old)
        h.save(variant(throttled, "new", _at(9)))
        assert h.persistent and h.count() == 3
    db = sqlite3.connect(path)
    assert db.execute("SELECT version FROM schema_version").fetchall() == [
        (schema.CURRENT_VERSION,)
    ]
    db.close()


def test_two_recoveries_at_once_each_report_the_runs_they_added(
    tmp_path: Path, throttled: RunResult, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Both used to read the list of runs first, then save: each said "3 runs added"."""
    source = tmp_path / "aside.sqlite3"
    filled(source, throttled, 3)
    path = tmp_path / "history.sqlite3"
    with History.open(path) as first, History.open(path) as second:
        monkeypatch.setattr(second, "_run_ids", lambda: [])  # read before the first saved
        one = first.recover(source)
        two = second.recover(source)
        assert (one.added, two.added, two.already) == (3, 0, 3)
        assert first.count() == 3


@pytest.mark.parametrize("seed", range(6))
def test_any_damage_gives_runs_back_or_says_why(
    tmp_path: Path, throttled: RunResult, seed: int
) -> None:
    """Flipped bytes, a scribbled region, a cut: recovery ends in runs or a HistoryError,
    never another exception, and never counts a run twice."""
    import random

    rng = random.Random(seed)
    source = tmp_path / "damaged.sqlite3"
    old = filled(source, throttled, 4)
    data = bytearray(source.read_bytes())
    if seed % 3 == 0:
        for _ in range(rng.randint(1, 40)):
            data[rng.randrange(len(data))] = rng.randrange(256)
    elif seed % 3 == 1:
        start = rng.randrange(len(data))
        data[start : start + 8192] = rng.randbytes(len(data[start : start + 8192]))
    else:
        del data[rng.randrange(len(data)) :]
    source.write_bytes(bytes(data))
    with History.open(tmp_path / "history.sqlite3") as h:
        try:
            got = h.recover(source)
        except HistoryError:
            return
        assert got.added + got.already <= len(old) and h.count() == got.added


def test_a_stored_document_that_is_not_a_run_is_an_error_not_a_traceback(
    tmp_path: Path, throttled: RunResult
) -> None:
    from core.history.schema import encode_document

    path = tmp_path / "history.sqlite3"
    filled(path, throttled, 2)
    not_a_run: Any = []  # a stored document that is a JSON list, not a run: hostile on purpose
    _plant(path, "old-0", encode_document(not_a_run))
    with History.open(path) as h, pytest.raises(HistoryError, match="cannot be read"):
        h.load("old-0")


@pytest.mark.parametrize("checkpointed", [True, False])
def test_a_deleted_run_never_comes_back_through_recovery(
    tmp_path: Path, throttled: RunResult, checkpointed: bool
) -> None:
    """Reading pages directly must not undo a delete: freed pages are overwritten
    (secure_delete) and only the log's latest committed copy of a page is read."""
    path = tmp_path / "history.sqlite3"
    History.open(path).close()
    keeper = sqlite3.connect(path)  # holds the log open so closing does not checkpoint it
    keeper.execute("SELECT count(*) FROM runs").fetchone()
    with History.open(path) as h:  # the runs' pages are in the log, then the delete's
        h._db.execute("PRAGMA wal_autocheckpoint = 0")
        for i in range(4):
            h.save(variant(throttled, f"old-{i}", _at(i + 1)))
        if checkpointed:  # the next write starts the log afresh over the old frames
            h._db.execute("PRAGMA wal_checkpoint(PASSIVE)")
        assert h.delete("old-1")
    aside = _cut_with_its_log(path, tmp_path / "aside.sqlite3")
    keeper.close()
    with History.open(tmp_path / "fresh.sqlite3") as h:
        got = h.recover(aside)
        assert got.added >= 2
        assert "old-1" not in {r.run_id for r in h.list_runs()}
    from core.history.recovery import _from_pages, _Tally

    pages = _Tally(lambda run: True, set())  # the page reader alone (SQLite may not need it)
    _from_pages(aside, pages)
    assert "old-1" not in pages.taken and len(pages.taken) >= 2


def test_a_stored_cell_past_the_ceiling_is_counted_not_assembled(
    tmp_path: Path, throttled: RunResult
) -> None:
    """A 17 MB document cell (a hostile file) is never read whole by the page reader."""
    from core.history import pages

    path = tmp_path / "aside.sqlite3"
    filled(path, throttled, 2)
    _plant(path, "old-0", b"\xfd7zXZ\x00" + bytes(pages.MAX_PAYLOAD + (1 << 20)))
    data = path.read_bytes()
    path.write_bytes(data[: len(data) - 4096])  # SQLite refuses it: the pages are read
    for cell in pages.table_rows(path):
        blobs = [v for v in cell.values or () if isinstance(v, bytes)]
        assert all(len(blob) < pages.MAX_PAYLOAD for blob in blobs)
    with History.open(tmp_path / "history.sqlite3") as h:
        got = h.recover(path)
        assert got.added == 1 and got.unreadable >= 1


def test_a_schema_past_page_one_still_names_its_tables(tmp_path: Path) -> None:
    """History schema 5 names enough tables that SQLite's schema outgrows page 1 (which then
    points at its leaves): the direct reader follows them, so a damaged file is still known as
    a Svyaz history and moved aside, not refused as another program's."""
    from core.history.opening import OUR_TABLES
    from core.history.pages import TABLE_INTERIOR, table_names

    path = tmp_path / "history.sqlite3"
    History.open(path).close()
    assert path.read_bytes()[100] == TABLE_INTERIOR  # the case this test is about
    assert table_names(path) >= OUR_TABLES | {"periods"}
