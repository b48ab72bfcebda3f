"""Suite-wide fixtures: the network guard, a private home folder, and the lab."""

from __future__ import annotations

import asyncio
import os
import sys
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
    from lab.lab import start_lab

    labs = []

    def factory(scenario: str, **kwargs: Any) -> Any:
        lab = start_lab(scenario, tmp_path / f"lab-{scenario}-{len(labs)}", **kwargs)
        labs.append(lab)
        return lab

    yield factory
    for lab in labs:
        lab.stop()


def run_diagnostic(lab: Any, **overrides: Any) -> Any:
    """Run the engine against a lab, the way the CLI does (catalog settings, then overrides);
    `services=` is the run's request, not a setting."""
    from core.catalog import load_catalog
    from core.config import build_config
    from core.engine.diagnostic import Diagnostic

    catalog = load_catalog(replace_with=lab.info.catalog)
    services = tuple(overrides.pop("services", ()))
    config = build_config(catalog.settings, overrides)
    return asyncio.run(Diagnostic(catalog, config, services=services).run())


PYTHON = sys.executable
