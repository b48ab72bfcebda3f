"""A service's details in two layers, as HTML (the dialog) and plain text ("copy details").

The first layer is for the person: per function the verdict's headline, the explanation, what
to try and the evidence in sentences, all in the window's language (`gui.words.plain`). The
second, folded under "Technical details", is for a volunteer: each endpoint's verdict code and
the raw steps (timings, addresses, error text), repeated lines merged. Everything here may come
from the network (block page titles, addresses, error strings): the HTML is built only from
escaped pieces.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QCoreApplication

from core.messages import format_rate, render, text
from core.models import FunctionKind, FunctionResult, Step
from core.rules.faces import needs_no_words, note_beside_works
from core.rules.summary import shown_function_status
from gui.calls.words import figures_line
from gui.run.state import ServiceState
from gui.status_style import MARKS
from gui.words import PROBLEM_ORDER, advice, headline, plain, service_name


def _what_to_try() -> str:
    return QCoreApplication.translate("DetailsText", "What to try:")


def _no_results() -> str:
    return QCoreApplication.translate("DetailsText", "No results yet.")


def _evidence() -> str:
    return QCoreApplication.translate("DetailsText", "Evidence:")


def _technical() -> str:
    return QCoreApplication.translate("DetailsText", "Technical details")


def _step_key(step: Step) -> str:
    """One step as the fold shows it; a paired pull or handshake names the server name it
    sent and its rate, so the slowed name and the control name cannot be mistaken."""
    addresses = f" [{', '.join(step.addresses)}]" if step.addresses else ""
    errors = f" — {'; '.join(step.errors)}" if step.errors else ""
    mark = "✓" if step.ok else "✗"
    name = step.detail.get("server_name")
    named = f" ({name})" if isinstance(name, str) and name else ""
    rate = step.detail.get("rate_kbps")
    measured = f" {format_rate(float(rate))}" if isinstance(rate, int | float) else ""
    return (
        f"{mark} {step.kind.value.upper()} {step.target}{named}: "
        f"{step.outcome}{measured}{addresses}{errors}"
    )


def merged_steps(steps: tuple[Step, ...] | list[Step]) -> list[str]:
    """One line per distinct step; repeats (the same outcome again) become "×3, 12–15 ms"."""
    order: list[str] = []
    durations: dict[str, list[float]] = {}
    for step in steps:
        key = _step_key(step)
        if key not in durations:
            order.append(key)
            durations[key] = []
        durations[key].append(step.duration_ms)
    lines = []
    for key in order:
        times = durations[key]
        low, high = min(times), max(times)
        span = f"{low:.0f} ms" if round(low) == round(high) else f"{low:.0f}–{high:.0f} ms"
        repeat = f" ×{len(times)}" if len(times) > 1 else ""
        lines.append(f"{key}{repeat} ({span})")
    return lines


def heading(function: FunctionResult, language: str) -> str:
    """ "✗ Calls: Calls blocked" — the function and the cause, in the window's language."""
    label = text(f"function.{function.kind.value}", language=language).capitalize()
    words = headline(function, language)
    if words.lower().startswith(label.lower()):
        return f"{MARKS[shown_function_status(function)]} {words}"  # not "Calls: Calls…"
    return f"{MARKS[shown_function_status(function)]} {label}: {words}"


def _title(state: ServiceState, language: str) -> str:
    return service_name(state.service.id, state.service.name, language)


def technical_lines(state: ServiceState, language: str) -> list[str]:
    """The fold: per function and endpoint the verdict code, call figures and merged steps."""
    lines: list[str] = []
    for function in functions(state):
        lines.append(f"{function.kind.value}: {function.code} ({function.status.value})")
        for endpoint in function.endpoints:
            ep = endpoint.endpoint
            label = text(f"label.{endpoint.code}", language=language)
            # the name the verdict is about (a throttled name sent to a control name's host)
            shown = ep.server_name or ep.host
            via = f" via {ep.host}" if shown != ep.host else ""
            lines.append(
                f"  {shown}:{ep.port}{via} ({ep.protocol.value}) → {label} [{endpoint.code}]"
            )
            for message in endpoint.evidence:
                lines.append("    " + render(message, language))
            if call := figures_line(endpoint.figures, language):
                lines.append("    " + call)
            lines.extend("    " + line for line in merged_steps(endpoint.steps))
    return lines


def details_plain(state: ServiceState, language: str, network: str | None = None) -> str:
    """`network`: the run's network verdict code (what to try depends on it)."""
    lines = [_title(state, language)]
    found = functions(state)
    for function in found:
        lines += ["", heading(function, language)]
        if needs_no_words(function.code):
            if note := note_beside_works(function):
                lines.append(render(note, language))
            continue  # "✓ Messages: Works" says it all
        lines.append(plain(function.explanation, language))
        lines.append(_what_to_try() + " " + advice(function, language, network))
        lines.extend("  • " + plain(message, language) for message in function.evidence)
    if not found:
        lines.append(_no_results())
    technical = technical_lines(state, language)
    if technical:
        lines += ["", _technical(), *technical]
    return "\n".join(lines)


def details_html(state: ServiceState, language: str, network: str | None = None) -> str:
    """The first layer only: no step, code or error text (those are in the fold)."""
    parts = [f"<h2>{escape(_title(state, language))}</h2>"]
    found = functions(state)
    if not found:
        parts.append(f"<p>{escape(_no_results())}</p>")
    for function in found:
        parts.append(f"<h3>{escape(heading(function, language))}</h3>")
        if needs_no_words(function.code):
            if note := note_beside_works(function):
                parts.append(f"<p>{escape(render(note, language))}</p>")
            continue
        parts.append(f"<p>{escape(plain(function.explanation, language))}</p>")
        words = escape(advice(function, language, network))
        parts.append(f"<p><b>{escape(_what_to_try())}</b> {words}</p>")
        if function.evidence:
            items = "".join(f"<li>{escape(plain(m, language))}</li>" for m in function.evidence)
            parts.append(f"<p><b>{escape(_evidence())}</b></p><ul>{items}</ul>")
    return "".join(parts)


def functions(state: ServiceState) -> list[FunctionResult]:
    """What is broken first (that is what the person opened the details for), then the rest."""
    order = sorted((f.kind for f in state.service.functions), key=list(FunctionKind).index)
    found = [state.functions[k] for k in order if k in state.functions]
    return sorted(found, key=lambda f: PROBLEM_ORDER[f.status])
