"""History and reports in the app: runs are kept, listed, shown as they were, compared,
exported privately, deleted; a broken history file never stops the app."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtGui import QGuiApplication

from core.history import History
from core.models import Status
from gui.status_style import accent
from lab.runs import lab_run
from tests.gui_helpers import lab_window, replay_runs, status_of

pytestmark = pytest.mark.gui


def _run(qtbot: Any, window: Any) -> None:
    with qtbot.waitSignal(window.bridge.jobFinished, timeout=60_000):
        qtbot.mouseClick(window.run_bar.button, Qt.MouseButton.LeftButton)


def _select(view: Any, *rows: int) -> None:
    selection = view.table.selectionModel()
    selection.clearSelection()
    for row in rows:
        selection.select(
            view.model.index(row, 0),
            QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows,
        )


def test_runs_are_kept_shown_as_they_were_and_compared(
    qtbot: Any, shared_lab: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    clean = shared_lab("clean")
    window = lab_window(clean)
    qtbot.addWidget(window)
    window.show()
    replay_runs(monkeypatch, lab_run("clean"), lab_run("sni_reset"))
    _run(qtbot, window)
    blocked = shared_lab("sni_reset")
    window.use_catalog(Path(blocked.info.catalog))
    _run(qtbot, window)
    view = window.history_view
    assert view.model.rowCount() == 2
    newest = view.model.run_at(0)
    assert newest.blocked == 2 and newest.completed  # Instagram and Facebook

    _select(view, 0)
    view.show_selected()
    stored = window.last_run_window
    assert stored.grid.tiles["instagram"].accessibleName() == "Instagram: Blocked by server name"
    assert status_of(stored, "instagram") is Status.BLOCKED
    assert (
        stored.grid.tiles["instagram"].chips_text() == window.grid.tiles["instagram"].chips_text()
    )
    stored.close()

    _select(view, 0, 1)
    dialog = view.compare_selected()
    assert dialog is not None
    rows = dialog.rows_text()
    assert ("Instagram", "website") in {r[:2] for r in rows}
    assert any(r[0] == "Instagram" and "✓" in r[2] and "✗" in r[3] for r in rows)
    dialog.close()
    window.close()


def test_the_timeline_shows_a_service_by_day(
    qtbot: Any, shared_lab: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = lab_window(shared_lab("sni_reset"))
    qtbot.addWidget(window)
    window.show()
    replay_runs(monkeypatch, lab_run("sni_reset"))
    _run(qtbot, window)
    view = window.history_view
    view.service.setCurrentIndex(view.service.findData("instagram"))
    days = view.timeline.days()
    assert len(days) == 1 and days[0].functions["web"] is Status.BLOCKED
    assert view.timeline_box.isVisibleTo(view)
    assert view.model.rowCount() == 1
    window.close()


def test_one_service_chosen_rows_show_its_verdict_per_run(
    qtbot: Any, shared_lab: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Issue 21: under "Telegram" a row said "✗ 2" (Instagram and Facebook's run); now each
    row is the chosen service's own result in that run, in the tiles' words."""
    window = lab_window(shared_lab("sni_reset"))
    qtbot.addWidget(window)
    window.show()
    replay_runs(monkeypatch, lab_run("clean"), lab_run("sni_reset"))
    _run(qtbot, window)
    _run(qtbot, window)
    view = window.history_view
    model = view.model

    def column(title: str) -> list[str]:
        count = model.columnCount()
        titles = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(count)]
        return [model.index(r, titles.index(title)).data() for r in range(model.rowCount())]

    assert column("Blocked") == ["✗ 2", "0"]  # every service: the run's counts
    view.service.setCurrentIndex(view.service.findData("telegram"))
    assert "Blocked" not in [model.headerData(c, Qt.Orientation.Horizontal) for c in range(6)]
    assert all(cell.startswith("✓") for cell in column("Telegram")), column("Telegram")
    view.service.setCurrentIndex(view.service.findData("instagram"))
    assert column("Instagram") == ["✗ Blocked by server name", "✓ Works"]
    newest = model.index(0, 2)
    assert newest.data(Qt.ItemDataRole.ForegroundRole) == accent(Status.BLOCKED)
    window.close()


def test_runs_in_one_minute_show_their_seconds() -> None:
    from gui.history.model import local_when, shared_minutes, when_words

    runs = ["2026-12-05T10:03:07+00:00", "2026-12-05T10:03:41+00:00", "2026-12-05T10:05:00+00:00"]
    shared = shared_minutes(runs)
    shown = [when_words(run, shared) for run in runs]
    assert shown[0] != shown[1] and shown[0].endswith(":07") and shown[1].endswith(":41")
    assert shown[2] == local_when(runs[2]) and shown[2].count(":") == 1


def test_reports_are_private_by_default(
    qtbot: Any, shared_lab: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = lab_window(shared_lab("clean"))
    qtbot.addWidget(window)
    planted = {"local_addresses": ["192.168.77.23"], "public_address": "203.0.113.77"}
    window.environment = planted
    window.show()
    replay_runs(monkeypatch, lab_run("clean"))
    _run(qtbot, window)
    dialog = window.export_report()
    assert dialog is not None
    assert dialog.default_name().startswith("svyaz-report-") and dialog.default_name().endswith(
        ".html"
    )
    target = tmp_path / dialog.default_name()
    assert dialog.save_to(target)
    html = target.read_text(encoding="utf-8")
    assert "<html" in html.lower() and "203.0.113.77" not in html and "192.168.77.23" not in html
    dialog.copy_summary()
    summary = QGuiApplication.clipboard().text()
    assert summary and "203.0.113.77" not in summary
    dialog.details.setChecked(True)
    dialog.formats.buttons()[2].setChecked(True)  # JSON, with the details the person opted into
    assert "203.0.113.77" in json.dumps(json.loads(dialog.render_report()))
    dialog.close()
    window.close()


def test_delete_and_clear(qtbot: Any, shared_lab: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    window = lab_window(shared_lab("clean"))
    qtbot.addWidget(window)
    window.show()
    replay_runs(monkeypatch, lab_run("clean"))
    _run(qtbot, window)
    _run(qtbot, window)
    view = window.history_view
    assert view.model.rowCount() == 2
    _select(view, 0)
    view.delete_selected()
    assert view.model.rowCount() == 1
    view.clear_all(confirm=False)
    assert view.model.rowCount() == 0 and view.empty.isVisibleTo(view)
    window.close()


def test_retention_keeps_the_last_runs(
    qtbot: Any, shared_lab: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = lab_window(shared_lab("clean"), retention="runs:1")
    qtbot.addWidget(window)
    window.show()
    replay_runs(monkeypatch, lab_run("clean"))
    _run(qtbot, window)
    _run(qtbot, window)
    assert window.history.count() == 1
    window.close()


def test_a_corrupt_history_file_is_moved_aside_and_the_app_starts(
    qtbot: Any, shared_lab: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    probe = History.open()
    path = probe.path
    probe.close()
    assert path is not None
    path.write_bytes(b"this is not a database" * 100)
    for extra in ("-wal", "-shm"):
        Path(str(path) + extra).unlink(missing_ok=True)
    window = lab_window(shared_lab("clean"))
    qtbot.addWidget(window)
    window.show()
    notice = window.history_view.notice
    assert notice.isVisibleTo(window.history_view)
    assert "moved" in notice.text()
    replay_runs(monkeypatch, lab_run("clean"))
    _run(qtbot, window)
    assert window.history.count() == 1  # a fresh history took the run
    window.close()


def test_a_history_that_cannot_be_written_is_said_and_never_claimed_saved(
    qtbot: Any, shared_lab: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    from core.history import opening
    from core.history.opening import default_path
    from lab.runs import lab_run
    from tests.test_history_faults import filled, full_disk

    path = default_path()
    old = filled(path, lab_run("youtube_throttled"))
    real = opening.connect_file
    monkeypatch.setattr(opening, "connect_file", full_disk)
    window = lab_window(shared_lab("clean"))
    qtbot.addWidget(window)
    window.show()
    replay_runs(monkeypatch, lab_run("clean"))
    _run(qtbot, window)
    message = window.statusBar().currentMessage()
    assert "Not saved to history" in message and "disk" in message
    view = window.history_view
    assert view.notice.isVisibleTo(view) and "Free some disk space" in view.notice.text()
    assert window.history.count() == len(old) + 1 and not window.history.persistent
    assert not view.delete_button.isEnabled() and not view.clear_button.isEnabled()
    assert not view.recover_button.isEnabled()
    window.close()
    monkeypatch.setattr(opening, "connect_file", real)
    with History.open(path) as history:
        assert sorted(r.run_id for r in history.list_runs()) == sorted(old)


def test_runs_are_recovered_from_a_moved_aside_file(
    qtbot: Any, shared_lab: Any, tmp_path: Path
) -> None:
    from lab.runs import lab_run
    from tests.test_history_faults import filled

    moved = tmp_path / "history.sqlite3.corrupt-20261120-080000"
    old = filled(moved, lab_run("youtube_throttled"))
    window = lab_window(shared_lab("clean"))
    qtbot.addWidget(window)
    window.show()
    assert window.history_view.recover_button.isEnabled()
    said = window.history_view.recover_from(moved)
    assert said is not None and "3 runs added" in said
    assert window.history.count() == len(old)
    assert window.history_view.notice.text() == said
    window.close()
