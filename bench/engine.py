"""Engine figures: wall time of full diagnostics of the lab catalog with the default timeouts
(clean, every foreign address black-holed, whitelist mode), the measured throttled rate against
the configured one, how long the transfer-cut test takes to find a cut, and (issue 11) every
lab scenario with the call test and every new test: its time (<= 15 s), the slowest, and the
seconds and bytes the transfer tests added (<= 4 s, <= 3 MB); (issue 20) the bytes each run
moved, both ways, as its own document counts them (<= 3 MB a full run, <= 300 KB a light one)."""

from __future__ import annotations

import asyncio
import tempfile
import time
from pathlib import Path
from typing import Any

from core.catalog import load_catalog
from core.config import build_config
from core.engine.diagnostic import Diagnostic
from core.models import RunResult, StepKind
from lab.all_scenarios import SCENARIOS
from lab.lab import start_lab
from lab.scenarios import CALL_SECONDS, CUT_BYTES, THROTTLE_BYTES_PER_S
from lab.wirebytes import wire_bytes

SCENARIO_TARGET_S = 15.0
TRANSFER_TARGET_S = 4.0
TRANSFER_TARGET_BYTES = 3 * 1024 * 1024


def run_scenario(scenario: str, workdir: Path, **overrides: Any) -> tuple[float, RunResult]:
    lab = start_lab(scenario, workdir / scenario)
    try:
        assert lab.info is not None
        catalog = load_catalog(replace_with=lab.info.catalog)
        settings = {k: v for k, v in catalog.settings.items() if k != "timeouts"}
        config = build_config(settings, overrides)  # the real network's timeouts, not the lab's
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
        f"{ms:8.0f} ms  {sid:<16} {kind:<10} {target} ({outcome})"
        for ms, sid, kind, target, outcome in steps[:count]
    ]


def transfer_figures(result: RunResult) -> tuple[float, int, int]:
    """(seconds the transfers spanned, bytes they moved, bytes of every data test): the two-way
    transfers are "the transfers" of the budget; the cut and throttling tests are counted apart."""
    steps = [
        s
        for svc in result.services
        for f in svc.functions
        for s in f.steps
        if s.kind in (StepKind.TRANSFER, StepKind.THROUGHPUT)
    ]
    two_way = [s for s in steps if s.detail.get("purpose") == "two_way"]
    span = 0.0
    if two_way:
        start = min(s.started_ms for s in two_way)
        span = (max(s.started_ms + s.duration_ms for s in two_way) - start) / 1000

    def moved(chosen: list[Any]) -> int:
        return sum(
            int(s.detail.get("wire_sent", 0) or 0) + int(s.detail.get("wire_received", 0) or 0)
            for s in chosen
        )

    return span, moved(two_way), moved(steps)


def every_scenario(workdir: Path) -> None:
    """Each lab scenario, full diagnostic with the call test on: time, transfers, the slowest."""
    timings = []
    for scenario in sorted(SCENARIOS):
        if scenario == "ip_unreachable":
            continue  # needs a network namespace (lab/netns.py), not run by the bench
        seconds, result = run_scenario(scenario, workdir, call_duration=CALL_SECONDS)
        span, two_way, data = transfer_figures(result)
        timings.append((seconds, scenario))
        verdict = "OK" if seconds <= SCENARIO_TARGET_S else "OVER TARGET"
        budget = "OK" if span <= TRANSFER_TARGET_S and two_way <= TRANSFER_TARGET_BYTES else "OVER"
        print(
            f"scenario {scenario:<28} {seconds:5.1f} s (<= {SCENARIO_TARGET_S:.0f} s) {verdict}; "
            f"transfers {span:.1f} s, {two_way / 1024:.0f} KB two-way "
            f"(<= {TRANSFER_TARGET_S:.0f} s, <= 3 MB) {budget}; "
            f"all data tests {data / 1024 / 1024:.1f} MB; "
            # the budget is a clean line's (issue 20); a censored one may pull a second round
            f"{used(result, DATA_BUDGET_BYTES if scenario == 'clean' else None)}"
        )
    worst = max(timings)
    print(f"scenarios: slowest {worst[1]} {worst[0]:.1f} s over {len(timings)} scenarios")


def _function(result: RunResult, service: str, kind: str) -> Any:
    found = result.service(service)
    return found.function(kind) if found else None


RUN_BUDGET_S = 15.0  # issue 12: the full diagnostic of the larger catalog, every lab scenario
DATA_BUDGET_BYTES = 3 * 1024 * 1024  # issue 20: what a full run may move, both ways
LIGHT_BUDGET_BYTES = 300 * 1024  # issue 20: a light run (`svyaz diagnose --light`)


def used(result: RunResult, budget: int | None) -> str:
    """ "run used 2.18 MB (0.91 sent, 1.27 received; <= 3.00 MB) OK": the run's own count,
    against `budget` when there is one."""
    if result.bytes_sent is None or result.bytes_received is None:
        return "run used ? (not counted)"
    mb = 1024 * 1024
    total = result.bytes_sent + result.bytes_received
    figures = f"run used {total / mb:.2f} MB ({result.bytes_sent / mb:.2f} sent, "
    figures += f"{result.bytes_received / mb:.2f} received"
    if budget is None:
        return figures + ")"
    verdict = "OK" if total <= budget else "OVER BUDGET"
    return f"{figures}; <= {budget / mb:.2f} MB) {verdict}"


def catalog_footprint(scenarios: tuple[str, ...] = ("clean", "foreign_blackholed")) -> None:
    """How much a run of the shipped catalog costs: services, endpoints, seconds and bytes."""
    runs = [(s, False) for s in scenarios] + [(s, True) for s in scenarios]
    with tempfile.TemporaryDirectory() as tmp:
        for scenario, light in runs:
            with wire_bytes() as counts:
                seconds, result = run_scenario(scenario, Path(tmp), light=light)
            endpoints = sum(len(f.endpoints) for s in result.services for f in s.functions)
            budget = LIGHT_BUDGET_BYTES if light else DATA_BUDGET_BYTES
            # The sockets' own count of this thread, the lab's start included (a few bytes)
            off = counts["sent"] + counts["received"] - (result.bytes_used or 0)
            print(
                f"catalog: {scenario}{', light' if light else ''}: {len(result.services)} "
                f"services, {endpoints} endpoints probed; {seconds:.1f} s (budget <= "
                f"{RUN_BUDGET_S:.0f} s) {'OK' if seconds <= RUN_BUDGET_S else 'OVER BUDGET'}; "
                f"{used(result, budget)}; the sockets counted {off:+d} B more"
            )


def main() -> None:
    runs = [
        ("clean", 20.0, {}),
        ("foreign_blackholed", 25.0, {}),
        ("clean", 20.0, {"repeats": 5}),
        ("whitelist_by_address", 25.0, {"repeats": 5}),
        ("whitelist_by_name", 25.0, {"repeats": 5}),
    ]
    with tempfile.TemporaryDirectory() as tmp:
        every_scenario(Path(tmp))
        for scenario, target, overrides in runs:
            seconds, result = run_scenario(scenario, Path(tmp), **overrides)
            verdict = "OK" if seconds <= target else "OVER TARGET"
            label = scenario + (f", repeats={overrides['repeats']}" if overrides else "")
            print(
                f"engine: full diagnostic, {len(result.services)} services, {label}: "
                f"{seconds:.1f} s (target <= {target:.0f} s) {verdict}; "
                f"network: {result.network.code}"
            )
            for line in slowest(result, 3):
                print("    " + line)

        _, result = run_scenario("youtube_throttled", Path(tmp))
        video = _function(result, "youtube", "video")
        configured = THROTTLE_BYTES_PER_S * 8 / 1000
        measured = video.explanation.params.get("rate_kbps") if video else None
        print(
            f"throttling: configured {configured:.0f} kbit/s, measured {measured} kbit/s "
            f"(control {video.explanation.params.get('control_kbps') if video else '?'} "
            f"kbit/s); verdict {video.code if video else '?'}"
        )

        _, result = run_scenario("foreign_hosting_cut_16kb", Path(tmp))
        web = _function(result, "foreign-hosting", "web")
        transfers = [
            s
            for e in (web.endpoints if web else ())
            for s in e.steps
            if s.kind == StepKind.TRANSFER
        ]
        detect = max((s.duration_ms for s in transfers), default=0.0)
        print(
            f"transfer cut: configured {CUT_BYTES / 1024:.0f} KB, reported "
            f"{web.explanation.params.get('cut_kb') if web else '?'} KB; time to detect "
            f"(slowest try, default timeouts) {detect / 1000:.1f} s; verdict "
            f"{web.code if web else '?'}"
        )

    catalog_footprint()
