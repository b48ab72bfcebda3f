"""Whitelist mode's "Works for you now" tops the window (the banner, above the tiles) in the
core's words and order, in English and Russian; outside whitelist mode it is not shown."""

from __future__ import annotations

from typing import Any

import pytest

from core.report import works_now_lines
from core.rules.summary import summarize
from lab.gui import lab_window
from lab.runs import lab_run
from tests.gui_helpers import replay_runs

pytestmark = pytest.mark.gui


def _window(qtbot: Any, shared_lab: Any, monkeypatch: Any, run: Any, language: str) -> Any:
    window = lab_window(shared_lab("clean"), language=language)
    qtbot.addWidget(window)
    window.show()
    replay_runs(monkeypatch, run)
    with qtbot.waitSignal(window.bridge.jobFinished, timeout=90_000):
        window.start_run()
    return window


@pytest.mark.parametrize("language", ["en", "ru"])
def test_works_now_tops_the_window_in_whitelist_mode(
    qtbot: Any, shared_lab: Any, monkeypatch: Any, language: str
) -> None:
    run = lab_run("whitelist_by_address")  # shared with issue 21's window tests
    window = _window(qtbot, shared_lab, monkeypatch, run, language)
    expected = works_now_lines(summarize(run), language)
    assert expected and window.banner.works_now() == "\n".join(expected)
    # above the tiles: the banner sits over the grid
    banner = window.banner.mapTo(window, window.banner.rect().bottomLeft()).y()
    grid = window.grid.mapTo(window, window.grid.rect().topLeft()).y()
    assert banner <= grid
    window.close()


def test_no_works_now_outside_whitelist_mode(qtbot: Any, shared_lab: Any, monkeypatch: Any) -> None:
    window = _window(qtbot, shared_lab, monkeypatch, lab_run("clean"), "en")
    assert window.banner.works_now() == ""
    window.close()


def test_a_stored_whitelist_run_shows_works_now_too(qtbot: Any) -> None:
    from core.catalog import load_catalog
    from gui.run.stored_window import RunWindow

    run = lab_run("whitelist_by_address")
    window = RunWindow(load_catalog(include_user=False), run, "ru")
    qtbot.addWidget(window)
    window.show()
    assert window.banner.works_now() == "\n".join(works_now_lines(summarize(run), "ru"))
    window.close()
