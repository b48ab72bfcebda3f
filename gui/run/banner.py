"""The network banner: the worst services by name, the network-level verdict in words, its
conditions, and the link type.

Before any run it says what Svyaz will do (and that it has not probed anything yet). After a
run with problems its headline names them ("Blocked: WhatsApp (calls), Instagram"), blocked
first, then slowed down or partly working, then not determined; the network's own verdict
moves to the line below unless it is itself the news (offline, whitelist mode, a login page).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QFrame, QLabel, QVBoxLayout, QWidget

from core.messages import data_used, render, text
from core.models import FunctionKind, NetworkResult, RunResult, Status
from core.report import folded_line as folded_words
from core.report import works_now_lines
from core.rules.faces import measured_through, network_status, network_works
from core.rules.summary import (
    Entry,
    Standing,
    Summary,
    function_standing,
    network_cause,
    shown_conditions,
    summarize_services,
)
from gui.run.state import Phase, RunState
from gui.status_style import accent
from gui.words import service_name

NAMES_SHOWN = 5
_KIND_ORDER = {kind: index for index, kind in enumerate(FunctionKind)}
# The colour a class's line is painted in (the first line's colour is the banner's).
_STANDING_STATUS = {
    Standing.BLOCKED: Status.BLOCKED,
    Standing.SLOWED: Status.DEGRADED,
    Standing.REFUSED: Status.UNKNOWN,
    Standing.REFUSES_VPN: Status.UNKNOWN,
    Standing.NOT_JUDGED: Status.UNKNOWN,
    Standing.UNCHECKABLE: Status.UNKNOWN,
}


def run_summary(state: RunState) -> Summary | None:
    """The core's summary of the services judged so far (core/rules/summary.py): the banner, the
    tile groups, the CLI and the reports say the same classes in the same order."""
    if state.network is None:
        return None
    done = [s.result for s in state.services.values() if s.phase is Phase.DONE and s.result]
    return summarize_services(state.network, done)


def _name(entry: Entry, language: str) -> str:
    """ "Instagram", or "WhatsApp (calls)" when only some of its tested functions are in the
    class (the tiles' fixed order of functions)."""
    service = entry.service
    name = service_name(service.service_id, service.name, language)
    tested = [f for f in service.functions if function_standing(f) is not None]
    if len(entry.functions) < len(tested):
        hit = sorted(entry.functions, key=lambda f: _KIND_ORDER[f.kind])
        kinds = ", ".join(text(f"function.{f.kind.value}", language=language) for f in hit)
        name = f"{name[:-1]}, {kinds})" if name.endswith(")") else f"{name} ({kinds})"
    return name


def problem_lines(state: RunState, language: str) -> list[tuple[Status, str]]:
    """ "Blocked: WhatsApp (calls), Instagram" / "Works poorly: YouTube" / "Refuse your
    country…: Twitch": each class of the core's summary but "works", in its order."""
    summary = run_summary(state)
    if summary is None:
        return []
    lines = []
    for section in summary.sections:
        if section.standing is Standing.WORKS:
            continue
        plain = section.standing is Standing.UNCHECKABLE  # always the calls: no "(calls)"
        names = [
            service_name(e.service.service_id, e.service.name, language)
            if plain
            else _name(e, language)
            for e in section.entries
        ]
        shown = ", ".join(names[:NAMES_SHOWN])
        if len(names) > NAMES_SHOWN:
            more = QCoreApplication.translate("NetworkBanner", "and %1 more")
            shown += " " + more.replace("%1", str(len(names) - NAMES_SHOWN))
        heading = text(f"standing.{section.standing}", language=language)
        lines.append((_STANDING_STATUS[section.standing], f"{heading}: {shown}"))
    return lines


def cause_fold(state: RunState, language: str) -> str:
    """What the network's one cause accounts for ("Because of this, … (44 services): …")."""
    summary = run_summary(state)
    return folded_words(summary, language) if summary is not None else ""


def works_now(state: RunState, language: str) -> list[str]:
    """Whitelist mode's "Works for you now" lines, the CLI's and the reports' very words."""
    summary = run_summary(state)
    return works_now_lines(summary, language) if summary is not None else []


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
        # Whitelist mode: what the operator lets through now, above the tiles (core's words)
        self._now = QLabel()
        self._now.setObjectName("worksNow")
        self._now.setWordWrap(True)
        self._now.setTextFormat(Qt.TextFormat.PlainText)
        self._now.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self._now.hide()
        self._link = QLabel()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 10, 14, 10)
        layout.setSpacing(4)
        layout.addWidget(self._headline)
        layout.addWidget(self._detail)
        layout.addWidget(self._now)
        layout.addWidget(self._link)
        self._link.hide()
        self.show_idle()

    def _hide_now(self) -> None:
        self._now.clear()
        self._now.hide()

    def show_idle(self) -> None:
        self._hide_now()
        self._headline.setText(self.tr("Nothing has been checked yet."))
        self._detail.setText(
            self.tr(
                "Press Run diagnostic to test which services work on this network and what "
                "blocks the others. Svyaz sends probes only when you ask, and uploads nothing."
            )
        )
        self._paint(None)

    def show_missing_catalog(self, path: str) -> None:
        self._hide_now()
        self._headline.setText(self.tr("No catalog to check: the chosen file is missing."))
        self._detail.setText(
            self.tr(
                "%1 is gone or cannot be read. Choose a catalog to go on (File → Open catalog…)."
            ).replace("%1", path)
        )
        self._paint(Status.UNKNOWN)

    def show_running(self) -> None:
        self._hide_now()
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
        folded: str = "",
        works_now: list[str] | None = None,
    ) -> None:
        self._now.setText("\n".join(works_now or []))
        self._now.setVisible(bool(works_now))
        problems = problems or []
        verdict = render(network.explanation, language)
        cause = network_cause(network)
        lines = []
        named = [line for _, line in problems]
        if cause is not None and cause in network.conditions:
            # A network-wide condition is the one headline, with its action; what it explains
            # is folded under it (core/rules/summary.py), the rest follows.
            self._headline.setText(text(f"condition.{cause}", dict(network.details), language))
            lines += [folded] if folded else []
            lines += named
        elif problems and network_works(network.code):
            self._headline.setText("\n".join(named))
            lines.append(verdict)
        else:
            self._headline.setText(verdict)
            lines += [folded] if folded else []
            lines += named
        if summary:
            lines.append(summary)
        if not network_works(network.code):  # the cause's one action, right under it
            lines.insert(0, render(network.advice, language))
        tunnel = measured_through(network)
        if tunnel is not None:  # the whole run's label, above every verdict
            lines.insert(0, "⚠ " + render(tunnel, language))
        for condition in shown_conditions(network):
            lines.append("• " + text(f"condition.{condition}", dict(network.details), language))
        if not completed:
            lines.append("• " + text("run.incomplete", language=language))
        self._detail.setText("\n".join(lines))
        self._detail.setVisible(bool(lines))
        status = network_status(network.code)
        if cause is not None and cause in network.conditions:
            status = Status.BLOCKED
        elif status is Status.WORKS and problems:
            status = problems[0][0]  # the worst named: blocked before slowed before unknown
        self._paint(status)
        self.setAccessibleName(self._headline.text())

    def show_link_type(self, words: str) -> None:
        """ "Wi-Fi", "Mobile data"… from Qt's network information, when the platform says."""
        self._link.setText(words)
        self._link.setVisible(bool(words))

    def headline(self) -> str:
        return self._headline.text()

    def works_now(self) -> str:
        """The "Works for you now" list as shown ("" when hidden: not whitelist mode)."""
        return self._now.text() if self._now.isVisibleTo(self) else ""

    def _paint(self, status: Status | None) -> None:
        colour = accent(status, self.palette())
        self._detail.setVisible(bool(self._detail.text()))
        self.setStyleSheet(
            "QFrame#networkBanner { background: palette(alternate-base); border-radius: 6px; "
            f"border-left: 6px solid {colour.name()}; }}"
        )

    def summary(self, result: RunResult | None, language: str = "en") -> str:
        """ "2 services blocked · 1 works poorly · 1 refuses your country · 20 work · 2.1 MB
        used": the core summary's classes with Russian plural forms, and the data used in the
        language's decimal sign (core/texts/data.py)."""
        if result is None:
            return ""
        summary = summarize_services(result.network, result.services)
        parts = []
        if n := summary.count(Standing.BLOCKED):
            parts.append(self.tr("%n service(s) blocked", "", n))
        if n := summary.count(Standing.SLOWED):
            parts.append(self.tr("%n service(s) partly blocked or slow", "", n))
        if n := summary.count(Standing.REFUSED):
            parts.append(self.tr("%n service(s) refuse your country", "", n))
        if n := summary.count(Standing.REFUSES_VPN):
            parts.append(self.tr("%n service(s) ask to turn off the VPN", "", n))
        if n := summary.count(Standing.WORKS):
            parts.append(self.tr("%n service(s) work", "", n))
        if result.bytes_sent is not None and result.bytes_received is not None:
            parts.append(data_used(result.bytes_sent, result.bytes_received, language))
        return " · ".join(parts)
