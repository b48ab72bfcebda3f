"""Windows that fit the screen people have: never larger than the available geometry."""

from __future__ import annotations

from PySide6.QtCore import QRect
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget


def available(widget: QWidget | None = None) -> QRect:
    """The screen's area without panels and docks (the widget's screen, else the primary)."""
    screen = widget.screen() if widget is not None else None
    screen = screen or QGuiApplication.primaryScreen()
    return screen.availableGeometry() if screen is not None else QRect(0, 0, 1024, 600)


def fit(widget: QWidget, width: int, height: int, frame: int = 40) -> None:
    """Resize to width × height, or smaller to fit the screen with room for the title bar."""
    area = available(widget)
    widget.resize(min(width, area.width() - 8), min(height, max(area.height() - frame, 200)))


def keep_on_screen(widget: QWidget, frame: int = 40) -> None:
    """After restoring a remembered geometry: pull the window back within the screen.

    Works on geometry() (the client area, what restoreGeometry set) and touches nothing when
    the window already fits: move() places the *frame* there, so moving to the client's own
    position put the window a title bar lower at every start (issue 21: it crept 20 px down).
    """
    area = available(widget)
    rect = widget.geometry()
    width = min(rect.width(), area.width() - 8)
    height = min(rect.height(), max(area.height() - frame, 200))
    x = min(max(rect.x(), area.left()), area.right() - width + 1)
    y = min(max(rect.y(), area.top()), area.bottom() - height - frame + 1)
    wanted = QRect(x, max(y, area.top()), width, height)
    if wanted != rect:
        widget.setGeometry(wanted)
