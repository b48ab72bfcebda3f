"""The outage diary as a dated report a person can attach to a complaint: HTML, CSV or JSON.

"Mobile internet: whitelist mode from 2026-12-01 09:12 to 2026-12-03 18:40, 57 h 28 min;
checked every 30 min". Times are local with the zone named; every period names the runs kept
in history at both ends (its evidence). Network text never reaches the HTML unescaped.
"""

from __future__ import annotations

import csv
import html
import io
import json
from collections.abc import Sequence
from datetime import datetime, tzinfo
from typing import Any

from core import __version__
from core.messages import service_name, text
from core.periods import Period, SubjectKind

DIARY_FORMATS = ("html", "csv", "json")


def local(at: float, tz: tzinfo | None = None) -> datetime:
    return datetime.fromtimestamp(at, tz).astimezone(tz)


def stamp(at: float, tz: tzinfo | None = None) -> str:
    """ "2026-12-01 09:12" in local time."""
    return local(at, tz).strftime("%Y-%m-%d %H:%M")


def duration_words(seconds: float, language: str = "en") -> str:
    """ "57 h 28 min", "25 min"."""
    minutes = max(0, round(seconds / 60))
    hours, rest = divmod(minutes, 60)
    if hours:
        return text("diary.duration.hm", {"h": hours, "m": rest}, language)
    return text("diary.duration.m", {"m": rest}, language)


def where_words(period: Period, language: str = "en") -> str:
    where = text(f"diary.link.{period.link}", language=language)
    if where.startswith("diary.link."):
        where = text("diary.link.unknown", language=language)
    if period.through_vpn:
        where = text("diary.through_vpn", {"where": where}, language)
    return where


def what_words(period: Period, language: str = "en") -> str:
    subject = period.subject
    if subject.kind is SubjectKind.NETWORK:
        return text(f"diary.what.{subject.condition}", language=language)
    params = {
        "service": service_name(subject.service_id, subject.name or subject.service_id, language),
        "function": subject.function,  # the kind: the message table words it
    }
    return text(f"diary.what.{period.state}", params, language)


def period_line(period: Period, now: float, language: str = "en", tz: tzinfo | None = None) -> str:
    """One period in one sentence (the CLI prints these; the HTML lists them)."""
    params = {
        "where": where_words(period, language),
        "what": what_words(period, language),
        "start": stamp(period.start, tz),
        "end": stamp(period.end, tz) if period.end is not None else "",
        "duration": duration_words(period.duration(now), language),
        "interval": duration_words(period.interval_s, language),
    }
    key = "diary.line" if period.end is not None else "diary.line_open"
    return text(key, params, language)


def diary_document(
    periods: Sequence[Period],
    since: float,
    until: float,
    now: float,
    language: str = "en",
    tz: tzinfo | None = None,
) -> dict[str, Any]:
    """The report's data (the JSON format as is; HTML and CSV render it)."""
    zone = local(now, tz).strftime("%Z%z") or "UTC"
    return {
        "kind": "svyaz-diary",
        "version": 1,
        "svyaz": __version__,
        "language": language,
        "made": local(now, tz).isoformat(timespec="seconds"),
        "since": local(since, tz).isoformat(timespec="seconds"),
        "until": local(until, tz).isoformat(timespec="seconds"),
        "zone": zone,
        "periods": [_period_entry(p, now, language, tz) for p in periods],
    }


def _period_entry(p: Period, now: float, language: str, tz: tzinfo | None) -> dict[str, Any]:
    s = p.subject
    return {
        "line": period_line(p, now, language, tz),
        "kind": s.kind.value,
        "service_id": s.service_id or None,
        "service": s.name or None,
        "function": s.function or None,
        "condition": s.condition or None,
        "state": p.state,
        "connection": where_words(p, language),
        "what": what_words(p, language),
        "link": p.link,
        "through_vpn": p.through_vpn,
        "start": local(p.start, tz).isoformat(timespec="seconds"),
        "end": local(p.end, tz).isoformat(timespec="seconds") if p.end is not None else None,
        "duration_s": round(p.duration(now)),
        "duration": duration_words(p.duration(now), language),
        "interval_s": round(p.interval_s),
        "start_evidence": {"run_id": p.start_evidence.run_id, "code": p.start_evidence.code},
        "end_evidence": (
            {"run_id": p.end_evidence.run_id, "code": p.end_evidence.code}
            if p.end_evidence is not None
            else None
        ),
    }


def render_diary(document: dict[str, Any], fmt: str) -> str:
    """The document as `fmt` (`DIARY_FORMATS`)."""
    if fmt == "json":
        return json.dumps(document, ensure_ascii=False, indent=2) + "\n"
    if fmt == "csv":
        return _csv(document)
    if fmt == "html":
        return _html(document)
    raise ValueError(f"unknown diary format {fmt!r}: one of {', '.join(DIARY_FORMATS)}")


_COLUMNS = ("where", "what", "start", "end", "duration", "interval", "evidence")


def _row(entry: dict[str, Any], language: str) -> list[str]:
    end = entry["end"] or text("diary.still_going", language=language)
    evidence = entry["start_evidence"]["run_id"]
    if entry["end_evidence"]:
        evidence += " → " + entry["end_evidence"]["run_id"]
    interval = duration_words(entry["interval_s"], language)
    return [
        entry["connection"],
        entry["what"],
        entry["start"],
        end,
        entry["duration"],
        interval,
        evidence,
    ]


def _csv(document: dict[str, Any]) -> str:
    language = document["language"]
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow([text(f"diary.col.{c}", language=language) for c in _COLUMNS])
    for entry in document["periods"]:
        writer.writerow([_spreadsheet_safe(cell) for cell in _row(entry, language)])
    return out.getvalue()


def _spreadsheet_safe(cell: str) -> str:
    """A cell a spreadsheet would run as a formula (=, +, -, @) is quoted as text."""
    return "'" + cell if cell[:1] in ("=", "+", "-", "@") else cell


def _html(document: dict[str, Any]) -> str:
    language = document["language"]

    def t(key: str, params: dict[str, Any] | None = None) -> str:
        return html.escape(text(key, params, language))

    def esc(value: object) -> str:
        return html.escape(str(value))

    range_words = t(
        "diary.range",
        {
            "since": document["since"].replace("T", " ")[:16],
            "until": document["until"].replace("T", " ")[:16],
            "zone": document["zone"],
            "made": document["made"].replace("T", " ")[:16],
            "version": document["svyaz"],
        },
    )
    lines = "".join(f"<li>{esc(p['line'])}</li>" for p in document["periods"])
    head = "".join(f"<th>{t(f'diary.col.{c}')}</th>" for c in _COLUMNS)
    rows = "".join(
        "<tr>" + "".join(f"<td>{esc(cell)}</td>" for cell in _row(p, language)) + "</tr>"
        for p in document["periods"]
    )
    body = (
        f"<ul>{lines}</ul><table><thead><tr>{head}</tr></thead><tbody>{rows}</tbody></table>"
        if document["periods"]
        else f"<p>{t('diary.empty')}</p>"
    )
    return (
        f'<!DOCTYPE html>\n<html lang="{esc(language)}"><head><meta charset="utf-8">'
        f"<title>{t('diary.title')}</title><style>"
        "body{font-family:system-ui,sans-serif;margin:2em;max-width:60em}"
        "table{border-collapse:collapse}td,th{border:1px solid #999;padding:.3em .5em;"
        "text-align:left;vertical-align:top}</style></head><body>"
        f"<h1>{t('diary.title')}</h1><p>{range_words}</p>{body}"
        f"<p><small>{t('diary.note')}</small></p></body></html>\n"
    )
