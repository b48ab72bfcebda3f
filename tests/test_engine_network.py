"""Network-level verdicts and conditions, and partial blocks, against the lab."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from typing import Any

import pytest

from core.messages import LANGUAGES, render
from core.models import Status
from lab.runs import lab_run
from tests.conftest import ROOT


def _functions(run: Any) -> dict[tuple[str, str], Any]:
    return {(s.service_id, f.kind.value): f for s in run.services for f in s.functions}


def test_offline_calls_nothing_blocked() -> None:
    run = lab_run("offline")
    assert run.network.code == "offline"
    for f in _functions(run).values():
        assert f.status != Status.BLOCKED, f
    assert _functions(run)[("whatsapp", "messages")].code == "offline"


def test_captive_portal() -> None:
    run = lab_run("captive_portal")
    assert run.network.code == "captive_portal"
    assert _functions(run)[("telegram", "web")].status == Status.UNKNOWN


def test_operator_verification_names_the_operators_page() -> None:
    """A SIM in its cooling period: the operator's page, not a hotel's; nothing is blocked."""
    run = lab_run("operator_verification", services=("vk",))
    assert run.network.code == "operator_verification"
    assert run.network.details["verification_host"] == "antifraud.mts.ru"
    assert "evidence.operator_verification" in {m.key for m in run.network.evidence}
    for f in _functions(run).values():
        assert f.status != Status.BLOCKED, f
    assert _functions(run)[("vk", "web")].code == "operator_verification"
    for language in LANGUAGES:
        for message in (run.network.explanation, run.network.advice):
            said = render(message, language)
            assert "antifraud.mts.ru" in said and "{" not in said, said


def test_doh_blocked_is_a_network_condition_not_a_domain_verdict() -> None:
    run = lab_run("doh_blocked")
    assert run.network.code == "ok"
    assert "dns_encrypted_blocked" in run.network.conditions
    for key, f in _functions(run).items():
        if key[1] != "calls":
            assert f.status == Status.WORKS, (key, f.code)


def test_udp_dns_interception_is_named() -> None:
    run = lab_run("udp_dns_intercepted")
    assert "dns_intercepted" in run.network.conditions
    keys = {m.key for m in run.network.evidence}
    assert {"evidence.canary_answered", "evidence.udp_forged"} <= keys
    # The system resolver itself was honest, so the services still work.
    assert _functions(run)[("youtube", "web")].status == Status.WORKS


def test_clean_run_has_no_conditions() -> None:
    run = lab_run("clean")
    assert run.network.code == "ok"
    assert run.network.conditions == ()


def test_partial_address_block_is_degraded_not_blocked(shared_lab: Any) -> None:
    lab = shared_lab("partial_address_block")  # its world and censor: which endpoints are cut
    run = lab_run("partial_address_block")
    messages = _functions(run)[("telegram", "messages")]
    assert messages.status == Status.DEGRADED
    assert messages.code == "tcp_timeout"
    endpoints = lab.world.endpoints("telegram", ("messages",))
    cut = [ep for ep in endpoints if lab.world.addresses[ep.host] in lab.censor.blackhole]
    assert 0 < len(cut) < len(endpoints)  # each DC on 80 and 443: two DCs are four endpoints
    assert messages.failure_share == round(len(cut) / len(endpoints), 2)
    assert any(m.key == "evidence.partial" for m in messages.evidence)


def test_spoofed_dns_says_whether_the_true_address_works() -> None:
    run = lab_run("dns_spoofed_blockpage")
    web = _functions(run)[("linkedin", "web")]
    assert web.code == "dns_spoofed"
    keys = [m.key for m in web.evidence]
    assert "evidence.dns_shared_address" in keys
    assert "evidence.true_address_works" in keys


def test_paired_tests_tell_name_from_address() -> None:
    by_name = _functions(lab_run("sni_reset"))[("instagram", "web")]
    assert "evidence.paired_by_name" in [m.key for m in by_name.evidence]
    by_address = _functions(lab_run("ip_blocked_reset"))[("telegram", "web")]
    assert by_address.code == "tcp_reset"
    # The reset may beat the connect (no data sent at all) or hit the first bytes; either
    # way the evidence must say the address is blocked.
    keys = {m.key for m in by_address.evidence}
    assert keys & {"evidence.paired_by_address", "evidence.reset_before_data"}


def test_cdn_answer_that_validates_is_not_spoofing() -> None:
    run = lab_run("cdn_differs_but_valid")
    web = _functions(run)[("youtube", "web")]
    assert web.code == "ok"
    assert "evidence.dns_differs_valid" in [m.key for m in web.evidence]


@pytest.mark.skipif(shutil.which("unshare") is None, reason="needs util-linux unshare")
def test_unreachable_route_gives_tcp_unreachable(guarded_env: dict[str, str]) -> None:
    probe = subprocess.run(["unshare", "-rn", "true"], capture_output=True)
    if probe.returncode != 0:
        pytest.fail(
            "cannot create a network namespace here (unshare -rn): "
            + probe.stderr.decode(errors="replace")
        )
    done = subprocess.run(
        ["unshare", "-rn", sys.executable, "-m", "lab.netns", "ip_unreachable"],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env=guarded_env,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    assert "network guard" not in done.stderr
    codes = json.loads(done.stdout.strip().splitlines()[-1])
    assert codes["viber/web"] == "tcp_unreachable"
    assert codes["viber/media"] == "tcp_unreachable"
    assert codes["whatsapp/messages"] == "ok"  # its own first step answered (issue 22)


def test_a_resolver_that_answers_nothing_is_named_once_for_the_network() -> None:
    """Every name times out at the system resolver: the network says the DNS is dead (each
    function's dns_timeout alone read as forty separate blocks); one silent service does not."""
    run = lab_run("system_dns_silent")
    assert "dns_system_silent" in run.network.conditions
    web = _functions(run)[("youtube", "web")]
    assert web.code == "dns_timeout"
    assert "evidence.true_address_works" in [m.key for m in web.evidence]
    one = lab_run("dns_timeout")
    assert "dns_system_silent" not in one.network.conditions


def test_a_resolver_that_answers_late_is_slow_not_silent() -> None:
    """Every system answer comes 1.5 s after the lab's 1 s DNS deadline (an overloaded resolver,
    or four diagnostics at once on a busy machine): a censor never answers late, so nothing reads
    dns_timeout and the network is not 'the provider's DNS is dead'; the steps say late."""
    run = lab_run("system_dns_slow", services=("youtube", "whatsapp", "vk", "telegram"))
    assert "dns_system_silent" not in run.network.conditions
    codes = {key: f.code for key, f in _functions(run).items()}
    assert "dns_timeout" not in codes.values(), codes
    assert codes[("youtube", "web")] == "ok"
    late = [
        s
        for f in _functions(run).values()
        for s in f.steps
        if s.kind == "dns" and s.detail.get("source") == "system"
    ]
    assert late and all(s.detail.get("late") for s in late)
    assert all(s.outcome == "ok" for s in late)
