"""One service tile: avatar, name, overall state (mark + word + colour) and function chips.

The seed case must read at a glance: "WhatsApp — Calls blocked — messages ✓ · calls ✗ · media ✓":
the line under the name is the worst function's headline (the cause), not a generic status word.
A tile is a focusable button-like frame with a visible focus ring: click, Enter or Space opens
the details; the grid moves the focus between tiles with the arrow keys.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QRectF, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QFocusEvent,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPalette,
    QPen,
)
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from core.messages import text
from core.models import Function, FunctionKind, Status
from core.rules.summary import (
    Standing,
    service_standing,
    shown_function_status,
    shown_status,
)
from gui.run.avatar import avatar
from gui.run.spinner import Spinner
from gui.run.state import Phase, ServiceState
from gui.status_style import MARKS, accent, tint
from gui.words import headline, service_name, worst_function

TILE_WIDTH = 260
_ACTIVATE_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space)
_ARROWS = (Qt.Key.Key_Left, Qt.Key.Key_Right, Qt.Key.Key_Up, Qt.Key.Key_Down)
_KIND_ORDER = {kind: index for index, kind in enumerate(FunctionKind)}


def ordered_functions(state: ServiceState) -> list[Function]:
    """Functions in one fixed order (messages, calls, media...) so tiles read alike."""
    return sorted(state.service.functions, key=lambda f: _KIND_ORDER[f.kind])


class ServiceTile(QFrame):
    activated = Signal(str)  # service id
    arrowPressed = Signal(str, int)  # service id, Qt.Key: the grid moves the focus

    def __init__(self, state: ServiceState, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.service_id = state.service.id
        self._language = language
        self.setObjectName("serviceTile")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setFixedWidth(TILE_WIDTH)
        self.setMinimumHeight(76)  # a floor; a tile is as tall as its wrapped text needs
        self._border = QColor()
        self._state = state
        self._look: tuple[object, ...] = ()  # what the tile shows now

        self.display_name = service_name(state.service.id, state.service.name, language)
        self._avatar = QLabel()
        ratio = self.devicePixelRatioF()
        self._avatar.setPixmap(avatar(state.service.id, self.display_name, 36, ratio))
        self._avatar.setFixedSize(36, 36)
        self._name = QLabel(self.display_name)
        name_font = self._name.font()
        name_font.setBold(True)
        name_font.setPointSizeF(name_font.pointSizeF() * 1.1)
        self._name.setFont(name_font)
        self._name.setWordWrap(True)  # a long name ("Российские сайты (контроль)") takes 2 lines
        self._status = QLabel()
        status_font = self._status.font()
        status_font.setBold(True)
        self._status.setFont(status_font)
        self._status.setWordWrap(True)
        self._spinner = Spinner(self)
        self._chips = QLabel()
        self._chips.setTextFormat(Qt.TextFormat.RichText)
        self._chips.setWordWrap(True)

        head = QHBoxLayout()
        head.setSpacing(8)
        head.addWidget(self._avatar, 0, Qt.AlignmentFlag.AlignTop)
        names = QVBoxLayout()
        names.setSpacing(2)
        title = QHBoxLayout()
        title.addWidget(self._name, 1)
        title.addWidget(self._spinner)
        names.addLayout(title)
        names.addWidget(self._status)
        head.addLayout(names, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 10, 12, 10)
        layout.addLayout(head)
        layout.addWidget(self._chips)
        layout.addStretch(1)  # a tile taller than its text (its row's height) keeps it on top
        self.update_state(state)

    # ---- appearance ----

    def update_state(self, state: ServiceState) -> None:
        """Show the state; a tile that would look the same is left alone (a run's events
        repaint tiles in batches, and each changed text relays the grid out)."""
        self._state = state
        status = shown_status(state.result) if state.result is not None else None
        words = self._status_words(state)
        chips = self._chips_html(state)
        look = (state.phase, status, words, chips)
        if look == self._look:
            return
        self._look = look
        if state.phase is Phase.CHECKING:
            self._spinner.start()
        else:
            self._spinner.stop()
        colour = accent(status if state.phase is Phase.DONE else None, self.palette())
        mark = MARKS[status] + " " if state.phase is Phase.DONE and status is not None else ""
        self._status.setText(mark + words)
        palette = self._status.palette()
        palette.setColor(QPalette.ColorRole.WindowText, colour)
        self._status.setPalette(palette)  # a palette, not a style sheet: re-polishing is slow
        self._chips.setText(chips)
        self._border = colour
        self.updateGeometry()  # the grid asks heightForWidth again: wrapped lines are never cut
        self.update()
        self.setAccessibleName(f"{self.display_name}: {words}")
        self.setAccessibleDescription(self._chips_plain(state))
        self.setToolTip(self.tr("Open the details (Enter)"))

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        frame = QRectF(self.rect()).adjusted(1, 1, -1, -1)
        focused = self.hasFocus()
        pen = QPen(palette.mid().color())
        pen.setWidthF(1.0)
        painter.setPen(pen)
        painter.setBrush(palette.base())
        painter.drawRoundedRect(frame.adjusted(2, 2, -2, -2), 5, 5)
        if focused:  # a ring that cannot be missed: 3 px in the highlight colour, outside
            ring = QPen(palette.highlight().color())
            ring.setWidthF(3.0)
            painter.setPen(ring)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(frame.adjusted(0.5, 0.5, -0.5, -0.5), 7, 7)
        frame = frame.adjusted(2, 2, -2, -2)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(self._border)
        painter.drawRoundedRect(QRectF(frame.left(), frame.top(), 6, frame.height()), 3, 3)

    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        self.update()

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        self.update()

    def _status_words(self, state: ServiceState) -> str:
        if state.phase is Phase.WAITING:
            return self.tr("Waiting…")
        if state.phase is Phase.CHECKING:
            return self.tr("Checking…")
        if state.phase is Phase.DONE and state.result is not None:
            return self.headline(state)
        return self.tr("Not checked yet")

    def headline(self, state: ServiceState | None = None) -> str:
        """The worst function's cause in words ("Calls blocked"); the status word otherwise."""
        state = state or self._state
        if state.result is not None and service_standing(state.result) is Standing.UNCHECKABLE:
            # never "Works" for calls that could not be checked (core/rules/summary.py)
            return text("summary.uncheckable_service", language=self._language)
        worst = worst_function(state.functions.values())
        if worst is not None:
            return headline(worst, self._language)
        status = state.result.status.value if state.result is not None else "unknown"
        return text(f"status.{status}", language=self._language)

    def _chip_items(self, state: ServiceState) -> list[tuple[str, Status | None]]:
        items: list[tuple[str, Status | None]] = []
        for function in ordered_functions(state):
            label = text(f"function.{function.kind.value}", language=self._language)
            result = state.functions.get(function.kind)
            items.append((label, shown_function_status(result) if result is not None else None))
        return items

    def _chips_html(self, state: ServiceState) -> str:
        chips = []
        for label, status in self._chip_items(state):
            mark = MARKS[status] if status is not None else "·"
            colour = accent(status, self.palette()).name()
            background = tint(status, self.palette()).name(tint(status).NameFormat.HexArgb)
            chips.append(
                f'<span style="color:{colour}; background-color:{background};">'
                f"&nbsp;{label}&nbsp;{mark}&nbsp;</span>"
            )
        return "&nbsp; ".join(chips)

    def _chips_plain(self, state: ServiceState) -> str:
        parts = []
        for label, status in self._chip_items(state):
            word = (
                text(f"status.{status.value}", language=self._language)
                if status is not None
                else self.tr("not checked")
            )
            parts.append(f"{label}: {word}")
        return "; ".join(parts)

    def chips_text(self) -> str:
        """The chips as plain text with marks, e.g. "messages ✓ · calls ✗" (tests, copy)."""
        return " · ".join(
            f"{label} {MARKS[status] if status is not None else '·'}"
            for label, status in self._chip_items(self._state)
        )

    # ---- input ----

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton and self.rect().contains(
            event.position().toPoint()
        ):
            self.activated.emit(self.service_id)
        super().mouseReleaseEvent(event)

    def event(self, event: QEvent) -> bool:
        # Claim Enter/Space before the window's Enter-runs-the-diagnostic shortcut sees it.
        if (
            event.type() == QEvent.Type.ShortcutOverride
            and isinstance(event, QKeyEvent)
            and event.key() in _ACTIVATE_KEYS
        ):
            event.accept()
            return True
        return super().event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in _ACTIVATE_KEYS:
            self.activated.emit(self.service_id)
            return
        if event.key() in _ARROWS and not event.modifiers():
            self.arrowPressed.emit(self.service_id, int(event.key()))
            return
        super().keyPressEvent(event)
