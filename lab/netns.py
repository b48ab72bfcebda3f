"""Scenarios that need the kernel's routing table: run inside a private network namespace.

`unshare -rn` gives this process its own network stack (only `lo`), where we may add routes;
`ip route add unreachable ADDR table local` then makes connects to ADDR fail with
EHOSTUNREACH, exactly as an ICMP "host unreachable" from a router would.

    unshare -rn python -m lab.netns ip_unreachable
"""

from __future__ import annotations

import json
import subprocess
import sys
import tempfile
from pathlib import Path

from lab.all_scenarios import SCENARIOS
from lab.lab import Lab
from lab.world import build_world

UNREACHABLE_SERVICE = "viber"


def ip_unreachable() -> dict[str, str]:
    subprocess.run(["ip", "link", "set", "lo", "up"], check=True)
    world = build_world()
    import asyncio

    from core.catalog import load_catalog
    from core.config import build_config
    from core.engine.diagnostic import Diagnostic

    with tempfile.TemporaryDirectory() as tmp:
        lab = Lab(world, SCENARIOS["clean"](world), Path(tmp))
        info = lab.start()
        # After the lab has bound its sockets: the route makes the service's addresses
        # unreachable for new connections.
        for address in sorted(world.hosts(UNREACHABLE_SERVICE)):
            subprocess.run(
                ["ip", "route", "add", "unreachable", f"{address}/32", "table", "local"], check=True
            )
        try:
            catalog = load_catalog(replace_with=info.catalog)
            config = build_config(catalog.settings)
            run = asyncio.run(Diagnostic(catalog, config).run())
        finally:
            lab.stop()
    return {f"{s.service_id}/{f.kind.value}": f.code for s in run.services for f in s.functions}


if __name__ == "__main__":
    if sys.argv[1:] != ["ip_unreachable"]:
        sys.exit("usage: python -m lab.netns ip_unreachable")
    print(json.dumps(ip_unreachable()))
