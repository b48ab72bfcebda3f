"""The build tooling's promises that need no build: Wine-only stand-ins never ship, the spec
keeps every platform's network-information backend and bundles the CLI, the installer and the
release workflow run the same make targets CI runs here."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
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


@pytest.mark.skipif(sys.platform == "win32", reason="install.sh is the Linux installer")
def test_linux_uninstall_removes_the_app_and_says_what_it_keeps(tmp_path: Path) -> None:
    """Issue 25: `install.sh --uninstall` left the app's log behind without saying so."""
    home = tmp_path / "home"
    share, config, state = home / ".local/share", home / ".config", home / ".local/state"
    installed = home / ".local/opt/svyaz"
    installed.mkdir(parents=True)
    (installed / ".svyaz-installed").touch()
    (installed / "svyaz").write_text("#!/bin/sh\n")
    (home / ".local/bin").mkdir(parents=True)
    (home / ".local/bin/svyaz").symlink_to(installed / "svyaz")
    (share / "applications").mkdir(parents=True)
    (share / "applications/svyaz.desktop").write_text("[Desktop Entry]\n")
    person = {
        "your history": share / "svyaz" / "history.sqlite3",
        "your settings": config / "svyaz" / "settings.json",
        "the app's log": state / "svyaz" / "log" / "svyaz.log",
    }
    for file in person.values():
        file.parent.mkdir(parents=True)
        file.write_text("the person's")
    env = {"HOME": str(home), "PATH": os.environ.get("PATH", "/usr/bin:/bin")}
    script = PACKAGING / "linux" / "install.sh"
    done = subprocess.run(
        ["sh", str(script), "--uninstall"], env=env, capture_output=True, text=True, timeout=60
    )
    assert done.returncode == 0, done.stderr
    assert not installed.exists() and not (home / ".local/bin/svyaz").is_symlink()
    assert not (share / "applications/svyaz.desktop").exists()
    for label, file in person.items():
        assert file.read_text() == "the person's"  # kept...
        folder = file.parent.parent if label == "the app's log" else file.parent
        assert f"{label}: {folder}" in done.stdout  # ...and said, with its place
    # nothing of the person's left: nothing to name
    for file in person.values():
        file.unlink()
    for folder in (share / "svyaz", config / "svyaz", state / "svyaz" / "log", state / "svyaz"):
        folder.rmdir()
    again = subprocess.run(
        ["sh", str(script), "--uninstall"], env=env, capture_output=True, text=True, timeout=60
    )
    assert again.returncode == 0 and "Kept" not in again.stdout


def _uninstall_section(nsi: str) -> str:
    return nsi[nsi.index('Section "Uninstall"') :].split("SectionEnd", 1)[0]


def test_windows_uninstaller_removes_its_own_temporary_copy_and_nothing_else() -> None:
    """Issue 25: each uninstall left an empty `~nsuN.tmp` folder in %TEMP%. NSIS runs the
    uninstaller as a copy in that folder and asks for a delete-at-reboot a per-user uninstaller
    may not make; the script removes it after the copy exits. Wine is not here to run it, so
    the script is read (and compiled below, when makensis is installed)."""
    nsi = (PACKAGING / "installer" / "svyaz.nsi").read_text(encoding="utf-8")
    assert "Call un.RemoveOwnCopy" in _uninstall_section(nsi)
    function = nsi[nsi.index("Function un.RemoveOwnCopy") :].split("FunctionEnd", 1)[0]
    # only the copy: not run in place, and its folder is named ~nsu*.tmp
    assert "StrCmp $EXEDIR $INSTDIR done" in function
    assert 'StrCmp $1 "~nsu" 0 done' in function and 'StrCmp $2 ".tmp" 0 done' in function
    assert function.index("StrCmp $EXEDIR") < function.index("ExecShell")
    # the helper runs outside the folder it removes, hidden, and only deletes that one file and
    # the then empty folder (rmdir without /s, no RMDir /r anywhere in it)
    assert 'SetOutPath "$TEMP"' in function and "SW_HIDE" in function
    command = function[function.index("ExecShell") :]
    assert 'del /f /q "$EXEPATH"' in command and 'rmdir "$EXEDIR"' in command
    assert "rmdir /s" not in command.lower() and "rd /s" not in command.lower()
    assert "RMDir /r" not in function
    # and it says what it keeps, in both languages
    assert 'DetailPrint "$(UnKept)"' in _uninstall_section(nsi)
    assert "LangString UnKept ${LANG_ENGLISH}" in nsi and "LangString UnKept ${LANG_RUSSIAN}" in nsi


@pytest.mark.skipif(shutil.which("makensis") is None, reason="makensis is not installed")
def test_windows_installer_script_compiles(tmp_path: Path) -> None:
    source = tmp_path / "svyaz"
    (source / "_internal").mkdir(parents=True)
    (source / "svyaz.exe").write_bytes(b"MZ")
    (source / "_internal" / "base_library.zip").write_bytes(b"PK")
    done = subprocess.run(
        [
            "makensis",
            "-V2",
            "-WX",  # a warning fails it too
            "-INPUTCHARSET",
            "UTF8",
            "-DVERSION=0.1.0",
            f"-DSOURCE={source}",
            f"-DOUTFILE={tmp_path / 'Svyaz-0.1.0-setup.exe'}",
            str(PACKAGING / "installer" / "svyaz.nsi"),
        ],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    assert (tmp_path / "Svyaz-0.1.0-setup.exe").stat().st_size > 10_000
