"""A stored run, shown exactly as the main window showed it then: banner, tiles, details."""

from __future__ import annotations

from collections import Counter

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QDialog, QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from core.messages import data_used
from core.models import Catalog, RunResult, Status
from core.report import works_now_lines
from core.rules.summary import summarize_services
from gui.history.model import local_when
from gui.run.banner import NetworkBanner
from gui.run.details_dialog import DetailsDialog
from gui.run.stored_run import state_for_run
from gui.run.tile_grid import TileGrid


class RunWindow(QDialog):
    exportRequested = Signal(object)  # RunResult

    def __init__(
        self, catalog: Catalog, run: RunResult, language: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.run = run
        self._language = language
        self.setWindowTitle(self.tr("Run of %1").replace("%1", local_when(run.started_at)))
        self.resize(1060, 700)
        self.state = state_for_run(catalog, run)
        self.banner = NetworkBanner()
        counts = Counter(s.status for s in run.services)
        summary = (
            self.tr("Stored run · %1 blocked · %2 partly · %3 work")
            .replace("%1", str(counts[Status.BLOCKED]))
            .replace("%2", str(counts[Status.DEGRADED]))
            .replace("%3", str(counts[Status.WORKS]))
        )
        if run.bytes_sent is not None and run.bytes_received is not None:
            summary += " · " + data_used(run.bytes_sent, run.bytes_received, language)
        now = works_now_lines(summarize_services(run.network, run.services), language)
        self.banner.show_network(run.network, language, run.completed, summary, works_now=now)
        self.grid = TileGrid()
        self.grid.populate(self.state, language)
        self.grid.activated.connect(self.show_details)
        export = QPushButton(self.tr("E&xport report…"))
        export.clicked.connect(lambda: self.exportRequested.emit(self.run))
        close = QPushButton(self.tr("&Close"))
        close.clicked.connect(self.close)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(export)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.banner)
        layout.addWidget(self.grid, 1)
        layout.addLayout(buttons)

    def show_details(self, service_id: str) -> None:
        network = self.state.network.code if self.state.network is not None else None
        dialog = DetailsDialog(self.state.services[service_id], self._language, self, network)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
