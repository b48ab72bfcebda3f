"""The tiers: conftest.py marks each test by what it uses, and each Makefile tier selects every
test exactly once; a lab or Qt test never lands in `make test-fast`."""

from __future__ import annotations

import functools
import re
import subprocess
import sys
from pathlib import Path

from tests.conftest import ROOT

SAMPLES = "tests/tier_samples.py"
COLLECT = [sys.executable, "-m", "pytest", "--collect-only", "-q", "-p", "no:cacheprovider"]
# The Makefile's selections, read from it so this test follows them.
MAKEFILE = (ROOT / "Makefile").read_text(encoding="utf-8")


def _selection(variable: str) -> str:
    found = re.search(rf'^{variable}\s*:=\s*-m "?([^"\n]*)"?$', MAKEFILE, re.M)
    assert found, variable
    return found.group(1)


@functools.cache
def _collected(selection: str) -> frozenset[str]:
    """The sample tests `pytest -m selection` picks (collected in a subprocess, never run)."""
    done = subprocess.run(
        [*COLLECT, "-m", selection, SAMPLES],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=120,
    )
    assert done.returncode in (0, 5), done.stdout + done.stderr
    return frozenset(line.split("::")[1] for line in done.stdout.splitlines() if "::" in line)


def test_each_sample_lands_in_the_tier_of_what_it_uses() -> None:
    tiers = {name: _collected(_selection(name)) for name in ("FAST", "LAB", "GUI", "TIMING")}
    assert tiers["FAST"] == {"test_plain"}
    assert tiers["LAB"] == {"test_with_make_lab", "test_with_a_shared_lab", "test_through_a_helper"}
    assert tiers["GUI"] == {
        "test_with_qtbot",
        "test_importing_the_gui_inside",
        "test_with_a_lab_and_qt",
    }
    assert tiers["TIMING"] == {"test_marked_timing"}


def test_make_tests_sessions_hold_every_sample_once() -> None:
    """`make test` runs PARALLEL, TIMING, then ALONE: together every sample once, none twice."""
    parallel = _collected(_selection("PARALLEL"))
    split = [_collected(_selection(name)) for name in ("FAST", "LAB", "GUI")]
    assert parallel == frozenset().union(*split)
    assert sum(len(tier) for tier in split) == len(parallel)
    timing, alone = _collected(_selection("TIMING")), _collected(_selection("ALONE"))
    assert alone == {"test_marked_alone"}
    assert not parallel & timing and not parallel & alone and not timing & alone
    everything = _collected("unit or lab or gui or timing")  # each test earns one of them
    assert parallel | timing | alone == everything


def test_a_lab_test_is_marked_lab_and_never_fast() -> None:
    """A test keeps every marker it earns (lab beside gui or timing); the tiers pick one."""
    assert _collected("lab") == {
        "test_with_make_lab",
        "test_with_a_shared_lab",
        "test_through_a_helper",
        "test_with_a_lab_and_qt",
        "test_marked_timing",
        "test_marked_alone",
    }
    assert not _collected("lab") & _collected(_selection("FAST"))


def test_the_samples_file_is_not_part_of_the_suite() -> None:
    assert not Path(ROOT / SAMPLES).name.startswith("test_")
