"""The network banner: the worst services by name, the network-level verdict in words, its
conditions, and the link type.

Before any run it says what Svyaz will do (and that it has not probed anything yet). After a
run with problems its headline names them ("Blocked: WhatsApp (calls), Instagram"), blocked
first, then slowed down or partly working, then not determined; the network's own verdict
moves to the line below unless it is itself the news (offline, whitelist mode, a login page).
"""

from __future__ import annotations

from collections import Counter

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QFrame, QLabel, QVBoxLayout, QWidget

from core.messages import data_used, render, text
from core.models import FunctionKind, NetworkResult, RunResult, Status
from core.rules.faces import is_tested, network_status, network_works
from gui.run.state import Phase, RunState
from gui.status_style import accent
from gui.words import service_name

NAMES_SHOWN = 5
_KIND_ORDER = {kind: index for index, kind in enumerate(FunctionKind)}


def _names(state: RunState, status: Status, language: str) -> list[str]:
    """Services with a function in `status`: "Instagram", or "WhatsApp (calls)" when only some
    of its functions are. Functions this run did not test are not a problem to name."""
    names = []
    for service in state.services.values():
        if service.phase is not Phase.DONE:
            continue
        functions = [f for f in service.functions.values() if is_tested(f.code)]
        hit = sorted(  # the tiles' fixed order, not the order the functions finished in
            (f for f in functions if f.status is status), key=lambda f: _KIND_ORDER[f.kind]
        )
        if not hit:
            continue
        name = service_name(service.service.id, service.service.name, language)
        if len(hit) < len(functions):
            kinds = ", ".join(text(f"function.{f.kind.value}", language=language) for f in hit)
            name = f"{name[:-1]}, {kinds})" if name.endswith(")") else f"{name} ({kinds})"
        names.append(name)
    return names


def problem_lines(state: RunState, language: str) -> list[tuple[Status, str]]:
    """ "Blocked: WhatsApp (calls), Instagram" / "Slowed down or partly working: YouTube"."""
    lines = []
    for status, words in (
        (Status.BLOCKED, QCoreApplication.translate("NetworkBanner", "Blocked: %1")),
        (
            Status.DEGRADED,
            QCoreApplication.translate("NetworkBanner", "Slowed down or partly working: %1"),
        ),
        (
            Status.UNKNOWN,
            QCoreApplication.translate("NetworkBanner", "Could not be determined: %1"),
        ),
    ):
        names = _names(state, status, language)
        if not names:
            continue
        shown = ", ".join(names[:NAMES_SHOWN])
        if len(names) > NAMES_SHOWN:
            more = QCoreApplication.translate("NetworkBanner", "and %1 more")
            shown += " " + more.replace("%1", str(len(names) - NAMES_SHOWN))
        lines.append((status, words.replace("%1", shown)))
    return lines


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

    def show_missing_catalog(self, path: str) -> None:
        self._headline.setText(self.tr("No catalog to check: the chosen file is missing."))
        self._detail.setText(
            self.tr(
                "%1 is gone or cannot be read. Choose a catalog to go on (File → Open catalog…)."
            ).replace("%1", path)
        )
        self._paint(Status.UNKNOWN)

    def show_running(self) -> None:
        self._headline.setText(self.tr("Checking the network and the services…"))
        self._detail.setText(self.tr("This takes up to a minute. You can cancel at any time."))
        self._paint(None)

    def show_network(
        self,
        network: NetworkResult,
        language: str,
        completed: bool = True,
        summary: str = "",
        problems: list[tuple[Status, str]] | None = None,
    ) -> None:
        problems = problems or []
        verdict = render(network.explanation, language)
        lines = []
        named = [line for _, line in problems]
        if problems and network_works(network.code):
            self._headline.setText("\n".join(named))
            lines.append(verdict)
        else:
            self._headline.setText(verdict)
            lines += named
        if summary:
            lines.append(summary)
        if not network_works(network.code):
            lines.append(render(network.advice, language))
        for condition in network.conditions:
            lines.append("• " + text(f"condition.{condition}", dict(network.details), language))
        if not completed:
            lines.append("• " + text("run.incomplete", language=language))
        self._detail.setText("\n".join(lines))
        self._detail.setVisible(bool(lines))
        status = network_status(network.code)
        if status is Status.WORKS and problems:
            status = problems[0][0]  # the worst named: blocked before slowed before unknown
        self._paint(status)
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

    def summary(self, result: RunResult | None, language: str = "en") -> str:
        """ "2 services blocked · 1 works poorly · 20 work · 2.1 MB used", with Russian plural
        forms and the language's decimal sign (the data used: core/texts/data.py)."""
        if result is None:
            return ""
        counts = Counter(s.status for s in result.services)
        parts = []
        if n := counts[Status.BLOCKED]:
            parts.append(self.tr("%n service(s) blocked", "", n))
        if n := counts[Status.DEGRADED]:
            parts.append(self.tr("%n service(s) partly blocked or slow", "", n))
        if n := counts[Status.WORKS]:
            parts.append(self.tr("%n service(s) work", "", n))
        if result.bytes_sent is not None and result.bytes_received is not None:
            parts.append(data_used(result.bytes_sent, result.bytes_received, language))
        return " · ".join(parts)
