"""A service's details: verdict in plain words per function, evidence, advice, step timeline."""

from __future__ import annotations

from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPushButton,
    QScrollArea,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from gui.run.details_text import details_html, details_plain
from gui.run.state import ServiceState
from gui.run.timeline import StepTimeline


class DetailsDialog(QDialog):
    def __init__(self, state: ServiceState, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("%1 — details").replace("%1", state.service.name))
        self.resize(720, 640)
        self._plain = details_plain(state, language)
        self.browser = QTextBrowser()
        self.browser.setOpenLinks(False)
        self.browser.setHtml(details_html(state, language))
        self.browser.setAccessibleName(self.tr("Details"))
        timeline = StepTimeline([step for _, step in state.steps])
        scroller = QScrollArea()
        scroller.setWidget(timeline)
        scroller.setWidgetResizable(True)
        scroller.setMaximumHeight(min(timeline.sizeHint().height() + 8, 220))
        copy = QPushButton(self.tr("&Copy details"))
        copy.clicked.connect(self.copy_details)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.addButton(copy, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser, 1)
        layout.addWidget(QLabel(self.tr("Steps, in time:")))
        layout.addWidget(scroller)
        layout.addWidget(buttons)

    def plain_text(self) -> str:
        return self._plain

    def copy_details(self) -> None:
        QGuiApplication.clipboard().setText(self._plain)
