"""What the watch loop knows of the link: up or not, which medium, metered, a VPN or proxy.

The loop is given a `NetworkSource` and asks it before every check; a face also calls
`Watcher.network_changed(state)` when it learns of a change (the GUI from QNetworkInformation),
which starts a check at once. The CLI has no such signal: `HeadlessNetworkSource` reads the
VPN and proxy from `core.environment` and takes "metered" from `--metered` (unknown is taken
as unmetered: the budget is then the person's choice, said in docs/watch.md).
"""

from __future__ import annotations

from collections.abc import Callable, Hashable
from dataclasses import dataclass
from typing import Literal, Protocol

from core.watch.clock import WatchClock

POLL_EVERY_S = 60.0
"""How often `svyaz watch` looks at the interfaces for a change it has no signal for."""

Transport = Literal["ethernet", "wifi", "cellular", "unknown"]


@dataclass(frozen=True)
class NetworkState:
    """The link as the operating system reports it.

    `reachable`: None when unknown (the loop checks anyway). `metered`: a cellular link counts
    as metered whatever this says (`counts_as_metered`). `vpn`: the VPN interface or proxy
    name while one is up; results are then labelled "through a VPN" and kept apart."""

    reachable: bool | None = None
    transport: Transport = "unknown"
    metered: bool = False
    captive: bool = False
    vpn: str | None = None

    @property
    def counts_as_metered(self) -> bool:
        """Light checks only, under the daily budget."""
        return self.metered or self.transport == "cellular"

    @property
    def through_vpn(self) -> bool:
        return self.vpn is not None


class NetworkSource(Protocol):
    def current(self) -> NetworkState:
        """The link now (cheap: called before every check)."""
        ...


class HeadlessNetworkSource:
    """For `svyaz watch`: VPN interfaces and the system proxy from `core.environment`; the
    medium is unknown and `metered` is what the person said.

    `probe_vpn` is injectable for tests (it returns the VPN's or proxy's name, or None)."""

    def __init__(
        self,
        metered: bool = False,
        probe_vpn: Callable[[], str | None] | None = None,
        probe_interfaces: Callable[[], Hashable] | None = None,
    ) -> None:
        self.metered = metered
        self._probe_vpn = probe_vpn if probe_vpn is not None else _vpn_or_proxy
        self._probe_interfaces = probe_interfaces or _interfaces

    def current(self) -> NetworkState:
        return NetworkState(reachable=None, metered=self.metered, vpn=self._probe_vpn())

    def fingerprint(self) -> Hashable:
        """What changes when the link does: the interfaces up and their addresses (cheap;
        `poll_changes` compares it every minute)."""
        return self._probe_interfaces()


async def poll_changes(
    read: Callable[[], Hashable],
    on_change: Callable[[], None],
    clock: WatchClock,
    every_s: float = POLL_EVERY_S,
) -> None:
    """Call `on_change` whenever `read()` differs from the last time (looked at every
    `every_s`), until cancelled: a network change for a face that has no signal of one."""
    last = read()
    while True:
        await clock.sleep(every_s)
        now = read()
        if now != last:
            last = now
            on_change()


def _interfaces() -> Hashable:
    """The interfaces up, each with its addresses (loopback left out)."""
    try:
        import psutil

        stats = psutil.net_if_stats()
        addresses = psutil.net_if_addrs()
    except Exception:  # psutil can be denied this on locked-down systems
        return None
    return frozenset(
        (name, tuple(sorted(a.address for a in addresses.get(name, ()))))
        for name, stat in stats.items()
        if stat.isup and not name.lower().startswith("lo")
    )


def _vpn_or_proxy() -> str | None:
    """The first VPN interface up, else the system proxy, else None (read locally, no process
    list: this runs before every check)."""
    import urllib.request

    from core.adapters import windows_adapters
    from core.environment import system_proxy, vpn_interfaces

    try:
        import psutil

        stats = psutil.net_if_stats()
        vpns = vpn_interfaces({n: s.isup for n, s in stats.items()}, windows_adapters())
    except Exception:  # psutil can be denied this on locked-down systems
        vpns = []
    if vpns:
        return str(vpns[0])
    proxy = system_proxy(urllib.request.getproxies())
    return str(proxy) if proxy else None
