"""Watch mode in the window (issue 23): the tray's state and menu, close-to-tray said once,
the network source fed by QNetworkInformation, the diary in History and its export. No lab:
hand-made runs, a fake watcher and a temp history."""

from __future__ import annotations

from typing import Any

import pytest

from core.codes import Condition, Verdict
from core.models import (
    FunctionKind,
    FunctionResult,
    Message,
    NetworkResult,
    RunResult,
    ServiceResult,
    Status,
)
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


@pytest.mark.parametrize(
    ("run", "state"),
    [
        (None, TrayState.UNKNOWN),
        (_run(Verdict.OK, WORKS), TrayState.FINE),
        (_run(Verdict.OK, WORKS, CALLS_CUT), TrayState.BLOCKED),
        (_run(Verdict.OFFLINE, WORKS), TrayState.NETWORK),
        (_run(Verdict.WHITELIST_MODE, WORKS), TrayState.NETWORK),
        (_run(Verdict.OK, WORKS, conditions=(Condition.DNS_SYSTEM_SILENT,)), TrayState.NETWORK),
    ],
)
def test_the_tray_state_follows_the_core_summary(run: RunResult | None, state: TrayState) -> None:
    assert tray_state(run) is state


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
    tray.show_check(_run(Verdict.OK, WORKS, CALLS_CUT), 1_764_928_800.0)
    assert tray.state is TrayState.BLOCKED
    assert "Blocked: Whatsapp" in tray.tooltip() and "Last check: " in tray.tooltip()
    assert tray.notify("WhatsApp calls blocked since 14:05")
    tray.set_paused(True)
    assert not tray.pause_action.isVisible() and tray.resume_action.isVisible()
    assert "Paused" in tray.tooltip()
    assert not tray.notify("Telegram messages work again")  # none while paused
    assert tray.notifications == ["WhatsApp calls blocked since 14:05"]
    tray.resume_action.trigger()
    assert asked[-1] == "resume"
