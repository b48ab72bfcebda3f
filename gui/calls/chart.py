"""The call test's live chart: round-trip time per target, and loss so far, over elapsed time.

Drawn with QPainter: QtCharts is not in PySide6-Essentials and would add the Addons wheel (and
pyqtgraph numpy) to the packaged app for two lines on a plot.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

_LINE_COLOURS = ("#1a73e8", "#e8710a", "#9334e6", "#12b5cb")
MARGIN_LEFT, MARGIN_RIGHT, MARGIN_TOP, MARGIN_BOTTOM = 52, 48, 12, 28


class CallChart(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._rtt: dict[str, list[tuple[float, float]]] = {}
        self._loss: dict[str, list[tuple[float, float]]] = {}
        self._duration = 10.0
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setAccessibleName(self.tr("Round-trip time and loss chart"))

    def sizeHint(self) -> QSize:
        return QSize(600, 260)

    def reset(self, duration_s: float) -> None:
        self._rtt.clear()
        self._loss.clear()
        self._duration = max(duration_s, 1.0)
        self.update()

    def add_sample(
        self, target: str, elapsed_s: float, rtt_ms: float | None, loss_pct: float
    ) -> None:
        if rtt_ms is not None:
            self._rtt.setdefault(target, []).append((elapsed_s, rtt_ms))
        self._loss.setdefault(target, []).append((elapsed_s, loss_pct))
        self.update()

    def targets(self) -> list[str]:
        return sorted(set(self._rtt) | set(self._loss))

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        plot = QRectF(
            MARGIN_LEFT,
            MARGIN_TOP,
            max(self.width() - MARGIN_LEFT - MARGIN_RIGHT, 10),
            max(self.height() - MARGIN_TOP - MARGIN_BOTTOM, 10),
        )
        painter.fillRect(plot, palette.base())
        painter.setPen(palette.mid().color())
        painter.drawRect(plot)
        rtt_max = max((v for pts in self._rtt.values() for _, v in pts), default=100.0)
        rtt_top = _nice_ceiling(max(rtt_max * 1.15, 50.0))
        text_pen = palette.text().color()
        painter.setPen(text_pen)
        for fraction in (0.0, 0.5, 1.0):
            y = plot.bottom() - fraction * plot.height()
            painter.drawText(
                QRectF(0, y - 8, MARGIN_LEFT - 6, 16),
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                f"{rtt_top * fraction:.0f}",
            )
            painter.drawText(
                QRectF(plot.right() + 6, y - 8, MARGIN_RIGHT - 6, 16),
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                f"{100 * fraction:.0f}%",
            )
        painter.drawText(
            QRectF(plot.left(), plot.bottom() + 4, plot.width(), MARGIN_BOTTOM - 4),
            Qt.AlignmentFlag.AlignCenter,
            self.tr("seconds · left: round trip, ms · right: loss (dashed)"),
        )

        def point(t: float, value: float, top: float) -> QPointF:
            x = plot.left() + min(t / self._duration, 1.0) * plot.width()
            y = plot.bottom() - min(value / top, 1.0) * plot.height()
            return QPointF(x, y)

        for index, target in enumerate(self.targets()):
            colour = QColor(_LINE_COLOURS[index % len(_LINE_COLOURS)])
            for series, top, style in (
                (self._rtt.get(target, []), rtt_top, Qt.PenStyle.SolidLine),
                (self._loss.get(target, []), 100.0, Qt.PenStyle.DashLine),
            ):
                if not series:
                    continue
                path = QPainterPath(point(*series[0], top))
                for t, value in series[1:]:
                    path.lineTo(point(t, value, top))
                pen = QPen(colour, 2.0, style)
                painter.setPen(pen)
                painter.setBrush(Qt.BrushStyle.NoBrush)
                painter.drawPath(path)
            painter.setPen(colour)
            painter.drawText(
                QRectF(plot.left() + 8, plot.top() + 4 + 16 * index, plot.width() - 16, 16),
                Qt.AlignmentFlag.AlignLeft,
                target,
            )
        if not self.targets():
            painter.setPen(text_pen)
            painter.drawText(plot, Qt.AlignmentFlag.AlignCenter, self.tr("No measurements yet."))


def _nice_ceiling(value: float) -> float:
    for step in (50, 100, 200, 250, 500, 1000, 2000, 5000):
        if value <= step:
            return float(step)
    return float(int(value / 1000 + 1) * 1000)
