"""Reports from a run (stored or current): JSON, one self-contained HTML file, a short text.

All three are rendered from the same redacted run document (core/report/privacy.py), so a
report is private by default whatever its format. The HTML is Jinja2 with autoescape on: block
page titles and anything else that came from the network are hostile text. It has no
scripts, fetches nothing (inline CSS, a Content-Security-Policy that forbids any fetch) and
fits a phone screen.
"""

from __future__ import annotations

import json
from datetime import datetime
from typing import Any

import jinja2

from core.document import run_from_dict, run_to_dict
from core.messages import data_used, render, text
from core.models import RunResult
from core.report.privacy import redact_document
from core.report.summary import (
    DETAILED,
    DETAILED_MAX,
    cause_lines,
    entry_line,
    name_of,
    now_heading,
    section_lines,
    service_heading,
    works_now_lines,
)
from core.resources import resource_path
from core.rules.faces import is_tested, label_key, measured_through, needs_no_words
from core.rules.summary import (
    STANDING_ORDER,
    Standing,
    Summary,
    function_standing,
    service_standing,
    shown_conditions,
    shown_function_status,
    summarize,
)

FORMATS = ("json", "html", "text")
EXTENSIONS = {"json": "json", "html": "html", "text": "txt"}
# The colour a class is shown in (the report's CSS classes, the window's status colours).
STANDING_CLASS = {
    Standing.BLOCKED: "blocked",
    Standing.SLOWED: "degraded",
    Standing.REFUSED: "unknown",
    Standing.REFUSES_VPN: "unknown",
    Standing.NOT_JUDGED: "unknown",
    Standing.UNCHECKABLE: "unknown",
    Standing.WORKS: "works",
}
_ENV_ORDER = (
    "network_type",
    "vpn",
    "vpn_interfaces",
    "proxy",
    "fake_ip",
    "bypass_tools",
    "local_addresses",
    "public_address",
    "resolvers",
    "provider",
    "asn",
)


def report_document(
    run: RunResult, language: str = "en", include_network_details: bool = False
) -> dict[str, Any]:
    """The run document in the versioned schema, redacted unless details are included; with
    the window's summary (`summary`: the cause, then each class in order, in the language)."""
    document = run_to_dict(run, language)
    document["summary"] = summary_document(run, language)
    return redact_document(document, include_network_details)


def summary_document(run: RunResult, language: str) -> dict[str, Any]:
    """The summary as data: what the JSON report says first, as the window and the text do."""
    summary = summarize(run)
    return {
        # "Measured through a VPN (interface wg0)": the whole run's label, said first
        "measured_through": _measured_through(run, language),
        "cause": summary.cause.value if summary.cause is not None else None,
        "headline": cause_lines(summary, run.network, language),
        "folded": [e.service.service_id for e in summary.folded],
        # whitelist mode: what the operator lets through now, per need, before the problems
        "works_now": [
            {
                "kind": group.kind.value,
                "heading": now_heading(group, language),
                "services": [
                    {
                        "id": e.service.service_id,
                        "name": name_of(e.service, language),
                        "partly": e.partly,
                    }
                    for e in group.entries
                ],
            }
            for group in summary.works_now
        ],
        "works_now_lines": works_now_lines(summary, language),
        "sections": [
            {
                "standing": section.standing.value,
                "heading": text(f"standing.{section.standing}", language=language),
                "services": [
                    {
                        "id": entry.service.service_id,
                        "name": name_of(entry.service, language),
                        "functions": [f.kind.value for f in entry.functions],
                    }
                    for entry in section.entries
                ],
            }
            for section in summary.sections
        ],
        "lines": section_lines(summary, language),
    }


def _measured_through(run: RunResult, language: str) -> str | None:
    label = measured_through(run.network)
    return render(label, language) if label is not None else None


def build_report(
    run: RunResult, fmt: str, language: str = "en", include_network_details: bool = False
) -> str:
    """The report as text in `fmt` (json | html | text)."""
    if fmt not in FORMATS:
        raise ValueError(f"report format must be one of {', '.join(FORMATS)}, not {fmt!r}")
    document = report_document(run, language, include_network_details)
    if fmt == "json":
        return json.dumps(document, ensure_ascii=False, indent=2) + "\n"
    if fmt == "html":
        return render_html(document, include_network_details)
    return render_text(document)


def report_filename(run: RunResult, fmt: str) -> str:
    """`svyaz-report-2026-11-24-1930.html`: the run's start in local time."""
    return f"svyaz-report-{local_time(run.started_at):%Y-%m-%d-%H%M}.{EXTENSIONS[fmt]}"


def local_time(iso: str) -> datetime:
    moment = datetime.fromisoformat(iso.replace("Z", "+00:00"))
    return moment.astimezone() if moment.tzinfo else moment


def when(iso: str) -> str:
    """`2026-11-24 19:30 (UTC+03:00)`: a reader elsewhere can still tell the hour."""
    moment = local_time(iso)
    offset = moment.strftime("%z")
    zone = f" (UTC{offset[:3]}:{offset[3:]})" if offset else ""
    return f"{moment:%Y-%m-%d %H:%M}{zone}"


# ---- HTML ----

_ENVIRONMENT = jinja2.Environment(
    loader=jinja2.FileSystemLoader(str(resource_path("templates"))),
    autoescape=True,  # every template, whatever its name: network text is hostile
    undefined=jinja2.StrictUndefined,
    trim_blocks=True,
    lstrip_blocks=True,
)


def render_html(document: dict[str, Any], include_network_details: bool = False) -> str:
    template = _ENVIRONMENT.get_template("report.html.j2")
    return template.render(view=_view(document, include_network_details))


def _view(document: dict[str, Any], include_network_details: bool) -> dict[str, Any]:
    """What the template shows, with every label already in the document's language."""
    lang = document["language"]

    def t(key: str, **params: Any) -> str:
        return text(key, params, lang)

    run = document["run"]
    services = document["services"]
    result = run_from_dict(document)
    summary = summarize(result)
    headline = cause_lines(summary, result.network, lang)
    names = {s.service_id: name_of(s, lang) for s in result.services}
    rank = {
        s.service_id: STANDING_ORDER.index(st) if (st := service_standing(s)) else 99
        for s in result.services
    }
    headings = {s.service_id: service_heading(s, lang, summary) for s in result.services}
    marks = {
        (s.service_id, f.kind.value): (
            shown_function_status(f).value,
            t(f"standing.{function_standing(f)}")
            if function_standing(f) in (Standing.REFUSED, Standing.REFUSES_VPN)
            else t(f"status.{shown_function_status(f).value}"),
        )
        for s in result.services
        for f in s.functions
    }
    classes = {
        s.service_id: STANDING_CLASS[st] if (st := service_standing(s)) else "unknown"
        for s in result.services
    }
    return {
        "lang": lang,
        "t": t,
        "title": t("report.title"),
        "when": t("report.run_at", when=when(run["started_at"])),
        "took": t("report.took", seconds=_seconds(run["duration_ms"], lang)),
        "incomplete": None if run["completed"] else t("run.incomplete"),
        "used": _used(run, lang),
        "measured_through": _measured_through(result, lang),
        "network": document["network"],
        # The window's order: the network's one cause first, then every problem by class.
        "headline": headline[0],
        "headline_more": headline[1:],
        "other_conditions": [
            c["text"]
            for c in document["network"]["conditions"]
            if c["code"] in shown_conditions(result.network)
        ],
        "summary": _summary_view(summary, t, lang),
        # Problems first: on a phone the reader should not scroll past what works.
        "services": [
            _service_view(s, t, names[s["id"]], headings[s["id"]], classes[s["id"]], marks)
            for s in sorted(services, key=lambda s: rank[s["id"]])
        ],
        "calls": [
            _call_view(v, names.get(v["service_id"], v["service_id"]), t)
            for v in document.get("calls", {}).get("verdicts", ())
        ],
        "call_chart": _call_chart(document.get("calls") or {}, names, t),
        "environment": _environment_view(document.get("environment", {}), t),
        "privacy": t("report.not_private" if include_network_details else "report.private"),
        "made_by": t(
            "report.made_by",
            version=document["tool"]["version"],
            schema=document["schema"],
            schema_version=document["schema_version"],
        ),
    }


_STATUSES = ("blocked", "degraded", "unknown", "works")


def _summary_view(summary: Summary, t: Any, lang: str) -> list[tuple[str, str, list[str]]]:
    """(colour, heading with its count, lines) per class: blocked and slowed entry by entry
    with their functions' words, the others their names."""
    shown: list[tuple[str, str, list[str]]] = []
    now = works_now_lines(summary, lang)
    if now:  # whitelist mode: what works for the person now tops the list
        shown.append(("works", now[0].rstrip(":"), [line.strip(" •") for line in now[1:]]))
    for section in summary.sections:
        n = len(section.entries)
        if section.standing is Standing.WORKS:
            shown.append(("works", t("summary.works_count", n=n), []))
            continue
        heading = f"{t(f'standing.{section.standing}')} ({n})"
        if section.standing in DETAILED and n <= DETAILED_MAX:
            lines = [entry_line(e, lang) for e in section.entries]
        else:
            lines = [", ".join(name_of(e.service, lang) for e in section.entries)]
        shown.append((STANDING_CLASS[section.standing], heading, lines))
    return shown


def _seconds(ms: float, language: str) -> str:
    seconds = ms / 1000
    shown = f"{seconds:.1f}" if seconds < 10 else f"{seconds:.0f}"
    return shown.replace(".", ",") if language == "ru" else shown


def _service_view(
    service: dict[str, Any],
    t: Any,
    name: str,
    heading: str,
    css: str,
    marks: dict[tuple[str, str], tuple[str, str]],
) -> dict[str, Any]:
    functions = []
    for f in service["functions"]:
        steps = []
        for e in f["endpoints"]:
            for s in e["steps"]:
                title = s["detail"].get("title") if isinstance(s["detail"], dict) else None
                steps.append(
                    {
                        "kind": s["kind"],
                        "target": s["target"],
                        "outcome": s["outcome"],
                        "ok": s["ok"],
                        "ms": f"{s['duration_ms']:.0f}",
                        "title": t("report.page_title", title=title) if title else "",
                    }
                )
        functions.append(
            {
                "label": t(f"function.{f['kind']}"),
                "status": marks[(service["id"], f["kind"])][0],
                "status_text": marks[(service["id"], f["kind"])][1],
                "code_text": ""
                if needs_no_words(f["code"])
                else t(label_key(f["code"], f["explanation"]["key"])),
                "explanation": f["explanation"]["text"],
                "advice": f["advice"]["text"],
                "evidence": [m["text"] for m in f["evidence"]],
                "steps": steps,
            }
        )
    return {"name": name, "status": css, "status_text": heading, "functions": functions}


def _call_view(verdict: dict[str, Any], name: str, t: Any) -> dict[str, Any]:
    """One messenger's line in the document's `calls`: its verdict, MOS and loss."""
    # A path that proves nothing shows no figures: "100 % loss" beside "not tested" misleads.
    figures = (verdict["figures"] or {}) if is_tested(verdict["code"]) else {}
    shown = []
    if figures.get("mos") is not None:
        shown.append(t("report.mos", mos=f"{figures['mos']:.1f}"))
    if figures.get("loss_pct") is not None:
        shown.append(t("report.loss", loss=f"{figures['loss_pct']:g}"))
    status = verdict["status"]
    return {
        "service": name,
        "status": status if status in _STATUSES else "unknown",
        "label": t(f"label.{verdict['code']}"),
        "figures": ", ".join(shown),
    }


# The call test's chart: one bar per path on the MOS scale (1-5), drawn as inline SVG (no
# script, nothing fetched); the dashed mark is where people start to complain (call_poor).
CHART_LABEL_W, CHART_BAR_W, CHART_ROW_H = 215, 200, 26
MOS_FLOOR, MOS_TOP, POOR_MARK = 1.0, 5.0, 3.6
# Colours as attributes too, for viewers without CSS (the page's CSS wins, dark mode included).
CHART_COLOURS = {
    "works": "#1e7b34",
    "degraded": "#9a6200",
    "blocked": "#b3261e",
    "unknown": "#5d5d5d",
}


def _call_chart(calls: dict[str, Any], names: dict[str, str], t: Any) -> dict[str, Any] | None:
    """Bars for the call test's verdicts (its controls' too): MOS and loss for a path that was
    measured, "?" for one whose silence proves nothing."""
    bars = []
    for i, verdict in enumerate(calls.get("verdicts") or ()):
        figures = verdict.get("figures") or {}
        mos = figures.get("mos") if is_tested(verdict["code"]) else None
        share = 0.0
        if isinstance(mos, int | float):
            share = (min(max(mos, MOS_FLOOR), MOS_TOP) - MOS_FLOOR) / (MOS_TOP - MOS_FLOOR)
            loss = figures.get("loss_pct")
            value = t("report.mos", mos=f"{mos:.1f}")
            if isinstance(loss, int | float):
                value += " · " + t("report.loss", loss=f"{loss:g}")
        elif is_tested(verdict["code"]):
            value = t(f"label.{verdict['code']}")
        else:
            value = "? " + t(f"label.{verdict['code']}")
        status = verdict.get("status")
        status = status if status in _STATUSES else "unknown"
        bars.append(
            {
                "y": 8 + i * CHART_ROW_H,
                "label": names.get(verdict["service_id"], verdict["service_id"]),
                "width": round(share * CHART_BAR_W, 1),
                "value": value,
                "status": status,
                "colour": CHART_COLOURS[status],
            }
        )
    if not bars:
        return None
    poor = (POOR_MARK - MOS_FLOOR) / (MOS_TOP - MOS_FLOOR) * CHART_BAR_W
    return {
        "title": t("report.call_chart"),
        "height": 16 + len(bars) * CHART_ROW_H,
        "label_w": CHART_LABEL_W,
        "full_w": CHART_BAR_W,
        "poor_x": round(CHART_LABEL_W + poor, 1),
        "bars": bars,
    }


def _environment_view(env: dict[str, Any], t: Any) -> list[tuple[str, str]]:
    rows = []
    for key in _ENV_ORDER:
        if key not in env:
            continue
        value = env[key]
        if isinstance(value, bool):
            shown = t("report.yes") if value else t("report.no")
        elif isinstance(value, list):
            shown = ", ".join(str(v) for v in value) if value else "—"
        elif value is None or value == "":
            shown = "—"
        else:
            shown = str(value)
        rows.append((t(f"report.env.{key}"), shown))
    return rows


# ---- text ----


def render_text(document: dict[str, Any]) -> str:
    """A few lines for a messenger chat, the window's summary in words: the network's cause,
    then every problem by class (each named: this is what people paste), then what works."""
    lang = document["language"]
    run = document["run"]
    result = run_from_dict(document)
    summary = summarize(result)
    lines = [text("report.text_head", {"when": when(run["started_at"])}, lang)]
    tunnel = _measured_through(result, lang)
    lines += [f"! {tunnel}"] if tunnel else []
    lines += cause_lines(summary, result.network, lang)
    lines += works_now_lines(summary, lang)
    lines += [
        "! " + c["text"]
        for c in document["network"]["conditions"]
        if c["code"] in shown_conditions(result.network)
    ]
    if not run["completed"]:
        lines.append("! " + text("run.incomplete", language=lang))
    lines += section_lines(summary, lang)
    used = _used(run, lang)
    if used:
        lines.append(used)
    return "\n".join(lines) + "\n"


def _used(run: dict[str, Any], lang: str) -> str | None:
    """ "2.1 MB used": the run's own traffic, when the document counted it (issue 20)."""
    sent, received = run.get("bytes_sent"), run.get("bytes_received")
    if not isinstance(sent, int) or not isinstance(received, int):
        return None
    return data_used(sent, received, lang)
