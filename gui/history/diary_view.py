"""The outage diary in the History tab: watch mode's periods per (service, function) and per
network condition for the chosen days, as a table with dates (keyboard usable, sortable by
start), and "Export diary…" (HTML, CSV or JSON through the core's exporter).

A period still open reads "still going"; one seen through a VPN says so and never mixes with the
direct connection's. The words for a state and a condition come from core/texts; only the
table's own chrome is Qt's `tr`.
"""

from __future__ import annotations

import time
from collections.abc import Sequence
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from core.history import History, HistoryError
from core.messages import text
from core.models import Status
from core.periods import Period, SubjectKind
from core.texts import TABLE
from gui.status_style import MARKS, accent
from gui.watch.diary_export import FORMATS, diary_document
from gui.words import service_name

# The diary's states in the statuses' marks and colours (never colour alone).
STATE_STATUS = {
    "blocked": Status.BLOCKED,
    "slowed": Status.DEGRADED,
    "refused": Status.UNKNOWN,
    "on": Status.BLOCKED,
}


def _when(at: float) -> str:
    return f"{datetime.fromtimestamp(at).astimezone():%Y-%m-%d %H:%M}"


def duration_words(seconds: float, language: str) -> str:
    """ "57 h 28 min" / "57 ч 28 мин"; under an hour "12 min"."""
    minutes = int(seconds // 60)
    hours, minutes = divmod(minutes, 60)
    h, m = ("ч", "мин") if language == "ru" else ("h", "min")
    return f"{hours} {h} {minutes} {m}" if hours else f"{minutes} {m}"


class DiaryView(QWidget):
    exported = Signal(str)  # the file written

    def __init__(self, history: History, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.history = history
        self._language = language
        self._range: tuple[datetime, datetime] | None = None
        self.periods: list[Period] = []
        self.last_warning: QMessageBox | None = None  # kept while shown; tests read it
        # Conditions the core has no name for yet (only sentences: "… since 14:05").
        self._fallback = {
            "dead_dns": self.tr("Provider's DNS answers nothing"),
            "slow_line": self.tr("Slow line"),
        }
        self.table = QTableWidget(0, 5)
        self.table.setHorizontalHeaderLabels(
            [self.tr("What"), self.tr("State"), self.tr("From"), self.tr("To"), self.tr("Lasted")]
        )
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setTabKeyNavigation(False)  # Tab leaves the table; arrows move in it
        self.table.setAccessibleName(self.tr("Outage diary"))
        self.empty = QLabel(
            self.tr(
                "No outages in these days. With watch mode on (Tools → Settings → Watch mode), "
                "every confirmed change is kept here with its dates."
            )
        )
        self.empty.setWordWrap(True)
        self.export_button = QPushButton(self.tr("Export &diary…"))
        self.export_button.clicked.connect(self.export_dialog)
        row = QHBoxLayout()
        row.addWidget(self.empty, 1)
        row.addWidget(self.export_button, 0, Qt.AlignmentFlag.AlignTop)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table, 1)
        layout.addLayout(row)

    # ---- filling ----

    def show_range(self, since: datetime, until: datetime) -> str:
        """Read the periods overlapping [since, until); returns a problem to say ("" if none)."""
        self._range = (since, until)
        try:
            periods = self.history.diary(since, until)
        except HistoryError as exc:
            self.set_periods([])
            return str(exc)
        self.set_periods(periods)
        return ""

    def refresh(self) -> str:
        return self.show_range(*self._range) if self._range is not None else ""

    def set_periods(self, periods: Sequence[Period]) -> None:
        self.periods = sorted(periods, key=lambda p: (p.start, p.subject.key), reverse=True)
        now = time.time()
        self.table.setRowCount(len(self.periods))
        for row, period in enumerate(self.periods):
            status = STATE_STATUS.get(period.state, Status.UNKNOWN)
            values = (
                self.subject_words(period),
                f"{MARKS[status]} {self.state_words(period)}",
                _when(period.start),
                _when(period.end) if period.end is not None else self.tr("still going"),
                duration_words(period.duration(now), self._language),
            )
            for column, value in enumerate(values):
                item = QTableWidgetItem(value)
                if column == 1:
                    item.setForeground(accent(status, self.palette()))
                self.table.setItem(row, column, item)
        self.empty.setVisible(not self.periods)
        self.export_button.setEnabled(self._range is not None)

    def subject_words(self, period: Period) -> str:
        subject = period.subject
        if subject.kind is SubjectKind.NETWORK:
            words = condition_words(subject.condition, self._language) or self._fallback.get(
                subject.condition, subject.condition
            )
        else:
            fallback = subject.name or subject.service_id
            name = service_name(subject.service_id, fallback, self._language)
            function = text(f"function.{subject.function}", language=self._language)
            words = f"{name} — {function}"
        if period.through_vpn:
            words += f" ({text('watch.through_vpn', language=self._language)})"
        return words

    def state_words(self, period: Period) -> str:
        if period.state == "on":
            return self.tr("yes")
        key = f"standing.{period.state}"
        return text(key, language=self._language) if key in TABLE else period.state

    def rows_text(self) -> list[tuple[str, ...]]:
        return [
            tuple(item.text() if (item := self.table.item(r, c)) else "" for c in range(5))
            for r in range(self.table.rowCount())
        ]

    # ---- export ----

    def export_dialog(self) -> str | None:
        if self._range is None:
            return None
        since, until = self._range
        stem = f"svyaz-diary-{since:%Y-%m-%d}-{until:%Y-%m-%d}"
        filters = ";;".join(
            (self.tr("Web page (*.html)"), self.tr("Table (*.csv)"), self.tr("JSON (*.json)"))
        )
        name, chosen = QFileDialog.getSaveFileName(
            self, self.tr("Export diary"), str(Path.home() / f"{stem}.html"), filters
        )
        if not name:
            return None
        # The dialog itself asked before replacing a file: that answer is the person's.
        fmt = next((f for f in FORMATS if chosen.endswith(f"*.{f})")), "")
        return self.export_to(Path(name), fmt, overwrite=True)

    def export_to(self, path: Path, fmt: str = "", overwrite: bool = False) -> str | None:
        """Write the diary of the chosen days to `path` (format from `fmt` or the suffix);
        an existing file is replaced only with `overwrite` (the file dialog's question)."""
        if self._range is None:
            return None
        fmt = fmt or path.suffix.lstrip(".").lower()
        if fmt not in FORMATS:
            fmt = "html"
            path = path.with_suffix(".html")
        since, until = self._range
        try:
            document = diary_document(self.history, since, until, fmt, self._language)
            with path.open("w" if overwrite else "x", encoding="utf-8", newline="") as out:
                out.write(document)
        except FileExistsError:
            self._warn(self.tr("%1 exists already; choose another name.").replace("%1", str(path)))
            return None
        except (OSError, HistoryError) as exc:
            self._warn(str(exc))
            return None
        self.exported.emit(str(path))
        return str(path)

    def _warn(self, said: str) -> None:
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Not exported"), said, parent=self)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()
        self.last_warning = box


def condition_words(condition: str, language: str) -> str:
    """A network condition's name: the core's words where it has them."""
    for key in (f"watch.condition.{condition}", f"history.network.{condition}"):
        if key in TABLE:
            words = text(key, language=language)
            return words[:1].upper() + words[1:]
    return ""
