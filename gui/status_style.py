"""Colours and marks for the four statuses: never colour alone, always a mark and a word too.

Colours are picked for the current palette (light or dark) so text on them stays readable.
"""

from __future__ import annotations

from PySide6.QtGui import QColor, QGuiApplication, QPalette

from core.models import Status

MARKS = {Status.WORKS: "✓", Status.DEGRADED: "~", Status.BLOCKED: "✗", Status.UNKNOWN: "?"}

# (light theme, dark theme): accent colours with enough contrast against each window colour.
_ACCENTS = {
    Status.WORKS: ("#1b7f3b", "#5fd38a"),
    Status.DEGRADED: ("#a15c00", "#f0b54a"),
    Status.BLOCKED: ("#b3261e", "#ff8a80"),
    Status.UNKNOWN: ("#5f6368", "#b0b4b8"),
}
_IDLE = ("#9aa0a6", "#6f7378")


def is_dark(palette: QPalette | None = None) -> bool:
    palette = palette or QGuiApplication.palette()
    return palette.color(QPalette.ColorRole.Window).lightness() < 128


def accent(status: Status | None, palette: QPalette | None = None) -> QColor:
    """The status colour for this palette; None (not judged yet) is a neutral grey."""
    pair = _ACCENTS[status] if status is not None else _IDLE
    return QColor(pair[1] if is_dark(palette) else pair[0])


def tint(status: Status | None, palette: QPalette | None = None) -> QColor:
    """A faint background of the status colour, for chips."""
    colour = accent(status, palette)
    colour.setAlpha(40 if status is not None else 25)
    return colour
