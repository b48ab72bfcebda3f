"""The network banner: the network-level verdict in words, its conditions, and the link type.

Before any run it says what Svyaz will do (and that it has not probed anything yet).
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QLabel, QVBoxLayout, QWidget

from core.codes import Verdict
from core.messages import render, text
from core.models import NetworkResult, Status
from gui.status_style import accent

_CODE_STATUS = {
    Verdict.OK: Status.WORKS,
    Verdict.OFFLINE: Status.BLOCKED,
    Verdict.WHITELIST_MODE: Status.BLOCKED,
    Verdict.CAPTIVE_PORTAL: Status.DEGRADED,
}


class NetworkBanner(QFrame):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("networkBanner")
        self._headline = QLabel()
        font = self._headline.font()
        font.setPointSizeF(font.pointSizeF() * 1.15)
        font.setBold(True)
        self._headline.setFont(font)
        self._headline.setWordWrap(True)
        self._detail = QLabel()
        self._detail.setWordWrap(True)
        self._detail.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self._link = QLabel()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 10, 14, 10)
        layout.setSpacing(4)
        layout.addWidget(self._headline)
        layout.addWidget(self._detail)
        layout.addWidget(self._link)
        self._link.hide()
        self.show_idle()

    def show_idle(self) -> None:
        self._headline.setText(self.tr("Nothing has been checked yet."))
        self._detail.setText(
            self.tr(
                "Press Run diagnostic to test which services work on this network and what "
                "blocks the others. Svyaz sends probes only when you ask, and uploads nothing."
            )
        )
        self._paint(None)

    def show_running(self) -> None:
        self._headline.setText(self.tr("Checking the network and the services…"))
        self._detail.setText(self.tr("This takes up to a minute. You can cancel at any time."))
        self._paint(None)

    def show_network(
        self, network: NetworkResult, language: str, completed: bool = True, summary: str = ""
    ) -> None:
        self._headline.setText(render(network.explanation, language))
        lines = [summary] if summary else []
        if network.code != Verdict.OK:
            lines.append(render(network.advice, language))
        for condition in network.conditions:
            lines.append("• " + text(f"condition.{condition}", dict(network.details), language))
        if not completed:
            lines.append("• " + text("run.incomplete", language=language))
        self._detail.setText("\n".join(lines))
        self._detail.setVisible(bool(lines))
        self._paint(_CODE_STATUS.get(network.code, Status.UNKNOWN))
        self.setAccessibleName(self._headline.text())

    def show_link_type(self, words: str) -> None:
        """ "Wi-Fi", "Mobile data"… from Qt's network information, when the platform says."""
        self._link.setText(words)
        self._link.setVisible(bool(words))

    def headline(self) -> str:
        return self._headline.text()

    def _paint(self, status: Status | None) -> None:
        colour = accent(status, self.palette())
        self._detail.setVisible(bool(self._detail.text()))
        self.setStyleSheet(
            "QFrame#networkBanner { background: palette(alternate-base); border-radius: 6px; "
            f"border-left: 6px solid {colour.name()}; }}"
        )
