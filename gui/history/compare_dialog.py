"""Two runs side by side: what changed, worse in the blocked colour, better in the works one."""

from __future__ import annotations

from PySide6.QtWidgets import (
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
from core.rules.faces import needs_no_words
from gui.history.model import local_when, network_words
from gui.status_style import MARKS, accent


class CompareDialog(QDialog):
    def __init__(
        self, older: RunResult, newer: RunResult, language: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._language = language
        self.setWindowTitle(self.tr("Compare runs"))
        self.resize(760, 480)
        self.changes = compare_runs(older, newer)
        heading = QLabel(
            self.tr("From %1 to %2")
            .replace("%1", local_when(older.started_at))
            .replace("%2", local_when(newer.started_at))
        )
        self.table = QTableWidget(len(self.changes), 4)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Service"), self.tr("Function"), self.tr("Before"), self.tr("After")]
        )
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        for row, change in enumerate(self.changes):
            self._fill_row(row, change)
        empty = QLabel(self.tr("Nothing changed between these runs."))
        empty.setVisible(not self.changes)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(self.table, 1)
        layout.addWidget(empty)
        layout.addWidget(buttons)

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
            service = change.name
            function = (
                text(f"function.{change.function}", language=self._language)
                if change.function
                else self.tr("(whole service)")
            )
        before = self._words(change, change.old_status, change.old_code)
        after = self._words(change, change.new_status, change.new_code)
        items = [QTableWidgetItem(v) for v in (service, function, before, after)]
        if change.worse or change.better:
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
