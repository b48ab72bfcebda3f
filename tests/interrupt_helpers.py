"""Ctrl-C during a command-line diagnostic, shared by the POSIX and the Windows-loop tests."""

from __future__ import annotations

import signal
import subprocess
import time
from pathlib import Path

from core.history import History

ROOT = Path(__file__).resolve().parents[1]


def assert_ctrl_c_saves_a_cancelled_run(command: list[str], env: dict[str, str]) -> None:
    """Start `command`, press Ctrl-C once the first service finished, and check the run ends
    with exit 130, is saved to history as not completed, and says it stopped early."""
    process = subprocess.Popen(
        command,
        cwd=ROOT,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        encoding="utf-8",
    )
    assert process.stderr is not None
    progress = process.stderr.readline()  # the first service finished: the run is under way
    assert progress.startswith("["), progress
    time.sleep(0.2)
    process.send_signal(signal.SIGINT)
    out, err = process.communicate(timeout=60)
    assert process.returncode == 130, err
    assert "Saved to history" in err
    with History.open(Path(env["SVYAZ_DATA_DIR"]) / "history.sqlite3") as history:
        [summary] = history.list_runs()
    assert summary.completed is False
    assert "stopped before the end" in out
