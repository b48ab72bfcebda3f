"""A confirmed change in words, and a group of them as one notification line."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime, tzinfo

from core.messages import service_name, text
from core.periods import SubjectKind
from core.rules.watch import Change, is_problem


def clock_time(at: float, now: float | None = None, tz: tzinfo | None = None) -> str:
    """Local "14:05"; "2026-12-01 14:05" when `at` is not on `now`'s day."""
    moment = datetime.fromtimestamp(at, tz)
    if now is not None and datetime.fromtimestamp(now, tz).date() != moment.date():
        return moment.strftime("%Y-%m-%d %H:%M")
    return moment.strftime("%H:%M")


def change_words(
    change: Change, language: str = "en", now: float | None = None, tz: tzinfo | None = None
) -> str:
    """ "WhatsApp calls blocked since 14:05", "No internet since 09:12"."""
    time = clock_time(change.since, now, tz)
    subject = change.subject
    if subject.kind is SubjectKind.NETWORK:
        side = "on" if is_problem(change.after) else "off"
        return text(f"watch.network.{subject.condition}.{side}", {"time": time}, language)
    key = f"watch.change.{change.after}"
    if change.after == "works" and change.before is None:
        key = "watch.change.works_first"
    params = {
        "service": service_name(subject.service_id, subject.name or subject.service_id, language),
        "function": subject.function,  # the kind: the message table words it
        "time": time,
    }
    return text(key, params, language)


def grouped(
    changes: Iterable[Change],
    language: str = "en",
    now: float | None = None,
    tz: tzinfo | None = None,
) -> str:
    """The changes in one line, network first, then problems, then what works again."""
    ordered = sorted(
        changes,
        key=lambda c: (
            c.subject.kind is not SubjectKind.NETWORK,
            not is_problem(c.after),
            c.since,
        ),
    )
    separator = text("watch.separator", language=language)
    return separator.join(change_words(c, language, now, tz) for c in ordered)
