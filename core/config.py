"""What a diagnostic run may do: resolvers, the time budget, limits. One frozen object.

Defaults are what a person gets on a real network. A catalog's `[settings]` table (used by the
lab) and then the CLI flags or GUI settings override them, in that order (`build_config`, the
one builder both faces use). Which services to run and the language of the words are not
probing config: they belong to the run request and to the face that renders the words.
"""

from __future__ import annotations

import ssl
from collections.abc import Mapping
from dataclasses import dataclass, field, fields, replace
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from core.budget import TimeBudget
from core.budget import validate as validate_budget
from core.credentials import hide_proxy_credentials
from core.netaddr import IPNetwork, check_host, parse_networks, require_ip

# Public resolvers asked over plain UDP/53 and TCP/53: UDP answers get forged in transit where
# TCP ones are not (docs/sources.md: "UDP/53 answers forged even for 8.8.8.8 ... TCP/53 is honest").
DEFAULT_PUBLIC_DNS = ("8.8.8.8:53",)
# DoH reference resolvers, reached by address so their own lookup cannot be spoofed; both
# certificates carry these addresses as names (Cloudflare's and Google's public DoH).
DEFAULT_DOH = ("https://1.1.1.1/dns-query", "https://8.8.8.8/dns-query")
# An address that runs no DNS server (a Wikimedia web front): any DNS answer "from" it was
# forged by something on the path that intercepts UDP/53 (ValdikSS blockcheck's idea).
DEFAULT_CANARY_DNS = "185.15.59.224:53"

MAX_CONCURRENCY = 512


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
    budget: TimeBudget = field(default_factory=TimeBudget)  # every deadline of the run
    concurrency: int = 64
    repeats: int = 3  # tries of the transfer-cut test
    # The call test (core/calls/calltest.py; its length is in the budget): the networks whose
    # STUN servers welcome a full-rate voice stream and echo other payloads (a lab, a
    # self-hosted reflector); public servers get a polite rate instead.
    call_reflectors: tuple[str, ...] = ()
    # A light run (`svyaz diagnose --light`, later watch mode): reachability only, no
    # transfer, throttling or call test, so it moves a few hundred KB instead of a few MB.
    light: bool = False
    # Try an endpoint cut over IPv4 over IPv6 too (core/rules/family.py): None decides from the
    # machine's addresses (a global IPv6 one), True/False force it (a lab on ::1 forces it).
    ipv6: bool | None = None

    def public_overrides(self) -> tuple[IPNetwork, ...]:
        return parse_networks(self.public_networks)

    def reflector_networks(self) -> tuple[IPNetwork, ...]:
        return parse_networks(self.call_reflectors)

    def with_overrides(self, values: Mapping[str, Any]) -> ProbeConfig:
        """Return a copy with the given settings applied; unknown keys raise ValueError."""
        return apply_settings(self, values)


_TUPLE_KEYS = {"public_dns", "doh", "public_networks", "call_reflectors"}
# Keys that once lived here and belong elsewhere: refused with where they went.
_MOVED = {
    "language": "the language of the words is the face's choice (--language, Settings)",
    "services": "the services to run are the run's request (--services, Settings)",
}


def build_config(
    catalog_settings: Mapping[str, Any],
    choices: Mapping[str, Any] | None = None,
    *,
    step_timeout: float | None = None,
    overall: float | None = None,
) -> ProbeConfig:
    """The run's config, built once: defaults, then the catalog's `[settings]`, then a face's
    choices (the CLI's flags, the GUI's settings) and its per-step timeout and overall deadline.

    Raises `CatalogSettingsError` for a bad catalog setting, ValueError for a bad choice.
    """
    try:
        config = apply_settings(ProbeConfig(), catalog_settings)
    except ValueError as exc:
        raise CatalogSettingsError(str(exc)) from exc
    budget = config.budget
    if step_timeout is not None:
        budget = budget.with_step_timeout(step_timeout)
    if overall is not None:
        budget = budget.with_changes({"overall": overall})
    return apply_settings(replace(config, budget=budget), choices or {})


class CatalogSettingsError(ValueError):
    """A catalog's `[settings]` table is wrong (the faces say "bad catalog settings")."""


def apply_settings(config: ProbeConfig, values: Mapping[str, Any]) -> ProbeConfig:
    """A copy with `[settings]`-style values applied (the `timeouts` table and `call_duration`
    go into the budget); unknown keys raise ValueError."""
    changes: dict[str, Any] = {}
    budget_changes: dict[str, Any] = {}
    known = {f.name for f in fields(ProbeConfig)} - {"budget"}
    for key, value in values.items():
        if key == "timeouts":
            if not isinstance(value, Mapping):
                raise ValueError("'timeouts' must be a table of seconds")
            if "call_duration" in value:
                raise ValueError("unknown timeout 'call_duration' (it is a setting of its own)")
            budget_changes.update(value)
            continue
        if key == "call_duration":
            budget_changes["call_duration"] = value
            continue
        if key in _MOVED:
            raise ValueError(f"setting {key!r} is not a run setting: {_MOVED[key]}")
        if key not in known:
            raise ValueError(f"unknown setting {key!r}")
        if key in _TUPLE_KEYS:
            if isinstance(value, str):
                value = (value,)
            if not isinstance(value, list | tuple) or not all(isinstance(v, str) for v in value):
                raise ValueError(f"setting {key!r} must be a list of strings")
            value = tuple(value)
        changes[key] = value
    if budget_changes:
        changes["budget"] = config.budget.with_changes(budget_changes)
    new = replace(config, **changes)
    validate(new)
    return new


def validate(config: ProbeConfig) -> None:
    """Raise ValueError naming the first bad setting."""
    for key, item in (
        ("system_resolver", config.system_resolver),
        ("canary_dns", config.canary_dns),
    ):
        if item is not None:
            _string(key, item)
            require_ip(item, key)
    for item in config.public_dns:
        require_ip(item, "public_dns")
    for url in config.doh:
        _check_doh(url)
    validate_budget(config.budget)
    if config.ca_bundle is not None:
        check_ca_bundle(_string("ca_bundle", config.ca_bundle))
    if config.control_sni is not None:
        check_host(_string("control_sni", config.control_sni))
    try:
        parse_networks(config.public_networks)
    except ValueError as exc:
        raise ValueError(f"bad network in public_networks: {exc}") from exc
    try:
        parse_networks(config.call_reflectors)
    except ValueError as exc:
        raise ValueError(f"bad network in call_reflectors: {exc}") from exc
    if config.proxy:
        check_proxy(_string("proxy", config.proxy))
    if not _is_int(config.concurrency) or not 1 <= config.concurrency <= MAX_CONCURRENCY:
        raise ValueError(f"concurrency must be between 1 and {MAX_CONCURRENCY}")
    if not _is_int(config.repeats) or not 1 <= config.repeats <= 50:
        raise ValueError("repeats must be between 1 and 50")
    if not isinstance(config.light, bool):
        raise ValueError("setting 'light' must be true or false")
    if config.ipv6 is not None and not isinstance(config.ipv6, bool):
        raise ValueError("setting 'ipv6' must be true or false")


def _is_int(value: Any) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def _string(key: str, value: Any) -> str:
    if not isinstance(value, str):
        raise ValueError(f"setting {key!r} must be a string")
    return value


def _check_doh(url: str) -> None:
    parts = urlsplit(url)
    if parts.scheme != "https" or not parts.hostname:
        raise ValueError(f"DoH resolver must be an https:// URL: {url!r}")
    check_host(parts.hostname)
    try:
        _ = parts.port  # urlsplit checks the port range only when asked for it
    except ValueError as exc:
        raise ValueError(f"bad port in DoH resolver URL {url!r}") from exc


def check_proxy(url: str) -> None:
    """An explicit proxy: http:// or socks5://, a host and a port 1–65535."""
    shown = hide_proxy_credentials(url)  # the message is printed, logged, maybe shared
    not_a_proxy = f"proxy must be http://HOST:PORT or socks5://HOST:PORT: {shown!r}"
    try:
        parts = urlsplit(url)
    except ValueError as exc:  # "[bad" is no URL at all
        raise ValueError(not_a_proxy) from exc
    if parts.scheme not in ("http", "socks5"):
        raise ValueError(not_a_proxy)
    try:
        port = parts.port
    except ValueError as exc:
        raise ValueError(f"bad port in proxy {shown!r}: ports are 1–65535") from exc
    if not parts.hostname or not port:
        raise ValueError("proxy needs a host and a port, e.g. socks5://127.0.0.1:1080")
    check_host(parts.hostname)


def check_ca_bundle(path: str) -> None:
    """The trust store must be a readable PEM file with at least one certificate.

    Checked before the run: a bad file used to make the engine hang while setting up.
    """
    file = Path(path)
    if not file.is_file():
        raise ValueError(f"ca_bundle: no such file: {path}")
    try:
        context = ssl.create_default_context(cafile=str(file))
    except (ssl.SSLError, OSError, ValueError) as exc:
        raise ValueError(f"ca_bundle: not a PEM file of certificates: {path}") from exc
    if not context.get_ca_certs():
        raise ValueError(f"ca_bundle: no certificates in {path}")
