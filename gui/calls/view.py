"""The call quality view: pick a messenger, start/stop, live chart, big numbers, verdict.

It reads like a result: each messenger's row names the path it measured ("WhatsApp ·
157.240.0.53:3478") beside its big numbers, a countdown says how long is left, MOS has one
decimal everywhere and numbers follow the language (QLocale). The view keeps what it showed
(`snapshot`/`restore`), so a language switch, which rebuilds the window, does not lose it.

It scrolls: at 1024 × 600 the verdicts of four paths are taller than the tab, and the chart
keeps its height when they appear.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from html import escape

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from core.messages import text
from core.models import CallFigures, CallSample, CallTestFinished, Catalog
from core.rules.faces import is_tested
from gui.calls.chart import CallChart
from gui.calls.words import band_words, figures_line
from gui.status_style import MARKS, accent
from gui.words import number, plain, service_name

CALL_SERVICES = ("whatsapp", "telegram")


class BigNumber(QLabel):
    """One figure, large; its caption is the column's header."""

    def __init__(self, caption: str, parent: QWidget | None = None) -> None:
        super().__init__("—", parent)
        self.caption = caption
        font = self.font()
        font.setPointSizeF(font.pointSizeF() * 1.8)
        font.setBold(True)
        self.setFont(font)
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)

    @property
    def value(self) -> QLabel:
        return self

    def set(self, value: str, note: str = "") -> None:
        self.setText(value)
        self.setAccessibleName(f"{self.caption}: {value} {note}".strip())
        self.setToolTip(note)


@dataclass
class _Row:
    name: QLabel
    path: QLabel
    rtt: BigNumber
    jitter: BigNumber
    loss: BigNumber
    mos: BigNumber


@dataclass
class CallSnapshot:
    """What the view shows, to rebuild it in another language."""

    duration_s: float = 10.0
    samples: list[CallSample] = field(default_factory=list)
    finished: CallTestFinished | None = None


class CallView(QWidget):
    startRequested = Signal(tuple)  # service ids
    stopRequested = Signal()

    def __init__(self, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._language = language
        self._running = False
        self._names: dict[str, str] = {}
        self._controls: set[str] = set()
        self._snapshot = CallSnapshot()
        self._rows: dict[str, _Row] = {}
        self.choice = QComboBox()
        self.choice.addItem(self.tr("WhatsApp and Telegram"), CALL_SERVICES)
        self.choice.addItem("WhatsApp", ("whatsapp",))
        self.choice.addItem("Telegram", ("telegram",))
        self.choice.setAccessibleName(self.tr("Which messenger's calls to test"))
        self.button = QPushButton(self.tr("Start call test"))
        self.button.setAccessibleName(self.tr("Start or stop the call test"))
        self.button.clicked.connect(self._toggle)
        self.countdown = QLabel()
        intro = QLabel(
            self.tr(
                "Measures the path a call would take, without an account and without calling "
                "anyone: a stream of small packets like a voice call's, to the messengers' call "
                "servers and to public control servers."
            )
        )
        intro.setWordWrap(True)
        self.chart = CallChart()
        self.numbers = QGridLayout()
        self.numbers.setHorizontalSpacing(16)
        self._captions = (
            self.tr("round trip, ms"),
            self.tr("jitter, ms"),
            self.tr("loss"),
            self.tr("call quality (MOS, 1–5)"),
        )
        self.numbers.addWidget(QLabel(self.tr("Messenger and the path measured")), 0, 0)
        for column, caption in enumerate(self._captions, start=1):
            header = QLabel(caption)
            header.setAlignment(Qt.AlignmentFlag.AlignCenter)
            self.numbers.addWidget(header, 0, column)
        self.numbers.setColumnStretch(0, 2)
        self.verdict = QLabel()
        self.verdict.setWordWrap(True)
        self.verdict.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        controls = QHBoxLayout()
        messenger = QLabel(self.tr("&Messenger:"))
        messenger.setBuddy(self.choice)
        controls.addWidget(messenger)
        controls.addWidget(self.choice)
        controls.addWidget(self.button)
        controls.addWidget(self.countdown)
        controls.addStretch(1)
        self.body = QWidget()
        layout = QVBoxLayout(self.body)
        layout.addWidget(intro)
        layout.addLayout(controls)
        layout.addWidget(self.chart)
        layout.addLayout(self.numbers)
        layout.addWidget(self.verdict)
        layout.addStretch(1)
        self.scroller = QScrollArea()
        self.scroller.setWidgetResizable(True)
        self.scroller.setFrameShape(QScrollArea.Shape.NoFrame)
        self.scroller.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.scroller.setWidget(self.body)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.scroller)

    def set_language(self, language: str) -> None:
        self._language = language

    # ---- the messenger rows ----

    def row(self, service_id: str) -> _Row:
        """The row of one messenger's numbers, made on its first sample."""
        if service_id not in self._rows:
            name = QLabel(self._names.get(service_id, service_id))
            font = name.font()
            font.setBold(True)
            name.setFont(font)
            path = QLabel("—")
            path.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            numbers = [BigNumber(caption) for caption in self._captions]
            row = _Row(name, path, *numbers)
            index = len(self._rows) + 1
            labels = QVBoxLayout()
            labels.setSpacing(0)
            labels.addWidget(name)
            labels.addWidget(path)
            self.numbers.addLayout(labels, index, 0)
            for column, big in enumerate(numbers, start=1):
                self.numbers.addWidget(big, index, column)
            self._rows[service_id] = row
        return self._rows[service_id]

    @property
    def mos(self) -> BigNumber:
        """The first messenger's MOS (tests and screen readers ask for "the" figure)."""
        rows = list(self._rows.values())
        return rows[0].mos if rows else BigNumber(self._captions[3])

    def _clear_rows(self) -> None:
        for row in self._rows.values():
            for widget in (row.name, row.path, row.rtt, row.jitter, row.loss, row.mos):
                self.numbers.removeWidget(widget)
                widget.deleteLater()
        self._rows.clear()

    # ---- running ----

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
            self._snapshot = CallSnapshot(duration_s)
            self.chart.reset(duration_s)
            self._clear_rows()
            self.verdict.setText(self.tr("Measuring…"))
            self._count(0.0)
        else:
            self.countdown.setText("")

    def _count(self, elapsed_s: float) -> None:
        left = max(self._snapshot.duration_s - elapsed_s, 0.0)
        self.countdown.setText(self.tr("%1 s left").replace("%1", number(left, 0, self._language)))

    def set_catalog(self, catalog: Catalog) -> None:
        self._names = {s.id: service_name(s.id, s.name, self._language) for s in catalog.services}
        self._controls = {s.id for s in catalog.services if s.control}

    def show_sample(self, sample: CallSample) -> None:
        self._snapshot.samples.append(sample)
        self._paint_sample(sample)
        if self._running:
            self._count(sample.elapsed_s)

    def _paint_sample(self, sample: CallSample) -> None:
        name = self._names.get(sample.service_id, sample.service_id)
        self.chart.add_sample(
            f"{name} {sample.target}", sample.elapsed_s, sample.rtt_ms, sample.loss_pct
        )
        if sample.service_id in self._controls:
            return  # the big numbers are the messengers' paths, not the controls'
        row = self.row(sample.service_id)
        row.name.setText(name)
        row.path.setText(sample.target)
        if sample.rtt_ms is not None:
            row.rtt.set(number(sample.rtt_ms, 0, self._language))
        if sample.jitter_ms is not None:
            row.jitter.set(number(sample.jitter_ms, 1, self._language))
        row.loss.set(number(sample.loss_pct, 1, self._language) + " %")

    def show_finished(self, finished: CallTestFinished) -> None:
        self._snapshot.finished = finished
        self.set_running(False)
        lines = []
        for verdict in finished.verdicts:
            colour = accent(verdict.status, self.palette()).name()
            name = self._names.get(verdict.service_id, verdict.service_id)
            label = text(f"label.{verdict.code}", language=self._language)
            details = [plain(verdict.explanation, self._language)]
            proves = is_tested(verdict.code)  # a silent path that proves nothing has no figures
            if verdict.figures is not None and proves:
                details.append(figures_line(asdict(verdict.figures), self._language))
            details.extend(plain(m, self._language) for m in verdict.evidence)
            body = "<br>".join(escape(d) for d in details if d)
            lines.append(
                f'<p><b style="color:{colour}">{MARKS[verdict.status]} {escape(name)}: '
                f"{escape(label)}</b><br>{body}"
                f"<br><i>{escape(plain(verdict.advice, self._language))}</i></p>"
            )
            if verdict.service_id in self._controls:
                continue
            if not proves:
                self._paint_unknown(verdict.service_id)
            elif verdict.figures is not None:
                self._paint_figures(verdict.service_id, verdict.figures)
        if not finished.completed:
            stopped = self.tr("The test was stopped before the end.")
            lines.append(f"<p>{escape(stopped)}</p>")
        self.verdict.setText("".join(lines) or self.tr("No result."))

    def _paint_unknown(self, service_id: str) -> None:
        """A path whose silence proves nothing: "?" rather than a bold "100.0 %" loss."""
        row = self.row(service_id)
        row.name.setText(self._names.get(service_id, service_id))
        for number_label in (row.rtt, row.jitter, row.loss, row.mos):
            number_label.set("?", self.tr("not tested: this proves nothing"))

    def _paint_figures(self, service_id: str, figures: CallFigures) -> None:
        """The whole test's figures replace the live ones: median round trip, MOS with its band."""
        row = self.row(service_id)
        row.name.setText(self._names.get(service_id, service_id))
        if figures.rtt_median_ms is not None:
            row.rtt.set(number(figures.rtt_median_ms, 0, self._language))
        if figures.jitter_ms is not None:
            row.jitter.set(number(figures.jitter_ms, 1, self._language))
        row.loss.set(number(figures.loss_pct, 1, self._language) + " %")
        if figures.mos is not None and figures.band is not None:
            band = band_words(figures.band, self._language)
            row.mos.set(number(figures.mos, 1, self._language), band)
            row.mos.setText(f"{number(figures.mos, 1, self._language)} · {band}")

    # ---- across a language switch ----

    def snapshot(self) -> CallSnapshot:
        return self._snapshot

    def restore(self, snapshot: CallSnapshot) -> None:
        """Show again what another window showed (the window is rebuilt in a new language)."""
        self._snapshot = CallSnapshot(snapshot.duration_s)
        self.chart.reset(snapshot.duration_s)
        for sample in snapshot.samples:
            self._snapshot.samples.append(sample)
            self._paint_sample(sample)
        if snapshot.finished is not None:
            self.show_finished(snapshot.finished)
