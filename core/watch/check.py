"""The check a face hands the watch loop when it runs the real engine: one diagnostic of the
catalog, light or full (`ProbeConfig.light`), on the caller's event loop.

The CLI uses it as is; the GUI can too, on its engine thread (passing `environment` to add what
only it knows, the medium from QNetworkInformation). Tests hand the loop lab runs instead."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Mapping
from typing import Any

from core.config import ProbeConfig
from core.engine.diagnostic import Diagnostic
from core.environment import gather
from core.models import Catalog, RunResult
from core.watch.events import CheckKind
from core.watch.loop import RunCheck


def engine_check(
    catalog: Catalog,
    config: ProbeConfig,
    services: tuple[str, ...] = (),
    environment: Callable[[], Mapping[str, Any]] = gather,
) -> RunCheck:
    """A `RunCheck` running the engine: `kind` "light" sets `ProbeConfig.light`, "full" clears
    it; the environment (VPN, proxy, addresses) is read afresh before each check. Raises
    ValueError at once for a service id the catalog does not have."""
    Diagnostic(catalog, config, {}, services=services)  # refuses unknown ids now, not later

    async def run_check(kind: CheckKind) -> RunResult:
        run_config = dataclasses.replace(config, light=kind == "light")
        return await Diagnostic(catalog, run_config, environment(), services=services).run()

    return run_check
