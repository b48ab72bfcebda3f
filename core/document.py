"""A run <-> the versioned JSON document (docs/report-schema.md, resources/report-schema.json).

The document carries both the stable codes and message keys (so it can be re-rendered in
another language) and the rendered text (so a person can read it as is).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import asdict
from typing import Any

from core import __version__
from core.budget import TimeBudget, budget_from_document
from core.codes import CertificateProblem, Condition, Outcome, Verdict, parse_outcome
from core.messages import render, text
from core.models import (
    CallFigures,
    CallResults,
    CallVerdict,
    Endpoint,
    EndpointResult,
    FirstStep,
    FunctionKind,
    FunctionResult,
    Message,
    NetworkResult,
    Protocol,
    RunResult,
    ServiceResult,
    Status,
    Step,
    StepKind,
    SubhostRole,
)

SCHEMA_NAME = "svyaz-run"
SCHEMA_VERSION = 1
LEGACY_BAD_CERTIFICATE = "evidence.bad_certificate"  # with OpenSSL's text as `reason`


def message_to_dict(message: Message, language: str | None) -> dict[str, Any]:
    """With `language` None, only the key and params (how history keeps call messages)."""
    data: dict[str, Any] = {"key": message.key, "params": dict(message.params)}
    if language is not None:
        data["text"] = render(message, language)
    return data


def message_from_dict(data: Mapping[str, Any]) -> Message:
    key, params = str(data["key"]), dict(data.get("params", {}))
    if key == LEGACY_BAD_CERTIFICATE and "reason" in params:
        # Documents written before issue #19 kept OpenSSL's text; today's words name the problem.
        problem = CertificateProblem.from_message(str(params.pop("reason")))
        key = f"{key}.{problem}"
    return Message(key, params)


def step_to_dict(step: Step) -> dict[str, Any]:
    data = {
        "kind": step.kind.value,
        "target": step.target,
        "ok": step.ok,
        "outcome": step.outcome,
        "duration_ms": step.duration_ms,
        "started_ms": step.started_ms,
        "addresses": list(step.addresses),
        "detail": dict(step.detail),
        "errors": list(step.errors),
    }
    if step.certificate is not None:
        data["certificate"] = step.certificate
    return data


def step_from_dict(data: Mapping[str, Any]) -> Step:
    outcome = parse_outcome(str(data["outcome"]))
    detail = dict(data.get("detail", {}))
    return Step(
        kind=StepKind(data["kind"]),
        target=str(data["target"]),
        ok=bool(data["ok"]),
        outcome=outcome,
        duration_ms=float(data["duration_ms"]),
        addresses=tuple(data.get("addresses", ())),
        detail=detail,
        errors=tuple(data.get("errors", ())),
        started_ms=float(data.get("started_ms", 0.0)),
        certificate=_certificate(data, outcome, detail),
    )


def _certificate(
    data: Mapping[str, Any], outcome: Outcome, detail: Mapping[str, Any]
) -> CertificateProblem | None:
    """The step's certificate problem; a document from before it was classified has only
    OpenSSL's message in `detail.verify_message`."""
    if "certificate" in data:
        return CertificateProblem.parse(str(data["certificate"]))
    if outcome == Outcome.BAD_CERTIFICATE:
        return CertificateProblem.from_message(str(detail.get("verify_message", "")))
    return None


def _endpoint_spec(ep: Endpoint) -> dict[str, Any]:
    """The catalog facts about an endpoint that the public document leaves out."""
    spec: dict[str, Any] = {
        "expect_status": list(ep.expect_status),
        "captive_check": ep.captive_check,
        "control_sni": ep.control_sni,
        "transfer_path": ep.transfer_path,
        "throughput_path": ep.throughput_path,
        "quic": ep.quic,
        "stun_answers": ep.stun_answers,
        "source": ep.source,
    }
    # Written only when set, so documents stored before these fields stay byte for byte.
    optional = {
        "upload_path": ep.upload_path,
        "provider": ep.provider,
        "no_udp": ep.no_udp,
        "dtls_answers": ep.dtls_answers,
        "first_step": ep.first_step.value if ep.first_step else None,
        "needed_for": ep.needed_for.value if ep.needed_for else None,
        "hello_shapes": ep.hello_shapes,
    }
    spec.update({k: v for k, v in optional.items() if v})
    return spec


def _endpoint_to_dict(result: EndpointResult, language: str, complete: bool) -> dict[str, Any]:
    ep = result.endpoint
    data = {
        "host": ep.host,
        "port": ep.port,
        "protocol": ep.protocol.value,
        "path": ep.path,
        "sni": ep.sni,
        "code": result.code,
        "partial": result.partial,
        "figures": dict(result.figures),
        "evidence": [message_to_dict(m, language) for m in result.evidence],
        "steps": [step_to_dict(s) for s in result.steps],
    }
    if result.words is not None:
        data["words"] = result.words
    if complete:
        data["spec"] = _endpoint_spec(ep)
    return data


def _role(value: Any) -> SubhostRole | None:
    """A stored sub-host role; None for none, or for a role this version does not know."""
    try:
        return SubhostRole(value) if value else None
    except ValueError:
        return None


def _endpoint_from_dict(data: Mapping[str, Any]) -> EndpointResult:
    spec = data.get("spec", {})
    ep = Endpoint(
        host=str(data["host"]),
        port=int(data["port"]),
        protocol=Protocol(data["protocol"]),
        path=str(data.get("path", "/")),
        sni=data.get("sni"),
        expect_status=tuple(int(s) for s in spec.get("expect_status", ())),
        captive_check=bool(spec.get("captive_check", False)),
        control_sni=spec.get("control_sni"),
        transfer_path=spec.get("transfer_path"),
        throughput_path=spec.get("throughput_path"),
        quic=bool(spec.get("quic", False)),
        stun_answers=spec.get("stun_answers"),
        source=str(spec.get("source", "")),
        upload_path=spec.get("upload_path"),
        provider=str(spec.get("provider", "")),
        no_udp=bool(spec.get("no_udp", False)),
        dtls_answers=bool(spec.get("dtls_answers", False)),
        first_step=_first_step(spec.get("first_step")),
        needed_for=_role(spec.get("needed_for")),
        hello_shapes=bool(spec.get("hello_shapes", False)),
    )
    figures = dict(data.get("figures", {}))
    # Documents written before issue #19 carried the words inside the figures.
    words = data.get("words", figures.pop("words", None))
    return EndpointResult(
        ep,
        Verdict.parse(str(data["code"])),
        tuple(step_from_dict(s) for s in data.get("steps", ())),
        tuple(message_from_dict(m) for m in data.get("evidence", ())),
        bool(data.get("partial", False)),
        figures,
        str(words) if words is not None else None,
    )


def function_to_dict(
    result: FunctionResult, language: str, complete: bool = False
) -> dict[str, Any]:
    return {
        "kind": result.kind.value,
        "code": result.code,
        "status": result.status.value,
        "explanation": message_to_dict(result.explanation, language),
        "advice": message_to_dict(result.advice, language),
        "evidence": [message_to_dict(m, language) for m in result.evidence],
        "failure_share": result.failure_share,
        "endpoints": [_endpoint_to_dict(e, language, complete) for e in result.endpoints],
    }


def function_from_dict(service_id: str, data: Mapping[str, Any]) -> FunctionResult:
    return FunctionResult(
        service_id=service_id,
        kind=FunctionKind(data["kind"]),
        code=Verdict.parse(str(data["code"])),
        status=Status(data["status"]),
        explanation=message_from_dict(data["explanation"]),
        advice=message_from_dict(data["advice"]),
        evidence=tuple(message_from_dict(m) for m in data.get("evidence", ())),
        endpoints=tuple(_endpoint_from_dict(e) for e in data.get("endpoints", ())),
        failure_share=data.get("failure_share"),
    )


def network_to_dict(network: NetworkResult, language: str) -> dict[str, Any]:
    return {
        "code": network.code,
        "explanation": message_to_dict(network.explanation, language),
        "advice": message_to_dict(network.advice, language),
        "conditions": [
            {"code": c, "text": text(f"condition.{c}", dict(network.details), language)}
            for c in network.conditions
        ],
        "evidence": [message_to_dict(m, language) for m in network.evidence],
        "details": dict(network.details),
    }


def network_from_dict(data: Mapping[str, Any]) -> NetworkResult:
    return NetworkResult(
        code=Verdict.parse(str(data["code"])),
        explanation=message_from_dict(data["explanation"]),
        advice=message_from_dict(data["advice"]),
        conditions=tuple(Condition.parse(str(c["code"])) for c in data.get("conditions", ())),
        evidence=tuple(message_from_dict(m) for m in data.get("evidence", ())),
        details=dict(data.get("details", {})),
    )


def document_head(kind: str, language: str, run: Mapping[str, Any]) -> dict[str, Any]:
    """The fields every run document starts with (diagnose and calltest alike)."""
    return {
        "schema": SCHEMA_NAME,
        "schema_version": SCHEMA_VERSION,
        "kind": kind,
        "tool": {"name": "svyaz", "version": __version__},
        "language": language,
        "run": dict(run),
    }


def run_to_dict(run: RunResult, language: str = "en", complete: bool = False) -> dict[str, Any]:
    """The public document; `complete` adds each endpoint's catalog facts (`spec`) so history
    can rebuild the run exactly (reports leave them out: the schema does not allow them)."""
    timing: dict[str, Any] = {
        "id": run.run_id,
        "started_at": run.started_at,
        "finished_at": run.finished_at,
        "duration_ms": run.duration_ms,
        "completed": run.completed,
    }
    if run.bytes_sent is not None and run.bytes_received is not None:
        timing["bytes_sent"] = run.bytes_sent  # the run's own traffic (core/probes/meter.py)
        timing["bytes_received"] = run.bytes_received
    return {
        **document_head("diagnose", language, timing),
        "network": network_to_dict(run.network, language),
        "environment": dict(run.environment),
        "settings": dict(run.settings),
        "services": [
            {
                "id": s.service_id,
                "name": s.name,
                "status": s.status.value,
                "status_text": text(f"status.{s.status.value}", language=language),
                "functions": [function_to_dict(f, language, complete) for f in s.functions],
            }
            for s in run.services
        ],
        "calls": calls_to_dict(run.calls, language),
    }


def run_from_dict(data: Mapping[str, Any]) -> RunResult:
    """Rebuild a run from its document; raises KeyError/ValueError on a malformed one."""
    if data.get("schema") != SCHEMA_NAME:
        raise ValueError("not a Svyaz run document")
    if data.get("kind", "diagnose") != "diagnose":
        raise ValueError(f"a {data.get('kind')} document, not a diagnostic run")
    if int(data.get("schema_version", 0)) > SCHEMA_VERSION:
        raise ValueError(
            f"run document version {data.get('schema_version')} is newer than "
            f"this Svyaz understands ({SCHEMA_VERSION})"
        )
    run = data["run"]
    return RunResult(
        run_id=str(run["id"]),
        started_at=str(run["started_at"]),
        finished_at=str(run["finished_at"]),
        duration_ms=float(run["duration_ms"]),
        completed=bool(run["completed"]),
        network=network_from_dict(data["network"]),
        services=tuple(
            ServiceResult(
                str(s["id"]),
                str(s["name"]),
                Status(s["status"]),
                tuple(function_from_dict(str(s["id"]), f) for f in s["functions"]),
            )
            for s in data["services"]
        ),
        environment=dict(data.get("environment", {})),
        settings=dict(data.get("settings", {})),
        calls=calls_from_dict(data.get("calls", {})),
        bytes_sent=_count(run.get("bytes_sent")),
        bytes_received=_count(run.get("bytes_received")),
    )


def _count(value: Any) -> int | None:
    """A byte count from a document; None when absent (written before issue 20) or not one."""
    return value if isinstance(value, int) and not isinstance(value, bool) and value >= 0 else None


def run_budget(run: RunResult) -> TimeBudget:
    """The time budget a run had, read from its recorded settings (`timeouts`, written whole by
    the engine, and `call_duration`). Fields an older document lacks (before issue 19: `transfer`
    and the shorter looks) read as today's defaults; the settings themselves stay as stored, so
    old documents still reload byte for byte."""
    timeouts = run.settings.get("timeouts")
    return budget_from_document(
        timeouts if isinstance(timeouts, Mapping) else {}, run.settings.get("call_duration")
    )


# ---- the call test (`calls`) ----


def call_figures_to_dict(figures: CallFigures) -> dict[str, Any]:
    """A call target's figures and their MOS band (named by the rules when measured, the
    last field), in `calls` and in a STUN endpoint's `figures` (core/calls/results.py)."""
    data = asdict(figures)
    for key in ("jitter_buffer_ms", "late_pct"):  # older documents have neither: keep them so
        if data[key] is None:
            del data[key]
    return data


def call_figures_from_dict(data: Mapping[str, Any]) -> CallFigures:
    """The figures and their band as written (the rules named it when they were measured)."""

    def number(key: str) -> float | None:
        value = data.get(key)
        return None if value is None else float(value)

    cut_after = data.get("cut_after")
    return CallFigures(
        sent=int(data["sent"]),
        received=int(data["received"]),
        loss_pct=float(data["loss_pct"]),
        rtt_min_ms=number("rtt_min_ms"),
        rtt_median_ms=number("rtt_median_ms"),
        rtt_p95_ms=number("rtt_p95_ms"),
        jitter_ms=number("jitter_ms"),
        reordered=int(data.get("reordered", 0)),
        duplicates=int(data.get("duplicates", 0)),
        invalid=int(data.get("invalid", 0)),
        cut_after=None if cut_after is None else int(cut_after),
        mos=number("mos"),
        r_factor=number("r_factor"),
        jitter_buffer_ms=number("jitter_buffer_ms"),
        late_pct=number("late_pct"),
        band=None if data.get("band") is None else str(data["band"]),
    )


def call_verdict_to_dict(verdict: CallVerdict, language: str | None) -> dict[str, Any]:
    return {
        "service_id": verdict.service_id,
        "code": verdict.code,
        "status": verdict.status.value,
        "explanation": message_to_dict(verdict.explanation, language),
        "advice": message_to_dict(verdict.advice, language),
        "evidence": [message_to_dict(m, language) for m in verdict.evidence],
        "tcp_fallback": verdict.tcp_fallback,
        "figures": call_figures_to_dict(verdict.figures) if verdict.figures else None,
        "targets": {label: call_figures_to_dict(f) for label, f in verdict.targets.items()},
    }


def call_verdict_from_dict(data: Mapping[str, Any]) -> CallVerdict:
    figures = data.get("figures")
    tcp_fallback = data.get("tcp_fallback")
    return CallVerdict(
        service_id=str(data["service_id"]),
        code=Verdict.parse(str(data["code"])),
        status=Status(data["status"]),
        explanation=message_from_dict(data["explanation"]),
        advice=message_from_dict(data["advice"]),
        figures=call_figures_from_dict(figures) if figures is not None else None,
        tcp_fallback=None if tcp_fallback is None else bool(tcp_fallback),
        evidence=tuple(message_from_dict(m) for m in data.get("evidence", ())),
        targets={
            str(label): call_figures_from_dict(f) for label, f in data.get("targets", {}).items()
        },
    )


def calls_to_dict(calls: CallResults | None, language: str | None) -> dict[str, Any]:
    """The `calls` section, `{}` without a call test; `language` None leaves the messages'
    text out (the language-neutral form history stores)."""
    if calls is None:
        return {}
    return {
        "duration_s": calls.duration_s,
        "requested_s": calls.requested_s,
        "completed": calls.completed,
        "verdicts": [call_verdict_to_dict(v, language) for v in calls.verdicts],
    }


def calls_from_dict(data: Mapping[str, Any]) -> CallResults | None:
    """Reads both forms `calls_to_dict` writes (the rendered text is not needed)."""
    if not data:
        return None
    return CallResults(
        duration_s=float(data["duration_s"]),
        requested_s=float(data["requested_s"]),
        completed=bool(data["completed"]),
        verdicts=tuple(call_verdict_from_dict(v) for v in data.get("verdicts", ())),
    )


def _first_step(value: object) -> FirstStep | None:
    """A stored endpoint's first step; a word this version does not know is read as none."""
    try:
        return FirstStep(value) if isinstance(value, str) else None
    except ValueError:
        return None
