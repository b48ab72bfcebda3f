"""The call quality view: pick a messenger, start/stop, live chart, big numbers, verdict."""

from __future__ import annotations

from dataclasses import asdict
from html import escape

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from core.messages import render, text
from core.models import CallFigures, CallSample, CallTestFinished, Catalog
from gui.calls.chart import CallChart
from gui.calls.words import band_words, figures_line
from gui.status_style import MARKS, accent

CALL_SERVICES = ("whatsapp", "telegram")


class BigNumber(QWidget):
    def __init__(self, caption: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.value = QLabel("—")
        font = self.value.font()
        font.setPointSizeF(font.pointSizeF() * 2.0)
        font.setBold(True)
        self.value.setFont(font)
        self.value.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.caption = QLabel(caption)
        self.caption.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.value)
        layout.addWidget(self.caption)

    def set(self, value: str, note: str = "") -> None:
        self.value.setText(value)
        self.value.setAccessibleName(f"{self.caption.text()}: {value} {note}".strip())
        self.value.setToolTip(note)


class CallView(QWidget):
    startRequested = Signal(tuple)  # service ids
    stopRequested = Signal()

    def __init__(self, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._language = language
        self._running = False
        self._names: dict[str, str] = {}
        self._controls: set[str] = set()
        self.choice = QComboBox()
        self.choice.addItem(self.tr("WhatsApp and Telegram"), CALL_SERVICES)
        self.choice.addItem("WhatsApp", ("whatsapp",))
        self.choice.addItem("Telegram", ("telegram",))
        self.choice.setAccessibleName(self.tr("Which messenger's calls to test"))
        self.button = QPushButton(self.tr("Start call test"))
        self.button.setAccessibleName(self.tr("Start or stop the call test"))
        self.button.clicked.connect(self._toggle)
        intro = QLabel(
            self.tr(
                "Measures the path a call would take, without an account and without calling "
                "anyone: a stream of small packets like a voice call's, to the messengers' call "
                "servers and to public control servers."
            )
        )
        intro.setWordWrap(True)
        self.chart = CallChart()
        self.rtt = BigNumber(self.tr("round trip, ms"))
        self.jitter = BigNumber(self.tr("jitter, ms"))
        self.loss = BigNumber(self.tr("loss"))
        self.mos = BigNumber(self.tr("call quality (MOS, 1–5)"))
        numbers = QGridLayout()
        for column, widget in enumerate((self.rtt, self.jitter, self.loss, self.mos)):
            numbers.addWidget(widget, 0, column)
        self.verdict = QLabel()
        self.verdict.setWordWrap(True)
        self.verdict.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        controls = QHBoxLayout()
        messenger = QLabel(self.tr("&Messenger:"))
        messenger.setBuddy(self.choice)
        controls.addWidget(messenger)
        controls.addWidget(self.choice)
        controls.addWidget(self.button)
        controls.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(controls)
        layout.addWidget(self.chart, 1)
        layout.addLayout(numbers)
        layout.addWidget(self.verdict)

    def set_language(self, language: str) -> None:
        self._language = language

    def _toggle(self) -> None:
        if self._running:
            self.button.setEnabled(False)
            self.stopRequested.emit()
        else:
            self.startRequested.emit(tuple(self.choice.currentData()))

    def set_running(self, running: bool, duration_s: float = 10.0) -> None:
        self._running = running
        self.button.setEnabled(True)
        self.choice.setEnabled(not running)
        self.button.setText(self.tr("Stop") if running else self.tr("Start call test"))
        if running:
            self.chart.reset(duration_s)
            for number in (self.rtt, self.jitter, self.loss, self.mos):
                number.set("—")
            self.verdict.setText(self.tr("Measuring…"))

    def set_catalog(self, catalog: Catalog) -> None:
        self._names = {s.id: s.name for s in catalog.services}
        self._controls = {s.id for s in catalog.services if s.control}

    def show_sample(self, sample: CallSample) -> None:
        name = self._names.get(sample.service_id, sample.service_id)
        self.chart.add_sample(
            f"{name} {sample.target}", sample.elapsed_s, sample.rtt_ms, sample.loss_pct
        )
        if sample.service_id in self._controls:
            return  # the big numbers are the messenger's path, not the control's
        if sample.rtt_ms is not None:
            self.rtt.set(f"{sample.rtt_ms:.0f}")
        if sample.jitter_ms is not None:
            self.jitter.set(f"{sample.jitter_ms:.1f}")
        self.loss.set(f"{sample.loss_pct:.1f} %")

    def show_finished(self, finished: CallTestFinished) -> None:
        self.set_running(False)
        lines = []
        worst: CallFigures | None = None
        for verdict in finished.verdicts:
            colour = accent(verdict.status, self.palette()).name()
            name = self._names.get(verdict.service_id, verdict.service_id)
            label = text(f"label.{verdict.code}", language=self._language)
            details = [render(verdict.explanation, self._language)]
            if verdict.figures is not None:
                details.append(figures_line(asdict(verdict.figures), self._language))
            details.extend(render(m, self._language) for m in verdict.evidence)  # TCP fallback...
            body = "<br>".join(escape(d) for d in details if d)
            lines.append(
                f'<p><b style="color:{colour}">{MARKS[verdict.status]} {escape(name)}: '
                f"{escape(label)}</b><br>{body}"
                f"<br><i>{escape(render(verdict.advice, self._language))}</i></p>"
            )
            figures = verdict.figures
            if verdict.service_id in self._controls or figures is None or figures.mos is None:
                continue
            if worst is None or figures.mos < (worst.mos or 5.0):
                worst = figures
        if not finished.completed:
            stopped = self.tr("The test was stopped before the end.")
            lines.append(f"<p>{escape(stopped)}</p>")
        self.verdict.setText("".join(lines) or self.tr("No result."))
        if worst is not None and worst.mos is not None:
            band = band_words(worst.mos, self._language)
            self.mos.set(f"{worst.mos:.1f}", band)
            self.mos.caption.setText(self.tr("call quality (MOS, 1–5)") + f" — {band}")
            if worst.rtt_median_ms is not None:
                self.rtt.set(f"{worst.rtt_median_ms:.0f}")
            if worst.jitter_ms is not None:
                self.jitter.set(f"{worst.jitter_ms:.1f}")
            self.loss.set(f"{worst.loss_pct:.1f} %")
