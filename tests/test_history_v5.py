"""Schema version 5: the outage diary's periods in the history (core/history/diary.py), an older
file migrating with every run kept, and a damaged one moved aside with a clear message."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from core.history import History, HistoryError
from core.history.schema import CURRENT_VERSION, schema_version
from core.periods import Evidence, Period, Subject, SubjectKind
from tests.history_versions import as_version_4
from tests.watch_helpers import blocked_calls, make_run

CALLS = Subject(SubjectKind.FUNCTION, "whatsapp", "calls", name="WhatsApp")
OFFLINE = Subject(SubjectKind.NETWORK, condition="offline")


def _period(subject: Subject, start: float, vpn: bool = False) -> Period:
    return Period(
        subject, "blocked", start, Evidence(f"r{start:g}", start, "udp_blocked"), 1800, vpn
    )


def test_periods_open_close_and_list_by_time(tmp_path: Path) -> None:
    with History.open(tmp_path / "h.sqlite3") as h:
        first = h.open_period(_period(CALLS, 1000.0))
        second = h.open_period(_period(OFFLINE, 5000.0))
        vpn = h.open_period(_period(CALLS, 6000.0, vpn=True))
        assert first.id is not None and second.id is not None and vpn.id is not None
        closed = h.close_period(first.id, Evidence("r2", 2000.0, "ok"))
        assert closed.end == 2000.0 and closed.end_evidence == Evidence("r2", 2000.0, "ok")
        assert closed.subject == CALLS and closed.interval_s == 1800 and closed.link == "unknown"
        with pytest.raises(HistoryError):
            h.close_period(first.id, Evidence("r3", 3000.0, "ok"))  # already closed
        assert [p.id for p in h.open_periods(through_vpn=False)] == [second.id]
        assert [p.id for p in h.open_periods(through_vpn=True)] == [vpn.id]
        assert [p.id for p in h.diary(since=2500.0)] == [second.id, vpn.id]  # open: to now
        assert [p.id for p in h.diary(since=0.0, until=1500.0)] == [first.id]
        assert [p.id for p in h.diary(until=5500.0, through_vpn=False)] == [first.id, second.id]
    with History.open(tmp_path / "h.sqlite3") as again:  # kept in the file
        assert len(again.diary()) == 3
        again.clear()  # "forget everything" forgets the diary too
        assert again.diary() == []


def test_a_version_4_file_migrates_and_keeps_every_run(tmp_path: Path) -> None:
    path = tmp_path / "history.sqlite3"
    runs = [make_run(at=1000.0), make_run(blocked_calls(), at=2000.0)]
    with History.open(path) as h:
        for run in runs:
            h.save(run)
    as_version_4(path)
    db = sqlite3.connect(path)
    assert schema_version(db) == 4
    db.close()
    with History.open(path) as h:
        assert h.notice is None and h.persistent
        assert schema_version(h._db) == CURRENT_VERSION == 5
        assert [h.load(r.run_id) for r in runs] == runs
        assert h.diary() == []
        h.open_period(_period(CALLS, 2000.0))
        assert len(h.open_periods()) == 1


def test_a_damaged_file_is_moved_aside_with_a_clear_message(tmp_path: Path) -> None:
    path = tmp_path / "history.sqlite3"
    path.write_bytes(b"not a history at all\n" * 200)
    with History.open(path) as h:
        assert h.notice is not None and h.notice.key == "history.moved_aside"
        assert h.moved_to is not None and h.moved_to.read_bytes().startswith(b"not a history")
        stored = h.open_period(_period(OFFLINE, 10.0))  # the new file keeps a diary
        assert h.open_periods() == [stored]
