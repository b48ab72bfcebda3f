"""An explicit proxy carries the TCP, TLS and HTTP probes; a system proxy is never used."""

from __future__ import annotations

import asyncio
from collections.abc import Callable, Iterator
from typing import Any

import pytest

from core.models import Status
from lab.proxy import LabProxy
from tests.conftest import run_diagnostic


@pytest.fixture
def start_proxy() -> Iterator[Callable[[Any, LabProxy], None]]:
    """Start lab proxies on a lab's loop; each is stopped (sockets closed) after the test."""
    started: list[tuple[Any, LabProxy]] = []

    def start(lab: Any, proxy: LabProxy) -> None:
        asyncio.run_coroutine_threadsafe(proxy.start(), lab.loop).result(timeout=10)
        started.append((lab, proxy))

    yield start
    for lab, proxy in started:
        asyncio.run_coroutine_threadsafe(proxy.stop(), lab.loop).result(timeout=10)


@pytest.mark.parametrize(("kind", "user"), [("http", None), ("socks5", None), ("socks5", "ivan")])
def test_explicit_proxy_carries_the_probes(
    shared_lab: Any, start_proxy: Any, kind: str, user: str | None
) -> None:
    lab = shared_lab("clean")
    proxy = LabProxy(kind, user, "secret" if user else None)
    start_proxy(lab, proxy)
    auth = f"{user}:secret@" if user else ""
    run = run_diagnostic(
        lab, proxy=f"{kind}://{auth}127.0.0.1:{proxy.port}", services=["wikipedia"]
    )
    wikipedia = run.service("wikipedia")
    assert wikipedia is not None and wikipedia.status == Status.WORKS
    tunnelled = {host for host, _ in proxy.tunnels}
    assert lab.world.addresses["ru.wikipedia-org.test"] in tunnelled
    assert run.settings["proxy"] is True


def test_a_proxy_that_refuses_is_named(shared_lab: Any, start_proxy: Any) -> None:
    lab = shared_lab("clean")
    proxy = LabProxy("socks5", "ivan", "secret")
    start_proxy(lab, proxy)
    run = run_diagnostic(
        lab, proxy=f"socks5://ivan:wrong@127.0.0.1:{proxy.port}", services=["wikipedia"]
    )
    assert "proxy_failed" in run.network.conditions
    service = run.service("wikipedia")
    assert service is not None
    assert service.status != Status.BLOCKED  # the proxy failed, not the service


def test_environment_proxy_is_ignored(shared_lab: Any, monkeypatch: Any) -> None:
    lab = shared_lab("clean")
    monkeypatch.setenv("HTTPS_PROXY", "http://127.0.0.1:9")  # nothing listens there
    monkeypatch.setenv("HTTP_PROXY", "http://127.0.0.1:9")
    run = run_diagnostic(lab, services=["wikipedia"])
    service = run.service("wikipedia")
    assert service is not None and service.status == Status.WORKS
