"""A service's timeline: one strip per function over days (works / degraded / blocked).

The day's call MOS and throttled rate are written under it where they were measured."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QPainter, QPaintEvent
from PySide6.QtWidgets import QSizePolicy, QWidget

from core.history import Day
from core.messages import text
from core.models import FunctionKind, Status
from gui.status_style import MARKS, accent
from gui.words import number

LABEL = 90
ROW = 22
CELL = 26


class TimelineStrip(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._days: list[Day] = []
        self._kinds: list[str] = []
        self._language = "en"
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setAccessibleName(self.tr("Timeline of the service by day"))

    def set_days(self, days: Sequence[Day], language: str) -> None:
        self._days = list(days)
        self._language = language
        seen = {kind for day in self._days for kind in day.functions}
        self._kinds = [k.value for k in FunctionKind if k.value in seen]
        self.setMinimumHeight(self.sizeHint().height())
        self.updateGeometry()
        self.update()
        described = "; ".join(
            f"{day.date}: "
            + ", ".join(f"{k} {day.functions[k].value}" for k in self._kinds if k in day.functions)
            for day in self._days[-7:]
        )
        self.setAccessibleDescription(described)

    def days(self) -> list[Day]:
        return list(self._days)

    def sizeHint(self) -> QSize:
        rows = len(self._kinds) + 2
        return QSize(LABEL + CELL * max(len(self._days), 10), rows * ROW + 8)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        if not self._days:
            painter.drawText(
                self.rect(), Qt.AlignmentFlag.AlignCenter, self.tr("No runs of this service yet.")
            )
            return
        visible = max((self.width() - LABEL) // CELL, 1)
        days = self._days[-visible:]
        painter.setPen(palette.text().color())
        for row, kind in enumerate(self._kinds):
            y = row * ROW
            label = text(f"function.{kind}", language=self._language)
            painter.setPen(palette.text().color())
            painter.drawText(QRectF(0, y, LABEL - 6, ROW), Qt.AlignmentFlag.AlignVCenter, label)
            for column, day in enumerate(days):
                status = day.functions.get(kind)
                cell = QRectF(LABEL + column * CELL + 1, y + 3, CELL - 2, ROW - 6)
                painter.setPen(Qt.PenStyle.NoPen)
                painter.setBrush(accent(status, palette))
                painter.drawRoundedRect(cell, 3, 3)
                if status is not None and status is not Status.WORKS:
                    painter.setPen(palette.base().color())
                    painter.drawText(cell, Qt.AlignmentFlag.AlignCenter, MARKS[status])
        y = len(self._kinds) * ROW
        painter.setPen(palette.text().color())
        painter.drawText(
            QRectF(0, y, LABEL - 6, ROW), Qt.AlignmentFlag.AlignVCenter, self.tr("MOS / kbit/s")
        )
        for column, day in enumerate(days):
            cell = QRectF(LABEL + column * CELL, y, CELL, ROW)
            note = (
                number(day.mos, 1, self._language)
                if day.mos is not None
                else (
                    number(day.throttled_kbps, 0, self._language)
                    if day.throttled_kbps is not None
                    else ""
                )
            )
            painter.drawText(cell, Qt.AlignmentFlag.AlignCenter, note)
        y += ROW
        painter.setPen(palette.mid().color())
        first, last = days[0].date, days[-1].date
        span = QRectF(LABEL, y, max(CELL * len(days), 200), ROW)
        painter.drawText(span, Qt.AlignmentFlag.AlignLeft, first)
        if last != first:
            painter.drawText(span, Qt.AlignmentFlag.AlignRight, last)
