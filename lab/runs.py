"""Labs and runs shared within a test session (or a bench), so a suite does not start the same
lab or diagnose the same (scenario, settings) over and over; and variants of runs (another time,
another verdict) built with dataclasses.replace.

Each process (each xdist worker) keeps one started lab per scenario (`shared_lab`), for
callers that leave it unchanged. A finished run per (scenario, settings) (`lab_run`) is kept in
memory, and, when SVYAZ_RUN_STORE names a folder (tests/conftest.py sets one per session), is
shared by the session's workers through it: the first to ask runs it, the others wait for it
and read it. A RunResult is frozen, so sharing one is safe; a lab is not: a test that changes
its censor, counts its sockets or streams, or needs a first run against a lab whose censor
keeps counts (every-n-th cuts, seeded per-flow drops) takes a fresh one (tests' `make_lab`).
"""

from __future__ import annotations

import asyncio
import atexit
import contextlib
import dataclasses
import hashlib
import os
import pickle
import shutil
import tempfile
from collections.abc import Hashable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

from core.models import FunctionResult, RunResult, ServiceResult, Status
from core.rules.verdict import status_of

if TYPE_CHECKING:
    from lab.lab import Lab

_LABS: dict[str, Lab] = {}
_RUNS: dict[tuple[str, Hashable], RunResult] = {}
_WORKDIRS: list[Path] = []


def diagnose(lab: Lab, **overrides: Any) -> RunResult:
    """Run the engine against a lab, the way the CLI does (catalog settings, then overrides);
    `services=` is the run's request, not a setting."""
    from core.catalog import load_catalog
    from core.config import build_config
    from core.engine.diagnostic import Diagnostic

    assert lab.info is not None
    catalog = load_catalog(replace_with=lab.info.catalog)
    services = tuple(overrides.pop("services", ()))
    config = build_config(catalog.settings, overrides)
    return asyncio.run(Diagnostic(catalog, config, services=services).run())


def impaired_call_test(workdir: Path, service: str, impairment: Any) -> tuple[Any, Any]:
    """The call test of `service` (two seconds) against a fresh lab whose censor impairs that
    service's STUN address with `impairment` (lab.stun.Impairment): the finished call test and
    the relay's own counts, to hold the measured figures against."""
    from core.catalog import load_catalog
    from core.config import build_config
    from core.engine.callpath import call_test
    from lab.censor import Censor
    from lab.lab import Lab
    from lab.world import build_world

    world = build_world()
    (address,) = world.stun_hosts(service)
    lab = Lab(world, Censor(udp={address: impairment}), workdir / "lab")
    lab.start()
    try:
        assert lab.info is not None
        catalog = load_catalog(replace_with=lab.info.catalog)
        config = build_config(catalog.settings)
        result = asyncio.run(call_test(catalog, config, (service,), 2.0).run())
        return result, lab.stun.relays[address].stats
    finally:
        lab.stop()


def lab_run(scenario: str, **overrides: Any) -> RunResult:
    """A full diagnostic of the lab catalog under `scenario` with these settings: run once per
    process against a lab of its own (so no earlier run's counts touch it), then reused."""
    key = (scenario, _frozen(overrides))
    if key not in _RUNS:
        with _stored(key) as stored:
            if stored.exists():
                _RUNS[key] = pickle.loads(stored.read_bytes())  # our own file, this session
            else:
                _RUNS[key] = _fresh_run(scenario, overrides)
                if stored.parent.is_dir():
                    stored.write_bytes(pickle.dumps(_RUNS[key]))
    return _RUNS[key]


def _fresh_run(scenario: str, overrides: dict[str, Any]) -> RunResult:
    from lab.lab import start_lab

    with tempfile.TemporaryDirectory() as tmp:
        lab = start_lab(scenario, Path(tmp) / "lab")
        try:
            return diagnose(lab, **overrides)
        finally:
            lab.stop()


@contextlib.contextmanager
def _stored(key: Hashable) -> Iterator[Path]:
    """The session store's file for `key`, held under a lock (so one worker runs it while the
    others wait); a path in no folder when there is no store or no file locking (Windows)."""
    store = os.environ.get("SVYAZ_RUN_STORE")
    try:
        import fcntl
    except ImportError:  # Windows: each process runs its own
        store = None
    if not store or not Path(store).is_dir():
        yield Path(os.devnull, "no-store")
        return
    name = hashlib.sha256(repr(key).encode()).hexdigest()[:24]
    with open(Path(store) / f"{name}.lock", "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        try:
            yield Path(store) / f"{name}.pickle"
        finally:
            fcntl.flock(lock, fcntl.LOCK_UN)


def shared_lab(scenario: str) -> Lab:
    """A started lab of `scenario`, one per process, for callers that leave it as it is."""
    if scenario not in _LABS:
        from lab.lab import start_lab

        if not _LABS:
            atexit.register(stop_shared_labs)
        workdir = Path(tempfile.mkdtemp(prefix=f"svyaz-lab-{scenario}-"))
        _WORKDIRS.append(workdir)
        _LABS[scenario] = start_lab(scenario, workdir / "lab")
    return _LABS[scenario]


def stop_shared_labs() -> None:
    """Stop every shared lab and remove its folder (end of a session; again at exit is a no-op)."""
    while _LABS:
        _LABS.popitem()[1].stop()
    while _WORKDIRS:
        shutil.rmtree(_WORKDIRS.pop(), ignore_errors=True)


def _frozen(value: Any) -> Hashable:
    """Settings as a dictionary key: mappings and sequences become sorted items and tuples."""
    if isinstance(value, dict):
        return tuple(sorted((k, _frozen(v)) for k, v in value.items()))
    if isinstance(value, set | frozenset):
        return tuple(sorted((_frozen(v) for v in value), key=repr))
    if isinstance(value, list | tuple):
        return tuple(_frozen(v) for v in value)
    return value


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
