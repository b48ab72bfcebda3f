"""Wall time of a full diagnostic of the lab catalog, with the default timeouts."""

from __future__ import annotations

import asyncio
import tempfile
import time
from pathlib import Path

from core.catalog import load_catalog
from core.config import ProbeConfig, Timeouts, apply_settings
from core.diagnose import Diagnostic
from core.models import RunResult
from tests.lab.lab import start_lab


def run_scenario(scenario: str, workdir: Path) -> tuple[float, RunResult]:
    lab = start_lab(scenario, workdir / scenario)
    try:
        assert lab.info is not None
        catalog = load_catalog(replace_with=lab.info.catalog)
        settings = {k: v for k, v in catalog.settings.items() if k != "timeouts"}
        config = apply_settings(ProbeConfig(timeouts=Timeouts()), settings)
        started = time.monotonic()
        result = asyncio.run(Diagnostic(catalog, config).run())
        return time.monotonic() - started, result
    finally:
        lab.stop()


def slowest(result: RunResult, count: int = 5) -> list[str]:
    steps = [
        (s.duration_ms, svc.service_id, s.kind.value, s.target, s.outcome)
        for svc in result.services
        for f in svc.functions
        for s in f.steps
    ]
    steps.sort(reverse=True)
    return [
        f"{ms:8.0f} ms  {sid:<16} {kind:<5} {target} ({outcome})"
        for ms, sid, kind, target, outcome in steps[:count]
    ]


def main() -> None:
    targets = {"clean": 20.0, "foreign_blackholed": 25.0}
    with tempfile.TemporaryDirectory() as tmp:
        for scenario, target in targets.items():
            seconds, result = run_scenario(scenario, Path(tmp))
            verdict = "OK" if seconds <= target else "OVER TARGET"
            print(
                f"engine: full diagnostic, {len(result.services)} services, {scenario}: "
                f"{seconds:.1f} s (target <= {target:.0f} s) {verdict}"
            )
            for line in slowest(result):
                print("    " + line)
