"""Address facts: which answers can never be a real server of a public service."""

from __future__ import annotations

import ipaddress
from collections.abc import Iterable

IPAddress = ipaddress.IPv4Address | ipaddress.IPv6Address
IPNetwork = ipaddress.IPv4Network | ipaddress.IPv6Network

# Addresses a public name never legitimately resolves to (RFC 6890 special-purpose ranges).
_BOGONS: tuple[IPNetwork, ...] = tuple(
    ipaddress.ip_network(n)
    for n in (
        "0.0.0.0/8",
        "10.0.0.0/8",
        "100.64.0.0/10",  # carrier-grade NAT
        "127.0.0.0/8",
        "169.254.0.0/16",
        "172.16.0.0/12",
        "192.0.0.0/24",
        "192.0.2.0/24",
        "192.168.0.0/16",
        "198.18.0.0/15",  # benchmarking; also where Fake-IP proxies hand out addresses
        "198.51.100.0/24",
        "203.0.113.0/24",
        "224.0.0.0/4",
        "240.0.0.0/4",
        "::/128",
        "::1/128",
        "fc00::/7",
        "fe80::/10",
        "ff00::/8",
    )
)

FAKE_IP_RANGE = ipaddress.ip_network("198.18.0.0/15")
_BROADCAST = ipaddress.IPv4Address("255.255.255.255")

# Multi-label public suffixes common in the catalog's regions; enough for "same site?" checks.
_TWO_LABEL_SUFFIXES = frozenset(
    {
        "com.ru",
        "net.ru",
        "org.ru",
        "msk.ru",
        "spb.ru",
        "co.uk",
        "org.uk",
        "com.ua",
        "co.il",
        "gov.ru",
    }
)


def is_ip_literal(text: str) -> bool:
    try:
        ipaddress.ip_address(text.strip("[]"))
    except ValueError:
        return False
    return True


def parse_networks(items: Iterable[str]) -> tuple[IPNetwork, ...]:
    return tuple(ipaddress.ip_network(i, strict=False) for i in items)


def is_bogon(address: str, public_overrides: Iterable[IPNetwork] = ()) -> bool:
    """True for addresses no public service lives at.

    `public_overrides` lets a lab on loopback declare its range public.
    """
    try:
        ip = ipaddress.ip_address(address)
    except ValueError:
        return True
    if any(ip in net for net in public_overrides if net.version == ip.version):
        return False
    return any(ip in net for net in _BOGONS if net.version == ip.version)


def is_fake_ip(address: str) -> bool:
    try:
        ip = ipaddress.ip_address(address)
    except ValueError:
        return False
    return ip.version == 4 and ip in FAKE_IP_RANGE


def site_of(host: str) -> str:
    """The registrable part of a name ("web.whatsapp.com" -> "whatsapp.com"), by heuristic."""
    labels = host.lower().rstrip(".").split(".")
    if len(labels) >= 3 and ".".join(labels[-2:]) in _TWO_LABEL_SUFFIXES:
        return ".".join(labels[-3:])
    return ".".join(labels[-2:])


MAX_NAME_LENGTH = 253  # RFC 1035: a name's text form, without the final dot
MAX_LABEL_LENGTH = 63
_LABEL_CHARS = frozenset("abcdefghijklmnopqrstuvwxyz0123456789-_")


def check_host(host: str) -> str:
    """Return `host` if it is a usable DNS name or a unicast address, else raise ValueError.

    Bad hosts must fail before a run, not become a run of wrong verdicts: an all-digit name is a
    mistyped IPv4 address, and the unspecified or broadcast address is never a server.
    """
    literal = host[1:-1] if host.startswith("[") and host.endswith("]") else host
    try:
        ip = ipaddress.ip_address(literal)
    except ValueError:
        ip = None
    if ip is not None:
        if ip.is_unspecified or (
            ip.version == 4 and ip == ipaddress.IPv4Address("255.255.255.255")
        ):
            raise ValueError(f"{host!r} is not a server's address")
        if ip.is_multicast:
            raise ValueError(f"{host!r} is a multicast address, not a server's")
        return host
    name = host.rstrip(".")
    if not name:
        raise ValueError("empty host name")
    if len(name) > MAX_NAME_LENGTH:
        raise ValueError(f"host name longer than {MAX_NAME_LENGTH} characters: {name[:40]}…")
    labels = name.split(".")
    for label in labels:
        if not label or len(label) > MAX_LABEL_LENGTH:
            raise ValueError(f"bad host name {name!r}: each part must have 1–63 characters")
        if not set(label.lower()) <= _LABEL_CHARS or label[0] == "-" or label[-1] == "-":
            raise ValueError(f"bad host name {name!r}: letters, digits and hyphens only")
    if all(label.isdigit() for label in labels):
        raise ValueError(f"{name!r} is not a valid IPv4 address")
    return host


def split_host_port(text: str, default_port: int) -> tuple[str, int]:
    """Parse "host", "host:port", "[v6]:port"; raises ValueError with a readable reason.

    The host is checked too (`check_host`), so "999.1.1.1" or ":::::" fail here, once.
    """
    text = text.strip()
    if not text:
        raise ValueError("empty address")
    if text.startswith("["):
        host, _, rest = text[1:].partition("]")
        port_text = rest[1:] if rest.startswith(":") else ""
    elif text.count(":") == 1:
        host, _, port_text = text.partition(":")
    else:
        host, port_text = text, ""
    check_host(host)
    if not port_text:
        return host, default_port
    return host, parse_port(port_text, text)


def parse_port(port_text: str, context: str) -> int:
    """A TCP/UDP port 1–65535 from text; ValueError naming `context` otherwise."""
    if not port_text.isascii() or not port_text.isdigit() or len(port_text) > 5:
        raise ValueError(f"bad port in {context!r}")
    port = int(port_text)
    if not 0 < port < 65536:
        raise ValueError(f"bad port in {context!r}: ports are 1–65535")
    return port


def require_ip(text: str, what: str) -> None:
    """DNS servers are given by address: a name would need the very resolver being tested."""
    host, _ = split_host_port(text, 53)
    if not is_ip_literal(host):
        raise ValueError(f"{what} must be an IP address (with an optional port): {text!r}")
