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

from core.document import run_to_dict
from core.messages import data_used, text
from core.models import RunResult
from core.report.privacy import redact_document
from core.resources import resource_path
from core.rules.faces import is_tested, needs_no_words
from core.safetext import chat, plain

FORMATS = ("json", "html", "text")
EXTENSIONS = {"json": "json", "html": "html", "text": "txt"}
TEXT_LIST_LIMIT = 8  # services named per status in the text summary before "and N more"
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
    """The run document in the versioned schema, redacted unless details are included."""
    return redact_document(run_to_dict(run, language), include_network_details)


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
    counts = {s: sum(1 for x in services if x["status"] == s) for s in _STATUSES}
    names = {s["id"]: s["name"] for s in services}
    return {
        "lang": lang,
        "t": t,
        "title": t("report.title"),
        "when": t("report.run_at", when=when(run["started_at"])),
        "took": t("report.took", seconds=_seconds(run["duration_ms"], lang)),
        "incomplete": None if run["completed"] else t("run.incomplete"),
        "used": _used(run, lang),
        "network": document["network"],
        "counts": [(s, t(f"status.{s}"), counts[s]) for s in _STATUSES if counts[s]],
        # Problems first: on a phone the reader should not scroll past what works.
        "services": [
            _service_view(s, t)
            for s in sorted(services, key=lambda s: _STATUSES.index(s["status"]))
        ],
        "calls": [
            _call_view(v, names.get(v["service_id"], v["service_id"]), t)
            for v in document.get("calls", {}).get("verdicts", ())
        ],
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


def _seconds(ms: float, language: str) -> str:
    seconds = ms / 1000
    shown = f"{seconds:.1f}" if seconds < 10 else f"{seconds:.0f}"
    return shown.replace(".", ",") if language == "ru" else shown


def _service_view(service: dict[str, Any], t: Any) -> dict[str, Any]:
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
                "status": f["status"],
                "status_text": t(f"status.{f['status']}"),
                "code_text": "" if needs_no_words(f["code"]) else t(f"label.{f['code']}"),
                "explanation": f["explanation"]["text"],
                "advice": f["advice"]["text"],
                "evidence": [m["text"] for m in f["evidence"]],
                "steps": steps,
            }
        )
    return {
        "name": plain(service["name"]),
        "status": service["status"],
        "status_text": service["status_text"],
        "functions": functions,
    }


def _call_view(verdict: dict[str, Any], name: str, t: Any) -> dict[str, Any]:
    """One messenger's line in the document's `calls`: its verdict, MOS and loss."""
    figures = verdict["figures"] or {}
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
    """A few lines for a messenger chat: the verdict, then what is blocked or degraded."""
    lang = document["language"]
    run = document["run"]
    lines = [
        text("report.text_head", {"when": when(run["started_at"])}, lang),
        document["network"]["explanation"]["text"],
    ]
    lines += ["! " + c["text"] for c in document["network"]["conditions"]]
    if not run["completed"]:
        lines.append("! " + text("run.incomplete", language=lang))
    for status in ("blocked", "degraded", "unknown"):
        hit = []
        for service in document["services"]:
            # "not tested" says nothing about the network: not worth a line in a chat
            parts = [
                text(f"function.{f['kind']}", language=lang)
                + " — "
                + text(f"label.{f['code']}", language=lang)
                for f in service["functions"]
                if f["status"] == status and is_tested(f["code"])
            ]
            if service["status"] == status and parts:
                hit.append(f"• {chat(service['name'])}: " + "; ".join(parts))
        if not hit:
            continue
        lines.append(text(f"status.{status}", language=lang) + ":")
        lines += hit[:TEXT_LIST_LIMIT]
        if len(hit) > TEXT_LIST_LIMIT:
            lines.append(text("report.more", {"n": len(hit) - TEXT_LIST_LIMIT}, lang))
    works = sum(1 for s in document["services"] if s["status"] == "works")
    if works:
        lines.append(f"{text('status.works', language=lang)}: {works}")
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
