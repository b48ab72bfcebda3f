"""A layout that places items left to right and wraps them, so the tile grid reflows.

Qt ships this only as an example (examples/widgets/layouts/flowlayout); this is that idea, kept
to what the tile grid needs: uniform spacing and height-for-width. An item's height is its
height for its width (a tile whose name or headline wraps grows, never overlaps), and the items
of one row share the row's height so the frames line up.
"""

from __future__ import annotations

from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtWidgets import QLayout, QLayoutItem, QWidget


class FlowLayout(QLayout):
    def __init__(self, parent: QWidget | None = None, spacing: int = 10) -> None:
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        self._spacing = spacing
        self.setContentsMargins(0, 0, 0, 0)

    def addItem(self, item: QLayoutItem) -> None:
        self._items.append(item)

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:
        return self._items.pop(index) if 0 <= index < len(self._items) else None

    def set_order(self, widgets: list[QWidget]) -> None:
        """Put the layout's widgets in this order (the ones listed first), without reparenting
        any of them: a regroup reorders a section in place."""
        rank = {id(widget): index for index, widget in enumerate(widgets)}
        before = [item.widget() for item in self._items]
        self._items.sort(key=lambda item: rank.get(id(item.widget()), len(rank)))
        if [item.widget() for item in self._items] != before:
            self.invalidate()

    def expandingDirections(self) -> Qt.Orientation:
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return self._arrange(QRect(0, 0, width, 0), move=False)

    def setGeometry(self, rect: QRect) -> None:
        super().setGeometry(rect)
        self._arrange(rect, move=True)

    def sizeHint(self) -> QSize:
        return self.minimumSize()

    def minimumSize(self) -> QSize:
        size = QSize()
        for item in self._items:
            size = size.expandedTo(item.minimumSize())
        margins = self.contentsMargins()
        return size + QSize(margins.left() + margins.right(), margins.top() + margins.bottom())

    def _arrange(self, rect: QRect, move: bool) -> int:
        margins = self.contentsMargins()
        area = rect.adjusted(margins.left(), margins.top(), -margins.right(), -margins.bottom())
        rows: list[list[tuple[QLayoutItem, QSize]]] = [[]]
        x = area.x()
        for item in self._items:
            if item.isEmpty():
                continue
            size = _size(item)
            if x + size.width() > area.right() + 1 and rows[-1]:
                rows.append([])
                x = area.x()
            rows[-1].append((item, size))
            x += size.width() + self._spacing
        y = area.y()
        for row in (r for r in rows if r):
            height = max(size.height() for _, size in row)
            x = area.x()
            for item, size in row:
                if move:
                    item.setGeometry(QRect(x, y, size.width(), height))
                x += size.width() + self._spacing
            y += height + self._spacing
        used = y - self._spacing if any(rows) else y
        return used - rect.y() + margins.bottom()


def _size(item: QLayoutItem) -> QSize:
    """The item's width hint and its height at that width (a wrapped label needs more)."""
    hint = item.sizeHint()
    if item.hasHeightForWidth():
        hint.setHeight(max(item.heightForWidth(hint.width()), item.minimumSize().height()))
    return hint
