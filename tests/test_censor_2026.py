"""The 2026 censor (issue 11, items 1, 3, 4) against the lab: data after the connect, connection
policing, allow-listed test hosts; each names its code, status and words in both languages."""

from __future__ import annotations

import asyncio
import random
import ssl
from typing import Any

import pytest

from core.engine.transfers import POLICE_FIRST, POLICE_LATER, draw
from core.messages import render
from core.models import Endpoint, Function, FunctionKind, Protocol, Status
from core.probes import browserhello
from core.probes.dial import Dial, Target
from lab.clienthello import hello_facts, is_grease
from lab.runs import lab_run
from lab.world import build_world
from tests.conftest import run_diagnostic


def _functions(run: Any) -> dict[tuple[str, str], Any]:
    return {(s.service_id, f.kind.value): f for s in run.services for f in s.functions}


def _others_work(run: Any, affected: set[tuple[str, str]]) -> None:
    for key, f in _functions(run).items():
        if key in affected or key[1] == "calls":
            continue
        assert f.status == Status.WORKS, (key, f.code, f.evidence)


def _words(f: Any) -> tuple[str, str]:
    return render(f.explanation), render(f.explanation, "ru")


def test_connect_only_says_so_and_telegram_moves_data() -> None:
    run = lab_run("clean")
    functions = _functions(run)
    chat = functions[("whatsapp", "messages")]
    assert chat.code == "ok_connect_only" and chat.status == Status.WORKS
    en, ru = _words(chat)
    assert "only the connection could be tested" in en and "проверить удалось только его" in ru
    # Three of WhatsApp's sixteen chat servers, drawn this run, each on both ports, named
    drawn = [m for m in chat.evidence if m.key == "evidence.drawn_host"]
    hosts = {e.endpoint.host for e in chat.endpoints}
    assert len(hosts) == 3 and len(chat.endpoints) == 6
    assert {m.params["host"] for m in drawn} == hosts and len(drawn) == 3
    assert all(m.params["total"] == 16 for m in drawn)
    assert "one of the service's 16 servers" in render(drawn[0])
    assert "один из 16" in render(drawn[0], "ru")
    for kind in ("messages", "media"):
        telegram = functions[("telegram", kind)]
        assert telegram.code == "ok", (kind, telegram.evidence)
        keys = [m.key for m in telegram.evidence]
        assert "evidence.two_way_up_moved" in keys
    media_steps = [
        s
        for e in functions[("telegram", "media")].endpoints
        for s in e.steps
        if s.detail.get("purpose") == "two_way"
    ]
    assert len(media_steps) == 1  # one transfer per endpoint per run
    detail = media_steps[0].detail
    assert detail["down_kb"] >= 128 and detail["up_kb"] >= 128  # the data budget's 128 KB
    assert not detail.get("second_connection")  # both ways on one connection
    _others_work(run, set())


def test_random_upstream_drops_on_telegram() -> None:
    run = lab_run("telegram_upload_drops")
    functions = _functions(run)
    for kind in ("messages", "media"):
        f = functions[("telegram", kind)]
        assert f.code in ("throttled", "stalled") and f.status == Status.DEGRADED, (kind, f.code)
        en, ru = _words(f)
        assert "Connects" in en and "Соединение открывается" in ru
        figure = "rate_kbps" if f.code == "throttled" else "cut_kb"
        assert isinstance(f.explanation.params[figure], int | float)
        assert ("kbit/s" in en) if f.code == "throttled" else ("KB" in en)
        assert "VPN" in render(f.advice) and "VPN" in render(f.advice, "ru")
    media = functions[("telegram", "media")]
    assert "evidence.two_way_down_moved" in [m.key for m in media.evidence]  # downloads fine
    _others_work(run, {("telegram", "messages"), ("telegram", "media")})


def test_connection_policing_is_connection_limited() -> None:
    run = lab_run("connection_policing")
    hosting = _functions(run)[("foreign-hosting", "web")]
    assert hosting.code == "connection_limited" and hosting.status == Status.DEGRADED
    en, ru = _words(hosting)
    assert "VLESS/Reality" in en and "VLESS/Reality" in ru
    handshakes = [
        s
        for e in hosting.endpoints
        for s in e.steps
        if str(s.detail.get("purpose", "")).startswith("policing")
    ]
    assert len(handshakes) == POLICE_FIRST + POLICE_LATER <= 6
    assert len({s.addresses[0] for s in handshakes}) == 1
    assert len({s.detail["server_name"] for s in handshakes}) == len(handshakes)  # random names
    _others_work(run, {("foreign-hosting", "web")})


def test_clean_hosting_names_the_providers_it_drew() -> None:
    run = lab_run("clean")
    hosting = _functions(run)[("foreign-hosting", "web")]
    assert hosting.code == "ok"
    drawn = [m.params["provider"] for m in hosting.evidence if m.key == "evidence.pool_drawn"]
    policed = [m for m in hosting.evidence if m.key == "evidence.pool_policed"]
    assert len(drawn) == 3 and len(policed) == 1
    assert len(hosting.endpoints) == 4


def test_an_allowlisted_test_name_beside_cut_names() -> None:
    run = lab_run("allowlisted_test_host")
    hosting = _functions(run)[("foreign-hosting", "web")]
    assert hosting.code == "stalled" and hosting.status == Status.DEGRADED
    keys = [m.key for m in hosting.evidence]
    assert "evidence.allowlisted_name" in keys
    message = next(m for m in hosting.evidence if m.key == "evidence.allowlisted_name")
    assert "allow-listed" in render(message) and "белом списке" in render(message, "ru")
    _others_work(run, {("foreign-hosting", "web")})


def test_the_pool_is_drawn_anew_and_policed_apart() -> None:
    endpoints = tuple(
        Endpoint(f"h{i}.example", 443, Protocol.HTTPS, transfer_path="/f", provider=f"P{i}")
        for i in range(12)
    )
    function = Function(FunctionKind.WEB, endpoints, draw=3, police=True)
    seen = set()
    for seed in range(20):
        drawn = draw(function, random.Random(seed))
        assert len(drawn.endpoints) == 4 and drawn.police in drawn.endpoints
        assert len(set(drawn.endpoints)) == 4
        seen.update(drawn.endpoints)
    assert len(seen) >= 10  # rotating targets, not a fixed few


def test_whatsapps_servers_are_drawn_per_run_each_on_both_ports() -> None:
    """A handful of OONI's sixteen chat servers per run, drawn at random, each on 443 and 5222
    (one port failing reads partial, both blocked); the lab's world has all sixteen."""
    world = build_world()
    messages = world.service("whatsapp").function(FunctionKind.MESSAGES)
    assert messages is not None and messages.draw == 3
    listed = {ep.host for ep in messages.endpoints}
    assert len(listed) == 16 and listed <= set(world.addresses)  # every one has a lab address
    draws = []
    for seed in range(20):
        drawn = draw(messages, random.Random(seed))
        hosts = {ep.host for ep in drawn.endpoints}
        assert len(hosts) == 3 and len(drawn.endpoints) == 6 and drawn.police is None
        for host in hosts:
            assert sorted(ep.port for ep in drawn.endpoints if ep.host == host) == [443, 5222]
        notes = [n for n in map(drawn.note, drawn.endpoints) if n is not None]
        assert sorted(m.params["host"] for m in notes) == sorted(hosts)  # once each
        draws.append(frozenset(hosts))
    assert len(set(draws)) >= 15 and len(set().union(*draws)) >= 12  # random, not a fixed few


def test_chrome_shaped_hello_reads_like_chrome() -> None:
    orders = set()
    for _ in range(5):
        record = browserhello.client_hello("abcdefgh.com")
        facts = hello_facts(record)
        assert facts is not None and facts.server_name == "abcdefgh.com"
        assert is_grease(facts.ciphers[0]) and facts.ciphers[1:4] == (0x1301, 0x1302, 0x1303)
        named = [e for e in facts.extensions if e != 0x0015]  # padding trails, as BoringSSL's
        assert is_grease(named[0]) and is_grease(named[-1])
        assert facts.alpn == ("h2", "http/1.1")
        assert is_grease(facts.groups[0]) and facts.groups[1] == 0x001D
        assert is_grease(facts.key_shares[0]) and facts.key_shares[1] == 0x001D
        assert is_grease(facts.versions[0]) and 0x0304 in facts.versions
        assert facts.length >= 512  # padded like BoringSSL
        orders.add(tuple(named[1:-1]))
    assert len(orders) > 1  # permuted per connection, as Chrome does


def test_an_openssl_server_answers_the_template(shared_lab: Any) -> None:
    lab = shared_lab("clean")
    address = lab.world.addresses[
        lab.world.service("foreign-hosting").functions[0].endpoints[0].host
    ]
    context = ssl.create_default_context()
    target = Target(address, lab.info.ports["tcp"], "x", browserhello.random_name())
    step = asyncio.run(browserhello.first_answer(Dial(context), target, "check"))
    assert step.outcome == "answered" and step.detail["record_type"] == 0x16, step


def test_a_run_looks_up_only_the_pool_hosts_it_drew(
    shared_lab: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    from core.engine.resolution import Resolver

    asked: list[str] = []
    resolve = Resolver.resolve

    def spy(self: Resolver, name: str) -> Any:
        asked.append(name)
        return resolve(self, name)

    monkeypatch.setattr(Resolver, "resolve", spy)
    run = run_diagnostic(shared_lab("clean"))
    chat = _functions(run)[("whatsapp", "messages")]
    drawn = {e.endpoint.host for e in chat.endpoints}
    servers = {n for n in asked if n.split(".")[0][:1] == "e" and "whatsapp" in n}
    assert len(drawn) == 3 and servers == drawn
