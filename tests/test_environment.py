"""Reading what skews results on this machine (pure functions, fed synthetic inputs)."""

from __future__ import annotations

import sys

import pytest

from core import adapters, environment
from core.adapters import AdapterFacts
from core.netaddr import is_bogon, parse_networks
from core.rules import network as network_rules


def test_vpn_interfaces() -> None:
    up = {"lo": True, "eth0": True, "wg0": True, "tun3": False, "utun2": True, "wlan0": True}
    assert environment.vpn_interfaces(up) == ["utun2", "wg0"]


@pytest.mark.parametrize(
    "description",
    [
        "TAP-Windows Adapter V9",
        "TAP-Windows Adapter V9 for OpenVPN Connect",
        "Wintun Userspace Tunnel",
        "WireGuard Tunnel",
        "NordLynx Tunnel",
        "Tailscale Tunnel",
        "Fortinet SSL VPN Virtual Ethernet Adapter",
        "PANGP Virtual Ethernet Adapter Secure",
        "AmneziaWG Tunnel",
    ],
)
def test_windows_vpn_adapters_by_description(description: str) -> None:
    up = {"Ethernet": True, "Ethernet 2": True, "Wi-Fi": True}
    windows = {
        "Ethernet": AdapterFacts("Intel(R) Ethernet Connection I219-V", 6, True),
        "Ethernet 2": AdapterFacts(description, 53, True),
        "Wi-Fi": AdapterFacts("Intel(R) Wi-Fi 6 AX201 160MHz", 71, True),
    }
    assert environment.vpn_interfaces(up, windows) == [f"Ethernet 2 ({description})"]
    assert environment.vpn_interfaces({**up, "Ethernet 2": False}, windows) == []


def test_windows_builtin_vpn_client_by_ppp_type_and_system_tunnels_skipped() -> None:
    up = {"Office": True, "Teredo": True, "isatap": True, "vEthernet (WSL)": True}
    windows = {
        "Office": AdapterFacts("Office", adapters.IF_TYPE_PPP, True),
        "Teredo": AdapterFacts("Microsoft Teredo Tunneling Adapter", 131, True),
        "isatap": AdapterFacts("Microsoft ISATAP Adapter", 131, True),
        "vEthernet (WSL)": AdapterFacts("Hyper-V Virtual Ethernet Adapter", 6, True),
    }
    assert environment.vpn_interfaces(up, windows) == ["Office (Office)"]


def test_windows_adapters_empty_elsewhere() -> None:
    if sys.platform != "win32":
        assert adapters.windows_adapters() == {}


def test_bypass_tools() -> None:
    names = ["bash", "winws.exe", "GoodbyeDPI.exe", "nfqws", "python3"]
    assert environment.bypass_tools(names) == ["GoodbyeDPI", "zapret (nfqws)", "zapret (winws)"]


def test_local_addresses_skip_loopback_and_link_local() -> None:
    found = environment.public_local_addresses(
        ["127.0.0.1", "192.168.1.20", "fe80::1%eth0", "2a00:1450::5", "garbage"]
    )
    assert found == ["192.168.1.20", "2a00:1450::5"]


def test_system_proxy() -> None:
    assert environment.system_proxy({"https": "http://p:8080"}) == "http://p:8080"
    assert environment.system_proxy({}) is None


def test_gather_reads_this_machine_without_network() -> None:
    env = environment.gather("ethernet")
    assert env["network_type"] == "ethernet"
    assert isinstance(env["local_addresses"], list)
    assert env["public_address"] is None  # never looked up: that would mean asking a server


def test_fake_ip_condition_and_range() -> None:
    assert is_bogon("198.18.3.4")
    assert not is_bogon("198.18.3.4", parse_networks(["198.18.0.0/15"]))
    result = network_rules.assess(network_rules.NetworkFacts(controls=(), fake_ip_names=7))
    assert "fake_ip" in result.conditions
