"""What a diagnostic run may do: resolvers, timeouts, limits. One frozen object, easy to override.

Defaults are what a person gets on a real network. A catalog's `[settings]` table (used by the
lab) and then the CLI flags or GUI settings override them, in that order.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field, fields, replace
from typing import Any

from core.netaddr import IPNetwork, parse_networks, split_host_port

# Public resolvers asked over plain UDP/53 and TCP/53: UDP answers get forged in transit where
# TCP ones are not (FIELD-NOTES: "UDP/53 answers forged even for 8.8.8.8 ... TCP/53 is honest").
DEFAULT_PUBLIC_DNS = ("8.8.8.8:53",)
# DoH reference resolvers, reached by address so their own lookup cannot be spoofed; both
# certificates carry these addresses as names (Cloudflare's and Google's public DoH).
DEFAULT_DOH = ("https://1.1.1.1/dns-query", "https://8.8.8.8/dns-query")
# An address that runs no DNS server (a Wikimedia web front): any DNS answer "from" it was
# forged by something on the path that intercepts UDP/53 (ValdikSS blockcheck's idea).
DEFAULT_CANARY_DNS = "185.15.59.224:53"


MIN_CALL_SECONDS = 1.0  # shorter streams measure too few packets (the CLI asks for >= 5 s)
MAX_CALL_SECONDS = 60.0


@dataclass(frozen=True)
class Timeouts:
    """Seconds. Each step has its own deadline; `overall` bounds a whole diagnostic."""

    dns: float = 3.0
    connect: float = 4.0
    tls: float = 5.0
    http: float = 8.0
    transfer: float = 8.0
    overall: float = 45.0


@dataclass(frozen=True)
class ProbeConfig:
    system_resolver: str | None = None  # "host:port" standing in for the OS resolver
    public_dns: tuple[str, ...] = DEFAULT_PUBLIC_DNS
    canary_dns: str | None = DEFAULT_CANARY_DNS
    doh: tuple[str, ...] = DEFAULT_DOH
    ca_bundle: str | None = None  # PEM file replacing the default trust store (labs)
    proxy: str | None = None  # explicit proxy URL; never taken from the environment
    public_networks: tuple[str, ...] = ()  # ranges counted as public (a lab on loopback)
    control_sni: str | None = None  # name for paired TLS tests; default: a domestic control's
    timeouts: Timeouts = field(default_factory=Timeouts)
    concurrency: int = 64
    repeats: int = 3  # tries of the transfer-cut test
    language: str = "en"
    services: tuple[str, ...] = ()  # empty: all services
    # The call test (core/calls/calltest.py): seconds of it a diagnostic runs (0: none), and the
    # networks whose STUN servers welcome a full-rate voice stream and echo other payloads
    # (a lab, a self-hosted reflector); public servers get a polite rate instead.
    call_duration: float = 5.0
    call_reflectors: tuple[str, ...] = ()

    def public_overrides(self) -> tuple[IPNetwork, ...]:
        return parse_networks(self.public_networks)

    def reflector_networks(self) -> tuple[IPNetwork, ...]:
        return parse_networks(self.call_reflectors)

    def with_overrides(self, values: Mapping[str, Any]) -> ProbeConfig:
        """Return a copy with the given settings applied; unknown keys raise ValueError."""
        return apply_settings(self, values)


_TUPLE_KEYS = {"public_dns", "doh", "public_networks", "services", "call_reflectors"}
_TIMEOUT_KEYS = {f.name for f in fields(Timeouts)}


def apply_settings(config: ProbeConfig, values: Mapping[str, Any]) -> ProbeConfig:
    changes: dict[str, Any] = {}
    timeout_changes: dict[str, float] = {}
    known = {f.name for f in fields(ProbeConfig)} - {"timeouts"}
    for key, value in values.items():
        if key == "timeouts":
            if not isinstance(value, Mapping):
                raise ValueError("'timeouts' must be a table of seconds")
            for tkey, tval in value.items():
                if tkey not in _TIMEOUT_KEYS:
                    raise ValueError(f"unknown timeout {tkey!r}")
                if not isinstance(tval, int | float) or tval <= 0:
                    raise ValueError(f"timeout {tkey!r} must be a positive number")
                timeout_changes[tkey] = float(tval)
            continue
        if key not in known:
            raise ValueError(f"unknown setting {key!r}")
        if key in _TUPLE_KEYS:
            if isinstance(value, str):
                value = (value,)
            if not isinstance(value, list | tuple) or not all(isinstance(v, str) for v in value):
                raise ValueError(f"setting {key!r} must be a list of strings")
            value = tuple(value)
        changes[key] = value
    if timeout_changes:
        changes["timeouts"] = replace(config.timeouts, **timeout_changes)
    new = replace(config, **changes)
    validate(new)
    return new


def validate(config: ProbeConfig) -> None:
    """Raise ValueError naming the first bad setting."""
    for item in (config.system_resolver, config.canary_dns, *config.public_dns):
        if item:
            split_host_port(item, 53)
    for url in config.doh:
        if not url.startswith("https://"):
            raise ValueError(f"DoH resolver must be an https:// URL: {url!r}")
    try:
        parse_networks(config.public_networks)
    except ValueError as exc:
        raise ValueError(f"bad network in public_networks: {exc}") from exc
    try:
        parse_networks(config.call_reflectors)
    except ValueError as exc:
        raise ValueError(f"bad network in call_reflectors: {exc}") from exc
    if not isinstance(config.call_duration, int | float) or not (
        config.call_duration == 0 or MIN_CALL_SECONDS <= config.call_duration <= MAX_CALL_SECONDS
    ):
        raise ValueError(
            f"call_duration must be 0 (off) or between {MIN_CALL_SECONDS:g} and "
            f"{MAX_CALL_SECONDS:g} seconds"
        )
    if config.proxy and not config.proxy.startswith(("http://", "socks5://")):
        raise ValueError(f"proxy must be http://HOST:PORT or socks5://HOST:PORT: {config.proxy!r}")
    if config.concurrency < 1:
        raise ValueError("concurrency must be at least 1")
    if not 1 <= config.repeats <= 50:
        raise ValueError("repeats must be between 1 and 50")
