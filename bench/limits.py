"""The largest catalog Svyaz accepts, run against the lab: wall time and peak memory.

A 100,000-service catalog once ran 157 s and peaked at 1.66 GB. Now the catalog is capped
(core/catalog.py: MAX_SERVICES, MAX_ENDPOINTS); this bench fills the cap with copies of the lab's
services and measures a full diagnostic in a child process, so its peak RSS is the run's own.
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
import tempfile
from pathlib import Path

from core.catalog import MAX_ENDPOINTS, MAX_SERVICES
from lab.lab import start_lab

ENDPOINT = "[[service.function.endpoint]]"
_RUN = """
import asyncio, json, resource, sys, time
from pathlib import Path
from core.catalog import load_catalog
from core.config import build_config
from core.engine.diagnostic import Diagnostic
catalog = load_catalog(replace_with=Path(sys.argv[1]))
config = build_config(catalog.settings, {"call_duration": 0})
started = time.monotonic()
result = asyncio.run(Diagnostic(catalog, config, {}).run())
print(json.dumps({
    "seconds": time.monotonic() - started,
    "services": len(result.services),
    "endpoints": sum(len(f.endpoints) for s in result.services for f in s.functions),
    "completed": result.completed,
    "peak_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
}))
"""


def largest_catalog(lab_catalog: str) -> str:
    """The lab catalog, its non-control services copied under new ids up to the limits."""
    head, *blocks = lab_catalog.split("\n[[service]]\n")
    copies = [b for b in blocks if "control = true" not in b]
    services, endpoints = list(blocks), sum(b.count(ENDPOINT) for b in blocks)
    n = 0
    while copies:
        block = copies[n % len(copies)]
        if len(services) >= MAX_SERVICES or endpoints + block.count(ENDPOINT) > MAX_ENDPOINTS:
            break
        n += 1
        services.append(re.sub(r'^id = "([^"]+)"', rf'id = "\1-copy{n}"', block, flags=re.M))
        endpoints += block.count(ENDPOINT)
    return head + "".join("\n[[service]]\n" + b for b in services)


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        lab = start_lab("clean", Path(tmp) / "lab")
        try:
            assert lab.info is not None
            big = Path(tmp) / "largest.toml"
            big.write_text(largest_catalog(lab.info.catalog.read_text(encoding="utf-8")))
            done = subprocess.run(
                [sys.executable, "-c", _RUN, str(big)],
                capture_output=True,
                text=True,
                timeout=600,
                check=True,
            )
            figures = json.loads(done.stdout.strip().splitlines()[-1])
        finally:
            lab.stop()
    print(
        f"limits: largest allowed catalog ({figures['services']} services, "
        f"{figures['endpoints']} endpoints; caps {MAX_SERVICES}/{MAX_ENDPOINTS}) against the "
        f"clean lab: {figures['seconds']:.1f} s, peak memory {figures['peak_mb']:.0f} MB, "
        f"completed={figures['completed']}"
    )


if __name__ == "__main__":
    main()
