"""The run list as a Qt table model over `History.list_runs` (newest first).

With one service chosen, a row shows that service's verdict in that run ("✗ Calls blocked"),
not the whole run's counts; runs that share a minute show their seconds."""

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

from core.history import RunSummary, TimelinePoint
from core.messages import text
from core.models import Status
from core.texts import TABLE
from gui.status_style import MARKS, accent
from gui.words import headline, worst_function

Index = QModelIndex | QPersistentModelIndex


def local_when(iso: str, seconds: bool = False) -> str:
    """ "2026-12-05 14:03" in local time; with `seconds` "2026-12-05 14:03:27"."""
    try:
        moment = datetime.fromisoformat(iso.replace("Z", "+00:00"))
    except ValueError:
        return iso
    return (
        f"{moment.astimezone():%Y-%m-%d %H:%M:%S}"
        if seconds
        else f"{moment.astimezone():%Y-%m-%d %H:%M}"
    )


def shared_minutes(moments: Sequence[str]) -> set[str]:
    """The minutes ("2026-12-05 14:03") that more than one of these runs started in."""
    seen: set[str] = set()
    shared: set[str] = set()
    for iso in moments:
        minute = local_when(iso)
        (shared if minute in seen else seen).add(minute)
    return shared


def when_words(iso: str, shared: set[str]) -> str:
    """A run's time, with its seconds when another run started in the same minute."""
    minute = local_when(iso)
    return local_when(iso, seconds=True) if minute in shared else minute


def service_words(point: TimelinePoint | None, language: str) -> str:
    """One service's result in one run: "✗ Calls blocked", the tiles' words for its worst
    function; "—" when the run did not check the service."""
    if point is None:
        return "—"
    worst = worst_function(point.functions)
    words = (
        headline(worst, language)
        if worst is not None
        else text(f"status.{point.status.value}", language=language)
    )
    return f"{MARKS[point.status]} {words}"


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
    EVERY_SERVICE = ("when", "network", "blocked", "degraded", "link", "catalog", "state")
    ONE_SERVICE = ("when", "network", "service", "link", "catalog", "state")
    COLUMNS: tuple[str, ...] = EVERY_SERVICE

    def __init__(self, language: str, catalog_of: Callable[[str], str] | None = None) -> None:
        super().__init__()
        self._language = language
        self._runs: Sequence[RunSummary] = ()  # lazy: a RunList makes only the rows shown
        self._catalog_of = catalog_of or (lambda _run_id: "—")
        self._catalogs: dict[str, str] = {}  # run id -> words, read once per run
        self._service = ""  # the chosen service's name; "" shows every service's counts
        self._points: dict[str, TimelinePoint] = {}  # run id -> the chosen service in it
        self._shared: set[str] = set()  # minutes two runs share: their rows show seconds

    def set_runs(
        self,
        runs: Sequence[RunSummary],
        service: str = "",
        points: Sequence[TimelinePoint] = (),
    ) -> None:
        """The runs to list; with `service` (its name) and its timeline `points`, each row
        shows that service's result in that run instead of the run's counts."""
        self.beginResetModel()
        self._runs = runs
        self._service = service
        self._points = {point.run_id: point for point in points}
        self.COLUMNS = self.ONE_SERVICE if service else self.EVERY_SERVICE
        self._shared = shared_minutes([run.started_at for run in runs])
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
        titles = {
            "when": QCoreApplication.translate("RunListModel", "When"),
            "network": QCoreApplication.translate("RunListModel", "Network"),
            "blocked": QCoreApplication.translate("RunListModel", "Blocked"),
            "degraded": QCoreApplication.translate("RunListModel", "Partly"),
            "service": self._service,
            "link": QCoreApplication.translate("RunListModel", "Connection"),
            "catalog": QCoreApplication.translate("RunListModel", "Catalog"),
            "state": QCoreApplication.translate("RunListModel", "Run"),
        }
        return titles[self.COLUMNS[section]]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        run = self._runs[index.row()]
        column = self.COLUMNS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            if column == "when":
                return when_words(run.started_at, self._shared)
            if column == "service":
                return service_words(self._points.get(run.run_id), self._language)
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
            point = self._points.get(run.run_id)
            if column == "service" and point is not None:
                return accent(point.status)
            if column == "blocked" and run.blocked:
                return accent(Status.BLOCKED)
            if column == "degraded" and run.degraded:
                return accent(Status.DEGRADED)
        if role == Qt.ItemDataRole.UserRole:
            return run.run_id
        return None
