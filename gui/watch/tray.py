"""The tray icon: its colour says the state, its menu checks, opens, pauses and quits.

The colour is the watcher's confirmed state (`WatchState.overall`, decided in
`core/rules/watch.py`: a one-check blip never turns it red); the words are the core summary's
of the last check (`core.rules.summary`: the network's one cause, else the blocked, else the
slowed services). The tray decides nothing of its own. Never colour alone: the tooltip says the
state in words, with the last check's time, and that a change is being confirmed.
"""

from __future__ import annotations

from datetime import datetime
from enum import StrEnum
from typing import Protocol

from PySide6.QtCore import QObject, QRectF, Qt, Signal
from PySide6.QtGui import QAction, QColor, QIcon, QPainter, QPen, QPixmap
from PySide6.QtWidgets import QMenu, QSystemTrayIcon

from core.messages import format_bytes, text
from core.models import RunResult, Status
from core.report import cause_lines, name_of
from core.resources import resource_path
from core.rules.summary import Standing, summarize
from gui.status_style import accent

PAUSE_S = 3600.0  # "Pause for 1 hour"
TOOLTIP_MAX = 120  # Windows cuts a tray tooltip at 127 characters


class WatchState(Protocol):
    """What the tray reads of the core's `WatchState` (core/rules/watch.py)."""

    @property
    def overall(self) -> str: ...

    @property
    def needs_confirmation(self) -> bool: ...


class TrayState(StrEnum):
    """`WatchState.overall`'s values."""

    UNKNOWN = "unknown"  # nothing confirmed yet
    FINE = "fine"  # everything checked works
    PROBLEM = "problem"  # something blocked or working poorly
    NETWORK = "network"  # offline, whitelist mode, a login page, dead DNS: the whole connection


# The dot's colour for each state: green, red, and grey for the network's own cause (the whole
# connection, not one service); no dot before anything is confirmed.
STATE_STATUS: dict[TrayState, Status | None] = {
    TrayState.UNKNOWN: None,
    TrayState.FINE: Status.WORKS,
    TrayState.PROBLEM: Status.BLOCKED,
    TrayState.NETWORK: Status.UNKNOWN,
}


def tray_state(state: WatchState) -> TrayState:
    """The tray's state for the watcher's confirmed state (unknown for a value not known here)."""
    try:
        return TrayState(state.overall)
    except ValueError:
        return TrayState.UNKNOWN


def state_icon(state: TrayState, paused: bool = False) -> QIcon:
    """The app's icon with a dot of the state's colour (hollow while paused)."""
    size = 64
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    QIcon(str(resource_path("icons", "svyaz.svg"))).paint(painter, 0, 0, size, size)
    if state is not TrayState.UNKNOWN or paused:
        colour = accent(STATE_STATUS[state])
        dot = QRectF(size * 0.5, size * 0.5, size * 0.46, size * 0.46)
        painter.setPen(QPen(QColor("white"), 4))
        painter.setBrush(Qt.BrushStyle.NoBrush if paused else colour)
        painter.drawEllipse(dot)
        if paused:
            painter.setPen(QPen(colour, 5))
            painter.drawEllipse(dot.adjusted(3, 3, -3, -3))
    painter.end()
    return QIcon(pixmap)


class WatchTray(QObject):
    """The tray icon and its menu; asks through signals, shows what it is told."""

    checkNowRequested = Signal()
    openRequested = Signal()
    pauseRequested = Signal(float)  # seconds
    resumeRequested = Signal()
    quitRequested = Signal()

    def __init__(self, language: str = "en", parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._language = language
        self.state = TrayState.UNKNOWN
        self.paused = False
        self.visible = False
        self.words = ""
        self.checked_at: float | None = None
        self.confirming = False  # a change was seen once; a second check comes soon
        self.budget_words = ""  # today's data on a metered link, in the core's words
        self.notifications: list[str] = []  # changes shown, newest last (tests, the log)
        self.said: list[str] = []  # the tray's own notes ("keeps watching from the tray")
        self.icon = QSystemTrayIcon(self)
        self.menu = QMenu()
        self.check_action = QAction(self.tr("&Check now"), self)
        self.open_action = QAction(self.tr("&Open Svyaz"), self)
        self.pause_action = QAction(self.tr("&Pause for 1 hour"), self)
        self.resume_action = QAction(self.tr("&Resume watching"), self)
        self.quit_action = QAction(self.tr("&Quit"), self)
        self.check_action.triggered.connect(self.checkNowRequested)
        self.open_action.triggered.connect(self.openRequested)
        self.pause_action.triggered.connect(lambda: self.pauseRequested.emit(PAUSE_S))
        self.resume_action.triggered.connect(self.resumeRequested)
        self.quit_action.triggered.connect(self.quitRequested)
        for action in (self.check_action, self.open_action):
            self.menu.addAction(action)
        self.menu.addSeparator()
        self.menu.addAction(self.pause_action)
        self.menu.addAction(self.resume_action)
        self.menu.addSeparator()
        self.menu.addAction(self.quit_action)
        self.icon.setContextMenu(self.menu)
        self.icon.activated.connect(self._activated)
        self._repaint()

    def _activated(self, reason: QSystemTrayIcon.ActivationReason) -> None:
        if reason in (
            QSystemTrayIcon.ActivationReason.Trigger,
            QSystemTrayIcon.ActivationReason.DoubleClick,
        ):
            self.openRequested.emit()

    def show(self) -> None:
        self.visible = True
        if QSystemTrayIcon.isSystemTrayAvailable():  # offscreen has none: Qt would warn
            self.icon.show()

    def hide(self) -> None:
        self.visible = False
        self.icon.hide()

    def show_check(self, run: RunResult, at: float, state: WatchState) -> None:
        """A check ended: the confirmed state in colour, the check in words, and when."""
        self.state = tray_state(state)
        self.words = self._state_words(run)
        self.confirming = state.needs_confirmation
        self.checked_at = at
        self._repaint()

    def set_paused(self, paused: bool) -> None:
        self.paused = paused
        self._repaint()

    def show_budget(self, used: int, limit: int) -> None:
        """What watch mode used today on metered links, in the tooltip."""
        self.budget_words = text(
            "watch.budget_used",
            {
                "used": format_bytes(used, self._language),
                "limit": format_bytes(limit, self._language),
            },
            self._language,
        )
        self._repaint()

    def set_checking(self, checking: bool) -> None:
        self.check_action.setEnabled(not checking)

    def notify(self, message: str) -> bool:
        """A desktop notification (confirmed changes only; none while paused)."""
        if self.paused or not message:
            return False
        self.notifications.append(message)
        self.icon.showMessage("Svyaz", message, self.icon.icon(), 10_000)
        return True

    def say(self, message: str) -> None:
        """A note of the app's own (not a change): shown even while paused."""
        self.said.append(message)
        self.icon.showMessage("Svyaz", message, self.icon.icon(), 10_000)

    def tooltip(self) -> str:
        lines = ["Svyaz"]
        if self.words:
            lines.append(self.words)
        if self.checked_at is not None:
            moment = datetime.fromtimestamp(self.checked_at).astimezone()
            lines.append(self.tr("Last check: %1").replace("%1", f"{moment:%H:%M}"))
        else:
            lines.append(self.tr("Not checked yet"))
        if self.confirming:
            lines.append(self.tr("A change is being confirmed"))
        if self.paused:
            lines.append(self.tr("Paused"))
        if self.budget_words:
            lines.append(self.budget_words)
        said = "\n".join(lines)
        return said if len(said) <= TOOLTIP_MAX else said[: TOOLTIP_MAX - 1] + "…"

    def _state_words(self, run: RunResult) -> str:
        summary = summarize(run)
        if summary.cause is not None:
            return cause_lines(summary, run.network, self._language)[0]
        for standing, words in (
            (Standing.BLOCKED, self.tr("Blocked: %1")),
            (Standing.SLOWED, self.tr("Works poorly: %1")),
        ):
            section = summary.section(standing)
            if section is not None and section.entries:
                names = ", ".join(name_of(e.service, self._language) for e in section.entries)
                return words.replace("%1", names)
        return self.tr("Everything checked works")

    def _repaint(self) -> None:
        self.icon.setIcon(state_icon(self.state, self.paused))
        self.icon.setToolTip(self.tooltip())
        self.pause_action.setVisible(not self.paused)
        self.resume_action.setVisible(self.paused)
