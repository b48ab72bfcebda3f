"""The run controller without a window, against the lab: start, cancel, finished runs saved."""

from __future__ import annotations

from typing import Any

import pytest

from core.catalog import load_catalog
from core.history import History
from core.models import RunResult
from gui.bridge import EngineBridge
from gui.controller import RunController
from gui.run.state import Phase, RunState
from gui.settings import GuiSettings

pytestmark = pytest.mark.gui


class Seen:
    """Everything the controller told a window, in order."""

    def __init__(self, controller: RunController) -> None:
        self.signals: list[str] = []
        self.changed: set[str] = set()
        self.finished: list[RunResult] = []
        self.save_failures: list[str] = []
        controller.runStarted.connect(lambda: self.signals.append("runStarted"))
        controller.servicesChanged.connect(self.changed.update)
        controller.networkAssessed.connect(lambda _n: self.signals.append("networkAssessed"))
        controller.runFinished.connect(self.finished.append)
        controller.runFinished.connect(lambda _r: self.signals.append("runFinished"))
        controller.saveFailed.connect(self.save_failures.append)
        controller.jobEnded.connect(lambda kind: self.signals.append(f"jobEnded:{kind}"))


def _controller(lab: Any, **settings: Any) -> RunController:
    catalog = load_catalog(replace_with=lab.info.catalog)
    controller = RunController(
        GuiSettings(catalog=str(lab.info.catalog), first_run_seen=True, **settings),
        "en",
        EngineBridge(),
        RunState(catalog),
        History.open(),
    )
    controller.environment = {}  # never read this machine's
    return controller


def test_a_run_is_folded_saved_and_told(qtbot: Any, shared_lab: Any) -> None:
    controller = _controller(shared_lab("clean"))
    seen = Seen(controller)
    try:
        with qtbot.waitSignal(controller.jobEnded, timeout=60_000):
            controller.start_run()
            assert controller.busy()
            with pytest.raises(RuntimeError):  # one job at a time
                controller.start_run()
        order = [seen.signals.index(s) for s in ("networkAssessed", "runFinished")]
        assert seen.signals[0] == "runStarted" and order == sorted(order)
        assert seen.signals[-1] == "jobEnded:diagnostic"
        result = controller.state.result
        assert result is not None and result.completed
        assert seen.finished == [result]
        assert seen.changed, "tiles were told to repaint during the run"
        assert seen.changed <= set(controller.state.services)
        assert controller.history.count() == 1 and not seen.save_failures
        assert controller.history.latest() == result.run_id
    finally:
        controller.shutdown()


def test_cancel_ends_the_run_and_the_partial_run_is_kept(qtbot: Any, make_lab: Any) -> None:
    # a fresh lab: cancelled connects stay in its black hole (its full accept queues)
    controller = _controller(make_lab("ip_blackholed"))
    seen = Seen(controller)
    try:
        controller.start_run()
        qtbot.waitUntil(lambda: controller.state.done() > 0, timeout=20_000)
        with qtbot.waitSignal(controller.jobEnded, timeout=5_000):
            controller.cancel()
        result = controller.state.result
        assert result is not None and not result.completed
        assert {s.phase for s in controller.state.services.values()} <= {Phase.DONE, Phase.IDLE}
        assert seen.finished == [result]
        assert controller.history.count() == 1  # a cancelled run is kept too
        controller.cancel()  # nothing running: harmless
        assert not controller.busy()
    finally:
        controller.shutdown()


def test_a_failed_save_is_told_not_raised(qtbot: Any, shared_lab: Any) -> None:
    controller = _controller(shared_lab("clean"))
    seen = Seen(controller)
    controller.history.close()  # saving now fails
    try:
        with qtbot.waitSignal(controller.jobEnded, timeout=60_000):
            controller.start_run()
        assert seen.finished and len(seen.save_failures) == 1
    finally:
        controller.shutdown()


def test_a_call_test_for_no_known_messenger_does_not_start(qtbot: Any, shared_lab: Any) -> None:
    controller = _controller(shared_lab("clean"))
    try:
        assert controller.start_call_test(("no-such-messenger",)) is False
        assert not controller.busy()
    finally:
        controller.shutdown()


def test_a_detached_controller_hands_the_bridge_over(qtbot: Any, shared_lab: Any) -> None:
    """What a window rebuilt in another language does: same bridge, state and history."""
    old = _controller(shared_lab("clean"))
    with qtbot.waitSignal(old.jobEnded, timeout=60_000):
        old.start_run()
    old.detach()
    new = RunController(old.settings, "ru", old.bridge, old.state, old.history)
    seen = Seen(new)
    try:
        with qtbot.waitSignal(new.jobEnded, timeout=60_000):
            new.start_run()
        assert seen.finished and new.state.result is seen.finished[0]
        assert new.history.count() == 2  # the old controller no longer saves
    finally:
        new.shutdown()
