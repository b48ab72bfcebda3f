"""Hostile networks and a hostile machine: the cause is named, never mistaken for a block.

Issue 25's engine cases, each fed the input the issue tried: a DNS server that sets the TC bit
and then sends garbage over TCP, ...
"""

from __future__ import annotations

import asyncio
import socket
import time
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
import trustme

from core.budget import TimeBudget
from core.calls import metrics as callmetrics
from core.calls.metrics import StreamLog
from core.catalog import load_catalog
from core.catalog_model import Endpoint
from core.codes import Outcome, Verdict
from core.config import build_config
from core.engine.diagnostic import Diagnostic
from core.messages import render
from core.models import (
    DnsAnswer,
    EndpointResult,
    FunctionKind,
    FunctionResult,
    Message,
    Protocol,
    RunResult,
    Status,
    Step,
    StepKind,
)
from core.probes.dial import Dial
from core.probes.dns import TRUNCATED_NOTE, plain_query
from core.probes.tlsstream import make_context
from core.rules.dns import classify
from core.rules.facts import DohStatus, NameResolution
from core.rules.load import TIMING_CODES, LoopLag, too_busy
from core.rules.network import NetworkFacts, assess, timing_held_back, trust_is_local
from core.rules.verdict import aggregate, hold_back_timing
from lab.censor import Censor
from lab.dnsserver import DnsRule, DnsServer
from lab.lab import Lab
from lab.runs import diagnose, impaired_call_test
from lab.stun import Impairment
from lab.world import build_world
from tests.conftest import run_diagnostic


def _free_port() -> int:
    """A port free for both TCP and UDP on 127.0.0.1 (the server listens on both)."""
    for _ in range(50):
        with socket.socket() as tcp:
            tcp.bind(("127.0.0.1", 0))
            port = int(tcp.getsockname()[1])
        with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as udp:
            try:
                udp.bind(("127.0.0.1", port))
            except OSError:
                continue
        return port
    raise OSError("no port free for both TCP and UDP")


async def _ask_truncating_server(transport: str) -> Any:
    port = _free_port()
    server = DnsServer("127.0.0.1", port, lambda name, how: DnsRule("truncated"))
    await server.start()
    try:
        dial = Dial(make_context(None, verify=False))
        return await plain_query(dial, "example.lab.test", f"127.0.0.1:{port}", transport, "system")
    finally:
        await server.stop()


def test_a_truncated_answer_then_garbage_over_tcp_is_no_answer_not_a_missing_name() -> None:
    answer = asyncio.run(_ask_truncating_server("udp"))
    assert answer.outcome not in (Outcome.NXDOMAIN, Outcome.NODATA, Outcome.OK)
    assert answer.outcome in (Outcome.ERROR, Outcome.TIMEOUT)
    assert answer.errors[0] == TRUNCATED_NOTE
    verdict = classify(NameResolution("example.lab.test", answer, (), (), None), set())
    assert verdict.code == "dns_timeout"  # "the resolver did not answer", never "no such name"


async def _ask(rule: DnsRule, budget: TimeBudget) -> Any:
    port = _free_port()
    server = DnsServer("127.0.0.1", port, lambda name, how: rule)
    await server.start()
    try:
        dial = Dial(make_context(None, verify=False), budget=budget)
        where = f"127.0.0.1:{port}"
        return await plain_query(dial, "example.lab.test", where, "udp", "system")
    finally:
        await server.stop()


def test_a_lost_dns_datagram_is_asked_again_like_a_stub_resolver_does() -> None:
    """The first copy of the query is lost on the way (a lossy cell, a resolver's full receive
    buffer under a burst): the second, a third of the deadline later, is answered in time; with
    three lost, the fourth copy (backing off: 0.2, 0.4, 0.8 s) is answered in the late look."""
    rule = DnsRule("answer", ("127.0.0.9",), lose_first=1)
    answer = asyncio.run(_ask(rule, TimeBudget(dns=0.6, dns_late=0.0)))
    assert answer.outcome == Outcome.OK
    assert answer.addresses == ("127.0.0.9",)
    assert not answer.late
    three = DnsRule("answer", ("127.0.0.9",), lose_first=3)
    late = asyncio.run(_ask(three, TimeBudget(dns=0.6, dns_late=1.5)))
    assert late.outcome == Outcome.OK and late.late
    silent = asyncio.run(_ask(DnsRule("silence"), TimeBudget(dns=0.3, dns_late=0.0)))
    assert silent.outcome == Outcome.TIMEOUT  # however often it is asked


def test_an_answer_after_the_deadline_is_late_not_missing() -> None:
    """A censor never answers late; a slow resolver does: listened to past the deadline, its
    answer is an answer (marked late), and without the late look the same server times out."""
    rule = DnsRule("answer", ("127.0.0.9",), delay=0.5)
    late = asyncio.run(_ask(rule, TimeBudget(dns=0.3, dns_late=1.0)))
    assert late.outcome == Outcome.OK and late.late
    assert late.step("example.lab.test").detail["late"] is True
    strict = asyncio.run(_ask(rule, TimeBudget(dns=0.3, dns_late=0.0)))
    assert strict.outcome == Outcome.TIMEOUT


# ---- a dead proxy ----


def test_a_dead_proxy_is_named_not_no_internet(shared_lab: Any) -> None:
    run = run_diagnostic(
        shared_lab("clean"), proxy="socks5://127.0.0.1:9", services=["wikipedia"]
    )  # nothing listens on port 9
    network = run.network
    assert network.explanation.key == "network.offline_proxy_dead"
    words = render(network.explanation, "en")
    assert "The proxy at 127.0.0.1:9 does not answer" in words
    assert "No internet" not in words
    assert "127.0.0.1:9" in render(network.explanation, "ru")
    assert "127.0.0.1:9" in render(network.advice, "en")
    assert "proxy_failed" in network.conditions
    assert all(s.status != Status.BLOCKED for s in run.services)


def _control(*steps: Step, code: Verdict = Verdict.TCP_UNREACHABLE) -> FunctionResult:
    endpoint = EndpointResult(Endpoint("check.lab.test", 443, Protocol.TLS), code, steps)
    none = Message("none")
    return FunctionResult(
        "control", FunctionKind.WEB, code, Status.UNKNOWN, none, none, endpoints=(endpoint,)
    )


def _step(outcome: Outcome, **detail: Any) -> Step:
    return Step(StepKind.TLS, "203.0.113.1:443", False, outcome, 1.0, (), detail)


@pytest.mark.parametrize(
    ("controls", "named"),
    [
        # every control died at the proxy: it is named
        ([_control(_step(Outcome.CONNECT_PROXY_ERROR, proxy_unreachable="127.0.0.1:9"))], True),
        (
            [
                _control(_step(Outcome.CONNECT_PROXY_ERROR, proxy_unreachable="127.0.0.1:9")),
                _control(_step(Outcome.PROXY_ERROR, proxy_unreachable="127.0.0.1:9")),
            ],
            True,
        ),
        # one control failed beyond the proxy (the proxy answered): no internet, as before
        (
            [
                _control(_step(Outcome.CONNECT_PROXY_ERROR, proxy_unreachable="127.0.0.1:9")),
                _control(_step(Outcome.CONNECT_TIMEOUT), code=Verdict.TCP_TIMEOUT),
            ],
            False,
        ),
        # a proxy that answered but refused the tunnel: not "does not answer"
        ([_control(_step(Outcome.CONNECT_PROXY_ERROR))], False),
        # no proxy at all
        ([_control(_step(Outcome.CONNECT_TIMEOUT), code=Verdict.TCP_TIMEOUT)], False),
    ],
)
def test_the_network_rule_names_a_dead_proxy_only_when_it_is_the_cause(
    controls: list[FunctionResult], named: bool
) -> None:
    network = assess(NetworkFacts(controls))
    assert network.code == "offline"
    dead = network.explanation.key == "network.offline_proxy_dead"
    assert dead is named
    assert ("proxy_failed" in network.conditions) is any(
        s.outcome in (Outcome.PROXY_ERROR, Outcome.CONNECT_PROXY_ERROR)
        for c in controls
        for e in c.endpoints
        for s in e.steps
    )


# ---- a trust store that fails the controls too ----


def test_a_trust_store_that_fails_the_controls_is_named_not_blocks(
    shared_lab: Any, tmp_path: Path
) -> None:
    other_ca = tmp_path / "other-ca.pem"
    trustme.CA(organization_name="Not the servers' CA").cert_pem.write_to_path(str(other_ca))
    run = run_diagnostic(
        shared_lab("clean"), ca_bundle=str(other_ca), services=["wikipedia", "whatsapp"]
    )
    assert "local_trust_failed" in run.network.conditions
    assert all(s.status != Status.BLOCKED for s in run.services), [
        (f.service_id, f.kind, f.code, f.status) for s in run.services for f in s.functions
    ]
    # the DoH reference failed on the same trust store: not "encrypted DNS is blocked"
    assert "dns_encrypted_blocked" not in run.network.conditions
    wrong = [f for s in run.services for f in s.functions if f.code == "tls_bad_certificate"]
    assert wrong  # the certificates did fail: they are said, as not judged
    for function in wrong:
        assert function.status == Status.UNKNOWN
        assert render(function.explanation, "en").startswith("Not judged")


def _tls_endpoint(code: Verdict, *evidence: Message, host: str = "a.lab.test") -> EndpointResult:
    return EndpointResult(Endpoint(host, 443, Protocol.HTTPS), code, (), evidence)


def _function(*endpoints: EndpointResult) -> FunctionResult:
    none = Message("none")
    return FunctionResult(
        "control", FunctionKind.WEB, Verdict.OK, Status.WORKS, none, none, endpoints=endpoints
    )


_ROOT = Message("evidence.bad_certificate.known_interception_root")


@pytest.mark.parametrize(
    ("endpoints", "local"),
    [
        ([_tls_endpoint(Verdict.TLS_BAD_CERTIFICATE)], True),
        ([_tls_endpoint(Verdict.TLS_BAD_CERTIFICATE), _tls_endpoint(Verdict.TCP_RESET)], True),
        # one control verified: the trust store works, the failure is the path's
        ([_tls_endpoint(Verdict.TLS_BAD_CERTIFICATE), _tls_endpoint(Verdict.OK)], False),
        # a known state interception root: the network's doing, named as such
        ([_tls_endpoint(Verdict.TLS_BAD_CERTIFICATE, _ROOT)], False),
        ([_tls_endpoint(Verdict.OK)], False),
        ([_tls_endpoint(Verdict.TCP_RESET)], False),
    ],
)
def test_the_rule_reads_the_controls_certificate_failures_as_local(
    endpoints: list[EndpointResult], local: bool
) -> None:
    network = assess(NetworkFacts([_function(*endpoints)]))
    assert ("local_trust_failed" in network.conditions) is local
    assert trust_is_local(network) is local


def test_a_wrong_certificate_under_a_local_trust_failure_is_not_a_block() -> None:
    bad = _tls_endpoint(Verdict.TLS_BAD_CERTIFICATE)
    reset = _tls_endpoint(Verdict.TCP_RESET, host="b.lab.test")
    fine = _tls_endpoint(Verdict.OK, host="c.lab.test")
    alone = aggregate("svc", FunctionKind.WEB, [bad], local_trust=True)
    assert (alone.code, alone.status) == ("tls_bad_certificate", Status.UNKNOWN)
    assert alone.explanation.key == "explain.tls_bad_certificate.local_trust"
    assert aggregate("svc", FunctionKind.WEB, [bad]).status == Status.BLOCKED  # as before
    beside_a_block = aggregate("svc", FunctionKind.WEB, [bad, reset], local_trust=True)
    assert (beside_a_block.code, beside_a_block.status) == ("tcp_reset", Status.BLOCKED)
    beside_a_working = aggregate("svc", FunctionKind.WEB, [bad, fine], local_trust=True)
    assert beside_a_working.status == Status.WORKS


# ---- an upload answered by a drip ----


def test_an_upload_answered_by_a_drip_ends_in_its_steps_deadline(tmp_path: Path) -> None:
    world = build_world()
    drip = world.names("telegram") | world.hosts("telegram")
    lab = Lab(world, Censor(drip_upload=drip), tmp_path / "lab")
    lab.start()
    try:
        run = diagnose(lab, services=["telegram"])
    finally:
        lab.stop()
    assert run.completed
    budget = TimeBudget(**run.settings["timeouts"])
    two_way = [
        (f, s)
        for svc in run.services
        for f in svc.functions
        for s in f.steps
        if s.detail.get("purpose") == "two_way"
    ]
    assert two_way
    for function, step in two_way:
        assert function.code != "not_tested"
        assert step.detail["up_outcome"] == Outcome.SLOW
        # the upload direction ends at its deadline (plus one idle wait at most), not at the run's
        assert step.detail["up_seconds"] <= budget.transfer_direction + 0.5
        assert step.duration_ms / 1000 < budget.overall / 2
    media = run.service("telegram")
    assert media is not None
    function = media.function("media")
    assert function is not None
    assert (function.code, function.explanation.key) == (
        "throttled",
        "explain.throttled.two_way_up",
    )


# ---- a STUN server that echoes every packet 50 times ----


def test_answers_echoed_fifty_times_count_each_packet_once() -> None:
    log = StreamLog()
    for i in range(3):
        log.on_send(float(i))
    for _ in range(50):
        log.on_answer(0, 0.01)
    log.on_answer(1, 1.01)
    figures = callmetrics.figures(log)
    assert (figures.sent, figures.received, figures.duplicates) == (3, 2, 1)
    assert log.rtt[0] == 0.01  # the first copy's round trip, not a later one's


def test_a_stun_server_echoing_fifty_times_gives_evidence_that_agrees(tmp_path: Path) -> None:
    result, stats = impaired_call_test(tmp_path, "whatsapp", Impairment(copies=50))
    assert stats.duplicated >= 49 * stats.answered // 2  # the storm did happen
    (verdict,) = result.verdicts
    (figures,) = verdict.targets.values()
    assert figures.received == figures.sent > 0 and figures.loss_pct == 0
    assert 0 < figures.duplicates <= figures.received  # never more copies than packets
    assert verdict.code == "call_ok"


# ---- a starved machine: the run's own loop lagging ----


@pytest.mark.parametrize(
    ("lag", "busy"),
    [
        (None, False),
        (LoopLag(), False),
        (LoopLag(200, 2.0, 30.0, 1000.0), False),  # an idle machine
        (LoopLag(200, 165.0, 455.0, 1000.0), False),  # loaded, as measured: still fine
        (LoopLag(200, 249.9, 599.9, 1000.0), False),  # just under both limits
        (LoopLag(200, 250.0, 300.0, 1000.0), True),  # late most of the time
        (LoopLag(200, 5.0, 600.0, 1000.0), True),  # one stall of most of a deadline
        (LoopLag(200, 5.0, 1300.0, 3000.0), False),  # ... weighed against the run's deadline
        (LoopLag(200, 800.0, 1300.0, 3000.0), True),
        (LoopLag(4, 900.0, 2000.0, 1000.0), False),  # too few ticks to say anything
    ],
)
def test_the_busy_rule(lag: LoopLag | None, busy: bool) -> None:
    assert too_busy(lag) is busy
    network = assess(NetworkFacts([], loop_lag=lag))
    assert ("machine_busy" in network.conditions) is busy
    assert timing_held_back(network) is busy


@pytest.mark.parametrize("code", sorted(TIMING_CODES))
def test_on_a_busy_computer_a_timing_verdict_is_held_back(code: Verdict) -> None:
    timed = _tls_endpoint(code)
    alone = aggregate("svc", FunctionKind.WEB, [timed], busy=True)
    assert (alone.code, alone.status) == ("not_tested", Status.UNKNOWN)
    assert alone.explanation.key == "explain.not_tested.busy"
    assert alone.evidence[0] == Message("evidence.held_back_busy", {"what_code": code})
    assert aggregate("svc", FunctionKind.WEB, [timed]).code == code  # judged as before


def test_on_a_busy_computer_other_verdicts_stand() -> None:
    reset = _tls_endpoint(Verdict.TLS_RESET)
    timed = _tls_endpoint(Verdict.TCP_TIMEOUT, host="b.lab.test")
    fine = _tls_endpoint(Verdict.OK, host="c.lab.test")
    assert aggregate("svc", FunctionKind.WEB, [reset, timed], busy=True).code == "tls_reset"
    # what was held back could be a block: not "works", not judged (a wrong "works" is worst)
    beside = aggregate("svc", FunctionKind.WEB, [fine, timed], busy=True)
    assert (beside.code, beside.status) == ("not_tested", Status.UNKNOWN)
    assert aggregate("svc", FunctionKind.WEB, [fine], busy=True).status == Status.WORKS
    none = Message("none")
    call = FunctionResult("svc", FunctionKind.CALLS, Verdict.CALL_POOR, Status.DEGRADED, none, none)
    assert hold_back_timing(call).code == "not_tested"
    ok = replace(call, code=Verdict.CALL_OK, status=Status.WORKS)
    assert hold_back_timing(ok) is ok


def test_a_doh_timeout_on_a_busy_computer_is_no_proof_of_a_block() -> None:
    timed_out = DnsAnswer("doh", "https://127.0.0.3/dns-query", Outcome.TIMEOUT, (), 1000.0)
    doh = DohStatus(None, (timed_out,))
    busy = LoopLag(200, 400.0, 1500.0, 1000.0)
    assert "dns_encrypted_blocked" in assess(NetworkFacts([], doh=doh)).conditions
    assert (
        "dns_encrypted_blocked" not in assess(NetworkFacts([], doh=doh, loop_lag=busy)).conditions
    )


async def _starved(diagnostic: Diagnostic, block_s: float) -> RunResult:
    """The run with a hog on its own loop: it blocks the loop `block_s` at a time, with a
    moment's pause between (deterministic: a blocking sleep, not a competing process)."""

    async def hog() -> None:
        while True:
            await asyncio.sleep(0.01)
            time.sleep(block_s)  # blocking on purpose: the starved loop

    hogging = asyncio.create_task(hog())
    try:
        return await diagnostic.run()
    finally:
        hogging.cancel()


def test_a_starved_loop_holds_timing_verdicts_back_and_calls_no_block(shared_lab: Any) -> None:
    lab = shared_lab("clean")
    assert lab.info is not None
    catalog = load_catalog(replace_with=lab.info.catalog)
    config = build_config(catalog.settings, {})
    services = ("wikipedia", "telegram")  # a page, transfers and a two-way test
    run = asyncio.run(_starved(Diagnostic(catalog, config, services=services), 0.8))
    network = run.network
    assert "machine_busy" in network.conditions
    lag = next(m for m in network.evidence if m.key == "evidence.loop_lag")
    assert float(str(lag.params["max_ms"])) >= 700
    called = [
        (f.service_id, f.kind, f.code, f.status, [m.key for m in f.evidence])
        for s in run.services
        for f in s.functions
        if f.status not in (Status.WORKS, Status.UNKNOWN)
    ]
    assert not called
    assert "dns_encrypted_blocked" not in network.conditions


@pytest.mark.parametrize(
    ("outcome", "held"),
    [(Outcome.TIMEOUT, True), (Outcome.STALLED, True), (Outcome.PROTOCOL_ERROR, False)],
)
def test_a_page_that_ran_out_of_time_is_held_back_too(outcome: Outcome, held: bool) -> None:
    step = Step(StepKind.HTTP, "https://a.lab.test/", False, outcome, 3000.0, (), {})
    page = EndpointResult(Endpoint("a.lab.test", 443, Protocol.HTTPS), Verdict.HTTP_ERROR, (step,))
    result = aggregate("svc", FunctionKind.WEB, [page], busy=True)
    assert (result.code == "not_tested") is held


def test_a_dead_proxy_is_named_per_function_in_the_cli_summary(shared_lab: Any) -> None:
    import io

    from cli.diagnose import print_table

    run = run_diagnostic(shared_lab("clean"), proxy="socks5://127.0.0.1:9", services=["wikipedia"])
    functions = [f for s in run.services for f in s.functions if f.code == Verdict.OFFLINE]
    assert functions
    for function in functions:
        assert function.explanation.key == "explain.offline.proxy_dead"
        assert "the proxy at 127.0.0.1:9 does not answer" in render(function.explanation, "en")
        assert "no internet" not in render(function.explanation, "en")
        assert "127.0.0.1:9" in render(function.explanation, "ru")
        assert "127.0.0.1:9" in render(function.advice, "ru")
    for language, label, wrong in (
        ("en", "the proxy does not answer", "no internet"),
        ("ru", "прокси не отвечает", "нет интернета"),
    ):
        out = io.StringIO()
        print_table(run, language, out)
        summary = out.getvalue()
        assert "127.0.0.1:9" in summary.splitlines()[0]
        assert label in summary
        assert wrong not in summary
