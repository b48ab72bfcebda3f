"""History figures: a database of 10,000 runs of the built-in catalog (a lab run, varied in time
and verdicts): its size (target <= 150 MB per 10,000 runs), the time to open it and list every
run (the history view opening, target <= 100 ms) and one service's timeline over all of them
(target <= 250 ms). `python -m bench.history RUNS SERVICES` measures another count of runs or
services (SERVICES 0, the default: the whole built-in catalog)."""

from __future__ import annotations

import dataclasses
import random
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from functools import partial
from pathlib import Path
from typing import TypeVar

from core.history import History
from core.models import RunResult
from lab.runs import lab_run, variant

T = TypeVar("T")

RUNS = 10_000
SERVICES = 0  # the whole built-in catalog (45 services in 2026)
LIST_TARGET_MS = 100.0
TIMELINE_TARGET_MS = 250.0
SIZE_TARGET_MB = 150.0


def template(services: int = SERVICES) -> RunResult:
    """A real lab run (throttled YouTube: rates to store) cut to its first `services` services
    (0: every service of the built-in catalog the lab copies)."""
    run = lab_run("youtube_throttled")
    return dataclasses.replace(run, services=run.services[: services or None])


def fill(path: Path, base: RunResult, count: int) -> float:
    """Seconds to save `count` runs, ~25 a day, evenings worse for YouTube and Telegram."""
    rng = random.Random(1)
    start = datetime(2025, 11, 1, tzinfo=UTC)
    history = History.open(path)
    history._db.execute("PRAGMA synchronous = OFF")  # filling only: the app keeps FULL
    began = time.perf_counter()
    for i in range(count):
        moment = start + timedelta(minutes=i * 58 + rng.randint(0, 20))
        evening = 17 <= moment.hour <= 23
        verdicts = {}
        if evening or rng.random() < 0.2:
            verdicts[("youtube", "video")] = "throttled"
        else:
            verdicts[("youtube", "video")] = "ok"
        if evening and rng.random() < 0.5:
            verdicts[("telegram", "messages")] = "tcp_reset"
        history.save(
            variant(base, f"bench-{i:05d}", moment.isoformat(timespec="seconds"), verdicts=verdicts)
        )
    seconds = time.perf_counter() - began
    history.close()
    return seconds


def timed(fn: Callable[[], T]) -> tuple[float, T]:
    began = time.perf_counter()
    result = fn()
    return (time.perf_counter() - began) * 1000, result


def verdict(value: float, target: float) -> str:
    return "OK" if value <= target else "OVER TARGET"


def main(count: int = RUNS, services: int = SERVICES) -> None:
    base = template(services)
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "history.sqlite3"
        fill_s = fill(path, base, count)
        size_mb = sum(p.stat().st_size for p in Path(tmp).iterdir()) / 1e6
        per_10k = size_mb * 10_000 / count
        print(
            f"history: filled {count} runs x {len(base.services)} services in {fill_s:.0f} s "
            f"({fill_s / count * 1000:.1f} ms per save), files {size_mb:.0f} MB"
        )
        print(
            f"history: size per 10,000 runs: {per_10k:.0f} MB (target <= {SIZE_TARGET_MB:.0f} MB)"
            f" {verdict(per_10k, SIZE_TARGET_MB)}"
        )

        def open_and_list() -> int:
            history = History.open(path)
            runs = history.list_runs()
            history.close()
            return len(runs)

        ms, listed = timed(open_and_list)
        print(
            f"history: open + list {listed} runs: {ms:.0f} ms "
            f"(target <= {LIST_TARGET_MS:.0f} ms) {verdict(ms, LIST_TARGET_MS)}"
        )
        history = History.open(path)
        for service in ("youtube", "telegram"):
            ms, points = timed(partial(history.timeline, service))
            print(
                f"history: timeline of {service} over {len(points)} runs: {ms:.0f} ms "
                f"(target <= {TIMELINE_TARGET_MS:.0f} ms) {verdict(ms, TIMELINE_TARGET_MS)}"
            )
        ms, _ = timed(lambda: history.list_runs(service_id="youtube", limit=50))
        print(f"history: 50 newest runs of one service: {ms:.0f} ms")
        middle = f"bench-{count // 2:05d}"
        ms, _ = timed(lambda: history.load(middle))
        print(f"history: load one run: {ms:.0f} ms")
        ms, _ = timed(lambda: history.compare(middle, f"bench-{count // 2 + 1:05d}"))
        print(f"history: compare two runs: {ms:.0f} ms")
        ms, _ = timed(lambda: history.save(dataclasses.replace(base, run_id="one-more")))
        print(f"history: save one run (synchronous=FULL): {ms:.0f} ms")
        ms, _ = timed(lambda: history.delete("bench-00001"))
        print(f"history: delete one run: {ms:.0f} ms")
        history.close()


if __name__ == "__main__":
    main(*(int(a) for a in sys.argv[1:3]))
