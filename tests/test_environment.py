"""Reading what skews results on this machine (pure functions, fed synthetic inputs)."""

from __future__ import annotations

from core import environment
from core.netaddr import is_bogon, parse_networks
from core.rules import network as network_rules


def test_vpn_interfaces() -> None:
    up = {"lo": True, "eth0": True, "wg0": True, "tun3": False, "utun2": True, "wlan0": True}
    assert environment.vpn_interfaces(up) == ["utun2", "wg0"]


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
