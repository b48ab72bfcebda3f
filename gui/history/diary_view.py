"""The outage diary in the History tab: watch mode's periods per (service, function) and per
network condition for the chosen days, as a timeline (`diary_timeline.py`: a bar per period,
clicking one selects its row) above a table with dates (keyboard usable: arrows move, Tab
leaves), and "Export diary…" (HTML, CSV or JSON).

The table shows the core's diary document (`core.report.diary_document`), the very words and
dates the exported report has: "Mobile internet · whitelist mode · 2026-12-01 09:12 ·
2026-12-03 18:40 · 57 h 28 min". A period still open reads "still going"; one seen through a VPN
says so in its connection. Only the table's chrome is Qt's `tr`.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Sequence
from datetime import datetime
from pathlib import Path
from typing import Any

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
from core.report import DIARY_FORMATS, diary_document, render_diary
from gui.history.diary_timeline import Bar, DiaryTimeline
from gui.status_style import MARKS, accent

# The diary's states in the statuses' marks and colours (never colour alone).
STATE_STATUS = {
    "blocked": Status.BLOCKED,
    "slowed": Status.DEGRADED,
    "refused": Status.UNKNOWN,
    "on": Status.BLOCKED,
}


def _when(iso: str | None) -> str:
    """ "2026-12-01 09:12" from the document's local ISO time."""
    return iso[:16].replace("T", " ") if iso else ""


class DiaryView(QWidget):
    exported = Signal(str)  # the file written

    def __init__(self, history: History, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.history = history
        self._language = language
        self._range: tuple[datetime, datetime] | None = None
        self._service: str | None = None  # the History tab's chosen service (None: all)
        self.periods: list[Period] = []
        self.entries: list[dict[str, Any]] = []  # the core's diary document, row by row
        self.last_warning: QMessageBox | None = None  # kept while shown; tests read it
        self.clock: Callable[[], float] = time.time  # "now" for open periods; tests fix it
        self.timeline = DiaryTimeline()
        self.timeline.bar_clicked.connect(self.select_row)
        self.table = QTableWidget(0, 5)
        self.table.setHorizontalHeaderLabels(
            [
                text(f"diary.col.{c}", language=language)
                for c in ("where", "what", "start", "end", "duration")
            ]
        )
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setTabKeyNavigation(False)  # Tab leaves the table; arrows move in it
        self.table.setAccessibleName(self.tr("Outage diary"))
        self.table.itemSelectionChanged.connect(self._row_chosen)
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
        row.addWidget(self.export_button)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.timeline)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty)
        layout.addLayout(row)

    # ---- filling ----

    def show_range(self, since: datetime, until: datetime, service_id: str | None = None) -> str:
        """Read the periods overlapping [since, until) — with `service_id`, that service's and
        the network's; returns a problem to say ("" if none)."""
        self._range = (since, until)
        self._service = service_id
        try:
            periods = self.history.diary(since, until)
        except HistoryError as exc:
            self.set_periods([])
            return str(exc)
        if service_id is not None:
            periods = [p for p in periods if p.subject.service_id in ("", service_id)]
        self.set_periods(periods)
        return ""

    def refresh(self) -> str:
        if self._range is None:
            return ""
        return self.show_range(*self._range, self._service)

    def set_periods(self, periods: Sequence[Period]) -> None:
        """Newest first; each row in the words of the exported report."""
        self.periods = sorted(periods, key=lambda p: (p.start, p.subject.key), reverse=True)
        since, until = self._seconds()
        now = self.clock()
        document = diary_document(self.periods, since, until, now, self._language)
        self.entries = document["periods"]
        self.table.setRowCount(len(self.entries))
        still = text("diary.still_going", language=self._language)
        for row, entry in enumerate(self.entries):
            status = STATE_STATUS.get(entry["state"], Status.UNKNOWN)
            values = (
                entry["connection"],
                f"{MARKS[status]} {entry['what']}",
                _when(entry["start"]),
                _when(entry["end"]) or still,
                entry["duration"],
            )
            for column, value in enumerate(values):
                item = QTableWidgetItem(value)
                item.setToolTip(entry["line"])
                if column == 1:
                    item.setForeground(accent(status, self.palette()))
                self.table.setItem(row, column, item)
        self.empty.setVisible(not self.entries)
        self.export_button.setEnabled(self._range is not None)
        self._fill_timeline(since, until, now)

    def _fill_timeline(self, since: float, until: float, now: float) -> None:
        """A row per subject in one state (network conditions first, then by first start), with
        periods seen through a VPN in rows of their own; labels and tooltips are the table's."""
        headers = [
            text(f"diary.col.{c}", language=self._language) for c in ("start", "end", "duration")
        ]
        cells = self.rows_text()
        keys: dict[tuple[Any, ...], list[int]] = {}
        for index, period in enumerate(self.periods):
            key = (period.subject.key, period.state, period.through_vpn)
            keys.setdefault(key, []).append(index)

        def order(key: tuple[Any, ...]) -> tuple[bool, float, str]:
            first = min(self.periods[i].start for i in keys[key])
            return (key[0][0] != SubjectKind.NETWORK.value, first, cells[keys[key][0]][1])

        labels: list[str] = []
        bars: list[Bar] = []
        for row, key in enumerate(sorted(keys, key=order)):
            what = cells[keys[key][0]][1]
            labels.append(self.timeline.vpn_label(what) if key[2] else what)
            for index in keys[key]:
                period, cell = self.periods[index], cells[index]
                dated = (f"{h}: {v}" for h, v in zip(headers, cell[2:], strict=True))
                tip = "\n".join((cell[1], cell[0], *dated))
                status = STATE_STATUS.get(period.state, Status.UNKNOWN)
                bars.append(
                    Bar(index, row, period.start, period.end, status, period.through_vpn, tip)
                )
        # The axis: the chosen days up to now (nothing is known of what is still to come).
        span = (since, min(until, now) if now > since else until) if self._range else None
        self.timeline.set_bars(labels, bars, span, now, self._language)

    def select_row(self, index: int) -> None:
        """A bar was clicked: its table row is selected (and the keyboard goes on from there)."""
        if 0 <= index < self.table.rowCount():
            self.table.selectRow(index)
            self.table.scrollTo(self.table.model().index(index, 0))
            self.table.setFocus(Qt.FocusReason.MouseFocusReason)

    def _row_chosen(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        self.timeline.set_selected(rows[0].row() if rows else None)

    def _seconds(self) -> tuple[float, float]:
        if self._range is None:
            now = time.time()
            return now, now
        return self._range[0].timestamp(), self._range[1].timestamp()

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
        fmt = next((f for f in DIARY_FORMATS if chosen.endswith(f"*.{f})")), "")
        return self.export_to(Path(name), fmt, overwrite=True)

    def export_to(self, path: Path, fmt: str = "", overwrite: bool = False) -> str | None:
        """Write the diary of the chosen days to `path` (format from `fmt` or the suffix);
        an existing file is replaced only with `overwrite` (the file dialog's question)."""
        if self._range is None:
            return None
        fmt = fmt or path.suffix.lstrip(".").lower()
        if fmt not in DIARY_FORMATS:
            fmt = "html"
            path = path.with_suffix(".html")
        since, until = self._range
        try:
            periods = self.history.diary(since, until)
            document = render_diary(
                diary_document(
                    periods, since.timestamp(), until.timestamp(), time.time(), self._language
                ),
                fmt,
            )
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
