"""The suite's guard: nothing may reach an address outside 127.0.0.0/8 (or ::1).

Every socket connect and datagram send is checked before it happens; a name lookup of anything
but an address literal or "localhost" is refused too (it would ask the machine's real
resolver). A violation raises at once and is recorded, so a test that swallows the error
still fails (see the autouse fixture in conftest.py).
"""

from __future__ import annotations

import ipaddress
import socket
from typing import Any

violations: list[str] = []
_installed = False
_real_getaddrinfo = socket.getaddrinfo


class NetworkGuardViolation(PermissionError):
    """An attempt to reach the network outside the loopback range."""


def _allowed_host(host: Any) -> bool:
    if host is None:
        return True
    if isinstance(host, bytes):
        host = host.decode("ascii", "replace")
    host = str(host).strip("[]").split("%")[0]
    if host in ("localhost", ""):
        return True
    try:
        ip = ipaddress.ip_address(host)
    except ValueError:
        return False
    if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped:
        ip = ip.ipv4_mapped
    return ip.is_loopback


def _violation(what: str) -> NetworkGuardViolation:
    message = f"network guard: {what} is outside 127.0.0.0/8"
    violations.append(message)
    return NetworkGuardViolation(message)


def _check_address(family: int, address: Any, action: str) -> None:
    if family not in (socket.AF_INET, socket.AF_INET6):
        return
    host = address[0] if isinstance(address, tuple) and address else address
    if not _allowed_host(host) or host in ("", None):
        raise _violation(f"{action} to {address!r}")


class GuardedSocket(socket.socket):
    def connect(self, address: Any) -> None:
        _check_address(self.family, address, "connect")
        super().connect(address)

    def connect_ex(self, address: Any) -> int:
        _check_address(self.family, address, "connect")
        return super().connect_ex(address)

    def sendto(self, data: Any, *args: Any) -> int:  # type: ignore[override]
        _check_address(self.family, args[-1], "send")
        return super().sendto(data, *args)


def guarded_getaddrinfo(host: Any, *args: Any, **kwargs: Any) -> Any:
    if not _allowed_host(host):
        raise _violation(f"name lookup of {host!r}")
    return _real_getaddrinfo(host, *args, **kwargs)


def install() -> None:
    global _installed
    if _installed:
        return
    socket.socket = GuardedSocket  # type: ignore[misc]
    socket.getaddrinfo = guarded_getaddrinfo
    _installed = True
