"""The tiles, grouped by category under headings, reflowing with the window's width."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QLabel, QScrollArea, QVBoxLayout, QWidget

from core.models import Category
from gui.run.flow_layout import FlowLayout
from gui.run.state import RunState
from gui.run.tile import ServiceTile

CATEGORY_ORDER = (
    Category.MESSENGERS,
    Category.VIDEO,
    Category.SOCIAL,
    Category.MAPS,
    Category.DOMESTIC,
    Category.EVERYDAY,
    Category.REFUSES,
    Category.REFERENCE,
    Category.CONTROLS,
)


def category_title(category: Category) -> str:
    titles = {
        Category.MESSENGERS: QCoreApplication.translate("TileGrid", "Messengers"),
        Category.VIDEO: QCoreApplication.translate("TileGrid", "Video"),
        Category.SOCIAL: QCoreApplication.translate("TileGrid", "Social networks"),
        Category.MAPS: QCoreApplication.translate("TileGrid", "Maps"),
        Category.DOMESTIC: QCoreApplication.translate(
            "TileGrid", "Government and domestic services"
        ),
        Category.EVERYDAY: QCoreApplication.translate(
            "TileGrid", "Search, app stores, notifications and tools"
        ),
        Category.REFUSES: QCoreApplication.translate(
            "TileGrid", "Refuse your country (the service's own choice, not censorship)"
        ),
        Category.REFERENCE: QCoreApplication.translate("TileGrid", "Reference"),
        Category.CONTROLS: QCoreApplication.translate(
            "TileGrid", "Controls (rarely blocked sites, to tell a block from an outage)"
        ),
    }
    return titles[category]


class TileGrid(QScrollArea):
    activated = Signal(str)  # service id

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.setFrameShape(QScrollArea.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.tiles: dict[str, ServiceTile] = {}
        self._language = "en"

    def populate(self, state: RunState, language: str) -> None:
        """Build one tile per catalog service (again after the catalog or language changes)."""
        self._language = language
        self.tiles.clear()
        content = QWidget()
        column = QVBoxLayout(content)
        column.setContentsMargins(12, 4, 12, 12)
        column.setSpacing(6)
        for category in CATEGORY_ORDER:
            members = [s for s in state.services.values() if s.service.category is category]
            if not members:
                continue
            heading = QLabel(category_title(category))
            font = heading.font()
            font.setBold(True)
            heading.setFont(font)
            heading.setContentsMargins(0, 8, 0, 0)
            column.addWidget(heading)
            holder = QWidget()
            flow = FlowLayout(holder, spacing=10)
            for member in members:
                tile = ServiceTile(member, language)
                tile.activated.connect(self.activated)
                flow.addWidget(tile)
                self.tiles[member.service.id] = tile
            column.addWidget(holder)
        column.addStretch(1)
        self.setWidget(content)

    def refresh(self, state: RunState, service_id: str | None = None) -> None:
        ids = [service_id] if service_id is not None else list(self.tiles)
        for sid in ids:
            tile = self.tiles.get(sid)
            if tile is not None and sid in state.services:
                tile.update_state(state.services[sid])
