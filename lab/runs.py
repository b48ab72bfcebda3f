"""Runs for history and report tests: real lab runs, recorded once per session, and variants of
them (another time, another verdict) built with dataclasses.replace."""

from __future__ import annotations

import asyncio
import dataclasses
import tempfile
from pathlib import Path
from typing import Any

from core.models import FunctionResult, RunResult, ServiceResult, Status
from core.rules.verdict import status_of

_CACHE: dict[str, RunResult] = {}


def lab_run(scenario: str) -> RunResult:
    """A full diagnostic of the lab catalog under `scenario` (run once, then cached)."""
    if scenario not in _CACHE:
        from core.catalog import load_catalog
        from core.config import build_config
        from core.engine.diagnostic import Diagnostic
        from lab.lab import start_lab

        with tempfile.TemporaryDirectory() as tmp:
            lab = start_lab(scenario, Path(tmp) / "lab")
            try:
                assert lab.info is not None
                catalog = load_catalog(replace_with=lab.info.catalog)
                config = build_config(catalog.settings)
                _CACHE[scenario] = asyncio.run(Diagnostic(catalog, config).run())
            finally:
                lab.stop()
    return _CACHE[scenario]


def variant(
    run: RunResult,
    run_id: str,
    started_at: str,
    *,
    completed: bool = True,
    verdicts: dict[tuple[str, str], str] | None = None,
    drop: tuple[str, ...] = (),
    **fields: Any,
) -> RunResult:
    """`run` at another time, with some functions given another verdict code."""
    verdicts = verdicts or {}
    services = []
    for service in run.services:
        if service.service_id in drop:
            continue
        functions = tuple(
            dataclasses.replace(f, code=code, status=status_of(code))
            if (code := verdicts.get((service.service_id, f.kind.value)))
            else f
            for f in service.functions
        )
        services.append(
            ServiceResult(service.service_id, service.name, _worst(functions), functions)
        )
    return dataclasses.replace(
        run,
        run_id=run_id,
        started_at=started_at,
        finished_at=started_at,
        completed=completed,
        services=tuple(services),
        **fields,
    )


def _worst(functions: tuple[FunctionResult, ...]) -> Status:
    order = [Status.BLOCKED, Status.DEGRADED, Status.UNKNOWN, Status.WORKS]
    found = {f.status for f in functions}
    return next((s for s in order if s in found), Status.WORKS)
