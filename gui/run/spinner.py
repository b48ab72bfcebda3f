"""A small busy indicator: an arc that turns while a service is being checked.

It keeps its place in the tile when idle and only stops painting: showing and hiding a child
relays out its tile and the whole grid (45 tiles starting at once stalled the window ~60 ms)."""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt, QTimer
from PySide6.QtGui import QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QWidget


class Spinner(QWidget):
    def __init__(self, parent: QWidget | None = None, size: int = 16) -> None:
        super().__init__(parent)
        self._angle = 0
        self._size = size
        self._timer = QTimer(self)
        self._timer.setInterval(60)
        self._timer.timeout.connect(self._turn)
        self.setFixedSize(QSize(size, size))
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)

    def start(self) -> None:
        if not self._timer.isActive():
            self._timer.start()
            self.update()

    def stop(self) -> None:
        if self._timer.isActive():
            self._timer.stop()
            self.update()

    def running(self) -> bool:
        return self._timer.isActive()

    def _turn(self) -> None:
        self._angle = (self._angle + 30) % 360
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        if not self._timer.isActive():
            return
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        pen = QPen(self.palette().highlight().color(), 2.0)
        pen.setCapStyle(Qt.PenCapStyle.RoundCap)
        painter.setPen(pen)
        margin = 2.0
        rect = QRectF(margin, margin, self._size - 2 * margin, self._size - 2 * margin)
        painter.drawArc(rect, -self._angle * 16, 270 * 16)
