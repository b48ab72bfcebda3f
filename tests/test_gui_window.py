"""The main window against the lab: tiles reach the scenario's states; cancel, details, close."""

from __future__ import annotations

import os
import subprocess
import sys
import threading
import time
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

from core.models import Status
from gui.run.state import Phase
from lab.runs import lab_run
from tests.gui_helpers import StallMeter, activate, lab_window, replay_runs, status_of

pytestmark = pytest.mark.gui


def _run(qtbot: Any, window: Any, timeout_ms: int = 60_000) -> None:
    with qtbot.waitSignal(window.bridge.jobFinished, timeout=timeout_ms):
        qtbot.mouseClick(window.run_bar.button, Qt.MouseButton.LeftButton)


def test_nothing_is_probed_at_start_up(qtbot: Any, shared_lab: Any) -> None:
    window = lab_window(shared_lab("clean"))
    qtbot.addWidget(window)
    window.show()
    assert not window.bridge.busy()
    assert all(s.phase is Phase.IDLE for s in window.state.services.values())
    assert window.run_bar.button.text() == "Run diagnostic"
    window.close()


def test_clean_lab_run_makes_every_tile_work(
    qtbot: Any, shared_lab: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = lab_window(shared_lab("clean"))
    qtbot.addWidget(window)
    window.show()
    replay_runs(monkeypatch, lab_run("clean"))
    _run(qtbot, window)
    tiles = window.grid.tiles
    # "Calls and VPNs via servers abroad" is only a call path: without a call test, not checked.
    waiting = {"hosting-udp"}
    assert tiles and all(status_of(window, sid) is Status.WORKS for sid in set(tiles) - waiting)
    assert all(status_of(window, sid) is Status.UNKNOWN for sid in waiting)
    whatsapp = tiles["whatsapp"]
    # WhatsApp's chat servers answered its own first step (issue 22): plain "Works"
    assert whatsapp.accessibleName() == "WhatsApp: Works"
    assert whatsapp.chips_text().startswith("messages ✓")
    # Messenger's messages are probed by connect only: the tile says so, never plain "Works"
    assert tiles["messenger"].accessibleName() == (
        "Facebook Messenger: Probably works (it connects)"
    )
    assert window.banner.headline() == "Internet connection works."
    assert window.run_bar.progress.value() == window.run_bar.progress.maximum()
    assert window.run_bar.button.text() == "Run diagnostic"
    window.close()


def test_details_name_the_failing_step_of_an_sni_reset(
    qtbot: Any, shared_lab: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = lab_window(shared_lab("sni_reset"))
    qtbot.addWidget(window)
    window.show()
    replay_runs(monkeypatch, lab_run("sni_reset"))
    _run(qtbot, window)
    tile = window.grid.tiles["instagram"]
    assert "✗" in window.grid.tiles["instagram"].chips_text()
    tile.setFocus()
    qtbot.keyClick(tile, Qt.Key.Key_Return)
    dialog = window.last_details
    assert dialog is not None and dialog.isVisible()
    plain = dialog.plain_text()
    assert "cut by server name" in plain  # the verdict, in words
    assert "TLS" in plain and "✗" in plain  # the failing step
    assert "Instagram" in dialog.browser.toPlainText()
    dialog.copy_details()
    assert QGuiApplication.clipboard().text() == plain
    dialog.close()
    window.close()


def test_start_keeps_the_tiles_and_the_regroup_moves_only_changed_ones(
    qtbot: Any, shared_lab: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    """No grid rebuild at Start (45 new tiles stalled the window ~90 ms): the same tile objects
    serve every run, and a regroup moves only the tiles whose group changed."""
    window = lab_window(shared_lab("sni_reset"))
    qtbot.addWidget(window)
    window.show()
    replay_runs(monkeypatch, lab_run("sni_reset"))
    built = dict(window.grid.tiles)
    _run(qtbot, window)
    problems = len(window.grid._members["attention"])
    assert 0 < problems < len(built) // 2
    assert window.grid.moves == problems  # into "Needs attention", nothing else moved
    _run(qtbot, window)
    assert all(window.grid.tiles[sid] is tile for sid, tile in built.items())
    # back to the categories at Start, then into "Needs attention" again at the end
    assert window.grid.moves == 3 * problems
    assert window.grid.group_keys[0] == "attention"
    window.close()


def test_cancel_mid_run_leaves_a_consistent_window(qtbot: Any, make_lab: Any) -> None:
    # a fresh lab: cancelled connects stay in its black hole (its full accept queues)
    window = lab_window(make_lab("ip_blackholed"))
    qtbot.addWidget(window)
    activate(qtbot, window)
    qtbot.mouseClick(window.run_bar.button, Qt.MouseButton.LeftButton)
    assert window.run_bar.button.text() == "Cancel"
    qtbot.waitUntil(lambda: window.state.done() > 0, timeout=20_000)
    with qtbot.waitSignal(window.bridge.jobFinished, timeout=5_000):
        qtbot.keyClick(window, Qt.Key.Key_Escape)
    assert window.run_bar.button.text() == "Run diagnostic"
    assert window.run_bar.button.isEnabled()
    phases = {s.phase for s in window.state.services.values()}
    assert phases <= {Phase.DONE, Phase.IDLE}  # nothing left "checking"
    assert not any(t._spinner.running() for t in window.grid.tiles.values())
    assert "stopped before the end" in window.banner._detail.text()
    _run(qtbot, window)  # a second run after a cancel works
    assert window.state.result is not None and window.state.result.completed
    window.close()


@pytest.mark.timing  # compares wall time: run alone, last (conftest.py)
def test_closing_during_a_run_returns_within_two_seconds(qtbot: Any, make_lab: Any) -> None:
    # a fresh lab: cancelled connects stay in its black hole (its full accept queues)
    window = lab_window(make_lab("ip_blackholed"))
    qtbot.addWidget(window)
    window.show()
    qtbot.mouseClick(window.run_bar.button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.state.done() > 0, timeout=20_000)
    started = time.monotonic()
    window.close()
    assert time.monotonic() - started < 2.0
    assert not any(t.name == "svyaz-engine" and t.is_alive() for t in threading.enumerate())


@pytest.mark.timing  # compares wall time: run alone, last (conftest.py)
def test_event_loop_never_stalls_long_during_a_run(qtbot: Any, shared_lab: Any) -> None:
    window = lab_window(shared_lab("foreign_hosting_cut_16kb"))
    qtbot.addWidget(window)
    window.show()
    meter = StallMeter()
    meter.start()
    _run(qtbot, window)
    meter.stop()
    window.close()
    assert meter.ticks > 10
    # Only "never frozen": the lab runs in this process and the whole suite's heap is alive, so
    # GIL and collector pauses land here. The real figure (target 50 ms) is `make bench`'s, with
    # the lab in its own process (bench/gui.py).
    assert meter.longest_ms < 1500, meter.longest_ms


def test_make_run_without_a_display_says_so_and_probes_nothing(guarded_env: dict[str, str]) -> None:
    env = {k: v for k, v in guarded_env.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY")}
    env.pop("QT_QPA_PLATFORM", None)
    done = subprocess.run(
        [sys.executable, "-m", "gui"], env=env, capture_output=True, text=True, timeout=60
    )
    assert done.returncode == 3
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1 and "no display" in lines[0] and "svyaz diagnose" in lines[0]
    assert not os.path.exists(os.path.join(env["SVYAZ_HOME"], "data"))


def test_switching_language_rebuilds_the_window_in_russian(
    qtbot: Any, shared_lab: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    from dataclasses import replace

    from gui.i18n import install_translators
    from gui.settings import GuiSettings
    from gui.window_host import WindowHost

    lab = shared_lab("sni_reset")
    host = WindowHost(GuiSettings(catalog=str(lab.info.catalog), first_run_seen=True))
    old = host.window
    old.environment = {}
    old.show()
    replay_runs(monkeypatch, lab_run("sni_reset"))
    _run(qtbot, old)
    try:
        old.apply_settings(replace(old.settings, language="ru"))
        new = host.window
        assert new is not old and new.isVisible()
        assert new.run_bar.button.text() == "Запустить проверку"
        assert new.grid.tiles["instagram"].accessibleName() == (
            "Instagram: Блокировка по имени сервера"  # the cause, not a generic status word
        )
        assert "заблокированы" in new.banner._detail.text()  # the summary, with its plural
        _run(qtbot, new)  # the same engine bridge still works
        assert new.state.result is not None and new.state.result.completed
    finally:
        app = QGuiApplication.instance()
        assert app is not None
        install_translators(app, GuiSettings(language="en"))
        host.window.close()


def test_calls_blocked_while_messages_work_reads_at_a_glance(
    qtbot: Any, shared_lab: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = lab_window(shared_lab("calls_blocked_messages_ok"))
    qtbot.addWidget(window)
    window.show()
    replay_runs(monkeypatch, lab_run("calls_blocked_messages_ok"))
    _run(qtbot, window, timeout_ms=90_000)
    for service_id in ("whatsapp", "telegram"):
        chips = window.grid.tiles[service_id].chips_text()
        assert "messages ✓" in chips, chips
    whatsapp = window.grid.tiles["whatsapp"].chips_text()
    assert "calls ✗" in whatsapp, whatsapp
    assert status_of(window, "whatsapp") is Status.DEGRADED
    window.show_details("whatsapp")
    assert window.last_details is not None
    details = window.last_details.plain_text()
    assert "0 of " in details and "packets answered, loss 100.0 %" in details  # the evidence
    window.last_details.close()
    window.close()


@pytest.mark.timing  # compares wall time: run alone, last (conftest.py)
def test_the_call_view_measures_and_can_be_stopped(qtbot: Any, make_lab: Any) -> None:
    # a fresh lab: its seeded per-flow drops must start at the first flow
    window = lab_window(make_lab("call_lossy_5pct"), call_duration_s=5.0)
    qtbot.addWidget(window)
    window.show()
    window.tabs.setCurrentWidget(window.call_view)
    view = window.call_view
    with qtbot.waitSignal(window.bridge.jobFinished, timeout=30_000):
        qtbot.mouseClick(view.button, Qt.MouseButton.LeftButton)
        assert view.button.text() == "Stop"
        assert not window.run_bar.button.isEnabled()  # one job at a time
    assert view.button.text() == "Start call test" and window.run_bar.button.isEnabled()
    assert view.chart.targets(), "the chart got live samples"
    assert view.mos.value.text() != "—"
    assert "WhatsApp" in view.verdict.text() and "loss" in view.verdict.text()
    row = view.row("whatsapp")
    assert row.path.text().count(":") == 1  # the path measured is named beside its numbers
    loss = float(row.loss.text().split()[0])
    assert 3.0 <= loss <= 7.0  # the lab drops 5 %
    assert view.mos.text().split()[0].count(".") == 1  # MOS: one decimal
    assert len(view.mos.text().split()[0].split(".")[1]) == 1
    # A language switch rebuilds the window: the results come along.
    from gui.calls.view import CallView

    again = CallView("ru")
    again.set_catalog(window.choice.catalog)
    again.restore(view.snapshot())

    def paths(chart: Any) -> list[str]:
        return sorted(target.rsplit(" ", 1)[1] for target in chart.targets())

    assert paths(again.chart) == paths(view.chart)  # names differ: they are in Russian now
    assert again.row("whatsapp").loss.text() == row.loss.text().replace(".", ",")
    assert again.verdict.text()
    # Stop half-way: it ends promptly with a partial result.
    qtbot.mouseClick(view.button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(view.chart.targets()), timeout=10_000)
    started = time.monotonic()
    with qtbot.waitSignal(window.bridge.jobFinished, timeout=5_000):
        qtbot.mouseClick(view.button, Qt.MouseButton.LeftButton)
    assert time.monotonic() - started < 3.0
    assert "stopped before the end" in view.verdict.text()
    window.close()


def test_the_keyboard_reaches_the_tiles_and_opens_details(
    qtbot: Any, shared_lab: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = lab_window(shared_lab("clean"))
    qtbot.addWidget(window)
    activate(qtbot, window)
    replay_runs(monkeypatch, lab_run("clean"))
    with qtbot.waitSignal(window.bridge.jobFinished, timeout=60_000):
        qtbot.keyClick(window, Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier)
    window.run_bar.button.setFocus()
    tiles = set(window.grid.tiles.values())
    for _ in range(12):
        focused = QGuiApplication.focusObject()
        if focused in tiles:
            break
        assert isinstance(focused, QWidget)
        qtbot.keyClick(focused, Qt.Key.Key_Tab)
    focused = QGuiApplication.focusObject()
    assert focused in tiles, f"Tab never reached a tile (stuck on {focused!r})"
    assert isinstance(focused, QWidget)
    qtbot.keyClick(focused, Qt.Key.Key_Space)
    assert window.last_details is not None and window.last_details.isVisible()
    window.last_details.close()
    window.close()
