"""IPv4 against IPv6 (issue 24 item 5): operators' allow-lists and blocks differ by address
family, so where the machine has IPv6 a function cut over IPv4 is tried over IPv6 too, and a
difference is evidence ("blocked over IPv4, works over IPv6"). The engine measures both
families (core/engine/endpoint.py); these pure rules say when to try and what it means.

The function keeps its IPv4 verdict: apps and browsers on this machine may prefer either
family, and a block on one is a block. The IPv6 result is evidence beside it, and a figure
(`ipv6_code`) the report keeps."""

from __future__ import annotations

import ipaddress
from collections.abc import Iterable

from core.codes import Verdict
from core.models import Message

# Cuts at the address or the handshake: what a filter by family can explain. A DNS lie or a
# block page is the same over either family's connection, so it is not tried again.
_WORTH_TRYING = frozenset(
    {
        Verdict.TCP_RESET,
        Verdict.TCP_TIMEOUT,
        Verdict.TCP_REFUSED,
        Verdict.TCP_UNREACHABLE,
        Verdict.TLS_RESET,
        Verdict.TLS_TIMEOUT,
    }
)
_WORKS = frozenset({Verdict.OK, Verdict.OK_CONNECT_ONLY})
WORKS_CODES = tuple(sorted(_WORKS))  # an endpoint's `ipv6_code` figure that says it works
# Names tried over IPv6 in one run at most: in whitelist mode every unlisted endpoint is cut, and
# a second family's timeouts must not double the run; a dozen tell whether IPv6 is open.
MAX_TRIES = 12


def has_ipv6(local_addresses: Iterable[str]) -> bool:
    """The machine has a global IPv6 address (a link-local or unique-local one reaches no
    internet): only then is the other family worth a try."""
    for text in local_addresses:
        try:
            ip = ipaddress.ip_address(str(text).split("%")[0])
        except ValueError:
            continue
        if ip.version == 6 and ip.is_global:
            return True
    return False


def worth_other_family(code: Verdict) -> bool:
    """An endpoint cut over IPv4 in a way a filter by family could explain."""
    return code in _WORTH_TRYING


def compare(name: str, ipv4: Verdict, ipv6: Verdict | None) -> Message | None:
    """What the IPv6 try says beside the IPv4 verdict: "works over IPv6", "blocked over IPv6
    too", or nothing when the name has no IPv6 address (`ipv6` None)."""
    if ipv6 is None or not worth_other_family(ipv4):
        return None
    if ipv6 in _WORKS:
        return Message("evidence.family.ipv6_works", {"name": name, "ipv4_code": ipv4})
    return Message(
        "evidence.family.both_blocked", {"name": name, "ipv4_code": ipv4, "ipv6_code": ipv6}
    )
