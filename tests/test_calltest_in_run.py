"""The call test inside a diagnostic shares the run (one context, one probe per fallback
endpoint); alone it probes the fallbacks itself and hands back judged `calls` functions."""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from typing import Any, TypeVar

import pytest

from core.catalog import load_catalog
from core.config import ProbeConfig, apply_settings
from core.engine import context
from core.engine.callpath import call_test
from core.models import FunctionFinished, FunctionKind, Protocol, RunResult, Status
from tests.conftest import run_diagnostic

MESSENGERS = ("whatsapp", "telegram")
T = TypeVar("T")


def _fallback_connections(lab: Any, run: Callable[[], T]) -> tuple[T, dict[str, int]]:
    """A run's result and the connections the lab's front accepted per fallback address."""
    assert lab.front is not None
    addresses = {a for s in MESSENGERS for a in lab.world.hosts(s, ("calls",))}
    before = {a: lab.front.connections.get(a, 0) for a in addresses}
    result = run()
    return result, {a: lab.front.connections.get(a, 0) - before[a] for a in addresses}


def _diagnose(lab: Any, call_duration: float) -> RunResult:
    result: RunResult = run_diagnostic(lab, services=MESSENGERS, call_duration=call_duration)
    return result


def test_a_diagnostic_probes_each_fallback_once(
    make_lab: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    # a fresh lab: counts its front's connections
    lab = make_lab("clean")
    _, alone = _fallback_connections(lab, lambda: _diagnose(lab, 0))
    contexts: list[context.RunContext] = []
    made = context.RunContext.__post_init__

    def counted(self: context.RunContext) -> None:
        contexts.append(self)
        made(self)

    monkeypatch.setattr(context.RunContext, "__post_init__", counted)
    run, with_calls = _fallback_connections(lab, lambda: _diagnose(lab, 1.0))
    assert alone and all(alone.values()), alone  # the diagnostic itself probes them
    assert with_calls == alone  # the call test opened no connection of its own
    assert len(contexts) == 1  # one resolver, one DNS cache, one concurrency limit
    assert run.calls is not None
    verdicts = {v.service_id: v for v in run.calls.verdicts}
    for service_id in MESSENGERS:
        assert verdicts[service_id].tcp_fallback is True  # judged from the run's probe
        service = run.service(service_id)
        calls = service.function("calls") if service is not None else None
        assert calls is not None and calls.code == "call_ok"
        fallback = [e for e in calls.endpoints if e.endpoint.protocol != Protocol.STUN]
        assert fallback and all(e.code == "ok" and e.steps for e in fallback)


def test_a_call_test_alone_judges_the_calls_functions_with_their_evidence(
    make_lab: Any,
) -> None:
    # a fresh lab: counts its front's connections
    lab = make_lab("calls_blocked_messages_ok")
    catalog = load_catalog(replace_with=lab.info.catalog)
    config = apply_settings(ProbeConfig(), catalog.settings)

    async def main() -> list[Any]:
        return [e async for e in call_test(catalog, config, MESSENGERS, 1.0).events()]

    result, connections = _fallback_connections(lab, lambda: asyncio.run(main()))
    assert all(connections.values()), connections  # alone, it probes the fallbacks itself
    functions = {e.result.service_id: e.result for e in result if isinstance(e, FunctionFinished)}
    assert set(functions) == set(MESSENGERS)
    whatsapp = functions["whatsapp"]
    assert whatsapp.kind is FunctionKind.CALLS
    assert (whatsapp.code, whatsapp.status) == ("udp_blocked", Status.BLOCKED)
    service = catalog.service("whatsapp")
    assert service is not None
    declared = service.function(FunctionKind.CALLS)
    assert declared is not None
    assert [e.endpoint for e in whatsapp.endpoints] == list(declared.endpoints)
    stun = next(e for e in whatsapp.endpoints if e.endpoint.protocol == Protocol.STUN)
    assert stun.code == "udp_blocked" and stun.figures["sent"]
    tls = next(e for e in whatsapp.endpoints if e.endpoint.protocol != Protocol.STUN)
    assert tls.code == "ok" and tls.steps  # the fallback's steps are kept, not dropped
    assert "calls.evidence.fallback_ok" in [m.key for m in whatsapp.evidence]
