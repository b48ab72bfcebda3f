"""The diary's export: the core's dated report (core/report/diary.py) for the chosen days."""

from __future__ import annotations

from datetime import datetime

from core.history import History

FORMATS = ("html", "csv", "json")


def diary_document(
    history: History, since: datetime, until: datetime, fmt: str, language: str
) -> str:
    """The report's text in `fmt` for the periods overlapping [since, until)."""
    from core.report import diary  # type: ignore[attr-defined]

    periods = history.diary(since, until)
    return str(diary.render(periods, since, until, fmt, language))
