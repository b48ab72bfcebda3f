"""Cancel, deadlines, clean shutdown, and hostile replies: the engine stays in control."""

from __future__ import annotations

import asyncio
import time
from pathlib import Path
from typing import Any

import psutil
import pytest

from core.budget import TimeBudget
from core.catalog import load_catalog
from core.config import ProbeConfig, apply_settings
from core.engine.diagnostic import Diagnostic
from core.models import RunFinished, ServiceStarted
from core.probes import http
from core.probes.dial import Dial, Target
from core.probes.tlsstream import make_context
from lab.censor import Censor
from lab.lab import Lab
from lab.world import build_world


def _engine(lab: Any, **overrides: Any) -> Diagnostic:
    catalog = load_catalog(replace_with=lab.info.catalog)
    config = apply_settings(apply_settings(ProbeConfig(), catalog.settings), overrides)
    return Diagnostic(catalog, config)


def _slow(**extra: float) -> dict[str, Any]:
    return {"timeouts": {"connect": 20.0, "tls": 20.0, "overall": 60.0, **extra}}


@pytest.mark.timing  # compares wall time: run alone, last (conftest.py)
def test_cancel_stops_promptly_and_leaves_nothing_running(make_lab: Any) -> None:
    # a fresh lab: cancelled connects stay in its black hole (its full accept queues)
    lab = make_lab("ip_blackholed")
    diagnostic = _engine(lab, **_slow())

    async def scenario() -> tuple[Any, float, set[asyncio.Task[Any]]]:
        started = 0
        finished = None
        cancel_at = 0.0
        async for event in diagnostic.events():
            if isinstance(event, ServiceStarted):
                started += 1
                if started == 5:
                    await asyncio.sleep(0.5)  # let probes get stuck in the black hole
                    cancel_at = time.monotonic()
                    diagnostic.cancel()
            if isinstance(event, RunFinished):
                finished = event.result
        elapsed = time.monotonic() - cancel_at
        await asyncio.sleep(0.05)
        leftover = {t for t in asyncio.all_tasks() if t is not asyncio.current_task()}
        return finished, elapsed, leftover

    result, elapsed, leftover = asyncio.run(scenario())
    assert result is not None and not result.completed
    assert elapsed < 1.5
    assert leftover == set()
    signal = result.service("signal")
    assert signal is not None and signal.functions[0].code == "not_tested"
    # No client socket of the engine is left open towards the lab.
    lab_port = lab.info.ports["tcp"]
    fillers = lab.censor.blackhole  # the lab's own sockets that keep those accept queues full

    def open_clients() -> list[Any]:
        return [
            c
            for c in psutil.Process().net_connections("tcp")
            if c.raddr and c.raddr.port == lab_port and c.raddr.ip not in fillers
        ]

    deadline = time.monotonic() + 2.0
    while open_clients() and time.monotonic() < deadline:
        time.sleep(0.05)
    assert open_clients() == []


@pytest.mark.timing  # compares wall time: run alone, last (conftest.py)
def test_overall_deadline_bounds_the_run(make_lab: Any) -> None:
    # a fresh lab: cancelled connects stay in its black hole (its full accept queues)
    lab = make_lab("ip_blackholed")
    started = time.monotonic()
    result = asyncio.run(_engine(lab, **_slow(overall=2.0)).run())
    assert time.monotonic() - started < 4.0
    assert not result.completed


def test_a_second_run_after_a_cancel_works(make_lab: Any) -> None:
    # a fresh lab: a cancelled run's unfinished flows stay with it, not a shared one
    lab = make_lab("clean")

    async def cancel_early() -> None:
        diagnostic = _engine(lab)
        async for event in diagnostic.events():
            if isinstance(event, ServiceStarted):
                diagnostic.cancel()

    asyncio.run(cancel_early())
    result = asyncio.run(_engine(lab).run())
    assert result.completed
    assert result.network.code == "ok"


def test_consumer_that_stops_listening_cancels_the_run(make_lab: Any) -> None:
    # a fresh lab: cancelled connects stay in its black hole (its full accept queues)
    lab = make_lab("ip_blackholed")

    async def scenario() -> set[asyncio.Task[Any]]:
        stream = _engine(lab, **_slow()).events()
        async for event in stream:
            if isinstance(event, ServiceStarted):
                break
        await stream.aclose()
        await asyncio.sleep(0.05)
        return {t for t in asyncio.all_tasks() if t is not asyncio.current_task()}

    assert asyncio.run(scenario()) == set()


@pytest.mark.timing  # compares wall time: run alone, last (conftest.py)
def test_huge_body_is_read_only_up_to_the_limit(shared_lab: Any) -> None:
    lab = shared_lab("clean")
    name = "ru.wikipedia-org.test"
    address = lab.world.addresses[name]

    async def fetch() -> Any:
        dial = Dial(make_context(str(lab.info.ca_bundle)), TimeBudget(http=10.0))
        target = Target(address, lab.info.ports["tcp"], name, name)
        return await http.get(dial, target, "/bytes/200000000", True)

    started = time.monotonic()
    step = asyncio.run(fetch())
    assert step.ok
    assert step.detail["body_bytes"] == http.BODY_LIMIT
    assert step.detail["body_truncated"] is True
    assert time.monotonic() - started < 5


def test_garbage_from_the_doh_server_is_a_finding_not_a_crash(tmp_path: Path) -> None:
    world = build_world()
    censor = Censor(broken_http={world.doh})
    lab = Lab(world, censor, tmp_path / "lab")
    lab.start()
    try:
        result = asyncio.run(_engine(lab).run())
    finally:
        lab.stop()
    assert result.completed
    assert "dns_encrypted_blocked" in result.network.conditions
    whatsapp = result.service("whatsapp")
    assert whatsapp is not None
    web = whatsapp.function("web")
    assert web is not None and web.code == "ok"


def test_a_probe_that_crashes_costs_one_endpoint_not_the_run(
    shared_lab: Any, monkeypatch: Any
) -> None:
    from core.engine import endpoint

    lab = shared_lab("clean")
    real_get = endpoint.http.get

    async def broken_for_zoom(*args: Any, **kwargs: Any) -> Any:
        if args[1].host.startswith("zoom"):  # (dial, target, ...)
            raise RuntimeError("a reply no parser foresaw")
        return await real_get(*args, **kwargs)

    monkeypatch.setattr(endpoint.http, "get", broken_for_zoom)
    result = asyncio.run(_engine(lab).run())
    assert result.completed
    zoom = result.service("zoom")
    assert zoom is not None
    web = zoom.function("web")
    assert web is not None and web.code == "not_tested"
    assert "evidence.internal_error" in [m.key for m in web.evidence]
    wikipedia = result.service("wikipedia")
    assert wikipedia is not None and wikipedia.status.value == "works"


@pytest.mark.timing  # compares wall time: run alone, last (conftest.py)
def test_cancel_stops_the_call_test_and_closes_its_sockets(make_lab: Any) -> None:
    from core.models import CallSample

    # a fresh lab: a cancelled run's unfinished flows stay with it, not a shared one
    lab = make_lab("calls_blocked_messages_ok")
    diagnostic = _engine(lab, call_duration=20.0)

    async def scenario() -> tuple[Any, float, set[asyncio.Task[Any]]]:
        finished = None
        cancel_at = 0.0
        async for event in diagnostic.events():
            if isinstance(event, CallSample) and not cancel_at:
                cancel_at = time.monotonic()
                diagnostic.cancel()
            if isinstance(event, RunFinished):
                finished = event.result
        elapsed = time.monotonic() - cancel_at
        await asyncio.sleep(0.05)
        leftover = {t for t in asyncio.all_tasks() if t is not asyncio.current_task()}
        return finished, elapsed, leftover

    result, elapsed, leftover = asyncio.run(scenario())
    assert result is not None and not result.completed
    assert elapsed < 1.5 and leftover == set()
    stun_port = lab.info.ports["udp_stun"]
    assert not [
        c for c in psutil.Process().net_connections("udp") if c.raddr and c.raddr.port == stun_port
    ]
