"""Call-test figures: measured vs the lab's configured truth for every call scenario, and the
CPU time a 10 s call test costs the engine's thread (target: under 5 % of one core)."""

from __future__ import annotations

import asyncio
import tempfile
import time
from pathlib import Path

from core.catalog import load_catalog
from core.config import build_config
from core.engine.callpath import call_test
from core.models import CallTestFinished
from lab.lab import Lab, start_lab

SCENARIOS = (
    "clean",
    "call_lossy_5pct",
    "call_lossy_15pct",
    "call_jitter_40ms",
    "call_high_latency_300ms",
    "udp_cut_after_25_packets",
    "calls_blocked_messages_ok",
)
SECONDS = 10.0
CPU_TARGET = 0.05


def run(scenario: str, workdir: Path, **overrides: object) -> tuple[Lab, CallTestFinished, float]:
    """(lab, result, CPU seconds of this thread, which runs the engine's loop)."""
    lab = start_lab(scenario, workdir / scenario)
    try:
        assert lab.info is not None
        catalog = load_catalog(replace_with=lab.info.catalog)
        config = build_config(catalog.settings, overrides)
        cpu = time.thread_time()
        result = asyncio.run(call_test(catalog, config, duration_s=SECONDS).run())
        return lab, result, time.thread_time() - cpu
    finally:
        lab.stop()


def _fmt(value: object, unit: str = "") -> str:
    if value is None:
        return "-"
    if isinstance(value, float):
        return f"{value:.1f}{unit}"
    return f"{value}{unit}"


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        for scenario in SCENARIOS:
            lab, result, cpu = run(scenario, Path(tmp))
            verdict = next(v for v in result.verdicts if v.service_id == "whatsapp")
            (address,) = lab.world.stun_hosts("whatsapp")
            impairment = lab.censor.udp.get(address)
            figures = next(iter(verdict.targets.values()), None)
            truth = impairment.expected(figures.sent if figures else None) if impairment else {}
            cut = impairment.cut_after if impairment else None
            print(f"calls: {scenario} ({SECONDS:g} s, 50 pps): verdict {verdict.code}")
            if figures is None:
                continue
            print(
                f"    loss {_fmt(figures.loss_pct, ' %')} (configured "
                f"{_fmt(truth.get('loss_pct', 0.0), ' %')}); RTT median "
                f"{_fmt(figures.rtt_median_ms, ' ms')} (configured "
                f"{_fmt(truth.get('rtt_median_ms', 0.0), ' ms')} + loopback); jitter "
                f"{_fmt(figures.jitter_ms, ' ms')} (configured "
                f"{_fmt(truth.get('jitter_ms', 0.0), ' ms')}); cut after "
                f"{_fmt(figures.cut_after)} (configured {_fmt(cut)}); MOS {_fmt(figures.mos)}"
            )
            if scenario == "clean":
                share = cpu / SECONDS
                mark = "OK" if share < CPU_TARGET else "OVER TARGET"
                print(
                    f"calls: CPU of a {SECONDS:g} s test (4 targets + 2 random-payload twins, "
                    f"engine thread): {cpu:.2f} s = {share * 100:.1f} % of one core "
                    f"(target < {CPU_TARGET * 100:.0f} %) {mark}"
                )


if __name__ == "__main__":
    main()
