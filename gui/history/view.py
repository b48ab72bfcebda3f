"""The history view: stored runs (filter by service and dates) and a per-service timeline by day;
on its second page watch mode's outage diary for the same dates (`diary_view.py`).

From it: show a stored run as the window showed it, compare two runs, export, delete, clear,
and recover the runs of a moved-aside history file. A notice says when history is read-only
or kept in memory, and deleting is offered only when the history file can be written."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from functools import cmp_to_key
from pathlib import Path

from PySide6.QtCore import QCollator, QDate, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from core.history import History, HistoryError, by_day, default_path
from core.messages import render, text
from core.models import Catalog, RunResult
from gui.history.compare_dialog import CompareDialog
from gui.history.diary_view import DiaryView
from gui.history.model import RunListModel, catalog_words
from gui.history.timeline import TimelineStrip
from gui.words import locale_for, service_name


class HistoryView(QWidget):
    showRun = Signal(object)  # RunResult
    exportRun = Signal(object)  # RunResult

    def __init__(
        self, history: History, catalog: Catalog, language: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.history = history
        self._catalog = catalog
        self._language = language
        self.last_compare: CompareDialog | None = None  # kept while shown; tests reach it
        self.service = QComboBox()
        self.service.setAccessibleName(self.tr("Show runs of this service"))
        self.since = QDateEdit()
        self.until = QDateEdit()
        for edit in (self.since, self.until):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
        today = QDate.currentDate()
        self.since.setDate(today.addDays(-30))
        self.until.setDate(today)
        refresh = QPushButton(self.tr("R&efresh"))
        refresh.clicked.connect(self.refresh)
        self.service.currentIndexChanged.connect(self.refresh)
        self.since.dateChanged.connect(self.refresh)
        self.until.dateChanged.connect(self.refresh)
        filters = QHBoxLayout()
        for label, widget in (
            (self.tr("Ser&vice:"), self.service),
            (self.tr("F&rom:"), self.since),
            (self.tr("T&o:"), self.until),
        ):
            caption = QLabel(label)
            caption.setBuddy(widget)
            filters.addWidget(caption)
            filters.addWidget(widget)
        filters.addWidget(refresh)
        filters.addStretch(1)

        self.model = RunListModel(language, self._catalog_of)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.verticalHeader().hide()
        self.table.setAccessibleName(self.tr("Stored runs"))
        self.table.doubleClicked.connect(lambda _: self.show_selected())
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)

        self.show_button = QPushButton(self.tr("Sho&w run"))
        self.compare_button = QPushButton(self.tr("Co&mpare two runs"))
        self.export_button = QPushButton(self.tr("E&xport report…"))
        self.delete_button = QPushButton(self.tr("&Delete run"))
        self.clear_button = QPushButton(self.tr("C&lear history…"))
        self.recover_button = QPushButton(self.tr("Re&cover runs from a file…"))
        self.recover_button.clicked.connect(self.recover_dialog)
        self.show_button.clicked.connect(self.show_selected)
        self.compare_button.clicked.connect(self.compare_selected)
        self.export_button.clicked.connect(self.export_selected)
        self.delete_button.clicked.connect(self.delete_selected)
        self.clear_button.clicked.connect(self.clear_all)
        actions = QHBoxLayout()
        for button in (
            self.show_button,
            self.compare_button,
            self.export_button,
            self.delete_button,
        ):
            actions.addWidget(button)
        actions.addStretch(1)
        actions.addWidget(self.recover_button)
        actions.addWidget(self.clear_button)

        self.timeline = TimelineStrip()
        self.timeline_box = QGroupBox(self.tr("By day: the worst each function did"))
        box = QVBoxLayout(self.timeline_box)
        box.addWidget(self.timeline)
        self.notice = QLabel()
        self.notice.setWordWrap(True)
        self.notice.hide()
        self.empty = QLabel(self.tr("No runs stored yet: every diagnostic you run is kept here."))
        runs_page = QWidget()
        runs = QVBoxLayout(runs_page)
        runs.setContentsMargins(0, 0, 0, 0)
        runs.addWidget(self.table, 1)
        runs.addWidget(self.empty)
        runs.addLayout(actions)
        runs.addWidget(self.timeline_box)
        self.diary = DiaryView(history, language)
        self.pages = QTabWidget()
        self.pages.addTab(runs_page, self.tr("R&uns"))
        self.pages.addTab(self.diary, self.tr("Outage di&ary"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.notice)
        layout.addLayout(filters)
        layout.addWidget(self.pages, 1)
        self._fill_services()
        self.refresh()

    def set_catalog(self, catalog: Catalog) -> None:
        self._catalog = catalog
        self._fill_services()
        self.refresh()

    def _fill_services(self) -> None:
        current = self.service.currentData()
        self.service.blockSignals(True)
        self.service.clear()
        self.service.addItem(self.tr("All services"), None)
        names = {s.id: service_name(s.id, s.name, self._language) for s in self._catalog.services}
        try:
            stored = self.history.service_ids()
        except HistoryError:
            stored = []
        for service_id in set(stored) - set(names):  # a service of another catalog
            names[service_id] = service_name(service_id, service_id, self._language)
        collator = QCollator(locale_for(self._language))
        collator.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)

        def order(a: str, b: str) -> int:
            return collator.compare(names[a], names[b])

        by_name = cmp_to_key(order)
        for service_id in sorted(names, key=by_name):
            self.service.addItem(names[service_id], service_id)
        index = self.service.findData(current)
        self.service.setCurrentIndex(max(index, 0))
        self.service.blockSignals(False)

    def _range(self) -> tuple[datetime, datetime]:
        """The chosen days, from the first day's local midnight to the day after the last."""
        first, last = self.since.date(), self.until.date()
        since = datetime.combine(date(first.year(), first.month(), first.day()), time.min)
        until = datetime.combine(date(last.year(), last.month(), last.day()), time.min)
        return since.astimezone(UTC), (until + timedelta(days=1)).astimezone(UTC)

    def refresh(self) -> None:
        service_id = self.service.currentData()
        since, until = self._range()
        try:
            runs = self.history.list_runs(service_id=service_id, since=since, until=until)
            points = self.history.timeline(service_id, since, until) if service_id else []
            error = None
        except HistoryError as exc:
            runs, points, error = [], [], exc
        days = by_day(points)
        notice = self.history.notice  # after reading: damage found now is said now
        said = render(notice, self._language) if notice is not None else ""
        if error is not None:
            said = self.tr("History cannot be read: %1").replace("%1", str(error))
        self.notice.setText(said)
        self.notice.setVisible(bool(said))
        name = self.service.currentText() if service_id is not None else ""
        self.model.set_runs(runs, name, points)
        self.empty.setVisible(not runs)
        self.timeline.set_days(days, self._language)
        self.timeline_box.setVisible(service_id is not None)
        self._selection_changed()
        self.diary.show_range(since, until, service_id)

    def refresh_diary(self) -> None:
        """Watch mode opened or closed a period."""
        self.diary.refresh()

    def after_save(self) -> None:
        self._fill_services()
        self.refresh()

    # ---- selection and actions ----

    def selected_ids(self) -> list[str]:
        rows = sorted({index.row() for index in self.table.selectionModel().selectedRows()})
        return [self.model.run_at(row).run_id for row in rows]

    def _selection_changed(self) -> None:
        count = len(self.selected_ids())
        writable = not self.history.read_only  # a run deleted from the copy would come back
        for button in (self.show_button, self.export_button):
            button.setEnabled(count == 1)
        self.delete_button.setEnabled(count == 1 and writable)
        self.compare_button.setEnabled(count == 2)
        self.clear_button.setEnabled(self.model.rowCount() > 0 and writable)
        self.recover_button.setEnabled(self.history.persistent)

    def _catalog_of(self, run_id: str) -> str:
        """The catalog a stored run used (lab runs marked), read from its document on demand."""
        try:
            return catalog_words(dict(self.history.load(run_id).settings))
        except HistoryError:
            return "—"

    def _load(self, run_id: str) -> RunResult | None:
        try:
            return self.history.load(run_id)
        except HistoryError as exc:
            QMessageBox.warning(self, self.tr("Cannot open the run"), str(exc))
            return None

    def show_selected(self) -> None:
        ids = self.selected_ids()
        if len(ids) == 1 and (run := self._load(ids[0])) is not None:
            self.showRun.emit(run)

    def export_selected(self) -> None:
        ids = self.selected_ids()
        if len(ids) == 1 and (run := self._load(ids[0])) is not None:
            self.exportRun.emit(run)

    def compare_selected(self) -> CompareDialog | None:
        ids = self.selected_ids()
        if len(ids) != 2:
            return None
        older, newer = (self._load(i) for i in reversed(ids))  # the list is newest first
        if older is None or newer is None:
            return None
        dialog = CompareDialog(older, newer, self._language, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        self.last_compare = dialog
        return dialog

    def delete_selected(self) -> None:
        ids = self.selected_ids()
        if len(ids) != 1:
            return
        try:
            self.history.delete(ids[0])
        except HistoryError as exc:
            QMessageBox.warning(self, self.tr("Cannot delete"), str(exc))
        self.after_save()

    def clear_all(self, confirm: bool = True) -> None:
        if confirm:
            answer = QMessageBox.question(
                self,
                self.tr("Clear history"),
                self.tr("Delete every stored run? This cannot be undone."),
            )
            if answer != QMessageBox.StandardButton.Yes:
                return
        try:
            self.history.clear()
        except HistoryError as exc:
            QMessageBox.warning(self, self.tr("Cannot clear"), str(exc))
        self.after_save()

    def recover_dialog(self) -> None:
        """Ask for a moved-aside history file, then recover its runs."""
        moved = self.history.moved_to
        folder = (moved or self.history.path or self.history.source or default_path()).parent
        name, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Recover runs from a history file"),
            str(folder),
            self.tr("History files (*.sqlite3 *.sqlite3.corrupt-*);;All files (*)"),
        )
        if name:
            self.recover_from(Path(name))

    def recover_from(self, path: Path) -> str | None:
        """Read every readable run of `path` into the history; returns what was said."""
        try:
            got = self.history.recover(path)
        except HistoryError as exc:
            QMessageBox.warning(self, self.tr("Cannot recover runs"), str(exc))
            return None
        self.after_save()
        said = text(
            "history.recovered",
            {
                "path": str(path),
                "added": got.added,
                "already": got.already,
                "unreadable": got.unreadable,
            },
            self._language,
        )
        self.notice.setText(said)
        self.notice.show()
        return said
