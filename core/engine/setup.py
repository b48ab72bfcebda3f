"""What a diagnostic is set up with: the settings a run document records, and the call test
that rides along (core/engine/diagnostic.py)."""

from __future__ import annotations

from typing import Any

from core.calls.calltest import CallTest
from core.config import ProbeConfig
from core.engine.callpath import call_test
from core.models import Catalog, FunctionKind, Protocol


def settings_summary(config: ProbeConfig) -> dict[str, Any]:
    t = config.timeouts
    return {
        "system_resolver": config.system_resolver or "",
        "public_dns": list(config.public_dns),
        "doh": list(config.doh),
        "proxy": bool(config.proxy),
        "timeouts": {
            "dns": t.dns,
            "connect": t.connect,
            "tls": t.tls,
            "http": t.http,
            "overall": t.overall,
        },
        "repeats": config.repeats,
        "services": list(config.services),
        "call_duration": config.call_duration,
    }


def make_calltest(catalog: Catalog, config: ProbeConfig) -> CallTest | None:
    """A call test of every selected service whose `calls` function has STUN endpoints."""
    if not config.call_duration:
        return None
    ids = tuple(
        s.id
        for s in catalog.services
        if (f := s.function(FunctionKind.CALLS)) is not None
        and any(ep.protocol == Protocol.STUN for ep in f.endpoints)
    )
    if not ids:
        return None
    return call_test(catalog, config, ids, config.call_duration)
