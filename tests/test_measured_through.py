"""A run measured through a VPN tunnel says so first, naming the interface, in every face
(issue 24 item 4): the window's banner, the CLI's header and table, the JSON, HTML and text
reports. The tunnel is injected as the environment: no real interface is touched."""

from __future__ import annotations

import asyncio
import io
import json
from dataclasses import replace
from typing import Any

import pytest

from core.codes import Condition, Verdict
from core.messages import LANGUAGES, render
from core.models import Message, NetworkResult
from core.rules.faces import measured_through, tunnel_before_run
from core.rules.summary import shown_conditions

TUNNEL = {"vpn": True, "vpn_interfaces": ["wg0"], "network_type": "wifi"}


def _network(details: dict[str, Any], *conditions: Condition) -> NetworkResult:
    none = Message("network.ok")
    return NetworkResult(Verdict.OK, none, Message("network_advice.ok"), conditions, (), details)


@pytest.mark.parametrize(
    ("network", "key", "interfaces"),
    [
        (_network({"tunnel": "wg0"}, Condition.VPN_DETECTED), "run.measured_through_vpn", "wg0"),
        # a document from before the interface was kept: still labelled
        (_network({}, Condition.VPN_DETECTED), "run.measured_through_vpn.unnamed", None),
        # a system proxy alone: Svyaz does not use it, the run measured the direct line
        (_network({}, Condition.PROXY_DETECTED), None, None),
        # the proxy chosen in Settings carried the run
        (_network({"through_proxy": True}), "run.measured_through_proxy", None),
        # ...unless it is dead: nothing was measured, the headline names it
        (_network({"through_proxy": True, "proxy_unreachable": "127.0.0.1:9"}), None, None),
        (_network({}), None, None),
    ],
)
def test_the_label_is_the_tunnels(network: NetworkResult, key: str | None, interfaces: Any) -> None:
    label = measured_through(network)
    assert (label.key if label else None) == key
    if label is not None:
        assert label.params.get("interfaces") == interfaces
        assert Condition.VPN_DETECTED not in shown_conditions(network)  # said once, on top


def test_the_header_label_comes_from_the_environment() -> None:
    label = tunnel_before_run(TUNNEL)
    assert label is not None and label.params["interfaces"] == "wg0"
    assert tunnel_before_run({"vpn": False, "proxy": "http://10.0.0.1:3128"}) is None


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_banner_says_it_first(language: str, qtbot: object) -> None:
    from gui.run.banner import NetworkBanner

    banner = NetworkBanner()
    network = _network({"tunnel": "wg0"}, Condition.VPN_DETECTED)
    banner.show_network(network, language)
    label = measured_through(network)
    assert label is not None
    detail = banner._detail.text()
    assert detail.splitlines()[0] == "⚠ " + render(label, language)
    assert "wg0" in detail


def test_a_run_through_a_tunnel_is_labelled_in_every_report(shared_lab: Any) -> None:
    from cli.diagnose import print_table
    from core.catalog import load_catalog
    from core.config import ProbeConfig, apply_settings
    from core.engine.diagnostic import Diagnostic
    from core.report import build_report

    lab = shared_lab("clean")
    catalog = load_catalog(replace_with=lab.info.catalog)
    config = apply_settings(ProbeConfig(), catalog.settings)
    diagnostic = Diagnostic(catalog, config, dict(TUNNEL), services=["vk"])
    run = asyncio.run(diagnostic.run())
    assert run.network.details["tunnel"] == "wg0"
    for language in LANGUAGES:
        said = render(Message("run.measured_through_vpn", {"interfaces": "wg0"}), language)
        document = json.loads(build_report(run, "json", language))
        assert document["summary"]["measured_through"] == said
        assert said in build_report(run, "text", language).splitlines()[1]
        html = build_report(run, "html", language)
        assert html.index("wg0") < html.index("<h2")  # before the network's verdict
        out = io.StringIO()
        print_table(run, language, out)
        assert out.getvalue().splitlines()[0] == "! " + said
    # the same run without the tunnel: no label
    direct = replace(run, network=replace(run.network, conditions=(), details={}))
    plain = json.loads(build_report(direct, "json"))
    assert plain["summary"]["measured_through"] is None


def test_the_rule_marks_a_run_through_the_chosen_proxy() -> None:
    from core.rules.network import NetworkFacts, assess

    through = measured_through(assess(NetworkFacts([], proxy_in_use=True)))
    assert through is not None and through.key == "run.measured_through_proxy"
    assert measured_through(assess(NetworkFacts([]))) is None
