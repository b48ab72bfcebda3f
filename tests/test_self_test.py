"""The self-test the packaged app runs in CI, run here from source against a lab."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

pytestmark = pytest.mark.gui


def test_self_test_passes_against_the_lab(
    shared_lab: Any, guarded_env: dict[str, str], tmp_path: Path
) -> None:
    lab = shared_lab("sni_reset")
    report = tmp_path / "report.json"
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "gui",
            "--self-test",
            "--catalog",
            str(lab.info.catalog),
            "--report",
            str(report),
        ],
        env={**guarded_env, "QT_QPA_PLATFORM": "offscreen"},
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    assert "self-test passed" in done.stdout
    assert json.loads(report.read_text(encoding="utf-8"))["schema_version"]


def test_self_test_fails_loudly_on_a_broken_catalog(
    guarded_env: dict[str, str], tmp_path: Path
) -> None:
    broken = tmp_path / "broken.toml"
    broken.write_text("this is [not toml", encoding="utf-8")
    done = subprocess.run(
        [sys.executable, "-m", "gui", "--self-test", "--catalog", str(broken)],
        env={**guarded_env, "QT_QPA_PLATFORM": "offscreen"},
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 1
    assert "FAIL catalog" in done.stdout
    assert "diagnostic" not in done.stdout  # it stopped: it never fell back to the real catalog
