"""What a source checkout tells the person: `make run`'s exit, `make lab`'s command, the README's
prerequisites (issue 21: "make: *** Error 1" after a correct message, a `svyaz` not on PATH)."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest

from lab.__main__ import cli_command
from tests.conftest import ROOT


def _run_recipe() -> str:
    """`make run`'s shell line, as make hands it to the shell."""
    makefile = (ROOT / "Makefile").read_text(encoding="utf-8")
    match = re.search(r"^run:.*\n\t@?(.+)$", makefile, re.MULTILINE)
    assert match, "no run: recipe in the Makefile"
    return match.group(1).replace("$$", "$")


@pytest.mark.parametrize(
    ("app_exit", "make_fails"), [(0, False), (3, False), (4, False), (1, True)]
)
def test_make_run_accepts_the_exits_the_app_explained(app_exit: int, make_fails: bool) -> None:
    """3: no display, 4: X11 libraries missing or Windows too old; both already told in words."""
    recipe = _run_recipe()
    assert "$(PY) -m gui" in recipe
    line = recipe.replace("$(PY) -m gui", f"sh -c 'exit {app_exit}'")
    done = subprocess.run(["sh", "-c", line], capture_output=True, timeout=10, check=False)
    assert (done.returncode != 0) is make_fails


def test_make_lab_names_the_venv_script(tmp_path: Path) -> None:
    bin_dir = tmp_path / ".venv" / ("Scripts" if sys.platform == "win32" else "bin")
    bin_dir.mkdir(parents=True)
    python = bin_dir / "python"
    python.touch()
    (bin_dir / ("svyaz.exe" if sys.platform == "win32" else "svyaz")).touch()
    command = cli_command(str(python), cwd=tmp_path)
    assert command == str(Path(".venv") / bin_dir.name / "svyaz") + (
        ".exe" if sys.platform == "win32" else ""
    )
    assert cli_command(str(python), cwd=ROOT).startswith(str(tmp_path))  # elsewhere: absolute


def test_make_lab_falls_back_to_python_m_cli(tmp_path: Path) -> None:
    python = tmp_path / "python3"
    python.touch()
    assert cli_command(str(python), cwd=tmp_path) == "python3 -m cli"


def test_the_fallback_command_runs() -> None:
    done = subprocess.run(
        [sys.executable, "-m", "cli", "--version"], cwd=ROOT, capture_output=True, timeout=60
    )
    assert done.returncode == 0 and done.stdout.startswith(b"svyaz ")


def test_the_readme_names_the_prerequisites() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    from_source = readme.split("## The two commands", 1)[1].split("```sh", 1)[0]
    for needed in ("make", "Python 3.11", "python3-venv", "Windows", "Git Bash"):
        assert needed in from_source, needed
