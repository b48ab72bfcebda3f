"""The run list as a Qt table model over `History.list_runs` (newest first)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import datetime
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from core.history import RunSummary
from core.messages import text
from core.models import Status
from core.texts import TABLE
from gui.status_style import MARKS, accent

Index = QModelIndex | QPersistentModelIndex


def local_when(iso: str) -> str:
    try:
        moment = datetime.fromisoformat(iso.replace("Z", "+00:00"))
    except ValueError:
        return iso
    return f"{moment.astimezone():%Y-%m-%d %H:%M}"


def network_words(code: str, language: str) -> str:
    """A stored run's network verdict in the run list's words; a code without words as it is."""
    return _words_or(f"history.network.{code}", code, language)


def link_name(code: str | None, language: str) -> str:
    """ "Wi-Fi", "mobile data", "cable"…; "—" when the run did not know its link."""
    return _words_or(f"history.link.{code}", "—", language) if code else "—"


def _words_or(key: str, fallback: str, language: str) -> str:
    return text(key, language=language) if key in TABLE else fallback


def catalog_words(settings: Any) -> str:
    """What a stored run was checked against: "built-in", "lab: lab-catalog.toml", a file."""
    if not isinstance(settings, dict) or not settings.get("catalog"):
        return "—"  # a run stored before runs carried their catalog
    kind, name = settings.get("catalog_kind"), str(settings["catalog"])
    if kind == "builtin":
        return QCoreApplication.translate("RunListModel", "built-in")
    if kind == "lab":
        return QCoreApplication.translate("RunListModel", "lab: %1").replace("%1", name)
    return name


class RunListModel(QAbstractTableModel):
    COLUMNS = ("when", "network", "blocked", "degraded", "link", "catalog", "state")

    def __init__(self, language: str, catalog_of: Callable[[str], str] | None = None) -> None:
        super().__init__()
        self._language = language
        self._runs: Sequence[RunSummary] = ()  # lazy: a RunList makes only the rows shown
        self._catalog_of = catalog_of or (lambda _run_id: "—")
        self._catalogs: dict[str, str] = {}  # run id -> words, read once per run

    def set_runs(self, runs: Sequence[RunSummary]) -> None:
        self.beginResetModel()
        self._runs = runs
        self.endResetModel()

    def run_at(self, row: int) -> RunSummary:
        return self._runs[row]

    def rowCount(self, parent: Index | None = None) -> int:
        return 0 if parent is not None and parent.isValid() else len(self._runs)

    def columnCount(self, parent: Index | None = None) -> int:
        return 0 if parent is not None and parent.isValid() else len(self.COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        titles = (
            QCoreApplication.translate("RunListModel", "When"),
            QCoreApplication.translate("RunListModel", "Network"),
            QCoreApplication.translate("RunListModel", "Blocked"),
            QCoreApplication.translate("RunListModel", "Partly"),
            QCoreApplication.translate("RunListModel", "Connection"),
            QCoreApplication.translate("RunListModel", "Catalog"),
            QCoreApplication.translate("RunListModel", "Run"),
        )
        return titles[section]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        run = self._runs[index.row()]
        column = self.COLUMNS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            if column == "when":
                return local_when(run.started_at)
            if column == "network":
                return network_words(run.network_code, self._language)
            if column == "blocked":
                return f"{MARKS[Status.BLOCKED]} {run.blocked}" if run.blocked else "0"
            if column == "degraded":
                return f"{MARKS[Status.DEGRADED]} {run.degraded}" if run.degraded else "0"
            if column == "link":
                return link_name(run.network_type, self._language)
            if column == "catalog":
                if run.run_id not in self._catalogs:
                    self._catalogs[run.run_id] = self._catalog_of(run.run_id)
                return self._catalogs[run.run_id]
            return (
                QCoreApplication.translate("RunListModel", "complete")
                if run.completed
                else QCoreApplication.translate("RunListModel", "cancelled")
            )
        if role == Qt.ItemDataRole.ForegroundRole:
            if column == "blocked" and run.blocked:
                return accent(Status.BLOCKED)
            if column == "degraded" and run.degraded:
                return accent(Status.DEGRADED)
        if role == Qt.ItemDataRole.UserRole:
            return run.run_id
        return None
