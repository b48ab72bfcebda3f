"""What on this computer skews the results: a VPN, a system proxy, DPI-bypass tools running,
plus the facts a report must be able to redact (local addresses, the system's resolvers).

Everything here is read locally; nothing is sent anywhere. The GUI adds `network_type`
(Wi-Fi/cellular, from Qt's network information); the core never asks Qt itself.
"""

from __future__ import annotations

import ipaddress
import urllib.request
from collections.abc import Iterable, Mapping
from typing import Any

from core.adapters import IF_TYPE_PPP, AdapterFacts, windows_adapters
from core.credentials import hide_proxy_credentials

# Interface name prefixes of VPN and tunnel software (WireGuard, OpenVPN, IPsec, Tailscale...).
VPN_PREFIXES = (
    "tun",
    "tap",
    "wg",
    "utun",
    "ppp",
    "ipsec",
    "nordlynx",
    "proton",
    "tailscale",
    "zt",
    "outline",
    "amn",
    "vpn",
    "wintun",
    "openvpn",
)
# Words in Windows adapter descriptions of VPN software: on Windows the interface names
# psutil gives are friendly names ("Ethernet 2"), the description names the driver.
VPN_DESCRIPTION_WORDS = (
    "tap-windows",
    "tap-protonvpn",
    "wintun",
    "wireguard",
    "openvpn",
    "vpn",  # "Fortinet SSL VPN Virtual Ethernet Adapter", "Radmin VPN", "Windscribe VPN" ...
    "nordlynx",
    "tailscale",
    "zerotier",
    "anyconnect",
    "pangp",  # Palo Alto GlobalProtect
    "juniper",
    "amnezia",
    "outline",
    "hamachi",
)
# Tunnels Windows itself keeps up that are not VPNs.
NOT_VPN_WORDS = ("teredo", "isatap", "6to4", "ip-https", "loopback", "kernel debug")
# Process names of DPI-bypass tools people use in Russia (docs/sources.md).
BYPASS_PROCESSES = {
    "nfqws": "zapret (nfqws)",
    "tpws": "zapret (tpws)",
    "winws": "zapret (winws)",
    "goodbyedpi": "GoodbyeDPI",
    "ciadpi": "ByeDPI",
    "byedpi": "ByeDPI",
    "spoofdpi": "SpoofDPI",
}


def vpn_interfaces(
    interfaces_up: Mapping[str, bool], windows: Mapping[str, AdapterFacts] | None = None
) -> list[str]:
    """Interfaces that are up and look like VPN tunnels: by name (Linux, macOS), or on Windows
    by the adapter's description or PPP type, named "Ethernet 2 (WireGuard Tunnel)"."""
    found = []
    for name, up in interfaces_up.items():
        facts = (windows or {}).get(name)
        if not up:
            continue
        if name.lower().startswith(VPN_PREFIXES):
            found.append(name)
        elif facts is not None and looks_like_vpn(facts):
            found.append(f"{name} ({facts.description})" if facts.description else name)
    return sorted(found)


def looks_like_vpn(facts: AdapterFacts) -> bool:
    """A Windows adapter of VPN software (by its description) or of the built-in VPN client."""
    description = facts.description.lower()
    if any(word in description for word in NOT_VPN_WORDS):
        return False
    return facts.if_type == IF_TYPE_PPP or any(w in description for w in VPN_DESCRIPTION_WORDS)


def bypass_tools(process_names: Iterable[str]) -> list[str]:
    found = set()
    for name in process_names:
        base = name.lower().removesuffix(".exe")
        if base in BYPASS_PROCESSES:
            found.add(BYPASS_PROCESSES[base])
    return sorted(found)


def public_local_addresses(addresses: Iterable[str]) -> list[str]:
    """The machine's own addresses worth redacting (everything but loopback and link-local)."""
    result = []
    for text in addresses:
        try:
            ip = ipaddress.ip_address(text.split("%")[0])
        except ValueError:
            continue
        if not (ip.is_loopback or ip.is_link_local or ip.is_unspecified):
            result.append(str(ip))
    return sorted(set(result))


def system_proxy(proxies: Mapping[str, str]) -> str | None:
    """The proxy the system would use (environment, Windows registry, macOS settings), its user
    name and password hidden: Svyaz never uses it, and the run document is stored and shared."""
    for scheme in ("https", "http", "all", "socks"):
        if proxies.get(scheme):
            return hide_proxy_credentials(proxies[scheme])
    return None


def system_resolvers() -> list[str]:
    """The DNS servers the system uses (resolv.conf or the Windows registry), read locally."""
    try:
        import dns.resolver

        return [str(s) for s in dns.resolver.Resolver(configure=True).nameservers]
    except Exception:  # no configuration at all is a fact, not an error
        return []


def gather(network_type: str = "unknown") -> dict[str, Any]:
    """Read the environment of this machine; each part that cannot be read is left empty."""
    env: dict[str, Any] = {
        "network_type": network_type,
        "local_addresses": [],
        "public_address": None,
        "resolvers": system_resolvers(),
        "provider": None,
        "asn": None,
        "vpn": False,
        "vpn_interfaces": [],
        "proxy": system_proxy(urllib.request.getproxies()),
        "fake_ip": False,
        "bypass_tools": [],
    }
    try:
        import psutil

        stats = psutil.net_if_stats()
        env["vpn_interfaces"] = vpn_interfaces(
            {n: s.isup for n, s in stats.items()}, windows_adapters()
        )
        env["vpn"] = bool(env["vpn_interfaces"])
        env["local_addresses"] = public_local_addresses(
            a.address for addrs in psutil.net_if_addrs().values() for a in addrs
        )
        names = []
        for proc in psutil.process_iter(["name"]):
            name = proc.info.get("name")
            if isinstance(name, str):
                names.append(name)
        env["bypass_tools"] = bypass_tools(names)
    except Exception:  # psutil can be denied parts of this on locked-down systems
        pass
    return env
