"""Sample tests for test_tiers.py: each uses what a tier is known by. Not collected by the suite
(the name does not start with test_); test_tiers.py collects it on purpose, never runs it."""

from __future__ import annotations

from typing import Any

import pytest

from lab.runs import lab_run


def _helper_that_reads_a_run() -> Any:
    return lab_run("clean")


def test_plain() -> None:
    assert sum([1, 2]) == 3


def test_with_make_lab(make_lab: Any) -> None:
    make_lab("clean")


def test_with_a_shared_lab(shared_lab: Any) -> None:
    shared_lab("clean")


def test_through_a_helper() -> None:
    _helper_that_reads_a_run()


def test_with_qtbot(qtbot: Any) -> None:
    assert qtbot


def test_importing_the_gui_inside() -> None:
    from gui import words

    assert words


def test_with_a_lab_and_qt(qtbot: Any, make_lab: Any) -> None:
    make_lab("clean")


@pytest.mark.timing
def test_marked_timing(make_lab: Any) -> None:
    make_lab("clean")


@pytest.mark.timing
@pytest.mark.alone
def test_marked_alone(make_lab: Any) -> None:
    make_lab("clean")
