"""The call test in reports and in a diagnostic: plain data for `RunResult.calls` and the JSON
document, and a messenger's call verdict as its `calls` function result."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import asdict, replace
from typing import Any

from core.calls import emodel
from core.codes import Verdict
from core.messages import render
from core.models import (
    CallFigures,
    CallTestFinished,
    CallVerdict,
    EndpointResult,
    FunctionKind,
    FunctionResult,
    Message,
    Protocol,
)


def figures_to_dict(figures: CallFigures) -> dict[str, Any]:
    data = asdict(figures)
    data["band"] = emodel.band(figures.mos) if figures.mos is not None else None
    return data


def _message(message: Message) -> dict[str, Any]:
    return {"key": message.key, "params": dict(message.params)}


def calls_to_data(finished: CallTestFinished, requested_s: float) -> dict[str, Any]:
    """Language-neutral: what `RunResult.calls` holds (docs/report-schema.md, `calls`)."""
    return {
        "duration_s": finished.duration_s,
        "requested_s": requested_s,
        "completed": finished.completed,
        "verdicts": [
            {
                "service_id": v.service_id,
                "code": v.code,
                "status": v.status.value,
                "explanation": _message(v.explanation),
                "advice": _message(v.advice),
                "evidence": [_message(m) for m in v.evidence],
                "tcp_fallback": v.tcp_fallback,
                "figures": figures_to_dict(v.figures) if v.figures else None,
                "targets": {label: figures_to_dict(f) for label, f in v.targets.items()},
            }
            for v in finished.verdicts
        ],
    }


def calls_document(data: Mapping[str, Any], language: str) -> dict[str, Any]:
    """`calls_to_data` with every message's text rendered in `language`."""
    if not data:
        return {}

    def with_text(m: Any) -> Any:
        if not isinstance(m, Mapping) or "key" not in m:
            return m  # not a message (an older or hand-made document): kept as it is
        params = dict(m.get("params") or {})
        return {
            "key": m["key"],
            "params": params,
            "text": render(Message(str(m["key"]), params), language),
        }

    document = dict(data)
    document["verdicts"] = [
        {
            **v,
            **{key: with_text(v[key]) for key in ("explanation", "advice") if key in v},
            "evidence": [with_text(m) for m in v.get("evidence", ())],
        }
        for v in data.get("verdicts", ())
        if isinstance(v, Mapping)
    ]
    return document


def target_code(verdict: CallVerdict, endpoint_label: str, known: bool) -> Verdict:
    figures = verdict.targets.get(endpoint_label)
    if figures is None:
        return Verdict.NOT_TESTED
    if figures.received and figures.cut_after is None:
        return Verdict.OK
    if figures.cut_after is not None or (known and verdict.code == Verdict.UDP_BLOCKED):
        return Verdict.UDP_BLOCKED
    return Verdict.NOT_TESTED


def function_result(verdict: CallVerdict, endpoints: Sequence[EndpointResult]) -> FunctionResult:
    """A messenger's `calls` function judged by the call test; its STUN endpoints carry the
    call test's figures, its TCP/TLS endpoints their own probe results (the fallback)."""
    results = []
    for e in endpoints:
        if e.endpoint.protocol != Protocol.STUN:
            results.append(e)
            continue
        label = f"{e.endpoint.host}:{e.endpoint.port}"
        figures = verdict.targets.get(label)
        results.append(
            replace(
                e,
                code=target_code(verdict, label, bool(e.endpoint.stun_answers)),
                figures=figures_to_dict(figures) if figures else {},
            )
        )
    return FunctionResult(
        service_id=verdict.service_id,
        kind=FunctionKind.CALLS,
        code=verdict.code,
        status=verdict.status,
        explanation=verdict.explanation,
        advice=verdict.advice,
        evidence=verdict.evidence,
        endpoints=tuple(results),
    )
