"""Two runs side by side: what changed, worse in the blocked colour, better in the works one.

A change to or from "not tested" (a service one run did not check, calls without a call test)
says nothing about the network: such rows are left out unless asked for, and never coloured.
Service names are the window's language's; the cells wrap rather than cut."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from core.history import Change, compare_runs
from core.messages import text
from core.models import RunResult, Status
from core.rules.faces import is_tested, needs_no_words
from gui.history.model import local_when, network_words
from gui.status_style import MARKS, accent
from gui.words import service_name


def untested_side(change: Change) -> bool:
    """One side of the change was not tested: absent from a run, or judged `not_tested`."""
    if change.service_id is None:
        return False  # the network verdict is always judged
    sides = ((change.old_status, change.old_code), (change.new_status, change.new_code))
    return any(
        status is None or (code is not None and not is_tested(code)) for status, code in sides
    )


class CompareDialog(QDialog):
    def __init__(
        self, older: RunResult, newer: RunResult, language: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._language = language
        self.setWindowTitle(self.tr("Compare runs"))
        self.resize(900, 480)
        self.every_change = compare_runs(older, newer)
        self.changes: list[Change] = []
        heading = QLabel(
            self.tr("From %1 to %2")
            .replace("%1", local_when(older.started_at, seconds=True))
            .replace("%2", local_when(newer.started_at, seconds=True))
        )
        self.show_untested = QCheckBox(self.tr("Also show what was &not tested in one of the runs"))
        self.show_untested.toggled.connect(self._fill)
        self.table = QTableWidget(0, 4)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Service"), self.tr("Function"), self.tr("Before"), self.tr("After")]
        )
        header = self.table.horizontalHeader()
        for column, mode in enumerate(
            (
                QHeaderView.ResizeMode.ResizeToContents,
                QHeaderView.ResizeMode.ResizeToContents,
                QHeaderView.ResizeMode.Stretch,
                QHeaderView.ResizeMode.Stretch,
            )
        ):
            header.setSectionResizeMode(column, mode)
        self.table.setWordWrap(True)
        rows = self.table.verticalHeader()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)  # wrapped: taller
        rows.hide()
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.empty = QLabel()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(self.show_untested)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty)
        layout.addWidget(buttons)
        self._fill()

    def _fill(self) -> None:
        """The changes to show: without "not tested" on either side unless asked for."""
        every = self.show_untested.isChecked()
        self.changes = [c for c in self.every_change if every or not untested_side(c)]
        self.table.setRowCount(len(self.changes))
        for row, change in enumerate(self.changes):
            self._fill_row(row, change)
        hidden = len(self.every_change) - len(self.changes)
        self.empty.setText(
            self.tr("Nothing changed in what both runs tested.")
            if hidden
            else self.tr("Nothing changed between these runs.")
        )
        self.empty.setVisible(not self.changes)

    def _words(self, change: Change, status: Status | None, code: str | None) -> str:
        if change.service_id is None:
            return network_words(code or "", self._language)
        if status is None:
            return self.tr("not tested")
        label = text(f"status.{status.value}", language=self._language)
        if code and not needs_no_words(code):
            label += " — " + text(f"label.{code}", language=self._language)
        return f"{MARKS[status]} {label}"

    def _fill_row(self, row: int, change: Change) -> None:
        if change.service_id is None:
            service, function = self.tr("Network"), ""
        else:
            service = service_name(change.service_id, change.name, self._language)
            function = (
                text(f"function.{change.function}", language=self._language)
                if change.function
                else self.tr("(whole service)")
            )
        before = self._words(change, change.old_status, change.old_code)
        after = self._words(change, change.new_status, change.new_code)
        items = [QTableWidgetItem(v) for v in (service, function, before, after)]
        if (change.worse or change.better) and not untested_side(change):
            items[3].setForeground(
                accent(Status.BLOCKED if change.worse else Status.WORKS, self.palette())
            )
            font = items[3].font()
            font.setBold(True)
            items[3].setFont(font)
        for column, item in enumerate(items):
            self.table.setItem(row, column, item)

    def rows_text(self) -> list[tuple[str, ...]]:
        return [
            tuple(item.text() if (item := self.table.item(r, c)) else "" for c in range(4))
            for r in range(self.table.rowCount())
        ]
