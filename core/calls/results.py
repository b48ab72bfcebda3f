"""The call test in a diagnostic: a messenger's call verdict as its `calls` function result
(the run keeps the whole test as `CallResults`; core/document.py serialises both)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from core.document import call_figures_to_dict
from core.models import (
    CallVerdict,
    EndpointResult,
    FunctionKind,
    FunctionResult,
    Protocol,
)
from core.rules import calls as call_rules


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
                code=call_rules.target_code(verdict, label, bool(e.endpoint.stun_answers)),
                figures=call_figures_to_dict(figures) if figures else {},
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
