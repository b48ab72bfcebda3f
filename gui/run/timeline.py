"""A compact step timeline: one bar per probe step (DNS, TCP, TLS, HTTP, QUIC, transfer).

Each bar sits at its start time with its duration, green when it succeeded, red when it failed."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QFontMetrics, QPainter, QPaintEvent
from PySide6.QtWidgets import QSizePolicy, QWidget

from core.models import Status, Step
from gui.status_style import accent

ROW = 18
LABEL_WIDTH = 200


class StepTimeline(QWidget):
    def __init__(self, steps: Sequence[Step], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._steps = sorted(steps, key=lambda s: s.started_ms)[:40]
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setMinimumHeight(self.sizeHint().height())
        self.setAccessibleName(self.tr("Step timeline"))

    def sizeHint(self) -> QSize:
        return QSize(560, max(1, len(self._steps)) * ROW + ROW + 4)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        metrics = QFontMetrics(self.font())
        if not self._steps:
            painter.drawText(
                self.rect(), Qt.AlignmentFlag.AlignCenter, self.tr("No steps recorded.")
            )
            return
        origin = min(s.started_ms for s in self._steps)
        end = max(s.started_ms + s.duration_ms for s in self._steps)
        span = max(end - origin, 1.0)
        width = max(self.width() - LABEL_WIDTH - 70, 50)
        for row, step in enumerate(self._steps):
            y = row * ROW
            label = metrics.elidedText(
                f"{step.kind.value.upper()} {step.target}",
                Qt.TextElideMode.ElideMiddle,
                LABEL_WIDTH - 8,
            )
            painter.setPen(palette.text().color())
            painter.drawText(QRectF(0, y, LABEL_WIDTH, ROW), Qt.AlignmentFlag.AlignVCenter, label)
            x = LABEL_WIDTH + (step.started_ms - origin) / span * width
            bar = max(step.duration_ms / span * width, 2.0)
            colour = accent(Status.WORKS if step.ok else Status.BLOCKED, palette)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(colour)
            painter.drawRoundedRect(QRectF(x, y + 4, bar, ROW - 8), 2, 2)
            painter.setPen(palette.text().color())
            painter.drawText(
                QRectF(x + bar + 4, y, 70, ROW),
                Qt.AlignmentFlag.AlignVCenter,
                self.tr("%1 ms").replace("%1", f"{step.duration_ms:.0f}"),
            )
        painter.setPen(palette.mid().color())
        axis_y = len(self._steps) * ROW + 2
        painter.drawLine(LABEL_WIDTH, axis_y, LABEL_WIDTH + int(width), axis_y)
        painter.drawText(
            QRectF(LABEL_WIDTH, axis_y, width, ROW),
            Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
            self.tr("%1 ms").replace("%1", f"{span:.0f}"),
        )
