"""The build tooling's promises that need no build: Wine-only stand-ins never ship, the spec
keeps every platform's network-information backend and bundles the CLI, the installer and the
release workflow run the same make targets CI runs here."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from tests.conftest import ROOT

PACKAGING = ROOT / "packaging"
STANDINS = ("bcryptprimitives.dll", "icuuc.dll")


def _shipped_names(folder: Path) -> set[str]:
    return {p.name.lower() for p in folder.rglob("*")}


def test_standins_live_only_in_the_build_tooling() -> None:
    sources = {p.stem for p in (PACKAGING / "windows" / "standins").glob("*.c")}
    assert sources == {name.removesuffix(".dll") for name in STANDINS}
    assert not (ROOT / "packaging" / "__init__.py").exists()  # never shadows PyPI's packaging
    spec = (ROOT / "build.spec").read_text()
    assert "standins" not in spec and "packaging/windows" not in spec
    assert not _shipped_names(ROOT / "resources") & set(STANDINS)


@pytest.mark.parametrize("folder", ["dist-windows/svyaz", "dist/svyaz"])
def test_a_built_folder_holds_no_standin(folder: str) -> None:
    """After `make package-windows` (or a local build): nothing Wine-only in the folder."""
    path = ROOT / folder
    if not path.is_dir():
        pytest.skip(f"{folder} not built")
    shipped = _shipped_names(path)
    assert not shipped & set(STANDINS)
    assert not any(name.endswith(".wine-off") for name in shipped)


def test_spec_keeps_every_network_information_backend_and_the_cli() -> None:
    spec = (ROOT / "build.spec").read_text()
    backends = re.search(r'"networkinformation": \(([^)]*)\)', spec)
    assert backends is not None
    for backend in ("qnetworkmanager", "qnetworklistmanager", "qscnetworkreachability"):
        assert f'"{backend}"' in backends.group(1)
    assert 'collect_submodules("cli")' in spec
    assert '"_wmi"' in spec  # excluded on purpose (docs/packaging.md)


def test_installer_is_per_user_bilingual_and_states_the_minimum() -> None:
    nsi = (PACKAGING / "installer" / "svyaz.nsi").read_text(encoding="utf-8")
    assert "RequestExecutionLevel user" in nsi
    assert '!insertmacro MUI_LANGUAGE "English"' in nsi
    assert '!insertmacro MUI_LANGUAGE "Russian"' in nsi
    assert "MIN_BUILD 18362" in nsi
    assert 'Section /o "$(SecDesktop)"' in nsi  # the desktop shortcut is optional


def test_release_workflow_runs_the_same_make_targets() -> None:
    workflow = (ROOT / ".github" / "workflows" / "release.yml").read_text()
    for target in ("make test", "make package-test", "make installer"):
        assert target in workflow
    for runner in ("ubuntu-", "windows-", "macos-"):
        assert runner in workflow
    assert "sha256" in workflow.lower()
    makefile = (ROOT / "Makefile").read_text()
    for target in ("package-test:", "installer:", "installer-test:", "package-windows:"):
        assert target in makefile
