"""Each rule of core/rules/verdict.py, core/rules/dns.py and core/rules/network.py on its own."""

from __future__ import annotations

from core.models import (
    DnsAnswer,
    Endpoint,
    EndpointResult,
    FunctionKind,
    FunctionResult,
    Protocol,
    Status,
    Step,
    StepKind,
)
from core.netaddr import is_bogon, parse_networks, site_of
from core.rules import dns as dns_rules
from core.rules import verdict
from core.rules.facts import NameResolution


def answer(outcome: str, *addresses: str, source: str = "system") -> DnsAnswer:
    return DnsAnswer(source, "", outcome, addresses, 1.0)


def res(
    system: DnsAnswer,
    doh: DnsAnswer | None = None,
    tcp: tuple[DnsAnswer, ...] = (),
    udp: tuple[DnsAnswer, ...] = (),
    name: str = "site.example",
) -> NameResolution:
    return NameResolution(name, system, udp, tcp, doh)


def test_bogons() -> None:
    assert is_bogon("10.1.2.3") and is_bogon("0.0.0.0") and is_bogon("100.64.0.1")
    assert is_bogon("198.18.0.7") and not is_bogon("8.8.8.8")
    assert not is_bogon("127.5.0.1", parse_networks(["127.5.0.0/16"]))


def test_site_of() -> None:
    assert site_of("web.whatsapp.com") == "whatsapp.com"
    assert site_of("www.gosuslugi.ru") == "gosuslugi.ru"
    assert site_of("a.b.com.ru") == "b.com.ru"


def test_consistent_answer_is_ok() -> None:
    v = dns_rules.classify(
        res(answer("ok", "1.1.1.1"), answer("ok", "1.1.1.1", source="doh")), set()
    )
    assert v.code == "ok"


def test_fake_nxdomain() -> None:
    v = dns_rules.classify(res(answer("nxdomain"), answer("ok", "9.9.9.9", source="doh")), set())
    assert v.code == "dns_nxdomain" and v.addresses == ("9.9.9.9",)


def test_real_nxdomain_is_not_censorship() -> None:
    v = dns_rules.classify(res(answer("nxdomain"), answer("nxdomain", source="doh")), set())
    assert v.code == "dns_name_gone"
    assert verdict.status_of(v.code) == Status.UNKNOWN


def test_no_answer_is_dns_timeout() -> None:
    v = dns_rules.classify(res(answer("timeout"), answer("ok", "9.9.9.9", source="doh")), set())
    assert v.code == "dns_timeout"


def test_bogon_answer_is_spoofed() -> None:
    v = dns_rules.classify(
        res(answer("ok", "10.0.0.1"), answer("ok", "9.9.9.9", source="doh")), set()
    )
    assert v.code == "dns_spoofed" and v.reason == "bogon"


def test_shared_block_address_is_spoofed() -> None:
    a = res(answer("ok", "5.5.5.5"), answer("ok", "1.0.0.1", source="doh"), name="a.one.com")
    b = res(answer("ok", "5.5.5.5"), answer("ok", "2.0.0.2", source="doh"), name="b.two.org")
    shared = dns_rules.shared_addresses([a, b])
    assert shared == {"5.5.5.5"}
    assert dns_rules.classify(a, shared).code == "dns_spoofed"


def test_shared_cdn_address_confirmed_by_reference_is_fine() -> None:
    a = res(answer("ok", "5.5.5.5"), answer("ok", "5.5.5.5", source="doh"), name="a.one.com")
    b = res(answer("ok", "5.5.5.5"), answer("ok", "5.5.5.5", source="doh"), name="b.two.org")
    assert dns_rules.shared_addresses([a, b]) == set()


def test_differing_answer_is_settled_by_tls_validation() -> None:
    pending = dns_rules.classify(
        res(answer("ok", "3.3.3.3"), answer("ok", "4.4.4.4", source="doh")), set()
    )
    assert pending.code == dns_rules.PENDING and pending.to_validate == ("3.3.3.3",)
    assert dns_rules.settle(pending, {"3.3.3.3": True}, "n").code == "ok"
    spoofed = dns_rules.settle(pending, {"3.3.3.3": False}, "n")
    assert spoofed.code == "dns_spoofed" and spoofed.reason == "fails_validation"
    assert dns_rules.settle(pending, {}, "n").code == "ok"  # nothing to check it with


def test_tcp_answers_stand_in_when_doh_is_blocked() -> None:
    r = res(answer("nxdomain"), None, tcp=(answer("ok", "7.7.7.7", source="tcp"),))
    assert dns_rules.classify(r, set()).code == "dns_nxdomain"


def test_udp_forgery_needs_a_lie_not_just_a_difference() -> None:
    honest_cdn = res(
        answer("ok", "1.1.1.1"),
        udp=(answer("ok", "8.8.4.4", source="udp"),),
        tcp=(answer("ok", "8.8.8.8", source="tcp"),),
    )
    assert not dns_rules.udp_forged(honest_cdn, set(), ())
    forged = res(
        answer("ok", "1.1.1.1"),
        udp=(answer("ok", "10.9.9.9", source="udp"),),
        tcp=(answer("ok", "8.8.8.8", source="tcp"),),
    )
    assert dns_rules.udp_forged(forged, set(), ())


def test_tls_codes() -> None:
    assert verdict.tls_code("reset_after_client_hello") == "tls_reset"
    assert verdict.tls_code("stall_no_server_hello") == "tls_timeout"
    assert verdict.tls_code("bad_certificate") == "tls_bad_certificate"
    assert verdict.tls_code("non_tls_reply") == "tls_error"
    assert verdict.tls_code("non_tls_reply", blockpage=True) == "http_blockpage"
    assert verdict.tls_code("connect_refused") == "tcp_refused"
    assert verdict.tls_code_by_address("tls_reset") == "tcp_reset"
    assert verdict.tls_code_by_address("tls_timeout") == "tcp_timeout"


def _ep(protocol: Protocol = Protocol.HTTPS) -> Endpoint:
    return Endpoint("h.example", 443, protocol)


def _er(code: str, protocol: Protocol = Protocol.HTTPS, partial: bool = False) -> EndpointResult:
    return EndpointResult(_ep(protocol), code, (), (), partial)


def test_aggregate_all_ok_all_failing_and_partial() -> None:
    ok = verdict.aggregate("s", FunctionKind.WEB, [_er("ok"), _er("ok")])
    assert (ok.code, ok.status) == ("ok", Status.WORKS)
    blocked = verdict.aggregate("s", FunctionKind.WEB, [_er("tcp_timeout"), _er("tls_reset")])
    assert (blocked.code, blocked.status) == ("tls_reset", Status.BLOCKED)
    partial = verdict.aggregate("s", FunctionKind.WEB, [_er("ok"), _er("tcp_timeout")])
    assert (partial.code, partial.status) == ("tcp_timeout", Status.DEGRADED)
    assert partial.failure_share == 0.5


def test_blockpage_outranks_the_cut_that_comes_with_it() -> None:
    f = verdict.aggregate("s", FunctionKind.WEB, [_er("tls_reset"), _er("http_blockpage")])
    assert f.code == "http_blockpage"


def test_offline_context_never_says_blocked() -> None:
    f = verdict.aggregate("s", FunctionKind.WEB, [_er("tcp_timeout")], context="offline")
    assert (f.code, f.status) == ("offline", Status.UNKNOWN)


def test_calls_are_judged_by_the_call_path_not_the_fallback() -> None:
    f = verdict.aggregate(
        "s", FunctionKind.CALLS, [_er("not_tested", Protocol.STUN), _er("ok", Protocol.TLS)]
    )
    assert f.status == Status.UNKNOWN


def test_service_status() -> None:
    def fr(status: Status) -> FunctionResult:
        return verdict._result("s", FunctionKind.WEB, "ok", (), (), status=status)

    assert verdict.service_status([fr(Status.WORKS), fr(Status.WORKS)]) == Status.WORKS
    assert verdict.service_status([fr(Status.WORKS), fr(Status.BLOCKED)]) == Status.DEGRADED
    assert verdict.service_status([fr(Status.UNKNOWN)]) == Status.UNKNOWN


def test_tcp_summary_counts_failed_addresses() -> None:
    steps = [
        Step(StepKind.TCP, "a", True, "connected", 1),
        Step(StepKind.TCP, "b", False, "timeout", 1),
    ]
    assert verdict.tcp_summary(steps) == ("tcp_timeout", 1, 2)
