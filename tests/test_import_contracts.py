"""The import contracts in pyproject.toml hold, and a wrong import breaks the one it should."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
LINT_IMPORTS = Path(sys.executable).with_name("lint-imports")

# A wrong import per rule: (file, the line appended to it, the contract it must break).
WRONG = [
    ("core/models.py", "import gui.app", "core is headless"),
    ("cli/marks.py", "import gui.status_style", "the two faces, gui and cli"),
    ("core/probes/tcp.py", "import core.rules.verdict", "probes measure only"),
    ("core/rules/dns.py", "import core.engine.resolution", "rules judge only"),
    ("core/history/schema.py", "import core.report.privacy", "history and report stand apart"),
    ("core/engine/endpoint.py", "import core.history", "the core's rooms are layered"),
    ("core/calls/metrics.py", "import core.engine.context", "the core's rooms are layered"),
    ("gui/app.py", "import core.calls.calltest", "gui and cli use the core's public names"),
    ("gui/app.py", "import core.history.store", "gui and cli use the core's public names"),
    ("cli/marks.py", "import core.rules.verdict", "gui and cli use the core's public names"),
]
UNTOUCHED = "a module named _x is its package's own"


def _lint(cwd: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": str(cwd)}  # the copies, not the installed tree
    return subprocess.run(
        [str(LINT_IMPORTS), "--no-cache", "--no-logo", "pyproject.toml"],
        cwd=cwd,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )


def _verdicts(output: str) -> dict[str, str]:
    """Contract name -> KEPT or BROKEN, from the summary lines."""
    found = {}
    for line in output.splitlines():
        for word in ("KEPT", "BROKEN"):
            if f" {word}" in line:
                found[line.split(f" {word}")[0].strip()] = word
    return found


def test_the_tree_keeps_every_contract() -> None:
    done = _lint(ROOT)
    assert done.returncode == 0, done.stdout + done.stderr
    assert "BROKEN" not in done.stdout


def test_a_wrong_import_breaks_the_contract_that_names_it(tmp_path: Path) -> None:
    shutil.copy(ROOT / "pyproject.toml", tmp_path)
    for package in ("core", "cli", "gui"):
        shutil.copytree(
            ROOT / package, tmp_path / package, ignore=shutil.ignore_patterns("__pycache__")
        )
    for file, line, _ in WRONG:
        with (tmp_path / file).open("a", encoding="utf-8") as f:
            f.write(f"\n{line}  # deliberately wrong (tests/test_import_contracts.py)\n")
    done = _lint(tmp_path)
    assert done.returncode != 0, done.stdout + done.stderr
    verdicts = _verdicts(done.stdout)
    for _, line, contract in WRONG:
        broken = [name for name, word in verdicts.items() if name.startswith(contract)]
        assert broken and all(verdicts[n] == "BROKEN" for n in broken), (line, done.stdout)
        assert line.split()[-1] in done.stdout, line  # the report names the wrong import
    assert [w for n, w in verdicts.items() if n.startswith(UNTOUCHED)] == ["KEPT"]
