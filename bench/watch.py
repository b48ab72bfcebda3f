"""Watch mode's cost (issue 23): a light check's bytes and seconds on the clean lab (targets
<= 300 KB, <= 5 s), the watching process's resident memory (<= 150 MB) and its CPU averaged
over an hour of a 30-minute interval (<= 1 % of one core).

The watcher runs in a child process of its own (the lab's servers are this process's CPU, not
the watcher's): the real loop, the real clock, the real engine, the lab's catalog. It measures
the first check's CPU time, then its own CPU while it waits for the next check (a real window
of IDLE_WINDOW_S; the loop sleeps through the interval in one timer, no polling), and the hour
is extrapolated: two light checks, sixty looks at the interfaces (`svyaz watch` has no signal
of a network change) and the idle rest.
"""

from __future__ import annotations

import json
import subprocess
import sys
import tempfile
from pathlib import Path

from core.watch.network import POLL_EVERY_S
from lab.lab import start_lab

IDLE_WINDOW_S = 10.0
INTERVAL_S = 30 * 60.0
TARGETS = {"cpu_pct": 1.0, "rss_mb": 150.0, "light_kb": 300.0, "light_s": 5.0}

_CHILD = """
import asyncio, json, resource, sys, time
from pathlib import Path
from core.catalog import load_catalog
from core.config import build_config
from core.engine.diagnostic import Diagnostic
from core.history import History
from core.models import RunFinished
from core.watch import CheckFinished, CheckStarted, HeadlessNetworkSource, SystemClock
from core.watch import Watcher, WatchSettings

catalog_path, history_path = Path(sys.argv[1]), sys.argv[2]
window, interval = float(sys.argv[3]), float(sys.argv[4])
catalog = load_catalog(replace_with=catalog_path)
settings = {k: v for k, v in catalog.settings.items() if k != "timeouts"}
config = build_config(settings, {"light": True})  # the real network's timeouts
figures = {}

async def run_check(kind):
    result = None
    async for event in Diagnostic(catalog, config, {}).events():
        if isinstance(event, RunFinished):
            result = event.result
    return result

async def main():
    done = asyncio.Event()
    def on_event(event):
        if isinstance(event, CheckStarted):
            figures["cpu0"], figures["wall0"] = time.process_time(), time.monotonic()
        elif isinstance(event, CheckFinished):
            figures["check_cpu_s"] = time.process_time() - figures.pop("cpu0")
            figures["check_s"] = time.monotonic() - figures.pop("wall0")
            figures["bytes"] = event.bytes_used
            figures["completed"] = event.run.completed
            done.set()
    with History.open(history_path) as history:
        watcher = Watcher(
            WatchSettings(interval_s=interval, jitter=0.0, full_every_s=None),
            SystemClock(), HeadlessNetworkSource(), run_check, history, on_event,
        )
        task = asyncio.create_task(watcher.run())
        await done.wait()
        await asyncio.sleep(0.5)  # the check's own tail (history write, events)
        cpu, wall = time.process_time(), time.monotonic()
        await asyncio.sleep(window)
        figures["idle_cpu_s"] = time.process_time() - cpu
        figures["idle_s"] = time.monotonic() - wall
        watcher.stop()
        await task
    source, cpu = HeadlessNetworkSource(), time.process_time()
    for _ in range(20):
        source.fingerprint()  # svyaz watch looks at the interfaces once a minute
    figures["poll_cpu_s"] = (time.process_time() - cpu) / 20
    figures["rss_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(json.dumps(figures))

asyncio.run(main())
"""


def measure(catalog: Path, workdir: Path) -> dict[str, float]:
    done = subprocess.run(
        [
            sys.executable,
            "-c",
            _CHILD,
            str(catalog),
            str(workdir / "h.sqlite3"),
            str(IDLE_WINDOW_S),
            str(INTERVAL_S),
        ],
        capture_output=True,
        text=True,
        timeout=300,
        check=True,
    )
    return dict(json.loads(done.stdout.strip().splitlines()[-1]))


def hourly_cpu_pct(figures: dict[str, float], interval_s: float = INTERVAL_S) -> float:
    """Percent of one core over an hour: the checks an hour brings plus the idle rest."""
    checks = 3600.0 / interval_s
    idle_rate = figures["idle_cpu_s"] / figures["idle_s"]
    busy_s = checks * figures["check_s"]
    cpu_s = checks * figures["check_cpu_s"] + idle_rate * max(0.0, 3600.0 - busy_s)
    cpu_s += 3600.0 / POLL_EVERY_S * figures.get("poll_cpu_s", 0.0)
    return 100.0 * cpu_s / 3600.0


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        lab = start_lab("clean", Path(tmp) / "lab")
        try:
            assert lab.info is not None
            figures = measure(lab.info.catalog, Path(tmp))
        finally:
            lab.stop()
    cpu = hourly_cpu_pct(figures)
    idle = 100.0 * figures["idle_cpu_s"] / figures["idle_s"]
    kb = figures["bytes"] / 1000
    ok = (
        cpu <= TARGETS["cpu_pct"]
        and figures["rss_mb"] <= TARGETS["rss_mb"]
        and kb <= TARGETS["light_kb"]
        and figures["check_s"] <= TARGETS["light_s"]
    )
    print(
        f"watch: light check on the clean lab {kb:.0f} KB in {figures['check_s']:.1f} s "
        f"(CPU {figures['check_cpu_s']:.2f} s; targets <= 300 KB, <= 5 s); idle between checks "
        f"{idle:.3f} % of a core over {figures['idle_s']:.0f} s; averaged over an hour at a "
        f"{INTERVAL_S / 60:.0f}-minute interval {cpu:.3f} % of a core (target <= 1 %); RSS "
        f"{figures['rss_mb']:.0f} MB (target <= 150 MB) — {'within' if ok else 'OVER'} targets"
    )


if __name__ == "__main__":
    main()
