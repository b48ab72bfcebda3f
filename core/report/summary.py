"""The run's summary in words (core/rules/summary.py decides the order and the classes): the
CLI's closing lines and the short text report say it alike, in the person's language."""

from __future__ import annotations

from core.messages import render, service_name, text
from core.models import NetworkResult, ServiceResult
from core.rules.faces import function_label_key
from core.rules.summary import (
    Entry,
    NowGroup,
    Standing,
    Summary,
    function_standing,
    service_standing,
    shows_works_now,
)
from core.safetext import plain

NAMES_SHOWN = 5  # names listed under a cause before "and N more"
# Classes listed entry by entry, with each function's words; the others are a line of names,
# and so are these past DETAILED_MAX entries: every problem named, short enough for a chat.
DETAILED = frozenset({Standing.BLOCKED, Standing.SLOWED})
DETAILED_MAX = 8


def name_of(service: ServiceResult, language: str) -> str:
    return plain(service_name(service.service_id, service.name, language))


def cause_lines(summary: Summary, network: NetworkResult, language: str) -> list[str]:
    """The headline: the network's one cause and its one action, or "the internet works"."""
    if summary.cause is None:
        return [render(network.explanation, language)]
    if summary.cause in network.conditions:  # a condition cause: its words hold the action
        lines = [text(f"condition.{summary.cause}", dict(network.details), language)]
    else:
        lines = [render(network.explanation, language), render(network.advice, language)]
    if summary.folded:
        lines.append(folded_line(summary, language))
    return lines


def folded_line(summary: Summary, language: str) -> str:
    """What the network's cause accounts for: "Because of this, … (44 services): WhatsApp, …"."""
    if not summary.folded:
        return ""
    names = _names([e.service for e in summary.folded], language)
    return text("summary.folded", {"n": len(summary.folded), "names": names}, language)


def _names(services: list[ServiceResult], language: str) -> str:
    shown = ", ".join(name_of(s, language) for s in services[:NAMES_SHOWN])
    rest = len(services) - NAMES_SHOWN
    return text("summary.and_more", {"names": shown, "n": rest}, language) if rest > 0 else shown


def service_heading(service: ServiceResult, language: str, summary: Summary) -> str:
    """The words beside a service's name in a list: its class, and when only some of its
    functions are in it, which ("Blocked: calls"): never "Blocked" for WhatsApp when only its
    calls are, nor "Works" for Telegram when its calls could not be checked. A service the
    network's cause accounts for says so instead of a block of its own."""
    if any(e.service.service_id == service.service_id for e in summary.folded):
        return text("summary.affected", language=language)
    standing = service_standing(service)
    if standing is None:
        return text("status.unknown", language=language)
    if standing is Standing.UNCHECKABLE:  # everything else works: say both
        return text("summary.uncheckable_service", language=language)
    heading = text(f"standing.{standing}", language=language)
    if standing is Standing.WORKS:
        return heading
    tested = [f for f in service.functions if function_standing(f) is not None]
    hit = [f for f in tested if function_standing(f) is standing]
    if len(hit) == len(tested):
        return heading
    kinds = ", ".join(text(f"function.{f.kind.value}", language=language) for f in hit)
    return f"{heading}: {kinds}"


def entry_line(entry: Entry, language: str) -> str:
    """ "WhatsApp — calls: call traffic dropped; website: …"."""
    parts = [
        text(f"function.{f.kind.value}", language=language)
        + ": "
        + text(function_label_key(f), language=language)
        for f in entry.functions
    ]
    return f"{name_of(entry.service, language)} — " + "; ".join(parts)


def summary_lines(summary: Summary, network: NetworkResult, language: str) -> list[str]:
    """Every line of the summary in order: the cause, what works for you now (whitelist
    mode), then each class; every problem named."""
    return (
        cause_lines(summary, network, language)
        + works_now_lines(summary, language)
        + section_lines(summary, language)
    )


def now_heading(group: NowGroup, language: str) -> str:
    """What people need, in their words: "Messages", "Maps", "Sign-in"."""
    return text(f"works_now.kind.{group.kind.value}", language=language)


def now_names(group: NowGroup, language: str) -> str:
    """ "Yandex Maps (partly), 2GIS": every service, a partly working one marked."""
    partly = text("works_now.partly", language=language)
    return ", ".join(
        name_of(e.service, language) + (f" ({partly})" if e.partly else "") for e in group.entries
    )


def works_now_lines(summary: Summary, language: str) -> list[str]:
    """In whitelist mode, "Works for you now:" and a line per need, before the problems; when
    nothing the person uses answers, one line that says so. Nothing outside whitelist mode."""
    if not shows_works_now(summary):
        return []
    if not summary.works_now:
        return [text("works_now.nothing", language=language)]
    lines = [text("works_now.heading", language=language) + ":"]
    lines += [
        f"  • {now_heading(g, language)}: {now_names(g, language)}" for g in summary.works_now
    ]
    return lines


def section_lines(summary: Summary, language: str) -> list[str]:
    """Each class in order: blocked and slowed entry by entry with their functions' words,
    the others a line of names, and how many services work."""
    lines: list[str] = []
    for section in summary.sections:
        heading = text(f"standing.{section.standing}", language=language)
        if section.standing is Standing.WORKS:
            lines.append(text("summary.works_count", {"n": len(section.entries)}, language))
        elif section.standing in DETAILED and len(section.entries) <= DETAILED_MAX:
            lines.append(heading + ":")
            lines += ["  • " + entry_line(e, language) for e in section.entries]
        else:
            names = ", ".join(name_of(e.service, language) for e in section.entries)
            lines.append(f"{heading}: {names}")
    return lines
