"""The outage diary's dated report (core/report/diary.py): the sentence a complaint quotes,
HTML escaped, CSV safe for spreadsheets, JSON with the evidence, English and Russian."""

from __future__ import annotations

import csv
import io
import json
from datetime import UTC, datetime

import pytest

from core.periods import Evidence, Period, Subject, SubjectKind
from core.report import DIARY_FORMATS, diary_document, period_line, render_diary


def ts(text: str) -> float:
    return datetime.fromisoformat(text).replace(tzinfo=UTC).timestamp()


WHITELIST = Period(
    Subject(SubjectKind.NETWORK, condition="whitelist_mode"),
    "on",
    ts("2026-12-01 09:12"),
    Evidence("run-a", ts("2026-12-01 09:12"), "whitelist_mode"),
    1800.0,
    link="cellular",
    end=ts("2026-12-03 18:40"),
    end_evidence=Evidence("run-b", ts("2026-12-03 18:40"), "ok"),
)
HOSTILE = Period(
    Subject(SubjectKind.FUNCTION, "evil", "calls", name="<script>alert(1)</script>=cmd"),
    "blocked",
    ts("2026-12-02 10:00"),
    Evidence("run-c", ts("2026-12-02 10:00"), "udp_blocked"),
    1800.0,
    through_vpn=True,
)
NOW = ts("2026-12-04 12:00")


def test_the_sentence_a_complaint_quotes() -> None:
    assert period_line(WHITELIST, NOW, "en", UTC) == (
        "Mobile internet: whitelist mode from 2026-12-01 09:12 to 2026-12-03 18:40, "
        "57 h 28 min; checked every 30 min"
    )
    assert period_line(WHITELIST, NOW, "ru", UTC) == (
        "Мобильный интернет: режим белых списков с 2026-12-01 09:12 по 2026-12-03 18:40, "
        "57 ч 28 мин; проверка каждые 30 мин"
    )
    open_line = period_line(HOSTILE, NOW, "en", UTC)
    assert "through a VPN" in open_line and "since 2026-12-02 10:00, 50 h 0 min so far" in open_line


def _document(language: str = "en") -> dict[str, object]:
    return diary_document(
        [WHITELIST, HOSTILE], ts("2026-12-01 00:00"), ts("2026-12-04 00:00"), NOW, language, UTC
    )


def test_json_keeps_the_evidence_and_the_dates() -> None:
    data = json.loads(render_diary(_document(), "json"))
    first = data["periods"][0]
    assert data["kind"] == "svyaz-diary" and data["since"].startswith("2026-12-01T00:00")
    assert first["start"] == "2026-12-01T09:12:00+00:00" and first["duration_s"] == 206880
    assert first["start_evidence"] == {"run_id": "run-a", "code": "whitelist_mode"}
    assert first["end_evidence"]["run_id"] == "run-b" and first["interval_s"] == 1800
    assert data["periods"][1]["end"] is None and data["periods"][1]["through_vpn"] is True


def test_html_is_escaped() -> None:
    page = render_diary(_document(), "html")
    assert "<script>" not in page and "&lt;script&gt;" in page
    assert "Svyaz outage diary" in page and "57 h 28 min" in page


def test_csv_reads_back_and_is_safe_in_a_spreadsheet() -> None:
    rows = list(csv.reader(io.StringIO(render_diary(_document(), "csv"))))
    assert rows[0][0] == "Connection" and len(rows) == 3
    assert rows[1][2] == "2026-12-01T09:12:00+00:00" and rows[1][6] == "run-a → run-b"
    assert rows[2][3] == "still going"
    assert all(not cell.startswith(("=", "+", "-", "@")) for row in rows for cell in row)


def test_russian_and_empty() -> None:
    page = render_diary(_document("ru"), "html")
    assert "Дневник сбоев" in page and "режим белых списков" in page
    empty = diary_document([], 0.0, NOW, NOW, "en", UTC)
    assert "No outage was recorded" in render_diary(empty, "html")
    with pytest.raises(ValueError, match="unknown diary format"):
        render_diary(empty, "pdf")
    assert set(DIARY_FORMATS) == {"html", "csv", "json"}
