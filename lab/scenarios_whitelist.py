"""Whitelist mode's two harsher sub-modes (issue 24): everything unlisted throttled to a crawl
while the allow-listed domestic services work, and a blackout where only a handful of domestic
addresses answer. The milder ones (by address, by name) are in lab/scenarios.py."""

from __future__ import annotations

from lab.censor import Censor, Shaping
from lab.registry import scenario
from lab.world import World

# ~14 kbit/s: the rate reported for unlisted traffic in regional shutdowns (FIELD-NOTES, Mid-2026)
WHITELIST_CRAWL_BYTES_PER_S = 1750.0
# The services a blackout still lets through: the state portal and the domestic control
BLACKOUT_OPEN = ("gosuslugi", "control-domestic")
# The services whose runs the tests read: enough listed and unlisted ones to tell the sub-mode
WHITELIST_SUBSET = ("gosuslugi", "vk", "yandex", "max", "youtube", "wikipedia", "instagram", "x")


def _listed_hosts(w: World) -> set[str]:
    allowed: set[str] = set()
    for service in w.services_where(region="domestic", allowlisted=True):
        allowed |= w.hosts(service.id)
    return allowed


@scenario
def whitelist_throttled(w: World) -> Censor:
    """Allow-listed domestic services work; every other address crawls at ~14 kbit/s both
    ways (a regional shutdown that slows instead of cutting)."""
    crawl = Shaping(rate_down=WHITELIST_CRAWL_BYTES_PER_S, rate_up=WHITELIST_CRAWL_BYTES_PER_S)
    others = set(w.addresses.values()) - _listed_hosts(w)
    return Censor(shaping=dict.fromkeys(others, crawl))


@scenario
def whitelist_blackout(w: World) -> Censor:
    """Nearly everything dead: only the state portal's and the domestic control's addresses
    answer; every other address, allow-listed domestic ones included, drops the SYN."""
    open_hosts: set[str] = set()
    for service_id in BLACKOUT_OPEN:
        open_hosts |= w.hosts(service_id)
    others = set(w.addresses.values()) - open_hosts
    return Censor(blackhole=others, quic_drop_addresses=others)


# The service cut over IPv4 only, and the few services a run of it needs (tests read these)
IPV4_ONLY_SERVICE = "x"
IPV6_SUBSET = ("x", "wikipedia", "gosuslugi")


@scenario
def blocked_over_ipv4_only(w: World) -> Censor:
    """X's IPv4 addresses drop the SYN, while its names also have an IPv6 address (the lab's
    ::1) that the filter leaves alone: operators' lists differ by address family."""
    names = w.names(IPV4_ONLY_SERVICE)
    return Censor(blackhole=set(w.hosts(IPV4_ONLY_SERVICE)), ipv6_names=names)
