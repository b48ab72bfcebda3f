"""RunState folds the engine's events; a later call test replaces the calls verdict only."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from core.calls.results import function_result
from core.catalog import load_catalog
from core.models import (
    CallTestFinished,
    CallVerdict,
    FunctionFinished,
    FunctionKind,
    Message,
    RunFinished,
    RunStarted,
    Status,
)
from gui.run.state import Phase, RunState
from lab.runs import lab_run


def test_a_call_test_updates_the_calls_chip_only(shared_lab: Any) -> None:
    catalog = load_catalog(replace_with=shared_lab("clean").info.catalog)
    result = lab_run("clean", call_duration=0)
    state = RunState(catalog)
    assert state.apply_calls(FunctionFinished(result.services[0].functions[0])) == []  # no run
    state.apply(RunStarted(result.run_id, tuple(s.service_id for s in result.services)))
    assert state.services["whatsapp"].phase is Phase.WAITING
    state.apply(RunFinished(result))
    assert state.services["whatsapp"].phase is Phase.DONE
    before = state.services["whatsapp"].functions[FunctionKind.CALLS]
    verdict = CallVerdict(
        "whatsapp",
        "udp_blocked",
        Status.BLOCKED,
        Message("calls.explain.udp_blocked"),
        Message("calls.advice.udp_blocked"),
    )
    judged = function_result(verdict, before.endpoints)  # the engine builds it (CallTest)
    assert state.apply_calls(CallTestFinished((verdict,), True, 5.0)) == []
    assert state.apply_calls(FunctionFinished(judged)) == ["whatsapp"]
    after = state.services["whatsapp"].functions[FunctionKind.CALLS]
    assert after is judged and after.status is Status.BLOCKED
    messages = state.services["whatsapp"].functions[FunctionKind.MESSAGES]
    assert state.apply_calls(FunctionFinished(replace(messages, code="x"))) == []
    assert state.services["whatsapp"].functions[FunctionKind.MESSAGES] is messages


def test_a_cancelled_run_leaves_unjudged_services_idle(shared_lab: Any) -> None:
    catalog = load_catalog(replace_with=shared_lab("clean").info.catalog)
    result = lab_run("clean")
    partial = replace(result, services=result.services[:3], completed=False)
    state = RunState(catalog)
    state.apply(RunStarted(result.run_id, tuple(s.id for s in catalog.services)))
    state.apply(RunFinished(partial))
    phases = [state.services[s.id].phase for s in catalog.services]
    assert phases.count(Phase.DONE) == 3
    assert set(phases[3:]) == {Phase.IDLE}
    assert state.done() == 3 and not state.running
