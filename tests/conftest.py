"""Suite-wide fixtures (the network guard, a private home folder, the lab) and the tiers: every
test gets a marker from what it uses, so `make test-fast` can leave out the lab and Qt.

Tiers (docs/architecture.md, "Tests in tiers"): `timing` (explicit, or measures the GUI loop
with StallMeter), `gui` (Qt: the qtbot fixture, a test_gui_* module or a gui/ folder, or code
that reaches PySide6 or gui/), `lab` (a lab or a lab run: the lab fixtures, lab_run,
run_diagnostic, start_lab...), else `unit`. A test may carry several; the Makefile picks each
tier so that every test runs in exactly one.
"""

from __future__ import annotations

import os
import shutil
import sys
import tempfile
import types
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from tests import netguard

netguard.install()
# GUI tests never need a screen: `pytest` run by hand behaves like `make pytest`.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(autouse=True)
def _no_internet() -> Iterator[None]:
    before = len(netguard.violations)
    yield
    new = netguard.violations[before:]
    del netguard.violations[before:]
    if new:
        pytest.fail("test reached outside the loopback range:\n" + "\n".join(new))


@pytest.fixture(autouse=True)
def _private_home(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> Path:
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("SVYAZ_HOME", str(home))
    # Set explicitly too: an SVYAZ_DATA_DIR from the outer environment would win over
    # SVYAZ_HOME and send test runs into someone's real history.
    monkeypatch.setenv("SVYAZ_DATA_DIR", str(home / "data"))
    return home


@pytest.fixture
def guarded_env(tmp_path: Path) -> dict[str, str]:
    """Environment for a subprocess: the guard installed through sitecustomize."""
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join([str(ROOT / "tests" / "guard_site"), str(ROOT)])
    env["SVYAZ_HOME"] = str(tmp_path / "home")
    env["SVYAZ_DATA_DIR"] = str(tmp_path / "home" / "data")
    env["PYTHONUNBUFFERED"] = "1"
    return env


@pytest.fixture
def make_lab(tmp_path: Path) -> Iterator[Callable[..., Any]]:
    """A fresh lab per call, stopped after the test: for tests that change it, count on it,
    cancel a run on it or need its first flows (the others take `shared_lab`, or `lab_run` for
    a finished run; docs/architecture.md, "Tests in tiers")."""
    from lab.lab import start_lab

    labs = []

    def factory(scenario: str, **kwargs: Any) -> Any:
        lab = start_lab(scenario, tmp_path / f"lab-{scenario}-{len(labs)}", **kwargs)
        labs.append(lab)
        return lab

    yield factory
    for lab in labs:
        lab.stop()


@pytest.fixture
def shared_lab() -> Callable[[str], Any]:
    """A started lab per scenario, shared by this worker's tests that leave it unchanged (no
    censor changes, no counting its sockets or streams; see lab/runs.py)."""
    from lab.runs import shared_lab as start_shared

    return start_shared


def run_diagnostic(lab: Any, **overrides: Any) -> Any:
    """A fresh run of the engine against a lab, the way the CLI does (catalog settings, then
    overrides). A test that only reads a finished run takes `lab_run` (lab/runs.py) instead."""
    from lab.runs import diagnose

    return diagnose(lab, **overrides)


PYTHON = sys.executable


# ---- tiers ----

TIERS = ("unit", "lab", "gui", "timing")
# Names whose use means a lab: fixtures, and what tests call to start one or to run against one.
LAB_NAMES = frozenset(
    {
        "make_lab",
        "shared_lab",
        "lab_run",
        "impaired_call_test",
        "run_diagnostic",
        "start_lab",
        "mixed_lab",
        "lab_window",
        "Lab",
    }
)
QT_FIXTURES = frozenset({"qtbot", "qapp", "qtmodeltester", "qapp_args"})
QT_MODULES = ("PySide6", "gui", "lab.gui", "tests.gui_helpers")
TIMING_NAMES = frozenset({"StallMeter"})


def _module_of(obj: Any) -> str:
    if isinstance(obj, types.ModuleType):
        return obj.__name__
    return str(getattr(obj, "__module__", None) or "")


def _reached(functions: list[Any]) -> tuple[set[str], set[str]]:
    """The global names the functions use and the modules those names come from, following
    the tests' own helpers (functions defined under tests/) and nested functions and lambdas."""
    names: set[str] = set()
    modules: set[str] = set()
    seen: set[int] = set()
    todo = [(f, getattr(f, "__code__", None)) for f in functions]
    while todo:
        function, code = todo.pop()
        if code is None or id(code) in seen:
            continue
        seen.add(id(code))
        scope = getattr(function, "__globals__", {})
        for name in code.co_names:
            names.add(name)
            if "." in name or name in ("PySide6", "gui"):  # an import inside the function
                modules.add(name)
            if name not in scope:
                continue
            obj = scope[name]
            modules.add(_module_of(obj))
            if isinstance(obj, types.FunctionType) and _module_of(obj).startswith("tests"):
                todo.append((obj, obj.__code__))
        todo += [(function, c) for c in code.co_consts if isinstance(c, types.CodeType)]
    return names, modules


def tiers_of(item: pytest.Item) -> set[str]:
    """The tier markers a test earns by what it uses (its own markers are kept beside them)."""
    found = {m.name for m in item.iter_markers() if m.name in TIERS}
    fixtures = set(getattr(item, "fixturenames", ()))
    functions = [getattr(item, "function", None)]
    info = getattr(item, "_fixtureinfo", None)
    for defs in info.name2fixturedefs.values() if info else ():
        functions += [d.func for d in defs]
    names, modules = _reached([f for f in functions if f is not None])
    path = Path(str(item.path))
    folders = set(path.relative_to(ROOT).parts[:-1]) if path.is_relative_to(ROOT) else set()
    if names & TIMING_NAMES or "timing" in folders:
        found.add("timing")
    qt = fixtures & QT_FIXTURES or any(m.split(".")[0] == "PySide6" for m in modules)
    if qt or any(m == q or m.startswith(q + ".") for m in modules for q in QT_MODULES[1:]):
        found.add("gui")
    if path.name.startswith("test_gui_") or "gui" in folders:
        found.add("gui")
    if fixtures & LAB_NAMES or names & LAB_NAMES or "lab" in folders:
        found.add("lab")
    if not found - {"unit"}:
        found.add("unit")
    return found


def pytest_configure(config: pytest.Config) -> None:
    """One store of lab runs per session, shared by its xdist workers (lab/runs.py): made by
    the process that starts the session, before it starts the workers (they inherit it)."""
    if "PYTEST_XDIST_WORKER" not in os.environ and "SVYAZ_RUN_STORE" not in os.environ:
        store = tempfile.mkdtemp(prefix="svyaz-runs-")
        os.environ["SVYAZ_RUN_STORE"] = store
        config.add_cleanup(lambda: _remove_store(store))


def _remove_store(store: str) -> None:
    shutil.rmtree(store, ignore_errors=True)
    if os.environ.get("SVYAZ_RUN_STORE") == store:
        del os.environ["SVYAZ_RUN_STORE"]


# The lab tier's longest tests (5-10 s each: a scenario's first full run, a starved loop, a shaped
# line), started first so that four workers do not end waiting on one of them (pytest-xdist hands
# tests out in collection order): the make-test budget of four minutes.
LONG_FIRST = (
    "test_a_starved_loop",
    "test_whitelist_by_name",
    "answers_nothing_is_named",
    "test_the_reports_name_the_line_once",
    "test_a_poor_line_is_named_once",
    "test_calls_in_an_offline_network",
    "youtube_video_freezes",
    "youtube_video_crawls",
    "test_offline_calls_nothing_blocked",
    "test_random_upstream_drops",
    "test_connection_policing",
    "test_jitter_counts_only",
    "test_calltest_json_to_stdout",
    "test_everything_else_throttled",
    "test_problems_come_first_and_the_banner_names_them",  # its window replays a mixed lab run
    "test_the_russian_window_names_services_and_causes_in_russian",
)


@pytest.hookimpl(tryfirst=True)  # before `-m` deselects by marker
def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        have = {m.name for m in item.iter_markers()}
        for tier in sorted(tiers_of(item) - have):
            item.add_marker(tier)
    items.sort(key=lambda item: not any(name in item.nodeid for name in LONG_FIRST))


def pytest_sessionfinish() -> None:
    """Stop the labs this worker shared (lab/runs.py), if it started any."""
    runs = sys.modules.get("lab.runs")
    if runs is not None:
        runs.stop_shared_labs()


@pytest.fixture(params=["en", "ru"])
def ui_language(request: pytest.FixtureRequest, qtbot: Any) -> Iterator[str]:
    """The app's Qt translators in each language in turn (English again afterwards)."""
    from PySide6.QtCore import QCoreApplication

    from gui.i18n import install_translators
    from gui.settings import GuiSettings

    app = QCoreApplication.instance()
    assert app is not None
    install_translators(app, GuiSettings(language=request.param))
    try:
        yield request.param
    finally:
        install_translators(app, GuiSettings(language="en"))
