"""The guard itself: it must stop (and report) anything aimed outside 127.0.0.0/8."""

from __future__ import annotations

import asyncio
import socket

import pytest

from tests import netguard

DOC_ADDRESS = "203.0.113.7"  # TEST-NET-3: documentation only; the guard stops us first anyway


def _take_violations() -> list[str]:
    taken = list(netguard.violations)
    netguard.violations.clear()
    return taken


def test_tcp_connect_outside_loopback_is_stopped() -> None:
    with socket.socket() as sock, pytest.raises(netguard.NetworkGuardViolation):
        sock.connect((DOC_ADDRESS, 443))
    assert _take_violations()


def test_udp_send_outside_loopback_is_stopped() -> None:
    with (
        socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as sock,
        pytest.raises(netguard.NetworkGuardViolation),
    ):
        sock.sendto(b"x", (DOC_ADDRESS, 53))
    assert _take_violations()


def test_asyncio_connect_is_stopped() -> None:
    async def attempt() -> None:
        await asyncio.open_connection(DOC_ADDRESS, 443)

    with pytest.raises(OSError):
        asyncio.run(attempt())
    assert _take_violations()


def test_name_lookups_are_stopped() -> None:
    with pytest.raises(netguard.NetworkGuardViolation):
        socket.getaddrinfo("example.com", 443)
    assert _take_violations()


def test_loopback_is_allowed() -> None:
    with socket.socket() as server:
        server.bind(("127.0.0.1", 0))
        server.listen(1)
        with socket.socket() as client:
            client.connect(server.getsockname())
    assert netguard.violations == []
