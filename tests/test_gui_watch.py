"""Watch mode in the window (issue 23): the tray's state and menu, close-to-tray said once,
the network source fed by QNetworkInformation, the diary in History and its export. No lab:
hand-made runs, a fake watcher and a temp history."""

from __future__ import annotations

import asyncio
import json
import logging
import threading
import time
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtNetwork import QNetworkInformation

from core.codes import Condition, Verdict
from core.models import (
    FunctionKind,
    FunctionResult,
    Message,
    NetworkResult,
    RunFinished,
    RunResult,
    ServiceResult,
    Status,
)
from core.rules.watch import WatchState, advance, observe
from core.watch import (
    CheckFinished,
    NetworkState,
    Notify,
    Paused,
    Resumed,
    WatchSettings,
)
from gui.settings import GuiSettings, load_settings
from gui.watch.network_info import QtNetworkSource
from gui.watch.tray import PAUSE_S, TrayState, WatchTray, tray_state

pytestmark = pytest.mark.gui

_NONE = Message("none")


def _run(
    network: Verdict = Verdict.OK,
    *functions: tuple[str, FunctionKind, Verdict, Status],
    conditions: tuple[Condition, ...] = (),
) -> RunResult:
    services = tuple(
        ServiceResult(
            sid, sid.title(), status, (FunctionResult(sid, kind, code, status, _NONE, _NONE),)
        )
        for sid, kind, code, status in functions
    )
    return RunResult(
        "r1",
        "2026-12-05T10:00:00Z",
        "2026-12-05T10:00:05Z",
        5000.0,
        True,
        NetworkResult(network, Message("network.ok.explain"), _NONE, conditions),
        services,
    )


WORKS = ("telegram", FunctionKind.MESSAGES, Verdict.OK, Status.WORKS)
CALLS_CUT = ("whatsapp", FunctionKind.CALLS, Verdict.UDP_BLOCKED, Status.BLOCKED)


def _state(*runs: RunResult) -> WatchState:
    """The watcher's state after these checks (the core's rules)."""
    state = WatchState()
    for at, run in enumerate(runs):
        state, _ = advance(state, observe(run, at * 180.0))
    return state


@pytest.mark.parametrize(
    ("runs", "state"),
    [
        ((), TrayState.UNKNOWN),
        ((_run(Verdict.OK, WORKS),) * 2, TrayState.FINE),
        ((_run(Verdict.OK, WORKS, CALLS_CUT),) * 2, TrayState.PROBLEM),
        ((_run(Verdict.OFFLINE, WORKS),) * 2, TrayState.NETWORK),
        ((_run(Verdict.WHITELIST_MODE, WORKS),) * 2, TrayState.NETWORK),
        (
            (_run(Verdict.OK, WORKS, conditions=(Condition.DNS_SYSTEM_SILENT,)),) * 2,
            TrayState.NETWORK,
        ),
    ],
)
def test_the_tray_colour_is_the_confirmed_state(
    runs: tuple[RunResult, ...], state: TrayState
) -> None:
    assert tray_state(_state(*runs)) is state


def test_a_one_check_blip_does_not_turn_the_tray_red(qtbot: Any) -> None:
    fine, blocked = _run(Verdict.OK, WORKS), _run(Verdict.OK, WORKS, CALLS_CUT)
    tray = WatchTray("en")
    tray.show_check(blocked, 1_764_928_800.0, _state(fine, fine, blocked))
    assert tray.state is TrayState.FINE and "A change is being confirmed" in tray.tooltip()
    tray.show_check(blocked, 1_764_928_980.0, _state(fine, fine, blocked, blocked))
    assert tray.state is TrayState.PROBLEM and "Blocked: Whatsapp" in tray.tooltip()
    assert "being confirmed" not in tray.tooltip()


def test_the_tray_menu_asks_and_shows(qtbot: Any) -> None:
    tray = WatchTray("en")
    asked: list[Any] = []
    tray.checkNowRequested.connect(lambda: asked.append("check"))
    tray.openRequested.connect(lambda: asked.append("open"))
    tray.pauseRequested.connect(lambda s: asked.append(("pause", s)))
    tray.resumeRequested.connect(lambda: asked.append("resume"))
    tray.quitRequested.connect(lambda: asked.append("quit"))
    texts = [a.text().replace("&", "") for a in tray.menu.actions() if not a.isSeparator()]
    assert texts == ["Check now", "Open Svyaz", "Pause for 1 hour", "Resume watching", "Quit"]
    assert "Not checked yet" in tray.tooltip()
    for action in (tray.check_action, tray.open_action, tray.pause_action, tray.quit_action):
        action.trigger()
    assert asked == ["check", "open", ("pause", PAUSE_S), "quit"]
    blocked = _run(Verdict.OK, WORKS, CALLS_CUT)
    tray.show_check(blocked, 1_764_928_800.0, _state(blocked, blocked))
    assert tray.state is TrayState.PROBLEM
    assert "Blocked: Whatsapp" in tray.tooltip() and "Last check: " in tray.tooltip()
    assert tray.notify("WhatsApp calls blocked since 14:05")
    tray.set_paused(True)
    assert not tray.pause_action.isVisible() and tray.resume_action.isVisible()
    assert "Paused" in tray.tooltip()
    assert not tray.notify("Telegram messages work again")  # none while paused
    assert tray.notifications == ["WhatsApp calls blocked since 14:05"]
    tray.resume_action.trigger()
    assert asked[-1] == "resume"


# ---- the network source ----


class FakeInfo(QObject):
    """QNetworkInformation's getters and change signals, settable."""

    reachabilityChanged = Signal(object)  # noqa: N815
    transportMediumChanged = Signal(object)  # noqa: N815
    isBehindCaptivePortalChanged = Signal(bool)  # noqa: N815
    isMeteredChanged = Signal(bool)  # noqa: N815

    def __init__(self) -> None:
        super().__init__()
        self.reach = QNetworkInformation.Reachability.Online
        self.medium = QNetworkInformation.TransportMedium.WiFi
        self.captive = False
        self.metered = False

    def reachability(self) -> Any:
        return self.reach

    def transportMedium(self) -> Any:
        return self.medium

    def isBehindCaptivePortal(self) -> bool:
        return self.captive

    def isMetered(self) -> bool:
        return self.metered


class FakeHeadless:
    def __init__(self, vpn: str | None = None) -> None:
        self.vpn = vpn

    def current(self) -> NetworkState:
        return NetworkState(vpn=self.vpn)


def test_the_network_source_adapts_qt_and_keeps_the_cores_vpn(qtbot: Any) -> None:
    info = FakeInfo()
    source = QtNetworkSource(info, FakeHeadless("wg0"))
    seen: list[NetworkState] = []
    source.changed.connect(seen.append)
    assert source.current() == NetworkState(True, "wifi", False, False, "wg0")
    info.medium = QNetworkInformation.TransportMedium.Cellular
    info.transportMediumChanged.emit(info.medium)
    info.isMeteredChanged.emit(False)  # nothing new: not said twice
    info.reach = QNetworkInformation.Reachability.Disconnected
    info.captive = True
    info.reachabilityChanged.emit(info.reach)
    assert seen == [
        NetworkState(True, "cellular", False, False, "wg0"),
        NetworkState(False, "cellular", False, True, "wg0"),
    ]
    assert seen[0].counts_as_metered  # mobile data: light checks under the budget


def test_without_a_backend_the_headless_source_answers_and_the_log_says_so(
    caplog: pytest.LogCaptureFixture, monkeypatch: pytest.MonkeyPatch
) -> None:
    from gui.watch import network_info

    monkeypatch.setattr(QNetworkInformation, "loadDefaultBackend", staticmethod(lambda: False))
    with caplog.at_level(logging.INFO, logger=network_info.__name__):
        info = network_info.load_default()
    assert info is None and "no network-information backend" in caplog.text
    source = QtNetworkSource(info, FakeHeadless("socks5 proxy"))
    assert not source.has_backend and source.current() == NetworkState(vpn="socks5 proxy")


# ---- the watcher in the app ----


class FakeWatcher:
    """Records what the app asks; `emit` plays the core's events."""

    def __init__(self, settings: WatchSettings, on_event: Any) -> None:
        self.settings = settings
        self.emit = on_event
        self.asked: list[Any] = []
        self.stopped = False

    async def run(self) -> None:
        while not self.stopped:
            await asyncio.sleep(0.02)

    def check_now(self) -> None:
        self.asked.append("check")

    def network_changed(self, state: NetworkState) -> None:
        self.asked.append(state)

    def pause(self, seconds: float | None = None) -> None:
        self.asked.append(("pause", seconds))
        self.emit(Paused(0.0, seconds))

    def resume(self) -> None:
        self.asked.append("resume")
        self.emit(Resumed(0.0))

    def stop(self) -> None:
        self.stopped = True


@pytest.fixture
def host(qtbot: Any, tmp_path: Path) -> Any:
    from gui.autostart import Autostart
    from gui.window_host import WindowHost

    made: list[FakeWatcher] = []

    def make(settings: WatchSettings, _net: Any, _check: Any, on_event: Any) -> FakeWatcher:
        made.append(FakeWatcher(settings, on_event))
        return made[-1]

    quits: list[bool] = []
    config = tmp_path / "config"
    host = WindowHost(
        GuiSettings(first_run_seen=True, watch=True, watch_interval_min=45),
        tray_available=True,
        network=QtNetworkSource(None, FakeHeadless()),
        autostart=Autostart("linux", environ={"XDG_CONFIG_HOME": str(config)}, arguments=["sv"]),
        make_watcher=make,
        quit_app=lambda: quits.append(True),
    )
    host.made, host.quits, host.autostart_file = made, quits, config / "autostart/svyaz.desktop"
    qtbot.addWidget(host.window)
    host.window.environment = {}
    yield host
    host.watch.stop()
    host.bridge.shutdown()


def test_tray_menu_drives_the_watcher(host: Any) -> None:
    watcher = host.made[0]
    assert watcher.settings.interval_s == 45 * 60 and host.tray.visible
    host.tray.check_action.trigger()
    assert watcher.asked == ["check"]
    host.tray.pause_action.trigger()
    assert watcher.asked[-1] == ("pause", 3600.0) and host.tray.paused
    watcher.emit(Notify(0.0, (), "WhatsApp calls blocked since 14:05"))
    assert host.tray.notifications == []  # paused: nothing pops up
    host.tray.resume_action.trigger()
    assert not host.tray.paused
    watcher.emit(Notify(0.0, (), "Telegram messages work again since 14:40"))
    assert host.tray.notifications == ["Telegram messages work again since 14:40"]
    state = NetworkState(False, "cellular")
    host.network.changed.emit(state)
    assert watcher.asked[-1] == state


def test_a_check_shows_in_the_tray_and_the_tiles(host: Any) -> None:
    run = _run(Verdict.OK, WORKS, CALLS_CUT)
    host.made[0].emit(
        CheckFinished(1_764_928_800.0, run, observe(run, 0.0), _state(run, run), False, 1000)
    )
    assert host.tray.state is TrayState.PROBLEM
    assert host.window.state.result is run
    vpn = _run(Verdict.OFFLINE, WORKS)
    host.made[0].emit(
        CheckFinished(1_764_928_900.0, vpn, observe(vpn, 0.0), _state(vpn, vpn), True, 1000)
    )
    assert host.tray.state is TrayState.PROBLEM and host.window.state.result is run  # apart


@pytest.mark.qt_log_ignore("does not support raise")  # offscreen
def test_closing_keeps_svyaz_in_the_tray_said_once_and_quit_quits(host: Any) -> None:
    window = host.window
    window.show()
    window.close()
    assert not window.isVisible() and host.watch.running() and not host.quits
    assert len(host.tray.said) == 1 and "tray" in host.tray.said[0]
    assert load_settings()[0].tray_note_seen
    host.open_window()
    assert window.isVisible()
    window.close()
    assert len(host.tray.said) == 1  # said once
    host.tray.quit_action.trigger()
    assert host.quits == [True] and not host.watch.running() and host.made[0].stopped


def test_without_a_tray_the_window_stays_and_says_so(host: Any) -> None:
    host.tray_available = False
    assert not host.keeps_in_tray()
    host.stop_watch()
    host.start_watch()
    assert "no tray" in host.window.statusBar().currentMessage()


def test_settings_turn_watch_mode_and_autostart_on_and_off(host: Any) -> None:
    from dataclasses import replace

    window = host.window
    window.apply_settings(replace(window.settings, start_with_computer=True))
    assert host.autostart_file.is_file() and host.watch.running()
    assert len(host.made) == 1  # the watcher's own settings did not change: no new one
    window.apply_settings(
        replace(window.settings, watch_interval_min=60, muted_services=["vk"], watch_budget_mb=5)
    )
    assert len(host.made) == 2 and host.made[0].stopped
    applied = host.made[1].settings
    assert applied.interval_s == 3600 and applied.muted_services == frozenset({"vk"})
    assert applied.daily_budget_bytes == 5 * 1024 * 1024
    window.apply_settings(replace(window.settings, watch=False, start_with_computer=True))
    assert not host.autostart_file.exists()  # watch mode off leaves nothing set to start
    assert not host.watch.running() and not host.tray.visible
    assert all(w.stopped for w in host.made)


def test_the_settings_dialog_has_the_watch_page(qtbot: Any) -> None:
    from core.catalog import load_catalog
    from gui.settings_dialog import SettingsDialog

    dialog = SettingsDialog(GuiSettings(), load_catalog(), used_today_bytes=3_500_000)
    qtbot.addWidget(dialog)
    assert not dialog.watch.isChecked() and not dialog.start_with_computer.isEnabled()
    assert dialog.watch_interval.value() == 30 and dialog.watch_budget.value() == 20
    assert "3.3 MB" in dialog.watch_used.text()
    dialog.watch.setChecked(True)
    dialog.start_with_computer.setChecked(True)
    dialog.muted.item(0).setCheckState(Qt.CheckState.Checked)
    chosen = dialog.result_settings()
    assert chosen.watch and chosen.start_with_computer
    assert chosen.muted_services == [dialog.muted.item(0).data(Qt.ItemDataRole.UserRole)]
    dialog.watch.setChecked(False)
    assert not dialog.result_settings().start_with_computer


# ---- the diary in History ----


def _diary(tmp_path: Path) -> Any:
    """A temp history with three periods: whitelist mode on mobile data (closed), WhatsApp
    calls blocked (still going), and one seen through a VPN."""
    from core.history import History
    from core.periods import DiaryCondition, Evidence, Period, Subject, SubjectKind

    history = History.open(tmp_path / "history.sqlite3")
    start = datetime(2026, 12, 1, 9, 12).astimezone().timestamp()
    end = start + (57 * 60 + 28) * 60
    whitelist = Subject(SubjectKind.NETWORK, condition=DiaryCondition.WHITELIST.value)
    opened = history.open_period(
        Period(
            whitelist,
            "on",
            start,
            Evidence("run-a", start, "whitelist_mode"),
            1800.0,
            link="cellular",
        )
    )
    assert opened.id is not None
    history.close_period(opened.id, Evidence("run-b", end, "ok"))
    calls = Subject(SubjectKind.FUNCTION, "whatsapp", "calls", name="WhatsApp")
    history.open_period(
        Period(
            calls,
            "blocked",
            end + 600,
            Evidence("run-c", end + 600, "udp_blocked"),
            1800.0,
            link="wifi",
        )
    )
    history.open_period(
        Period(
            calls,
            "blocked",
            end + 900,
            Evidence("run-d", end + 900, "udp_blocked"),
            1800.0,
            through_vpn=True,
        )
    )
    return history


def test_the_diary_shows_the_periods_of_the_chosen_days(qtbot: Any, tmp_path: Path) -> None:
    from gui.history.diary_view import DiaryView

    history = _diary(tmp_path)
    view = DiaryView(history, "en")
    qtbot.addWidget(view)
    view.show_range(datetime(2026, 11, 30).astimezone(), datetime(2026, 12, 6).astimezone())
    rows = view.rows_text()
    assert len(rows) == 3 and view.empty.isHidden()
    assert rows[-1] == (
        "Mobile internet",
        "✗ whitelist mode",
        "2026-12-01 09:12",
        "2026-12-03 18:40",
        "57 h 28 min",
    )
    assert rows[1][1] == "✗ WhatsApp calls blocked" and rows[1][3] == "still going"
    assert "VPN" in rows[0][0]  # kept apart, and said
    view.show_range(datetime(2026, 11, 1).astimezone(), datetime(2026, 11, 2).astimezone())
    assert view.rows_text() == [] and not view.empty.isHidden()
    ru = DiaryView(history, "ru")
    qtbot.addWidget(ru)
    ru.show_range(datetime(2026, 11, 30).astimezone(), datetime(2026, 12, 6).astimezone())
    assert ru.rows_text()[-1][:2] == ("Мобильный интернет", "✗ режим белых списков")
    assert ru.rows_text()[1][1] == "✗ WhatsApp, звонки: блокировка"  # the function in words


def test_export_writes_a_dated_report_and_never_overwrites_silently(
    qtbot: Any, tmp_path: Path
) -> None:
    from gui.history.diary_view import DiaryView

    view = DiaryView(_diary(tmp_path), "en")
    qtbot.addWidget(view)
    view.show_range(datetime(2026, 11, 30).astimezone(), datetime(2026, 12, 6).astimezone())
    html = tmp_path / "diary.html"
    assert view.export_to(html) == str(html)
    written = html.read_text(encoding="utf-8")
    assert "whitelist mode from 2026-12-01 09:12 to 2026-12-03 18:40, 57 h 28 min" in written
    csv_file = tmp_path / "diary.csv"
    view.export_to(csv_file)
    assert "2026-12-01" in csv_file.read_text(encoding="utf-8")
    json_file = tmp_path / "diary.json"
    view.export_to(json_file)
    assert json.loads(json_file.read_text(encoding="utf-8"))["kind"] == "svyaz-diary"
    html.write_text("the person's own file", encoding="utf-8")
    assert view.export_to(html) is None  # not asked: refused, and said
    assert html.read_text(encoding="utf-8") == "the person's own file"
    assert view.last_warning is not None and "exists already" in view.last_warning.text()
    assert view.export_to(html, overwrite=True) == str(html)  # the file dialog asked


def test_history_has_the_diary_page(qtbot: Any, tmp_path: Path) -> None:
    from core.catalog import load_catalog
    from gui.history.view import HistoryView

    view = HistoryView(_diary(tmp_path), load_catalog(), "en")
    qtbot.addWidget(view)
    assert view.pages.tabText(1).replace("&", "") == "Outage diary"
    assert view.diary.export_button.isEnabled()


def test_the_diary_follows_the_chosen_service(qtbot: Any, tmp_path: Path) -> None:
    from gui.history.diary_view import DiaryView

    view = DiaryView(_diary(tmp_path), "en")
    qtbot.addWidget(view)
    days = (datetime(2026, 11, 30).astimezone(), datetime(2026, 12, 6).astimezone())
    view.show_range(*days, "telegram")
    assert [row[1] for row in view.rows_text()] == ["✗ whitelist mode"]  # the network's only
    view.show_range(*days, "whatsapp")
    assert len(view.rows_text()) == 3


# ---- a watch check and a person's run never collide ----


class GatedJob:
    """A job that ends (with its RunFinished) when its gate opens or it is cancelled."""

    def __init__(self, run: RunResult) -> None:
        self.gate = threading.Event()
        self.run = run

    def cancel(self) -> None:
        self.gate.set()

    async def events(self) -> Any:
        while not self.gate.is_set():
            await asyncio.sleep(0.01)
        yield RunFinished(self.run)


def test_a_watch_check_waits_for_a_persons_run_and_holds_the_next(
    qtbot: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    from gui import bridge as bridge_module
    from gui.bridge import EngineBridge

    monkeypatch.setattr(bridge_module, "WATCH_WAIT_S", 0.01)
    bridge = EngineBridge()
    ended: list[str] = []
    bridge.jobFinished.connect(ended.append)
    try:
        person, check = GatedJob(_run(Verdict.OK, WORKS)), GatedJob(_run(Verdict.OFFLINE))
        bridge._start("diagnostic", lambda: person, lambda _e: None)
        future = bridge.start_background(lambda: bridge.watch_check(lambda: check))
        check.gate.set()  # the check itself would end at once …
        time.sleep(0.2)  # … twenty of its looks later
        assert not future.done() and bridge.running_kind() == "diagnostic"  # … it still waits
        person.gate.set()
        assert future.result(timeout=5) is check.run
        qtbot.waitUntil(lambda: ended == ["diagnostic", "watch"], timeout=2000)
        assert not bridge.busy()
        third = GatedJob(_run())
        held = bridge.start_background(lambda: bridge.watch_check(lambda: third))
        qtbot.waitUntil(lambda: bridge.running_kind() == "watch", timeout=2000)
        with pytest.raises(RuntimeError):  # a person's Run waits (the window queues it)
            bridge._start("diagnostic", lambda: person, lambda _e: None)
        bridge.cancel()  # the window's Cancel ends a check too
        assert held.result(timeout=5) is third.run
    finally:
        bridge.shutdown()


def test_the_budget_is_shown_and_its_end_said(host: Any) -> None:
    from core.watch import BudgetExhausted, BudgetUsed

    watcher = host.made[0]
    assert watcher.settings.daily_budget_bytes == 20 * 1024 * 1024
    watcher.emit(BudgetUsed(0.0, 1_200_000, watcher.settings.daily_budget_bytes, True))
    assert "Mobile data used by watch mode today: 1.1 MB of 20.0 MB" in host.tray.tooltip()
    assert host.window.watch_used_today() == 1_200_000  # the settings dialog shows it
    watcher.emit(BudgetExhausted(0.0, 19_900_000, 20_000_000, 1_764_979_200.0))
    assert "no more checks on it until" in host.tray.said[-1]


def test_run_pressed_during_a_background_check_starts_after_it(
    host: Any, qtbot: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = host.window
    started: list[bool] = []
    monkeypatch.setattr(window.controller, "start_run", lambda: started.append(True))
    check = GatedJob(_run())
    future = host.bridge.start_background(lambda: host.bridge.watch_check(lambda: check))
    qtbot.waitUntil(lambda: host.bridge.running_kind() == "watch", timeout=2000)
    window.start_run()
    assert not started and "background check" in window.statusBar().currentMessage()
    check.gate.set()
    future.result(timeout=5)
    qtbot.waitUntil(lambda: started == [True], timeout=2000)


# ---- against the lab: the real watcher in the app ----


def test_watch_mode_checks_the_lab_from_the_app(
    qtbot: Any, shared_lab: Any, tmp_path: Path
) -> None:
    """The core's Watcher on the window's engine thread: a light check of two services at
    start, saved in the window's history with its catalog, shown in the tray and the tiles."""
    from dataclasses import replace

    from gui.autostart import Autostart
    from gui.window_host import WindowHost

    lab = shared_lab("clean")
    settings = GuiSettings(
        catalog=str(lab.info.catalog), first_run_seen=True, services=["telegram", "youtube"]
    )
    host = WindowHost(
        settings,
        tray_available=True,
        network=QtNetworkSource(None, FakeHeadless()),
        autostart=Autostart("linux", environ={"XDG_CONFIG_HOME": str(tmp_path)}, arguments=["x"]),
        quit_app=lambda: None,
    )
    qtbot.addWidget(host.window)
    host.window.environment = {}
    try:
        host.window.apply_settings(replace(settings, watch=True))
        qtbot.waitUntil(lambda: host.tray.checked_at is not None, timeout=30_000)
        run = host.watch.last_run
        assert run is not None and run.completed and run.settings["light"] is True
        assert {s.service_id for s in run.services} >= {"telegram", "youtube"}
        # Nothing is confirmed after one check: no colour yet, the check in words.
        assert host.tray.state is TrayState.UNKNOWN
        assert "Everything checked works" in host.tray.tooltip()
        assert "being confirmed" in host.tray.tooltip()
        assert host.window.state.result is run  # the tiles show the check
        stored = host.window.history.list_runs()
        assert [r.run_id for r in stored] == [run.run_id]
        assert host.window.history.load(run.run_id).settings["catalog_kind"] == "lab"
    finally:
        host.stop_watch()
        host.bridge.shutdown()


def test_under_wine_the_backend_is_never_loaded(
    caplog: pytest.LogCaptureFixture, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Wine's Network List Manager hangs Qt's Windows backend (it hung the Windows build's
    self-test as the window started): under Wine the backend is not even asked."""
    from gui.watch import network_info

    asked: list[bool] = []
    monkeypatch.setattr(
        QNetworkInformation, "loadDefaultBackend", staticmethod(lambda: asked.append(True))
    )
    with caplog.at_level(logging.INFO, logger=network_info.__name__):
        assert network_info.load_default(wine=True) is None
    assert not asked and "under Wine" in caplog.text
