"""Hostile servers, through the CLI (issue 25): a dripping upload and a STUN echo storm keep
`svyaz diagnose`'s peak memory under 200 MB. The figure is the child's own high-water mark
(tests/peak_memory.py), so other tests running beside it do not move it."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

from lab.censor import Censor
from lab.lab import Lab
from lab.scenarios import CALL_SECONDS
from lab.stun import Impairment
from lab.world import build_world
from tests.peak_memory import environment, run_capped_cli

PEAK_RSS_LIMIT_MB = 200.0


def _hostile_lab(tmp_path: Path, mode: str) -> Lab:
    world = build_world()
    if mode == "drip_upload":
        censor = Censor(drip_upload=world.names("telegram") | world.hosts("telegram"))
    else:
        (address,) = world.stun_hosts("whatsapp")
        # a diagnose runs the call test in the lab only when the lab asks for one
        censor = Censor(udp={address: Impairment(copies=50)}, call_duration=CALL_SECONDS)
    return Lab(world, censor, tmp_path / "lab")


@pytest.mark.skipif(sys.platform != "linux", reason="VmHWM is Linux's")
@pytest.mark.parametrize(
    ("mode", "service"), [("drip_upload", "telegram"), ("stun_echo_storm", "whatsapp")]
)
def test_the_engines_hostile_servers_keep_peak_rss_under_200_mb(
    tmp_path: Path, mode: str, service: str
) -> None:
    lab = _hostile_lab(tmp_path, mode)
    lab.start()
    try:
        assert lab.info is not None
        env = environment(SVYAZ_HOME=str(tmp_path / "home"))
        out = tmp_path / "run.json"
        args = ["diagnose", *lab.info.flags(), "--no-history", "--quiet", "--json", str(out)]
        code, output, peak_mb = run_capped_cli(
            [*args, "--services", service], 2 * 1024**3, env, merge_output=True
        )
        duplicated = sum(r.stats.duplicated for r in lab.stun.relays.values())
    finally:
        lab.stop()
    assert code in (0, 1), output
    # the hostile server did its worst: the drip held the upload, the storm echoed
    if mode == "drip_upload":
        document = json.loads(out.read_text(encoding="utf-8"))
        telegram = next(s for s in document["services"] if s["id"] == "telegram")
        media = next(f for f in telegram["functions"] if f["kind"] == "media")
        assert media["code"] == "throttled", media["code"]
    else:
        assert duplicated > 0
    assert "Traceback" not in output
    print(f"{mode}: peak RSS {peak_mb:.0f} MB")
    assert peak_mb <= PEAK_RSS_LIMIT_MB, f"{mode}: peak RSS {peak_mb:.0f} MB"
