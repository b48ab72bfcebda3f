"""The engine bridge: events reach the GUI thread in order; cancel, rerun and shutdown are clean."""

from __future__ import annotations

import threading
from dataclasses import replace
from typing import Any

import pytest
from PySide6.QtCore import QObject, Signal

from core.catalog import load_catalog
from core.config import ProbeConfig, apply_settings
from core.models import (
    CallSample,
    CallTestFinished,
    FunctionFinished,
    FunctionKind,
    RunFinished,
    RunStarted,
    ServiceFinished,
)
from gui.bridge import EngineBridge
from gui.run.state import RunState

pytestmark = pytest.mark.gui


def _lab_setup(lab: Any) -> tuple[Any, ProbeConfig]:
    catalog = load_catalog(replace_with=lab.info.catalog)
    return catalog, apply_settings(ProbeConfig(), catalog.settings)


def test_events_arrive_on_the_gui_thread_in_order(qtbot: Any, shared_lab: Any) -> None:
    catalog, config = _lab_setup(shared_lab("clean"))
    bridge = EngineBridge()
    seen: list[object] = []
    threads: set[str] = set()

    def on_event(event: object) -> None:
        seen.append(event)
        threads.add(threading.current_thread().name)

    bridge.diagnosticEvent.connect(on_event)
    with qtbot.waitSignal(bridge.jobFinished, timeout=60_000):
        bridge.start_diagnostic(catalog, config, {})
    bridge.shutdown()
    assert threads == {threading.main_thread().name}
    assert isinstance(seen[0], RunStarted)
    assert isinstance(seen[-1], RunFinished)
    assert seen[-1].result.completed
    assert sum(isinstance(e, ServiceFinished) for e in seen) == len(catalog.services)


def test_a_call_test_alone_sends_judged_calls_functions(qtbot: Any, shared_lab: Any) -> None:
    catalog, config = _lab_setup(shared_lab("calls_blocked_messages_ok"))
    bridge = EngineBridge()
    seen: list[object] = []
    bridge.callEvent.connect(seen.append)
    with qtbot.waitSignal(bridge.jobFinished, timeout=30_000):
        bridge.start_calltest(catalog, config, ("whatsapp",), 1.0)
    bridge.shutdown()
    assert isinstance(seen[0], CallSample) and isinstance(seen[-1], CallTestFinished)
    (judged,) = [e for e in seen if isinstance(e, FunctionFinished)]
    assert judged.result.kind is FunctionKind.CALLS and judged.result.code == "udp_blocked"
    state = RunState(catalog)  # what the window folds: a shown calls chip takes it as it is
    whatsapp = state.services["whatsapp"]
    whatsapp.functions[FunctionKind.CALLS] = replace(judged.result, code="earlier")
    assert [sid for e in seen for sid in state.apply_calls(e)] == ["whatsapp"]
    assert whatsapp.functions[FunctionKind.CALLS] is judged.result


def test_cancel_then_rerun_then_shutdown_leaves_no_thread(qtbot: Any, make_lab: Any) -> None:
    # a fresh lab: cancelled connects stay in its black hole (its full accept queues)
    catalog, config = _lab_setup(make_lab("ip_blackholed"))
    bridge = EngineBridge()
    finished: list[RunFinished] = []
    bridge.diagnosticEvent.connect(
        lambda e: finished.append(e) if isinstance(e, RunFinished) else None
    )
    with qtbot.waitSignal(bridge.jobFinished, timeout=10_000):
        bridge.start_diagnostic(catalog, config, {})
        bridge.cancel()  # before the job has even been created: must still stop it
    assert len(finished) == 1 and not finished[0].result.completed
    with pytest.raises(RuntimeError):
        bridge.start_diagnostic(catalog, config, {})
        bridge.start_diagnostic(catalog, config, {})
    with qtbot.waitSignal(bridge.jobFinished, timeout=10_000):
        bridge.cancel()
    assert not bridge.busy()
    with qtbot.waitSignal(bridge.jobFinished, timeout=60_000):
        bridge.start_diagnostic(catalog, config, {})
    assert finished[-1].result.completed
    bridge.shutdown()
    assert not any(t.name == "svyaz-engine" and t.is_alive() for t in threading.enumerate())


def test_a_failing_job_is_reported_not_swallowed(qtbot: Any, make_lab: Any) -> None:
    bridge = EngineBridge()

    def broken() -> Any:
        raise RuntimeError("engine bug")

    failures: list[tuple[str, str]] = []
    bridge.jobFailed.connect(lambda kind, text: failures.append((kind, text)))
    with qtbot.waitSignal(bridge.jobFinished, timeout=10_000):
        bridge._start("diagnostic", broken, bridge.diagnosticEvent.emit)
    bridge.shutdown()
    assert failures and failures[0][0] == "diagnostic" and "engine bug" in failures[0][1]


class _Emitter(QObject):
    ping = Signal(object)


def test_many_queued_emissions_do_not_crash(qtbot: Any) -> None:
    """PySide6 6.12.0 aborted ("bool_dealloc") after a few thousand emissions: keep it pinned."""
    emitter = _Emitter()
    count = [0]
    emitter.ping.connect(lambda _: count.__setitem__(0, count[0] + 1))

    def work() -> None:
        for index in range(20_000):
            emitter.ping.emit(("event", index))

    worker = threading.Thread(target=work)
    worker.start()
    qtbot.waitUntil(lambda: count[0] == 20_000, timeout=30_000)
    worker.join()
