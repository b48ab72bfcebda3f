"""A service's details in two layers: the verdicts in words on top, the raw steps folded below.

The first layer (headline, explanation, what to try, evidence) answers "what is wrong and what
do I do"; "Technical details" unfolds the endpoints' codes, merged step lines and the step
timeline for whoever helps the person.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFontDatabase, QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QTextBrowser,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from gui.geometry import fit
from gui.run.details_text import details_html, details_plain, technical_lines
from gui.run.state import ServiceState
from gui.run.timeline import StepTimeline
from gui.words import service_name


class DetailsDialog(QDialog):
    def __init__(
        self,
        state: ServiceState,
        language: str,
        parent: QWidget | None = None,
        network: str | None = None,
    ) -> None:
        super().__init__(parent)
        name = service_name(state.service.id, state.service.name, language)
        self.setWindowTitle(self.tr("%1 — details").replace("%1", name))
        fit(self, 720, 640)
        self._plain = details_plain(state, language, network)
        self.browser = QTextBrowser()
        self.browser.setOpenLinks(False)
        self.browser.setHtml(details_html(state, language, network))
        self.browser.setAccessibleName(self.tr("Details"))

        self.fold = QToolButton()
        self.fold.setText(self.tr("Technical details"))
        self.fold.setCheckable(True)
        self.fold.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.fold.setArrowType(Qt.ArrowType.RightArrow)
        self.fold.setAccessibleDescription(
            self.tr("Addresses, timings and error text of every step, for whoever helps you")
        )
        self.fold.toggled.connect(self.show_technical)
        self.technical = QWidget()
        self.raw = QPlainTextEdit("\n".join(technical_lines(state, language)))
        self.raw.setReadOnly(True)
        self.raw.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        self.raw.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.raw.setAccessibleName(self.tr("Technical details"))
        timeline = StepTimeline([step for _, step in state.steps])
        scroller = QScrollArea()
        scroller.setWidget(timeline)
        scroller.setWidgetResizable(True)
        scroller.setMaximumHeight(min(timeline.sizeHint().height() + 8, 130))
        self.raw.setMinimumHeight(150)
        inner = QVBoxLayout(self.technical)
        inner.setContentsMargins(0, 0, 0, 0)
        inner.addWidget(self.raw, 1)
        inner.addWidget(QLabel(self.tr("Steps, in time:")))
        inner.addWidget(scroller)
        self.technical.hide()

        copy = QPushButton(self.tr("Co&py details"))
        copy.clicked.connect(self.copy_details)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.addButton(copy, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser, 1)
        layout.addWidget(self.fold)
        layout.addWidget(self.technical, 1)
        layout.addWidget(buttons)

    def show_technical(self, shown: bool) -> None:
        self.fold.setChecked(shown)
        self.fold.setArrowType(Qt.ArrowType.DownArrow if shown else Qt.ArrowType.RightArrow)
        self.technical.setVisible(shown)

    def technical_text(self) -> str:
        return self.raw.toPlainText()

    def plain_text(self) -> str:
        return self._plain

    def copy_details(self) -> None:
        QGuiApplication.clipboard().setText(self._plain)
