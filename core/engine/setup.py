"""What a diagnostic is set up with: the settings a run document records, and the call test
that rides along (core/engine/diagnostic.py)."""

from __future__ import annotations

from typing import Any

from core.calls.calltest import CallTest
from core.config import ProbeConfig
from core.engine.callpath import call_test
from core.models import Catalog, FunctionKind, Protocol


def settings_summary(
    config: ProbeConfig, services: tuple[str, ...], ipv6: bool = False
) -> dict[str, Any]:
    """What the run document records of the config: the whole time budget, never the proxy's
    address; `services` are the ids the run was asked for (empty: all); `ipv6`, whether the
    run tried IPv6 (the setting, or with none the machine's own addresses)."""
    budget = config.budget.to_dict()
    call_duration = budget.pop("call_duration")
    return {
        "system_resolver": config.system_resolver or "",
        "public_dns": list(config.public_dns),
        "doh": list(config.doh),
        "proxy": bool(config.proxy),
        "timeouts": budget,
        "repeats": config.repeats,
        "services": list(services),
        "call_duration": call_duration,
        "light": config.light,
        "ipv6": ipv6,
    }


def make_calltest(catalog: Catalog, config: ProbeConfig) -> CallTest | None:
    """A call test of every selected service whose `calls` function has STUN endpoints (none
    in a light run)."""
    duration = config.budget.call_duration
    if not duration or config.light:
        return None
    ids = tuple(
        s.id
        for s in catalog.services
        if (f := s.function(FunctionKind.CALLS)) is not None
        and any(ep.protocol == Protocol.STUN for ep in f.endpoints)
    )
    if not ids:
        return None
    return call_test(catalog, config, ids, duration)
