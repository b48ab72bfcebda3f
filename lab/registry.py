"""Where lab scenarios register by name: each scenario module decorates its scenarios with
`scenario`; lab/all_scenarios.py imports every such module, so the table is whole there and
no scenario module needs to import another one to be listed (no import circles)."""

from __future__ import annotations

from collections.abc import Callable

from lab.censor import Censor
from lab.world import World

Scenario = Callable[[World], Censor]
REGISTERED: dict[str, Scenario] = {}


def scenario(fn: Scenario) -> Scenario:
    """Register `fn` under its own name (a scenario is named after what it imitates)."""
    if fn.__name__ in REGISTERED:
        raise ValueError(f"two lab scenarios named {fn.__name__}")
    REGISTERED[fn.__name__] = fn
    return fn
