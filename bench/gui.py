"""GUI figures: the longest stall of the GUI event loop while a full lab diagnostic streams its
events into the window (target: never over 50 ms), measured by a 10 ms timer's lateness from
the click on Start until the finished run is shown and painted (300 ms after the job's end),
and how many tiles the run moved between groups (only those whose group changed).

Beside each stall: the most CPU time the GUI thread itself used between two ticks. On a shared
machine the stall also holds time the process waited for a core; the GUI thread's own CPU is
what a quiet machine would show of it (plus waits for the GIL, which the engine thread holds
in turns).

The lab runs in its own process here, as the real network would be: in-process lab servers
would compete with the window for the GIL and charge their own work to the GUI.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from types import SimpleNamespace

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QEventLoop, QTimer
from PySide6.QtWidgets import QApplication

from lab.gui import StallMeter, lab_window

TARGET_MS = 50.0
ROOT = Path(__file__).resolve().parent.parent


SETTLE_MS = 300  # after the job's end: the regrouped grid's layout and paint are counted too


class BusyMeter(StallMeter):
    """The stall meter, also keeping the most GUI-thread CPU time used between two ticks."""

    def start(self) -> None:
        self.busy_ms = 0.0
        self._cpu = time.thread_time()
        super().start()

    def _tick(self) -> None:
        cpu = time.thread_time()
        self.busy_ms = max(self.busy_ms, (cpu - self._cpu) * 1000)
        self._cpu = cpu
        super()._tick()


def stall_during_run(
    app: QApplication, scenario: str, workdir: Path
) -> tuple[float, float, float, int, int]:
    workdir.mkdir(parents=True)
    server = subprocess.Popen(
        [sys.executable, "-m", "lab", "serve", "--scenario", scenario, "--workdir", workdir],
        cwd=ROOT,
        stdout=subprocess.DEVNULL,
    )
    catalog = workdir / "lab-catalog.toml"
    try:
        deadline = time.monotonic() + 30
        while not catalog.exists() and time.monotonic() < deadline:
            time.sleep(0.05)
        time.sleep(0.2)  # the file is written once the servers listen
        window = lab_window(SimpleNamespace(info=SimpleNamespace(catalog=catalog)))
        window.show()
        for _ in range(20):
            app.processEvents()
        loop = QEventLoop()  # block like app.exec() does: a busy polling loop would skew it
        window.bridge.jobFinished.connect(loop.quit)
        QTimer.singleShot(90_000, loop.quit)
        meter = BusyMeter()
        meter.start()
        started = time.monotonic()
        moves = window.grid.moves
        window.start_run()
        loop.exec()
        seconds = time.monotonic() - started
        settle = QEventLoop()
        QTimer.singleShot(SETTLE_MS, settle.quit)
        settle.exec()
        meter.stop()
        moved = window.grid.moves - moves
        window.close()
        return meter.longest_ms, meter.busy_ms, seconds, meter.ticks, moved
    finally:
        server.terminate()
        server.wait(10)


def main() -> None:
    os.environ["SVYAZ_HOME"] = tempfile.mkdtemp(prefix="svyaz-bench-home-")
    app = QApplication.instance() or QApplication([])
    assert isinstance(app, QApplication)
    with tempfile.TemporaryDirectory() as tmp:
        for scenario in ("clean", "foreign_hosting_cut_16kb", "sni_reset"):
            longest, busy, seconds, ticks, moved = stall_during_run(
                app, scenario, Path(tmp) / scenario
            )
            verdict = "OK" if longest <= TARGET_MS else "OVER TARGET"
            print(
                f"gui: longest event-loop stall during a {scenario} run ({seconds:.1f} s, "
                f"{ticks} ticks, {moved} tiles regrouped): {longest:.1f} ms "
                f"(GUI thread busy at most {busy:.1f} ms; target <= {TARGET_MS:.0f} ms) {verdict}"
            )
