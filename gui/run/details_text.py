"""A service's details as HTML (for the dialog) and plain text (for "copy details").

Everything here may come from the network (block page titles, addresses, error strings): the
HTML is built only from escaped pieces.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QCoreApplication

from core.codes import Verdict
from core.messages import render, text
from core.models import FunctionKind, FunctionResult, Status, Step
from gui.calls.words import figures_line
from gui.run.state import ServiceState
from gui.status_style import MARKS


def _what_to_try() -> str:
    return QCoreApplication.translate("DetailsText", "What to try:")


def _no_results() -> str:
    return QCoreApplication.translate("DetailsText", "No results yet.")


def _evidence() -> str:
    return QCoreApplication.translate("DetailsText", "Evidence:")


def _step_line(step: Step) -> str:
    addresses = f" [{', '.join(step.addresses)}]" if step.addresses else ""
    errors = f" — {'; '.join(step.errors)}" if step.errors else ""
    mark = "✓" if step.ok else "✗"
    return (
        f"{mark} {step.kind.value.upper()} {step.target}: {step.outcome}, "
        f"{step.duration_ms:.0f} ms{addresses}{errors}"
    )


def _function_heading(function: FunctionResult, language: str) -> str:
    label = text(f"function.{function.kind.value}", language=language)
    status = text(f"status.{function.status.value}", language=language)
    verdict = (
        ""
        if function.code == Verdict.OK
        else f" — {text(f'label.{function.code}', language=language)}"
    )
    return f"{MARKS[function.status]} {label.capitalize()}: {status}{verdict}"


def details_plain(state: ServiceState, language: str) -> str:
    lines = [state.service.name]
    if state.result is not None:
        lines[0] += " — " + text(f"status.{state.result.status.value}", language=language)
    for function in _functions(state):
        lines.append("")
        lines.append(_function_heading(function, language))
        lines.append(render(function.explanation, language))
        lines.append(_what_to_try() + " " + render(function.advice, language))
        for message in function.evidence:
            lines.append("  • " + render(message, language))
        for endpoint in function.endpoints:
            ep = endpoint.endpoint
            lines.append(f"  {ep.host}:{ep.port} ({ep.protocol.value}) → {endpoint.code}")
            if call := figures_line(endpoint.figures, language):
                lines.append("    " + call)
            lines.extend("    " + _step_line(step) for step in endpoint.steps)
    if len(lines) == 1:
        lines.append(_no_results())
    return "\n".join(lines)


def details_html(state: ServiceState, language: str) -> str:
    parts = [f"<h2>{escape(state.service.name)}</h2>"]
    functions = _functions(state)
    if not functions:
        parts.append(f"<p>{escape(_no_results())}</p>")
    for function in functions:
        parts.append(f"<h3>{escape(_function_heading(function, language))}</h3>")
        parts.append(f"<p>{escape(render(function.explanation, language))}</p>")
        advice = escape(render(function.advice, language))
        parts.append(f"<p><b>{escape(_what_to_try())}</b> {advice}</p>")
        if function.evidence:
            items = "".join(f"<li>{escape(render(m, language))}</li>" for m in function.evidence)
            parts.append(f"<p><b>{escape(_evidence())}</b></p><ul>{items}</ul>")
        for endpoint in function.endpoints:
            ep = endpoint.endpoint
            parts.append(
                f"<p><tt>{escape(f'{ep.host}:{ep.port}')}</tt> ({escape(ep.protocol.value)}) → "
                f"<b>{escape(endpoint.code)}</b></p>"
            )
            if call := figures_line(endpoint.figures, language):
                parts.append(f"<p>{escape(call)}</p>")
            steps = "".join(f"<li><tt>{escape(_step_line(s))}</tt></li>" for s in endpoint.steps)
            if steps:
                parts.append(f"<ul>{steps}</ul>")
    return "".join(parts)


_PROBLEMS_FIRST = {Status.BLOCKED: 0, Status.DEGRADED: 1, Status.UNKNOWN: 2, Status.WORKS: 3}


def _functions(state: ServiceState) -> list[FunctionResult]:
    """What is broken first (that is what the person opened the details for), then the rest."""
    order = sorted((f.kind for f in state.service.functions), key=list(FunctionKind).index)
    found = [state.functions[k] for k in order if k in state.functions]
    return sorted(found, key=lambda f: _PROBLEMS_FIRST[f.status])
