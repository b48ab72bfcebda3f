"""The tiles: after a run, problems first ("Needs attention": blocked, then slowed or partial,
then unknown), the rest below in their categories; before and during a run, categories only.

The grid reflows with the window's width, can show only the problems, and moves the focus
between tiles with the arrow keys (left/right in reading order, up/down to the nearest tile of
the row above or below).
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt, Signal
from PySide6.QtWidgets import QLabel, QScrollArea, QVBoxLayout, QWidget

from core.messages import text
from core.models import Category
from core.rules.summary import needs_attention as service_needs_attention
from core.rules.summary import standing_rank
from gui.run.flow_layout import FlowLayout
from gui.run.state import Phase, RunState, ServiceState
from gui.run.tile import ServiceTile

CATEGORY_ORDER = (
    Category.MESSENGERS,
    Category.VIDEO,
    Category.SOCIAL,
    Category.MAPS,
    Category.DOMESTIC,
    Category.EVERYDAY,
    Category.REFUSES,
    Category.REFERENCE,
    Category.CONTROLS,
)
ATTENTION = "attention"


def category_title(category: Category, language: str) -> str:
    """A group's heading: the core's words (`category.<value>`, core/texts/services.py)."""
    return text(f"category.{category.value}", language=language)


def needs_attention(state: ServiceState) -> bool:
    """Blocked, works poorly or not judged (core/rules/summary.py): not a service's refusal of
    the country, not calls that cannot be checked, not what the run did not test."""
    done = state.phase is Phase.DONE and state.result is not None
    return done and state.result is not None and service_needs_attention(state.result)


def groups(state: RunState, problems_first: bool) -> list[tuple[str, list[ServiceState]]]:
    """(group key, members) in display order; the key is "attention" or a category value."""
    members = list(state.services.values())
    found: list[tuple[str, list[ServiceState]]] = []
    if problems_first:
        problems = [s for s in members if needs_attention(s)]
        problems.sort(key=lambda s: standing_rank(s.result) if s.result else 99)
        if problems:
            found.append((ATTENTION, problems))
        members = [s for s in members if not needs_attention(s)]
    for category in CATEGORY_ORDER:
        in_category = [s for s in members if s.service.category is category]
        if in_category:
            found.append((category.value, in_category))
    return found


class TileGrid(QScrollArea):
    """The tiles, made once per catalog and language; a regroup moves only the tiles whose group
    changed (45 `addWidget` calls at Start or at the end of a run stalled the window for up to
    90 ms)."""

    activated = Signal(str)  # service id

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.setFrameShape(QScrollArea.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.tiles: dict[str, ServiceTile] = {}
        self.order: list[str] = []  # service ids in display order (arrow keys follow it)
        self.group_keys: list[str] = []
        self._sections: dict[str, tuple[QLabel, QWidget, FlowLayout]] = {}
        self._members: dict[str, list[str]] = {}  # group key -> service ids shown in it
        self._group_of: dict[str, str] = {}  # service id -> the group its tile stands in
        self._language = ""
        self._only_problems = False
        self._problems_first = False
        self.moves = 0  # tiles moved between groups so far (the bench and tests read it)
        self.empty: QLabel | None = None  # "No problems found"

    def populate(self, state: RunState, language: str, problems_first: bool = False) -> None:
        """Show the run's tiles: in categories, or problems first after a run.

        The tiles are built once per catalog and language; later calls update them and move
        only those whose group changed."""
        fresh = (
            self.widget() is None
            or language != self._language
            or set(self.tiles) != set(state.services)
        )
        if fresh:
            self._build(state, language)
        self._problems_first = problems_first
        self._regroup(state, problems_first, update=not fresh)
        self._apply_filter()

    def _build(self, state: RunState, language: str) -> None:
        """Every section (Needs attention, then each category) and one tile per service."""
        self._language = language
        self.tiles.clear()
        self._sections.clear()
        self._group_of.clear()
        content = QWidget()
        column = QVBoxLayout(content)
        column.setContentsMargins(12, 4, 12, 12)
        column.setSpacing(6)
        present = {s.service.category for s in state.services.values()}
        keys = [ATTENTION] + [c.value for c in CATEGORY_ORDER if c in present]
        for key in keys:
            heading = QLabel(self._title(key, 0))
            font = heading.font()
            font.setBold(True)
            if key == ATTENTION:
                font.setPointSizeF(font.pointSizeF() * 1.1)
            heading.setFont(font)
            heading.setContentsMargins(0, 8, 0, 0)
            column.addWidget(heading)
            holder = QWidget()
            flow = FlowLayout(holder, spacing=10)
            column.addWidget(holder)
            self._sections[key] = (heading, holder, flow)
        for member in state.services.values():
            tile = ServiceTile(member, language)
            tile.activated.connect(self.activated)
            tile.arrowPressed.connect(self._move_focus)
            key = member.service.category.value
            self._sections[key][2].addWidget(tile)
            self.tiles[member.service.id] = tile
            self._group_of[member.service.id] = key
        self.empty = QLabel(self.tr("No problems found: every service checked works."))
        self.empty.setWordWrap(True)
        column.addWidget(self.empty)
        column.addStretch(1)
        self.setWidget(content)

    def _regroup(self, state: RunState, problems_first: bool, update: bool) -> None:
        found = groups(state, problems_first)
        self.group_keys = [key for key, _ in found]
        self._members = {key: [m.service.id for m in members] for key, members in found}
        self.order = [sid for key, _ in found for sid in self._members[key]]
        for key, members in found:
            flow = self._sections[key][2]
            for member in members:
                sid = member.service.id
                tile = self.tiles[sid]
                if update:
                    tile.update_state(member)
                if self._group_of[sid] != key:
                    self._sections[self._group_of[sid]][2].removeWidget(tile)
                    flow.addWidget(tile)
                    self._group_of[sid] = key
                    self.moves += 1
            flow.set_order([self.tiles[sid] for sid in self._members[key]])
        heading = self._sections[ATTENTION][0]
        heading.setText(self._title(ATTENTION, len(self._members.get(ATTENTION, []))))

    def _title(self, key: str, count: int) -> str:
        if key == ATTENTION:
            return self.tr("Needs attention (%n)", "", count)
        return category_title(Category(key), self._language)

    def refresh(self, state: RunState, service_id: str | None = None) -> None:
        ids = [service_id] if service_id is not None else list(self.tiles)
        for sid in ids:
            tile = self.tiles.get(sid)
            if tile is not None and sid in state.services:
                tile.update_state(state.services[sid])

    # ---- only problems ----

    def set_only_problems(self, only: bool) -> None:
        self._only_problems = only
        self._apply_filter()

    def visible_ids(self) -> list[str]:
        return [sid for sid in self.order if not self.tiles[sid].isHidden()]

    def _apply_filter(self) -> None:
        only = self._only_problems and self._problems_first
        for key, (heading, holder, _flow) in self._sections.items():
            members = self._members.get(key, [])
            shown = bool(members) and (not only or key == ATTENTION)
            heading.setVisible(shown)
            holder.setVisible(shown)
            for sid in members:
                tile = self.tiles[sid]
                if tile.isHidden() == shown:
                    tile.setVisible(shown)
        if self.empty is not None:
            self.empty.setVisible(only and not self._members.get(ATTENTION))

    # ---- keyboard ----

    def _move_focus(self, service_id: str, key: int) -> None:
        shown = self.visible_ids()
        if service_id not in shown:
            return
        index = shown.index(service_id)
        target: str | None = None
        pressed = Qt.Key(key)
        if pressed is Qt.Key.Key_Right:
            target = shown[min(index + 1, len(shown) - 1)]
        elif pressed is Qt.Key.Key_Left:
            target = shown[max(index - 1, 0)]
        else:
            target = self._vertical_neighbour(service_id, shown, pressed is Qt.Key.Key_Down)
        if target is not None and target != service_id:
            tile = self.tiles[target]
            tile.setFocus(Qt.FocusReason.TabFocusReason)
            self.ensureWidgetVisible(tile, 20, 20)

    def _vertical_neighbour(self, service_id: str, shown: list[str], down: bool) -> str | None:
        content = self.widget()
        if content is None:
            return None

        def centre(sid: str) -> QPoint:
            tile = self.tiles[sid]
            return tile.mapTo(content, tile.rect().center())

        here = centre(service_id)
        rows = [(sid, centre(sid)) for sid in shown if sid != service_id]
        if down:
            candidates = [(sid, p) for sid, p in rows if p.y() > here.y() + 5]
        else:
            candidates = [(sid, p) for sid, p in rows if p.y() < here.y() - 5]
        if not candidates:
            return None
        row_y = min(p.y() for _, p in candidates) if down else max(p.y() for _, p in candidates)
        row = [(sid, p) for sid, p in candidates if abs(p.y() - row_y) < 5]
        return min(row, key=lambda item: abs(item[1].x() - here.x()))[0]
