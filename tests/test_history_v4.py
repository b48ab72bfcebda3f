"""Schema version 4: a service's functions as one text per run (what the timeline reads), the
v3 -> v4 migration keeping every run and every timeline point, and the lazily made run list."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from core.history import History, RunList
from core.history.outcomes import decode_outcomes, encode_outcomes
from core.history.schema import CURRENT_VERSION, schema_version
from core.models import RunResult
from lab.runs import lab_run, variant
from tests.history_versions import as_version_3

SERVICES = ("youtube", "telegram", "whatsapp", "signal")


@pytest.fixture(scope="module")
def throttled() -> RunResult:
    return lab_run("youtube_throttled")


def _at(day: int, hour: int = 8) -> str:
    return f"2026-11-{day:02d}T{hour:02d}:00:00+00:00"


def _runs(base: RunResult) -> list[RunResult]:
    """Six runs, saved out of time order, with verdicts and a dropped service that vary."""
    return [
        variant(base, "r-3", _at(3), verdicts={("telegram", "messages"): "tcp_reset"}),
        variant(base, "r-1", _at(1, 19)),
        variant(base, "r-2", _at(2), verdicts={("youtube", "video"): "ok"}),
        variant(base, "r-5", _at(5), drop=("youtube",)),
        variant(base, "r-4", _at(4, 21), completed=False),
        variant(base, "r-6", _at(6), verdicts={("signal", "messages"): "dns_nxdomain"}),
    ]


def test_outcomes_read_back_as_written() -> None:
    outcomes = [
        ("messages", "works", "ok_connect_only", None),
        ("video", "degraded", "throttled", 812.5),
        ("media", "works", "ok", 1 / 3),
        ("calls", "blocked", "udp_blocked", 0.0),
    ]
    text = encode_outcomes(outcomes)
    assert decode_outcomes(text) == outcomes
    assert decode_outcomes(encode_outcomes([])) == []
    assert decode_outcomes("video degraded;messages works ok ;x y z nan-ish") == [
        ("messages", "works", "ok", None)
    ]


def test_a_version_3_file_migrates_and_keeps_every_run(
    tmp_path: Path, throttled: RunResult
) -> None:
    path = tmp_path / "history.sqlite3"
    runs = _runs(throttled)
    with History.open(path) as h:
        for run in runs:
            h.save(run)
        listed = list(h.list_runs())
        timelines = {s: h.timeline(s) for s in SERVICES}
    functions = sum(len(s.functions) for r in runs for s in r.services)
    as_version_3(path, detailed=2)
    db = sqlite3.connect(path)
    assert schema_version(db) == 3
    assert db.execute("SELECT count(*) FROM functions").fetchone()[0] == functions
    db.close()

    with History.open(path) as h:
        assert h.notice is None and h.persistent
        assert schema_version(h._db) == CURRENT_VERSION
        assert [h.load(r.run_id) for r in runs] == runs
        assert h.list_runs() == listed
        assert {s: h.timeline(s) for s in SERVICES} == timelines
        evening = h.timeline("youtube")[0]
        assert evening.run_id == "r-1" and evening.throttled_kbps is not None
        db = h._db
        kept = db.execute(
            "SELECT DISTINCT r.run_id FROM runs r JOIN services s ON s.run = r.id"
            " JOIN functions f ON f.service = s.id ORDER BY 1"
        ).fetchall()
        assert [r[0] for r in kept] == ["r-5", "r-6"]  # the detailed runs, as in version 3
        assert db.execute("PRAGMA foreign_key_check").fetchall() == []
        assert db.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        h.save(variant(throttled, "r-7", _at(7)))
        assert [p.run_id for p in h.timeline("youtube")][-1] == "r-7"
        assert h.count() == len(runs) + 1


def test_the_run_list_reads_like_a_list(tmp_path: Path, throttled: RunResult) -> None:
    with History.open(tmp_path / "history.sqlite3") as h:
        for run in _runs(throttled):
            h.save(run)
        runs = h.list_runs()
        assert isinstance(runs, RunList)
        ids = ["r-6", "r-5", "r-4", "r-3", "r-2", "r-1"]
        assert [r.run_id for r in runs] == ids and len(runs) == 6
        assert runs[-1].run_id == "r-1" and [r.run_id for r in runs[1:3]] == ids[1:3]
        assert runs[2] is runs[2]  # made once
        assert runs == list(runs) and runs != list(runs)[1:] and runs != "r-6"
        assert not runs[2].completed and runs[3].blocked == 1
        with pytest.raises(IndexError):
            runs[6]
        assert h.list_runs(limit=0) == [] and not h.list_runs(limit=0)
