"""The history store: exact reload, queries, retention, delete/clear, and the runs the lab
produced surviving every path the file can take (migrations, corruption, kill -9)."""

from __future__ import annotations

import dataclasses
import re
import sqlite3
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from core.document import run_to_dict
from core.history import History, Retention, RunNotFound, compare_runs
from core.history.opening import default_path
from core.history.schema import CURRENT_VERSION, migrate, schema_version, timestamp
from core.models import CallFigures, CallResults, CallVerdict, Message, RunResult, Status
from lab.runs import lab_run, variant

T0 = "2026-11-20T08:00:00+00:00"


@pytest.fixture
def history(tmp_path: Path) -> Iterator[History]:
    h = History.open(tmp_path / "history.sqlite3")
    yield h
    h.close()


@pytest.fixture(scope="module")
def throttled() -> RunResult:
    return lab_run("youtube_throttled")


@pytest.fixture(scope="module")
def blockpage() -> RunResult:
    return lab_run("http_blockpage")


def _at(day: int, hour: int = 8) -> str:
    return f"2026-11-{day:02d}T{hour:02d}:00:00+00:00"


# ---- save / load / list ----


def test_lab_runs_reload_exactly(
    history: History, throttled: RunResult, blockpage: RunResult
) -> None:
    for run in (throttled, blockpage):
        assert history.save(run) == run.run_id
    for run in (throttled, blockpage):
        loaded = history.load(run.run_id)
        assert loaded == run
        assert run_to_dict(loaded, "ru") == run_to_dict(run, "ru")


def test_default_path_is_in_the_private_data_dir(tmp_path: Path) -> None:
    # conftest points SVYAZ_HOME and SVYAZ_DATA_DIR at a temporary folder.
    import os

    assert default_path() == Path(os.environ["SVYAZ_DATA_DIR"]) / "history.sqlite3"
    assert default_path().is_relative_to(os.environ["SVYAZ_HOME"])
    h = History.open()
    assert h.path == default_path() and h.path.exists() and h.notice is None
    h.close()


def _calls(service_id: str, code: str, status: Status, **figures: Any) -> CallResults:
    """A call test that judged one service; `figures` (e.g. mos, loss_pct) if it measured."""
    measured = CallFigures(sent=50, received=47, **{"loss_pct": 0.0, **figures})
    verdict = CallVerdict(
        service_id,
        code,
        status,
        Message(f"calls.explain.{code}"),
        Message(f"calls.advice.{code}"),
        figures=measured if figures else None,
        targets={"203.0.113.5:3478": measured} if figures else {},
    )
    return CallResults(duration_s=10.0, requested_s=10.0, completed=True, verdicts=(verdict,))


def test_call_data_reloads_exactly(history: History, throttled: RunResult) -> None:
    run = variant(throttled, "calls", T0, calls=_calls("whatsapp", "udp_blocked", Status.BLOCKED))
    history.save(run)
    assert history.load("calls") == run
    [point] = history.timeline("whatsapp")
    assert (point.call_code, point.mos) == ("udp_blocked", None)


def test_cancelled_run_is_saved_as_cancelled(history: History, throttled: RunResult) -> None:
    cancelled = variant(throttled, "cancelled", T0, completed=False)
    history.save(cancelled)
    [summary] = history.list_runs()
    assert summary.run_id == "cancelled" and summary.completed is False
    assert history.load("cancelled").completed is False


def test_saving_the_same_run_again_replaces_it(history: History, throttled: RunResult) -> None:
    history.save(variant(throttled, "a", T0))
    history.save(variant(throttled, "a", T0, verdicts={("telegram", "messages"): "tcp_reset"}))
    assert history.count() == 1
    [summary] = history.list_runs()
    assert summary.blocked == 1
    telegram = history.load("a").service("telegram")
    assert telegram is not None and telegram.status == Status.BLOCKED
    assert history.path is not None
    db = sqlite3.connect(history.path)
    assert db.execute("SELECT count(*) FROM services").fetchone()[0] == len(throttled.services)
    db.close()


def test_list_newest_first_with_filters(history: History, throttled: RunResult) -> None:
    history.save(variant(throttled, "d1", _at(1), verdicts={("youtube", "web"): "tls_reset"}))
    history.save(variant(throttled, "d3", _at(3), drop=("youtube",)))
    history.save(variant(throttled, "d2", _at(2), environment={"network_type": "cellular"}))
    runs = history.list_runs()
    assert [r.run_id for r in runs] == ["d3", "d2", "d1"]
    d1 = runs[2]
    assert (d1.blocked, d1.network_code) == (1, throttled.network.code)
    assert d1.blocked + d1.degraded + d1.works + d1.unknown == len(throttled.services)
    assert runs[1].network_type == "cellular" and runs[0].network_type is None
    assert [r.run_id for r in history.list_runs(service_id="youtube")] == ["d2", "d1"]
    assert [r.run_id for r in history.list_runs(since=_at(2))] == ["d3", "d2"]
    assert [r.run_id for r in history.list_runs(until=_at(2))] == ["d2", "d1"]
    assert [r.run_id for r in history.list_runs(since=_at(2), until=_at(2))] == ["d2"]
    assert [r.run_id for r in history.list_runs(limit=1)] == ["d3"]
    assert history.latest() == "d3"
    assert "youtube" in history.service_ids()


def test_load_of_an_unknown_run(history: History) -> None:
    with pytest.raises(RunNotFound):
        history.load("nope")


# ---- timeline and compare ----


def test_timeline_has_function_states_rates_and_call_figures(
    history: History, throttled: RunResult
) -> None:
    youtube = throttled.service("youtube")
    assert youtube is not None
    video = youtube.function("video")
    assert video is not None and video.code == "throttled"
    calls = _calls("youtube", "call_poor", Status.DEGRADED, mos=3.1, loss_pct=6.0)
    history.save(variant(throttled, "evening", _at(2, 19), calls=calls))
    history.save(variant(throttled, "morning", _at(2, 8), verdicts={("youtube", "video"): "ok"}))
    history.save(variant(throttled, "no-yt", _at(2, 12), drop=("youtube",)))
    points = history.timeline("youtube")
    assert [p.run_id for p in points] == ["morning", "evening"]
    morning, evening = points
    morning_video, evening_video = morning.function("video"), evening.function("video")
    assert morning_video is not None and evening_video is not None
    assert morning_video.code == "ok"
    assert morning.throttled_kbps is None and morning.mos is None
    assert evening_video.status == Status.DEGRADED
    # The lab throttles to 128 kbit/s; the measured figure is stored per function.
    assert evening.throttled_kbps is not None and 90 <= evening.throttled_kbps <= 160
    assert (evening.call_code, evening.mos, evening.loss_pct) == ("call_poor", 3.1, 6.0)
    assert [p.run_id for p in history.timeline("youtube", since=_at(2, 12))] == ["evening"]
    assert history.timeline("no-such-service") == []


def test_compare_names_what_changed(history: History, throttled: RunResult) -> None:
    history.save(variant(throttled, "before", _at(1)))
    history.save(
        variant(
            throttled,
            "after",
            _at(2),
            verdicts={("telegram", "messages"): "tcp_reset"},
            drop=("wikipedia",),
        )
    )
    changes = history.compare("before", "after")
    telegram = next(c for c in changes if c.service_id == "telegram")
    assert (telegram.function, telegram.new_code, telegram.new_status) == (
        "messages",
        "tcp_reset",
        Status.BLOCKED,
    )
    assert telegram.worse and not telegram.better  # the compare dialog colours it so
    gone = next(c for c in changes if c.service_id == "wikipedia")
    assert gone.function is None and gone.new_status is None and gone.old_status is not None
    assert gone.better and not gone.worse  # a service no longer checked ranks below works
    assert len(changes) == 2
    assert history.compare("before", "before") == []
    offline = dataclasses.replace(
        throttled, network=dataclasses.replace(throttled.network, code="offline")
    )
    network = compare_runs(throttled, offline)[0]
    assert network.service_id is None and not network.worse and not network.better


# ---- delete, clear, retention ----


def test_delete_one_run_cascades(history: History, throttled: RunResult) -> None:
    history.save(variant(throttled, "keep", _at(1)))
    history.save(variant(throttled, "gone", _at(2)))
    assert history.delete("gone") is True
    assert history.delete("gone") is False
    assert [r.run_id for r in history.list_runs()] == ["keep"]
    assert history.path is not None
    db = sqlite3.connect(history.path)
    for table in ("services", "functions", "endpoints", "steps", "documents"):
        orphans = db.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
        assert orphans == _rows_for_one_run(db, table), table
    db.close()
    assert history.load("keep") is not None


def _rows_for_one_run(db: sqlite3.Connection, table: str) -> int:
    # Everything left belongs to the one remaining run.
    sql = {
        "services": "SELECT count(*) FROM services WHERE run = (SELECT id FROM runs)",
        "functions": "SELECT count(*) FROM functions f JOIN services s ON s.id = f.service",
        "endpoints": "SELECT count(*) FROM endpoints e JOIN functions f ON f.id = e.function",
        "steps": "SELECT count(*) FROM steps t JOIN endpoints e ON e.id = t.endpoint",
        "documents": "SELECT count(*) FROM documents WHERE run = (SELECT id FROM runs)",
    }[table]
    return int(db.execute(sql).fetchone()[0])


def test_clear_forgets_everything_and_leaves_no_trace_in_the_file(
    history: History, throttled: RunResult
) -> None:
    marker = "run-with-a-distinctive-id-4711"
    history.save(variant(throttled, marker, _at(1)))
    history.save(variant(throttled, "other", _at(2)))
    assert history.clear() == 2
    assert history.list_runs() == [] and history.count() == 0
    assert history.path is not None
    for path in history.path.parent.iterdir():
        assert marker.encode() not in path.read_bytes(), path
    history.save(variant(throttled, "after-clear", _at(3)))
    assert history.latest() == "after-clear"


def test_retention_last_runs_and_last_days(history: History, throttled: RunResult) -> None:
    for day in range(1, 6):
        history.save(variant(throttled, f"d{day}", _at(day)))
    assert history.apply_retention(Retention.keep_all()) == 0
    assert history.apply_retention(Retention.last_runs(3)) == 2
    assert [r.run_id for r in history.list_runs()] == ["d5", "d4", "d3"]
    now = timestamp(_at(5, 12))
    assert history.apply_retention(Retention.last_days(1), now=now) == 2
    assert [r.run_id for r in history.list_runs()] == ["d5"]


@pytest.mark.parametrize(
    ("setting", "expected"),
    [("all", Retention()), ("runs:50", Retention("runs", 50)), ("days:30", Retention("days", 30))],
)
def test_retention_setting_round_trips(setting: str, expected: Retention) -> None:
    assert Retention.parse(setting) == expected and str(expected) == setting


@pytest.mark.parametrize("setting", ["forever", "runs:0", "days:x", "runs"])
def test_bad_retention_setting_is_refused(setting: str) -> None:
    with pytest.raises(ValueError, match="retention"):
        Retention.parse(setting)


# ---- migrations ----


def _v1_database(path: Path, runs: list[RunResult]) -> None:
    """What Svyaz with schema version 1 wrote: plain JSON documents, no counts, no rates."""
    db = sqlite3.connect(path, isolation_level=None)
    db.execute("PRAGMA foreign_keys = ON")
    migrate(db, target=1)
    assert schema_version(db) == 1
    import json

    for run in runs:
        pk = db.execute(
            "INSERT INTO runs (run_id, started_at, finished_at, duration_ms, completed,"
            " network_code, network_type, conditions) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            (
                run.run_id,
                run.started_at,
                run.finished_at,
                run.duration_ms,
                int(run.completed),
                run.network.code,
                None,
                "[]",
            ),
        ).lastrowid
        document = run_to_dict(run, "en", complete=True)
        db.execute(
            "INSERT INTO documents (run, json) VALUES (?, ?)", (pk, json.dumps(document).encode())
        )
        for service in run.services:
            s_pk = db.execute(
                "INSERT INTO services (run, service_id, name, status) VALUES (?, ?, ?, ?)",
                (pk, service.service_id, service.name, service.status.value),
            ).lastrowid
            for f in service.functions:
                f_pk = db.execute(
                    "INSERT INTO functions (service, kind, code, status, failure_share)"
                    " VALUES (?, ?, ?, ?, ?)",
                    (s_pk, f.kind.value, f.code, f.status.value, f.failure_share),
                ).lastrowid
                for e_seq, e in enumerate(f.endpoints):
                    e_pk = db.execute(
                        "INSERT INTO endpoints (function, seq, host, port, protocol, code,"
                        " partial) VALUES (?, ?, ?, ?, ?, ?, ?)",
                        (
                            f_pk,
                            e_seq,
                            e.endpoint.host,
                            e.endpoint.port,
                            e.endpoint.protocol.value,
                            e.code,
                            int(e.partial),
                        ),
                    ).lastrowid
                    db.executemany(
                        "INSERT INTO steps (endpoint, seq, kind, target, ok, outcome,"
                        " duration_ms, started_ms) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                        [
                            (
                                e_pk,
                                i,
                                st.kind.value,
                                st.target,
                                int(st.ok),
                                st.outcome,
                                st.duration_ms,
                                st.started_ms,
                            )
                            for i, st in enumerate(e.steps)
                        ],
                    )
    db.close()


def test_migration_from_version_1_keeps_every_run(tmp_path: Path, throttled: RunResult) -> None:
    runs = [
        variant(throttled, "old-1", _at(1), verdicts={("telegram", "messages"): "tcp_reset"}),
        variant(throttled, "old-2", _at(2)),
    ]
    path = tmp_path / "history.sqlite3"
    _v1_database(path, runs)
    h = History.open(path)
    assert h.notice is None and h.path == path
    db = sqlite3.connect(path)
    assert schema_version(db) == CURRENT_VERSION
    steps = sum(len(f.steps) for r in runs for s in r.services for f in s.functions)
    assert db.execute("SELECT count(*) FROM steps").fetchone()[0] == steps
    assert db.execute("PRAGMA foreign_key_check").fetchall() == []
    db.close()
    assert [h.load(r.run_id) for r in runs] == runs
    summaries = h.list_runs()
    assert [s.run_id for s in summaries] == ["old-2", "old-1"]  # ordered by the new column
    assert summaries[1].blocked == 1
    evening = h.timeline("youtube")[-1]
    assert evening.throttled_kbps is not None  # backfilled from the stored documents
    h.save(variant(throttled, "new", _at(3)))
    assert h.latest() == "new"
    h.close()


@pytest.mark.parametrize("start", range(CURRENT_VERSION))
def test_every_earlier_version_migrates_step_by_step(tmp_path: Path, start: int) -> None:
    path = tmp_path / "h.sqlite3"
    db = sqlite3.connect(path, isolation_level=None)
    migrate(db, target=start)
    assert schema_version(db) == start
    assert migrate(db) == start
    assert schema_version(db) == CURRENT_VERSION
    tables = {r[0] for r in db.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    assert {"runs", "services", "functions", "endpoints", "steps", "call_figures"} <= tables
    db.close()


def test_a_failed_migration_leaves_the_previous_version(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from core.history import schema

    path = tmp_path / "h.sqlite3"
    db = sqlite3.connect(path, isolation_level=None)
    migrate(db, target=1)

    def broken(db: sqlite3.Connection) -> None:
        db.execute("ALTER TABLE runs ADD COLUMN half_done INTEGER")
        raise RuntimeError("power cut")

    monkeypatch.setattr(schema, "MIGRATIONS", (schema.MIGRATIONS[0], broken))
    with pytest.raises(RuntimeError):
        migrate(db, target=2)
    assert schema_version(db) == 1
    columns = {r[1] for r in db.execute("PRAGMA table_info(runs)")}
    assert "half_done" not in columns
    db.close()


# ---- corruption and unusable files ----


def _assert_moved_aside(h: History, path: Path) -> Path:
    assert h.path == path and h.notice is not None
    assert h.notice.key == "history.moved_aside"
    assert h.moved_to is not None and h.moved_to.exists()
    assert re.fullmatch(r"history\.sqlite3\.corrupt-\d{8}-\d{6}(-\d+)?", h.moved_to.name)
    assert h.notice.params["path"] == str(h.moved_to)
    assert h.list_runs() == []
    return h.moved_to


def test_garbage_file_is_moved_aside(tmp_path: Path, throttled: RunResult) -> None:
    path = tmp_path / "history.sqlite3"
    path.write_bytes(b"this is not a database\n" * 100)
    h = History.open(path)
    moved = _assert_moved_aside(h, path)
    assert moved.read_bytes().startswith(b"this is not")  # kept, not deleted
    h.save(variant(throttled, "fresh", _at(1)))
    assert h.latest() == "fresh"
    h.close()
    # The next start is normal.
    again = History.open(path)
    assert again.notice is None and again.latest() == "fresh"
    again.close()


def test_truncated_file_is_moved_aside(tmp_path: Path, throttled: RunResult) -> None:
    path = tmp_path / "history.sqlite3"
    h = History.open(path)
    for i in range(3):
        h.save(variant(throttled, f"r{i}", _at(i + 1)))
    h.close()
    data = path.read_bytes()
    assert not Path(f"{path}-wal").exists()
    path.write_bytes(data[: len(data) // 2])
    h = History.open(path)
    _assert_moved_aside(h, path)
    h.close()


def test_corruption_found_later_is_recovered_and_the_save_kept(
    tmp_path: Path, throttled: RunResult
) -> None:
    path = tmp_path / "history.sqlite3"
    h = History.open(path)
    for i in range(3):
        h.save(variant(throttled, f"r{i}", _at(i + 1)))
    h.close()
    # Scribble over every page after the schema page: the file still opens and looks whole.
    data = bytearray(path.read_bytes())
    page = int.from_bytes(data[16:18], "big")
    for offset in range(2 * page, len(data), page):
        data[offset : offset + 64] = b"\xa5" * 64
    path.write_bytes(bytes(data))
    h = History.open(path)
    h.save(variant(throttled, "after", _at(9)))
    assert h.notice is not None and h.moved_to is not None and h.moved_to.exists()
    assert [r.run_id for r in h.list_runs()] == ["after"]
    h.close()


def _assert_untouched(h: History, path: Path) -> None:
    assert h.path is None and h.moved_to is None and not h.persistent
    assert h.notice is not None and h.notice.key == "history.untouched"
    assert h.notice.params["path"] == str(path)
    assert not list(path.parent.glob("*.corrupt-*"))


def test_directory_in_place_of_the_file_is_left_alone(tmp_path: Path) -> None:
    path = tmp_path / "history.sqlite3"
    path.mkdir()
    (path / "something").write_text("x")
    h = History.open(path)
    _assert_untouched(h, path)
    assert (path / "something").exists()
    h.close()


def test_newer_schema_is_not_touched(tmp_path: Path, throttled: RunResult) -> None:
    path = tmp_path / "history.sqlite3"
    db = sqlite3.connect(path, isolation_level=None)
    migrate(db)
    db.execute("UPDATE schema_version SET version = 99")
    db.close()
    before = path.read_bytes()
    h = History.open(path)
    _assert_untouched(h, path)
    assert "newer" in str(h.notice.params["reason"]) if h.notice else False
    h.save(variant(throttled, "in-memory", _at(1)))
    assert h.latest() == "in-memory" and not h.persistent
    h.close()
    assert path.read_bytes() == before


def test_empty_file_is_a_new_database(tmp_path: Path) -> None:
    path = tmp_path / "history.sqlite3"
    path.touch()
    h = History.open(path)
    assert h.notice is None and h.list_runs() == []
    h.close()


def test_unwritable_place_keeps_history_in_memory(tmp_path: Path, throttled: RunResult) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where the data folder should be")
    h = History.open(blocker / "history.sqlite3")
    assert h.path is None and h.notice is not None and h.notice.key == "history.in_memory"
    h.save(variant(throttled, "kept-in-memory", _at(1)))
    assert h.latest() == "kept-in-memory"
    h.close()


# ---- crash safety ----


def test_kill_9_mid_save_loses_at_most_that_run(
    tmp_path: Path, throttled: RunResult, guarded_env: dict[str, str]
) -> None:
    import json
    import random
    import subprocess
    import sys

    from tests.conftest import ROOT

    document = tmp_path / "run.json"
    document.write_text(json.dumps(run_to_dict(throttled, "en", complete=True)), encoding="utf-8")
    path = tmp_path / "history.sqlite3"
    rng = random.Random(5)
    saved: list[int] = []
    n = 0
    for _ in range(6):
        writer = subprocess.Popen(
            [sys.executable, "-m", "tests.history_writer", str(path), str(document), str(n)],
            stdout=subprocess.PIPE,
            text=True,
            cwd=ROOT,
            env=guarded_env,
        )
        assert writer.stdout is not None
        kill_at = n + rng.randint(1, 6)
        in_flight = None
        for line in writer.stdout:
            word, number = line.split()
            if word == "saved":
                saved.append(int(number))
            elif int(number) == kill_at:
                in_flight = kill_at
                writer.kill()  # SIGKILL, in the middle of saving run `kill_at`
                break
        writer.wait(timeout=30)
        writer.stdout.close()
        assert in_flight is not None, "writer ended early"
        # The file is a consistent database: nothing half-written, nothing orphaned.
        db = sqlite3.connect(path)
        assert db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert db.execute("PRAGMA foreign_key_check").fetchall() == []
        db.close()
        h = History.open(path)
        assert h.notice is None
        stored = {r.run_id for r in h.list_runs()}
        expected = {f"run-{i}" for i in saved}
        assert expected <= stored <= expected | {f"run-{in_flight}"}
        for run_id in stored:
            assert h.load(run_id) == dataclasses.replace(throttled, run_id=run_id)
        db = h._db
        for table in ("services", "documents"):
            per_run = db.execute(f"SELECT count(DISTINCT run) FROM {table}").fetchone()[0]
            assert per_run == len(stored), table
        h.close()
        if f"run-{in_flight}" in stored:
            saved.append(in_flight)
        n = in_flight + 1
    assert len(saved) >= 6


def test_an_unreadable_stored_document_is_a_history_error(
    history: History, throttled: RunResult
) -> None:
    from core.history import HistoryError

    history.save(variant(throttled, "damaged", _at(1)))
    history._db.execute("UPDATE documents SET json = x'00ff00ff'")
    with pytest.raises(HistoryError, match="damaged"):
        history.load("damaged")
    assert [r.run_id for r in history.list_runs()] == ["damaged"]  # the rest still works


def test_timeline_by_day_keeps_the_worst_of_each_day(
    history: History, throttled: RunResult, monkeypatch: pytest.MonkeyPatch
) -> None:
    import time as _time

    from core.history import by_day

    monkeypatch.setenv("TZ", "UTC")
    _time.tzset()
    try:
        history.save(variant(throttled, "a", _at(1, 8), verdicts={("youtube", "video"): "ok"}))
        history.save(variant(throttled, "b", _at(1, 20)))  # throttled in the evening
        history.save(variant(throttled, "c", _at(2, 9), verdicts={("youtube", "web"): "tls_reset"}))
        days = by_day(history.timeline("youtube"))
    finally:
        monkeypatch.undo()
        _time.tzset()
    assert [(d.date, d.runs) for d in days] == [("2026-11-01", 2), ("2026-11-02", 1)]
    assert days[0].functions["video"] == Status.DEGRADED
    assert days[0].functions["web"] == Status.WORKS
    assert days[0].throttled_kbps is not None
    assert days[1].functions["web"] == Status.BLOCKED


def test_saving_from_a_worker_thread_while_listing(history: History, throttled: RunResult) -> None:
    import threading

    errors: list[BaseException] = []

    def worker() -> None:
        try:
            for i in range(10):
                history.save(variant(throttled, f"w{i}", _at(1 + i)))
        except BaseException as exc:
            errors.append(exc)

    thread = threading.Thread(target=worker)
    thread.start()
    while thread.is_alive():
        history.list_runs()
        history.timeline("youtube")
    thread.join()
    assert errors == [] and history.count() == 10
