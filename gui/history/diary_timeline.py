"""The outage diary as a timeline, above the diary's table: one row per thing watched (a network
condition, or a service's function in one state), a bar per period over the History tab's days.

It draws only what the core's diary document already says (`DiaryView.entries` and the table's
own cells): a row's label is the table's "What" cell, a bar's tooltip is its table row, the
colours are the table's (red blocked or network-wide, amber working poorly). An open period runs
to now with an open, fading end; a period seen through a VPN has a row of its own, says so and
is drawn lighter and hatched. The axis spans the chosen days up to now (the future has no
periods), with date ticks in the locale's format.

At most `MAX_ROWS` rows are shown at once (a scroll bar for more). Clicking a bar selects its
table row; the timeline never takes the keyboard focus: the table stays the complete,
keyboard-usable view of the same periods.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta

from PySide6.QtCore import QDate, QEvent, QPoint, QPointF, QRectF, QSize, Qt, QTime, Signal
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFontMetrics,
    QHelpEvent,
    QLinearGradient,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPen,
    QResizeEvent,
)
from PySide6.QtWidgets import QFrame, QScrollArea, QSizePolicy, QToolTip, QVBoxLayout, QWidget

from core.models import Status
from gui.status_style import accent
from gui.words import locale_for

ROW = 22  # one row's height
BAR = 14  # a bar's height in it
MAX_ROWS = 8  # rows shown at once; a scroll bar for more
AXIS = 24  # the axis's height under the rows
PAD = 8  # right of the plot: room for an open end
HOUR = 3600.0
# Tick steps in hours, the finest that leaves room for the labels wins.
STEPS = (1, 2, 3, 6, 12, 24, 48, 7 * 24, 14 * 24, 28 * 24, 56 * 24, 91 * 24, 182 * 24, 364 * 24)


@dataclass(frozen=True)
class Bar:
    """One period as drawn: `index` is its table row (the diary document's entry), `row` the
    timeline's row; `end` None while the period is still going."""

    index: int
    row: int
    start: float
    end: float | None
    status: Status
    through_vpn: bool
    tip: str


class DiaryTimeline(QWidget):
    bar_clicked = Signal(int)  # the table row of the bar clicked

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._language = "en"
        self.labels: list[str] = []  # the rows' labels, top to bottom
        self.bars: list[Bar] = []
        self.span: tuple[float, float] | None = None  # the axis: from .. to (seconds)
        self.now = 0.0
        self.selected: int | None = None  # the table row selected, its bar outlined
        self.empty_text = self.tr("No outages in this period")
        self.now_text = self.tr("now")
        self.rows = _Rows(self)
        self.axis = _Axis(self)
        self.area = QScrollArea()
        self.area.setWidget(self.rows)
        self.area.setWidgetResizable(True)
        self.area.setFrameShape(QFrame.Shape.NoFrame)
        self.area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.area.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        self.area.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the table is the keyboard's
        self.area.verticalScrollBar().setFocusPolicy(Qt.FocusPolicy.NoFocus)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.area)
        layout.addWidget(self.axis)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setAccessibleName(self.tr("Outage timeline"))
        self.setAccessibleDescription(
            self.tr("The periods of the table below on a time line; the table has them all.")
        )
        self._fit()

    # ---- filling ----

    def set_bars(
        self,
        labels: Sequence[str],
        bars: Sequence[Bar],
        span: tuple[float, float] | None,
        now: float,
        language: str,
    ) -> None:
        self.labels = list(labels)
        self.bars = list(bars)
        self.span = span
        self.now = now
        self._language = language
        self.selected = None
        self._fit()
        self.rows.update()
        self.axis.update()

    def vpn_label(self, label: str) -> str:
        """A row of periods seen through a VPN says so."""
        return self.tr("%1 (through a VPN)").replace("%1", label)

    def set_selected(self, index: int | None) -> None:
        """Outline the bar of table row `index` and scroll the rows to it."""
        self.selected = index
        chosen = [rect for i, rect in self.bar_rects() if i == index]
        if chosen:
            centre = chosen[0].center()
            self.area.ensureVisible(int(centre.x()), int(centre.y()), 0, ROW)
        self.rows.update()

    def _fit(self) -> None:
        shown = max(1, min(len(self.labels), MAX_ROWS))
        self.rows.setMinimumHeight(max(1, len(self.labels)) * ROW)
        self.area.setFixedHeight(shown * ROW)
        self.axis.setFixedHeight(AXIS)
        self.updateGeometry()

    # ---- geometry (in the rows' coordinates; the axis shares their x) ----

    def label_width(self) -> int:
        width = self.rows.width()
        metrics = QFontMetrics(self.font())
        wanted = max((metrics.horizontalAdvance(label) for label in self.labels), default=0) + 12
        return max(60, min(wanted, int(width * 0.38)))

    def plot(self) -> tuple[float, float]:
        """The time axis's left and right x."""
        left = float(self.label_width())
        return left, max(left + 1.0, float(self.rows.width() - PAD))

    def x_of(self, at: float) -> float:
        assert self.span is not None
        since, until = self.span
        left, right = self.plot()
        share = (at - since) / (until - since) if until > since else 0.0
        return left + min(max(share, 0.0), 1.0) * (right - left)

    def bar_rect(self, bar: Bar) -> QRectF:
        left = self.x_of(bar.start)
        right = self.x_of(bar.end if bar.end is not None else self.now)
        if right - left < 3:  # a short period stays visible
            right = left + 3
        return QRectF(left, bar.row * ROW + (ROW - BAR) / 2, right - left, BAR)

    def bar_rects(self) -> list[tuple[int, QRectF]]:
        """(table row, rectangle in the rows' widget) for every bar drawn."""
        if self.span is None:
            return []
        return [(bar.index, self.bar_rect(bar)) for bar in self.bars]

    def bar_at(self, point: QPointF | QPoint) -> Bar | None:
        if self.span is None:
            return None
        where = QPointF(point)
        hits = [b for b in self.bars if self.bar_rect(b).adjusted(-2, -3, 2, 3).contains(where)]
        # The shortest under the pointer: a long period never hides a short one.
        return min(hits, key=lambda b: self.bar_rect(b).width(), default=None)

    def tooltip_at(self, point: QPointF | QPoint) -> str:
        bar = self.bar_at(point)
        if bar is not None:
            return bar.tip
        row = int(QPointF(point).y() // ROW)
        if QPointF(point).x() < self.label_width() and 0 <= row < len(self.labels):
            return self.labels[row]  # an elided label in full
        return ""

    def ticks(self) -> list[tuple[float, str]]:
        """(x, label) of the axis's ticks: local midnights (or hours on a short span), as few as
        leave room for their labels."""
        if self.span is None:
            return []
        since, until = self.span
        locale = locale_for(self._language)
        metrics = QFontMetrics(self.font())
        short = locale.FormatType.ShortFormat
        sample = locale.toString(QDate(2026, 12, 28), short)
        room = metrics.horizontalAdvance(sample) + 16
        left, right = self.plot()
        fits = max(1, int((right - left) // room))
        hours = (until - since) / HOUR
        # Hours only on a span of a day or two: else dates alone (a time between them is noise).
        steps = STEPS if hours <= 48 else [s for s in STEPS if s >= 24]
        step = next((s for s in steps if hours / s <= fits), steps[-1])
        at = datetime.fromtimestamp(since).replace(hour=0, minute=0, second=0, microsecond=0)
        ticks: list[tuple[float, str]] = []
        while (stamp := at.timestamp()) <= until:
            if stamp >= since:
                if at.hour == 0:
                    label = locale.toString(QDate(at.year, at.month, at.day), short)
                else:
                    label = locale.toString(QTime(at.hour, at.minute), short)
                ticks.append((self.x_of(stamp), label))
            # Local wall-clock steps (a day is a day across a clock change).
            at = _step(at, step)
        return ticks

    # ---- drawing ----

    def paint_rows(self, painter: QPainter) -> None:
        palette = self.palette()
        width = self.rows.width()
        if not self.bars or self.span is None:
            painter.setPen(palette.placeholderText().color())
            centre = Qt.AlignmentFlag.AlignCenter
            painter.drawText(QRectF(0, 0, width, ROW), centre, self.empty_text)
            return
        left, right = self.plot()
        metrics = QFontMetrics(self.font())
        grid = QColor(palette.mid().color())
        grid.setAlpha(70)
        painter.setPen(QPen(grid, 1))
        height = self.rows.height()
        for x, _label in self.ticks():
            painter.drawLine(QPointF(x, 0), QPointF(x, height))
        for row, label in enumerate(self.labels):
            y = row * ROW
            if row % 2:
                band = QColor(palette.alternateBase().color())
                painter.fillRect(QRectF(0, y, width, ROW), band)
            painter.setPen(palette.text().color())
            shown = metrics.elidedText(label, Qt.TextElideMode.ElideRight, int(left) - 8)
            painter.drawText(QRectF(2, y, left - 6, ROW), Qt.AlignmentFlag.AlignVCenter, shown)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        for bar in self.bars:
            self._paint_bar(painter, bar, left, right)

    def _paint_bar(self, painter: QPainter, bar: Bar, left: float, right: float) -> None:
        rect = self.bar_rect(bar)
        colour = accent(bar.status, self.palette())
        fill = QColor(colour)
        if bar.through_vpn:
            fill.setAlpha(90)  # lighter: not the direct connection
        painter.setPen(Qt.PenStyle.NoPen)
        if bar.end is None:  # still going: fades out at its open end
            fade = QLinearGradient(rect.topLeft(), rect.topRight())
            faded = QColor(fill)
            faded.setAlpha(fill.alpha() // 5)
            fade.setColorAt(0.0, fill)
            fade.setColorAt(max(0.0, 1.0 - 18.0 / max(rect.width(), 1.0)), fill)
            fade.setColorAt(1.0, faded)
            painter.setBrush(QBrush(fade))
        else:
            painter.setBrush(fill)
        painter.drawRoundedRect(rect, 3, 3)
        if bar.through_vpn:
            painter.setBrush(QBrush(colour, Qt.BrushStyle.BDiagPattern))
            painter.drawRoundedRect(rect, 3, 3)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.setPen(QPen(colour, 1, Qt.PenStyle.DashLine))
            painter.drawRoundedRect(rect.adjusted(0.5, 0.5, -0.5, -0.5), 3, 3)
        if bar.end is None:  # an arrow at the open end: it goes on
            tip = QPointF(rect.right() + PAD - 2, rect.center().y())
            painter.setPen(QPen(colour, 1.5))
            painter.drawLine(QPointF(tip.x() - 5, rect.top() + 2), tip)
            painter.drawLine(QPointF(tip.x() - 5, rect.bottom() - 2), tip)
        if bar.index == self.selected:
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.setPen(QPen(self.palette().highlight().color(), 2))
            painter.drawRoundedRect(rect.adjusted(-1.5, -2.5, 1.5, 2.5), 4, 4)

    def paint_axis(self, painter: QPainter) -> None:
        if self.span is None:
            return
        palette = self.palette()
        left, right = self.plot()
        metrics = QFontMetrics(self.font())
        painter.setPen(palette.mid().color())
        painter.drawLine(QPointF(left, 0.5), QPointF(right, 0.5))
        painter.setPen(palette.text().color())
        taken: list[QRectF] = []
        if self.span[1] >= self.now:  # the axis ends now: said at its right end
            words = metrics.horizontalAdvance(self.now_text) + 4
            end = min(self.axis.width() - 2.0, right + words / 2)  # under its tick if room
            now_box = QRectF(end - words, 4, words, AXIS - 4)
            painter.drawLine(QPointF(right, 0), QPointF(right, 4))
            flags = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop
            painter.drawText(now_box, flags, self.now_text)
            taken.append(now_box)
        for x, label in self.ticks():
            painter.setPen(palette.mid().color())
            painter.drawLine(QPointF(x, 0), QPointF(x, 4))
            width = metrics.horizontalAdvance(label) + 4
            box = QRectF(min(max(x - width / 2, 0), self.axis.width() - width), 4, width, AXIS - 4)
            if any(box.intersects(other.adjusted(-4, 0, 4, 0)) for other in taken):
                continue
            painter.setPen(palette.text().color())
            painter.drawText(box, Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop, label)
            taken.append(box)


def _step(at: datetime, hours: int) -> datetime:
    if hours % 24 == 0:
        return at + timedelta(days=hours // 24)
    return at + timedelta(hours=hours)


class _Rows(QWidget):
    """The rows and their bars (inside the scroll area)."""

    def __init__(self, timeline: DiaryTimeline) -> None:
        super().__init__()
        self.timeline = timeline
        self.setMouseTracking(True)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)

    def sizeHint(self) -> QSize:
        return QSize(400, max(1, len(self.timeline.labels)) * ROW)

    def paintEvent(self, event: QPaintEvent) -> None:
        self.timeline.paint_rows(QPainter(self))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.timeline.axis.update()  # the axis follows the rows' width (a scroll bar or not)

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            tip = self.timeline.tooltip_at(event.pos())
            if tip:
                QToolTip.showText(event.globalPos(), tip, self)
            else:
                QToolTip.hideText()
                event.ignore()
            return True
        return super().event(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        over = self.timeline.bar_at(event.position())
        self.setCursor(
            Qt.CursorShape.PointingHandCursor if over is not None else Qt.CursorShape.ArrowCursor
        )
        super().mouseMoveEvent(event)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        bar = self.timeline.bar_at(event.position())
        if event.button() == Qt.MouseButton.LeftButton and bar is not None:
            self.timeline.bar_clicked.emit(bar.index)
            event.accept()
            return
        super().mousePressEvent(event)


class _Axis(QWidget):
    """The time axis under the rows (it stays put while the rows scroll)."""

    def __init__(self, timeline: DiaryTimeline) -> None:
        super().__init__()
        self.timeline = timeline
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)

    def paintEvent(self, event: QPaintEvent) -> None:
        self.timeline.paint_axis(QPainter(self))
