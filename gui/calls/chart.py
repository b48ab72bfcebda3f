"""The call test's live chart: round-trip time per target, and loss so far, over elapsed time.

Drawn with QPainter: QtCharts is not in PySide6-Essentials and would add the Addons wheel (and
pyqtgraph numpy) to the packaged app for two lines on a plot. The seconds axis spans the whole
test from the start and never rescales; the round-trip axis only ever grows (to the next round
value), so a line never jumps under the reader's eyes. The legend sits below the plot.

The chart's height is fixed (the plot's, the axis's and the legend's rows): the verdicts that
appear below it at the end never squeeze it; the call view scrolls instead.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, QSize, Qt, QTimer
from PySide6.QtGui import (
    QColor,
    QFontMetrics,
    QPainter,
    QPainterPath,
    QPaintEvent,
    QPen,
    QResizeEvent,
)
from PySide6.QtWidgets import QSizePolicy, QWidget

_LINE_COLOURS = ("#1a73e8", "#e8710a", "#9334e6", "#12b5cb", "#188038", "#d01884")
MARGIN_LEFT, MARGIN_RIGHT, MARGIN_TOP, AXIS_HEIGHT = 52, 48, 12, 36
LEGEND_ROW = 18
PLOT_HEIGHT = 180
LEGEND_ROWS_KEPT = 2  # room for two legend rows from the start: the first samples move nothing


class CallChart(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._rtt: dict[str, list[tuple[float, float]]] = {}
        self._loss: dict[str, list[tuple[float, float]]] = {}
        self._duration = 10.0
        self._rtt_top = 100.0
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setAccessibleName(self.tr("Round-trip time and loss chart"))
        self._fit_height()

    def sizeHint(self) -> QSize:
        return QSize(600, self.height())

    def _fit_height(self) -> None:
        """The plot's fixed height plus the legend's rows at this width."""
        rows = len(self._legend_rows(max(self.width() - MARGIN_LEFT - MARGIN_RIGHT, 10)))
        height = MARGIN_TOP + PLOT_HEIGHT + AXIS_HEIGHT + LEGEND_ROW * max(rows, LEGEND_ROWS_KEPT)
        if height != self.minimumHeight() or height != self.maximumHeight():
            self.setFixedHeight(height)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_height()

    def reset(self, duration_s: float) -> None:
        self._rtt.clear()
        self._loss.clear()
        self._duration = max(duration_s, 1.0)
        self._rtt_top = 100.0
        self.update()

    def add_sample(
        self, target: str, elapsed_s: float, rtt_ms: float | None, loss_pct: float
    ) -> None:
        if target not in self._rtt and target not in self._loss:
            QTimer.singleShot(0, self, self._fit_height)  # a new legend entry, maybe a row
        if rtt_ms is not None:
            self._rtt.setdefault(target, []).append((elapsed_s, rtt_ms))
            self._rtt_top = max(self._rtt_top, _nice_ceiling(rtt_ms * 1.15))
        self._loss.setdefault(target, []).append((elapsed_s, loss_pct))
        self.update()

    def targets(self) -> list[str]:
        return sorted(set(self._rtt) | set(self._loss))

    def rtt_top(self) -> float:
        return self._rtt_top

    def _legend_rows(self, width: float) -> list[list[tuple[int, str]]]:
        """Legend entries (colour index, target) wrapped into rows that fit `width`."""
        metrics = QFontMetrics(self.font())
        rows: list[list[tuple[int, str]]] = [[]]
        used = 0.0
        for index, target in enumerate(self.targets()):
            need = 24 + metrics.horizontalAdvance(target) + 16
            if rows[-1] and used + need > width:
                rows.append([])
                used = 0.0
            rows[-1].append((index, target))
            used += need
        return [row for row in rows if row]

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        metrics = QFontMetrics(self.font())
        inner_width = max(self.width() - MARGIN_LEFT - MARGIN_RIGHT, 10)
        legend = self._legend_rows(inner_width)
        legend_height = LEGEND_ROW * len(legend)
        plot = QRectF(
            MARGIN_LEFT,
            MARGIN_TOP,
            inner_width,
            max(self.height() - MARGIN_TOP - AXIS_HEIGHT - legend_height, 10),
        )
        painter.fillRect(plot, palette.base())
        painter.setPen(palette.mid().color())
        painter.drawRect(plot)
        rtt_top = self._rtt_top
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
        step = _tick_step(self._duration)
        tick = 0.0
        while tick <= self._duration + 1e-6:
            x = plot.left() + tick / self._duration * plot.width()
            painter.setPen(palette.mid().color())
            painter.drawLine(QPointF(x, plot.bottom()), QPointF(x, plot.bottom() + 4))
            painter.setPen(text_pen)
            painter.drawText(
                QRectF(x - 20, plot.bottom() + 4, 40, 14),
                Qt.AlignmentFlag.AlignCenter,
                f"{tick:g}",
            )
            tick += step
        painter.drawText(
            QRectF(plot.left(), plot.bottom() + 18, plot.width(), 16),
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
                painter.setPen(QPen(colour, 2.0, style))
                painter.setBrush(Qt.BrushStyle.NoBrush)
                painter.drawPath(path)
        top = plot.bottom() + AXIS_HEIGHT
        for row_index, row in enumerate(legend):
            x = plot.left()
            y = top + row_index * LEGEND_ROW
            for index, target in row:
                colour = QColor(_LINE_COLOURS[index % len(_LINE_COLOURS)])
                painter.setPen(QPen(colour, 3.0))
                painter.drawLine(QPointF(x, y + 9), QPointF(x + 18, y + 9))
                painter.setPen(text_pen)
                width = metrics.horizontalAdvance(target) + 4
                painter.drawText(
                    QRectF(x + 24, y, width, LEGEND_ROW), Qt.AlignmentFlag.AlignVCenter, target
                )
                x += 24 + width + 12
        if not self.targets():
            painter.setPen(text_pen)
            painter.drawText(plot, Qt.AlignmentFlag.AlignCenter, self.tr("No measurements yet."))


def _tick_step(duration: float) -> float:
    for step in (1.0, 2.0, 5.0, 10.0, 15.0, 30.0, 60.0):
        if duration / step <= 10:
            return step
    return 120.0


def _nice_ceiling(value: float) -> float:
    for step in (50, 100, 200, 250, 500, 1000, 2000, 5000):
        if value <= step:
            return float(step)
    return float(int(value / 1000 + 1) * 1000)
