"""The outage diary's timeline in History (issue 23 item 4): a bar per period of a temp history,
in its row and at its place on the chosen days, open periods to the right edge, the service
filter, the tooltip (the table's strings), a click selecting the table row, an honest empty
state and a capped height. Geometry is read from the widget's own bar rectangles and checked
against the painted pixels."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QEvent, QPoint, QPointF, Qt
from PySide6.QtGui import QHelpEvent
from PySide6.QtWidgets import QApplication, QToolTip

from core.models import Status

pytestmark = pytest.mark.gui


def at(day: int, hour: int = 0) -> float:
    return datetime(2026, 12, day, hour).astimezone().timestamp()


SINCE, UNTIL = datetime(2026, 12, 1).astimezone(), datetime(2026, 12, 6).astimezone()
AFTER = at(7)  # "now" after the chosen days: the axis is the five days whole


def _history(tmp_path: Path, more: int = 0) -> Any:
    """Whitelist mode on mobile data for exactly 12-02 (closed), WhatsApp calls blocked from
    12-04 12:00 (still going), Telegram messages slowed through a VPN on 12-05 01:00-07:00;
    `more` network-wide periods of made-up conditions besides (rows of their own)."""
    from core.history import History
    from core.periods import DiaryCondition, Evidence, Period, Subject, SubjectKind

    history = History.open(tmp_path / "history.sqlite3")

    def period(subject: Subject, state: str, start: float, end: float | None, **kw: Any) -> None:
        opened = history.open_period(
            Period(subject, state, start, Evidence("run-s", start, "x"), 1800.0, **kw)
        )
        if end is not None:
            assert opened.id is not None
            history.close_period(opened.id, Evidence("run-e", end, "ok"))

    whitelist = Subject(SubjectKind.NETWORK, condition=DiaryCondition.WHITELIST.value)
    period(whitelist, "on", at(2), at(3), link="cellular")
    calls = Subject(SubjectKind.FUNCTION, "whatsapp", "calls", name="WhatsApp")
    period(calls, "blocked", at(4, 12), None, link="wifi")
    messages = Subject(SubjectKind.FUNCTION, "telegram", "messages", name="Telegram")
    period(messages, "slowed", at(5, 1), at(5, 7), link="wifi", through_vpn=True)
    for n in range(more):
        other = Subject(SubjectKind.NETWORK, condition=f"made_up_{n}")
        period(other, "on", at(1, n), at(1, n + 1))
    return history


def _view(
    qtbot: Any, tmp_path: Path, now: float = AFTER, more: int = 0, language: str = "en"
) -> Any:
    from gui.history.diary_view import DiaryView

    view = DiaryView(_history(tmp_path, more), language)
    view.clock = lambda: now
    qtbot.addWidget(view)
    view.resize(1024, 600)
    view.show()
    qtbot.waitExposed(view)
    view.show_range(SINCE, UNTIL)
    QApplication.processEvents()
    return view


def _rects(view: Any) -> dict[str, Any]:
    """The bars' rectangles by their table row's "What" words."""
    cells = view.rows_text()
    return {cells[index][1]: rect for index, rect in view.timeline.bar_rects()}


def test_each_period_is_one_bar_in_its_row_at_its_place(qtbot: Any, tmp_path: Path) -> None:
    from gui.history.diary_timeline import ROW
    from gui.status_style import accent

    view = _view(qtbot, tmp_path)
    timeline = view.timeline
    assert timeline.labels == [
        "✗ whitelist mode",  # the network first
        "✗ WhatsApp calls blocked",
        "~ Telegram messages working poorly (through a VPN)",  # said, in a row of its own
    ]
    rects = _rects(view)
    assert len(timeline.bar_rects()) == len(view.rows_text()) == 3
    left, right = timeline.plot()
    fifth = (right - left) / 5  # a day of the five
    whitelist = rects["✗ whitelist mode"]
    assert whitelist.left() == pytest.approx(left + fifth, abs=1)  # 12-02 00:00
    assert whitelist.right() == pytest.approx(left + 2 * fifth, abs=1)  # 12-03 00:00
    slowed = rects["~ Telegram messages working poorly"]
    assert slowed.left() == pytest.approx(left + 4 * fifth + fifth / 24, abs=1)  # 12-05 01:00
    assert slowed.width() == pytest.approx(fifth / 4, abs=1)  # six hours
    for row, what in enumerate(
        ("✗ whitelist mode", "✗ WhatsApp calls blocked", "~ Telegram messages working poorly")
    ):
        assert row * ROW <= rects[what].top() < rects[what].bottom() <= (row + 1) * ROW
    # What is painted is where the rectangles say: red inside the whitelist bar, not before it.
    image = timeline.rows.grab().toImage()
    ratio = image.devicePixelRatio()

    def colour(point: QPointF) -> str:
        return image.pixelColor(int(point.x() * ratio), int(point.y() * ratio)).name()

    red = accent(Status.BLOCKED, timeline.palette()).name()
    assert colour(whitelist.center()) == red
    assert colour(QPointF(whitelist.left() - 6, whitelist.center().y())) != red
    assert colour(QPointF(left + fifth / 2, whitelist.center().y())) != red  # 12-01: nothing
    calls = rects["✗ WhatsApp calls blocked"].center().y()
    assert colour(QPointF(left + 3.5 * fifth + 4, calls)) == red  # from 12-04 12:00 on
    assert colour(QPointF(left + 3.5 * fifth - 4, calls)) != red


def test_an_open_period_reaches_the_right_edge(qtbot: Any, tmp_path: Path) -> None:
    view = _view(qtbot, tmp_path)
    left, right = view.timeline.plot()
    calls = _rects(view)["✗ WhatsApp calls blocked"]
    assert calls.right() == pytest.approx(right, abs=0.5)  # still going past the chosen days
    assert calls.left() == pytest.approx(left + 3.5 * (right - left) / 5, abs=1)
    # With now inside the chosen days the axis ends now (nothing is known of later), and an
    # open period still reaches its right edge; a closed one ends where it ended.
    now = at(5, 12)
    later = _view(qtbot, tmp_path / "now", now=now)
    left, right = later.timeline.plot()
    rects = _rects(later)
    assert later.timeline.span == (SINCE.timestamp(), now)
    assert rects["✗ WhatsApp calls blocked"].right() == pytest.approx(right, abs=0.5)
    share = (at(3) - SINCE.timestamp()) / (now - SINCE.timestamp())
    assert rects["✗ whitelist mode"].right() == pytest.approx(left + share * (right - left), abs=1)


def test_the_service_filter_reduces_the_rows(qtbot: Any, tmp_path: Path) -> None:
    view = _view(qtbot, tmp_path)
    view.show_range(SINCE, UNTIL, "telegram")
    assert view.timeline.labels == [
        "✗ whitelist mode",
        "~ Telegram messages working poorly (through a VPN)",
    ]
    assert len(view.timeline.bar_rects()) == 2
    view.show_range(SINCE, UNTIL, "whatsapp")
    assert view.timeline.labels == ["✗ whitelist mode", "✗ WhatsApp calls blocked"]
    # The dates follow too: 12-04 alone holds only the WhatsApp period.
    view.show_range(datetime(2026, 12, 4).astimezone(), datetime(2026, 12, 5).astimezone())
    assert view.timeline.labels == ["✗ WhatsApp calls blocked"]
    assert view.timeline.bar_rects()[0][1].left() == pytest.approx(
        sum(view.timeline.plot()) / 2, abs=1
    )  # 12:00 is half the day


@pytest.mark.qt_log_ignore("does not support raise")  # offscreen: the tooltip's window
def test_a_bar_s_tooltip_is_its_table_row(qtbot: Any, tmp_path: Path) -> None:
    view = _view(qtbot, tmp_path)
    rects = _rects(view)
    assert view.timeline.tooltip_at(rects["✗ whitelist mode"].center()) == (
        "✗ whitelist mode\nMobile internet\n"
        "From: 2026-12-02 00:00\nTo: 2026-12-03 00:00\nDuration: 24 h 0 min"
    )
    still = view.timeline.tooltip_at(rects["✗ WhatsApp calls blocked"].center())
    assert still.splitlines() == [
        "✗ WhatsApp calls blocked",
        "Wi-Fi",
        "From: 2026-12-04 12:00",
        "To: still going",
        f"Duration: {view.rows_text()[1][4]}",
    ]
    for index, rect in view.timeline.bar_rects():  # every line is a cell of its table row
        lines = view.timeline.tooltip_at(rect.center()).splitlines()
        cells = view.rows_text()[index]
        assert [lines[1], lines[0], *(line.split(": ", 1)[1] for line in lines[2:])] == list(cells)
    assert view.timeline.tooltip_at(QPointF(view.timeline.plot()[0] + 2, 5)) == ""  # no bar
    # Qt's own tooltip event shows it.
    centre = rects["✗ whitelist mode"].center().toPoint()
    rows = view.timeline.rows
    event = QHelpEvent(QEvent.Type.ToolTip, centre, rows.mapToGlobal(centre))
    QApplication.sendEvent(rows, event)
    assert QToolTip.text().startswith("✗ whitelist mode\nMobile internet")


def test_clicking_a_bar_selects_its_table_row(qtbot: Any, tmp_path: Path) -> None:
    view = _view(qtbot, tmp_path)
    for index, rect in view.timeline.bar_rects():
        qtbot.mouseClick(view.timeline.rows, Qt.MouseButton.LeftButton, pos=rect.center().toPoint())
        selected = [i.row() for i in view.table.selectionModel().selectedRows()]
        assert selected == [index]
        assert view.timeline.selected == index  # outlined
    assert view.table.hasFocus()  # the keyboard goes on from the row
    before = [i.row() for i in view.table.selectionModel().selectedRows()]
    qtbot.mouseClick(view.timeline.rows, Qt.MouseButton.LeftButton, pos=QPoint(5, 5))  # a label
    assert [i.row() for i in view.table.selectionModel().selectedRows()] == before
    view.table.selectRow(0)  # the table's choice shows on the timeline
    assert view.timeline.selected == 0


def test_the_keyboard_keeps_the_table(qtbot: Any, tmp_path: Path) -> None:
    view = _view(qtbot, tmp_path)
    timeline = view.timeline
    for widget in (timeline, timeline.rows, timeline.axis, timeline.area):
        assert widget.focusPolicy() == Qt.FocusPolicy.NoFocus, widget
    assert view.table.focusPolicy() != Qt.FocusPolicy.NoFocus
    assert view.table.rowCount() == 3


def test_no_periods_draw_no_bars_and_say_so(qtbot: Any, tmp_path: Path) -> None:
    view = _view(qtbot, tmp_path)
    view.show_range(datetime(2026, 11, 1).astimezone(), datetime(2026, 11, 2).astimezone())
    assert view.timeline.bar_rects() == [] and view.timeline.labels == []
    assert view.timeline.empty_text == "No outages in this period"
    image = view.timeline.rows.grab().toImage()
    from gui.status_style import accent

    red = accent(Status.BLOCKED, view.timeline.palette()).name()
    colours = {
        image.pixelColor(x, y).name()
        for x in range(0, image.width(), 7)
        for y in range(0, image.height(), 3)
    }
    assert red not in colours  # nothing red when nothing happened
    assert view.timeline.tooltip_at(QPointF(image.width() / 2, 5)) == ""


def test_many_rows_scroll_within_a_capped_height(qtbot: Any, tmp_path: Path) -> None:
    from gui.history.diary_timeline import AXIS, MAX_ROWS, ROW

    view = _view(qtbot, tmp_path, more=9)  # 12 rows
    timeline = view.timeline
    assert len(timeline.labels) == 12
    assert timeline.area.height() == MAX_ROWS * ROW
    assert timeline.height() == MAX_ROWS * ROW + AXIS
    assert timeline.area.verticalScrollBar().maximum() > 0  # the rest is a scroll away
    assert view.table.height() >= 150  # at 1024×600 the table keeps room
    # The axis follows the rows' narrower width beside the scroll bar.
    assert timeline.plot()[1] <= timeline.rows.width()


def test_ticks_are_dates_in_the_locale_s_format(qtbot: Any, tmp_path: Path) -> None:
    view = _view(qtbot, tmp_path)
    labels = [label for _x, label in view.timeline.ticks()]
    assert "12/2/26" in labels and all(":" not in label for label in labels)
    xs = [x for x, _label in view.timeline.ticks()]
    assert xs == sorted(xs)
    ru = _view(qtbot, tmp_path / "ru", language="ru")
    assert "02.12.2026" in [label for _x, label in ru.timeline.ticks()]


def test_a_row_chosen_in_the_table_scrolls_the_timeline_to_its_bar(
    qtbot: Any, tmp_path: Path
) -> None:
    view = _view(qtbot, tmp_path, more=9)
    area = view.timeline.area
    assert area.verticalScrollBar().value() == 0
    last, rect = max(view.timeline.bar_rects(), key=lambda bar: bar[1].top())  # the bottom row
    view.table.selectRow(last)
    top = area.verticalScrollBar().value()
    assert top > 0 and top <= rect.top() and rect.bottom() <= top + area.viewport().height()
