"""A site's own faults are not censorship, and an address that limits connections is not a
black hole (issue 20): the rules from hand-written facts (core/rules/certificates.py, dns.py,
endpoint.py, verdict.py), and the TLS probe's one fact they need (`chain_trusted`)."""

from __future__ import annotations

import asyncio
import contextlib
import ssl
from collections.abc import AsyncIterator, Sequence
from pathlib import Path

import pytest

from core.budget import TimeBudget
from core.codes import CertificateProblem, Outcome, Verdict
from core.interception_roots import InterceptionRoot
from core.messages import text
from core.models import (
    CertificateFacts,
    DnsAnswer,
    Endpoint,
    EndpointResult,
    FunctionKind,
    Protocol,
    Status,
    Step,
    StepKind,
)
from core.netaddr import parse_networks
from core.probes import tls
from core.probes.dial import Dial, Target
from core.probes.tlsstream import make_context
from core.rules import certificates, verdict
from core.rules import dns as dns_rules
from core.rules import endpoint as endpoint_rules
from core.rules.facts import NameResolution
from lab.pki import DEFAULT_HOST, LabPKI

QAZNET = InterceptionRoot(
    "kz-qaznet-2019", "Qaznet Trust Network", "Qaznet Trust Network", "kz", "2019", "https://x"
)
EXPIRED = CertificateProblem.EXPIRED
WRONG_NAME = CertificateProblem.WRONG_NAME
UNKNOWN = CertificateProblem.UNKNOWN_AUTHORITY


def _facts(subject: str = "site.test", issuer: str = "Some Trusted CA") -> CertificateFacts:
    return CertificateFacts(subject, issuer)


# ---- the site's own certificate ----


@pytest.mark.parametrize(
    ("problem", "trusted", "presented", "site"),
    [
        (EXPIRED, True, [_facts()], True),
        (WRONG_NAME, True, [_facts("default.test")], True),
        (CertificateProblem.NOT_YET_VALID, True, [_facts()], True),
        # the chain was not measured, or does not reach a trusted root: interception stays
        (EXPIRED, None, [_facts()], False),
        (WRONG_NAME, False, [_facts()], False),
        # a known interception root some devices were made to trust: never the site's
        (EXPIRED, True, [_facts(issuer="Qaznet Trust Network")], False),
        (WRONG_NAME, True, [_facts(), _facts("KZ", "Qaznet Trust Network")], False),
        # problems about who issued it are never the site's
        (UNKNOWN, True, [_facts()], False),
        (CertificateProblem.SELF_SIGNED, True, [_facts()], False),
        (CertificateProblem.OTHER, True, [_facts()], False),
        (None, True, [], False),
    ],
)
def test_a_site_fault_needs_dates_or_name_and_a_trusted_chain(
    problem: CertificateProblem | None,
    trusted: bool | None,
    presented: list[CertificateFacts],
    site: bool,
) -> None:
    assert certificates.site_fault(problem, trusted, presented, (QAZNET,)) is site


def _bad(problem: CertificateProblem, trusted: bool | None, *presented: CertificateFacts) -> Step:
    detail: dict[str, object] = {"presented": [p.to_dict() for p in presented]}
    if trusted is not None:
        detail["chain_trusted"] = trusted
    return Step(
        StepKind.TLS, "x", False, Outcome.BAD_CERTIFICATE, 1.0, detail=detail, certificate=problem
    )


@pytest.mark.parametrize(
    ("step", "code", "key"),
    [
        (_bad(EXPIRED, True, _facts()), Verdict.SITE_CERTIFICATE_INVALID, "site_certificate"),
        (_bad(WRONG_NAME, True, _facts()), Verdict.SITE_CERTIFICATE_INVALID, "site_certificate"),
        (_bad(EXPIRED, False, _facts()), Verdict.TLS_BAD_CERTIFICATE, "bad_certificate"),
        (_bad(UNKNOWN, None, _facts()), Verdict.TLS_BAD_CERTIFICATE, "bad_certificate"),
        (
            _bad(UNKNOWN, None, _facts(issuer="Qaznet Trust Network")),
            Verdict.TLS_BAD_CERTIFICATE,
            "bad_certificate",
        ),
    ],
)
def test_the_certificate_code_and_its_evidence(step: Step, code: Verdict, key: str) -> None:
    assert endpoint_rules.certificate_code(step, (QAZNET,)) == code
    message = endpoint_rules.certificate_evidence(step, "site.test", (QAZNET,))
    assert message.key.startswith(f"evidence.{key}.")


def test_the_evidence_says_which_fault_in_both_languages() -> None:
    step = _bad(WRONG_NAME, True, _facts("default-host.test"))
    message = endpoint_rules.certificate_evidence(step, "site.test", ())
    assert message.key == "evidence.site_certificate.wrong_name"
    english, russian = (text(message.key, message.params, lang) for lang in ("en", "ru"))
    assert "default-host.test" in english and "default-host.test" in russian
    assert "not interception" in english and "не перехват" in russian
    expired = endpoint_rules.certificate_evidence(_bad(EXPIRED, True, _facts()), "site.test", ())
    assert "expired" in text(expired.key, expired.params, "en")


# ---- a name that points to a local address ----

LAB = parse_networks(["127.5.0.0/16"])  # the lab's own range counts as public


def _answer(source: str, *addresses: str, outcome: str = "ok") -> DnsAnswer:
    return DnsAnswer(source, "", outcome, addresses, 1.0)


def _res(
    system: Sequence[str],
    doh: Sequence[str] | None,
    udp: Sequence[str] | None = None,
    tcp: Sequence[str] | None = None,
) -> NameResolution:
    return NameResolution(
        "site.test",
        _answer("system", *system),
        (_answer("udp", *udp),) if udp is not None else (),
        (_answer("tcp", *tcp),) if tcp is not None else (),
        _answer("doh", *doh) if doh is not None else None,
    )


@pytest.mark.parametrize(
    ("resolution", "code"),
    [
        # every resolver agrees on a loopback / private / reserved address
        (_res(["127.0.0.1"], ["127.0.0.1"], ["127.0.0.1"], ["127.0.0.1"]), "dns_points_local"),
        (_res(["10.1.2.3"], ["10.1.2.3"]), "dns_points_local"),
        (_res(["192.168.1.1"], None, tcp=["192.168.1.1"]), "dns_points_local"),
        (_res(["127.0.0.1", "10.0.0.1"], ["10.0.0.1"]), "dns_points_local"),
        # the system resolver alone gives it: tampering
        (_res(["127.0.0.1"], ["93.184.216.34"]), "dns_spoofed"),
        (_res(["10.1.2.3"], None), "dns_spoofed"),  # nothing independent answered
        # encrypted DNS agrees with the system; only UDP/53 (forgeable in transit) differs
        (_res(["127.0.0.1"], ["127.0.0.1"], udp=["93.184.216.34"]), "dns_points_local"),
        # the system gives only the local one of the name's addresses: nothing to probe
        (_res(["127.0.0.1"], ["127.0.0.1", "93.184.216.34"]), "dns_points_local"),
        # the lab's own range is public: not local
        (_res(["127.5.0.9"], ["127.5.0.9"]), "ok"),
    ],
)
def test_a_name_points_local_only_when_every_resolver_says_so(
    resolution: NameResolution, code: str
) -> None:
    found = dns_rules.classify(resolution, set(), LAB)
    assert found.code == code
    if code == "dns_points_local":
        assert found.addresses == ()  # nothing to connect to
        assert found.evidence[0].key == "evidence.dns_points_local"


def test_a_local_address_beside_public_ones_is_never_probed() -> None:
    resolution = _res(["127.0.0.1", "93.184.216.34"], ["127.0.0.1", "93.184.216.34"])
    found = dns_rules.classify(resolution, set(), LAB)
    assert found.code == "ok" and found.addresses == ("93.184.216.34",)


# ---- port 80 refused, the secure port answers ----


def _tcp(ok: bool, address: str = "1.2.3.4", outcome: Outcome | None = None) -> Step:
    fact = outcome or (Outcome.CONNECTED if ok else Outcome.REFUSED)
    return Step(StepKind.TCP, f"{address}:443", ok, fact, 1.0, (address,))


@pytest.mark.parametrize(
    ("code", "secure", "expected"),
    [
        (Verdict.TCP_REFUSED, [_tcp(True)], Verdict.SITE_NO_PLAIN_HTTP),
        (Verdict.TCP_REFUSED, [_tcp(False), _tcp(True, "1.2.3.5")], Verdict.SITE_NO_PLAIN_HTTP),
        # nothing answers on the secure port either: something refuses in the site's place
        (Verdict.TCP_REFUSED, [_tcp(False)], Verdict.TCP_REFUSED),
        (Verdict.TCP_REFUSED, [_tcp(False, outcome=Outcome.TIMEOUT)], Verdict.TCP_REFUSED),
        (Verdict.TCP_REFUSED, [], Verdict.TCP_REFUSED),
        (Verdict.TCP_TIMEOUT, [_tcp(True)], Verdict.TCP_TIMEOUT),
    ],
)
def test_no_plain_http(code: Verdict, secure: list[Step], expected: Verdict) -> None:
    assert endpoint_rules.no_plain_http(code, secure) == expected


def test_only_a_refused_plain_http_endpoint_asks_the_secure_port() -> None:
    assert endpoint_rules.plain_http_refused(Protocol.HTTP, Verdict.TCP_REFUSED)
    assert not endpoint_rules.plain_http_refused(Protocol.HTTPS, Verdict.TCP_REFUSED)
    assert not endpoint_rules.plain_http_refused(Protocol.HTTP, Verdict.TCP_TIMEOUT)


# ---- connections that pass, then later ones that hang ----

A = "1.2.3.4"


def _step(kind: StepKind, outcome: Outcome, at: float, address: str = A, target: str = "") -> Step:
    ok = outcome in (Outcome.CONNECTED, Outcome.HANDSHAKE_OK, Outcome.RESPONSE)
    return Step(kind, target or f"{address}:443", ok, outcome, 1.0, (address,), started_ms=at)


CONNECT = _step(StepKind.TCP, Outcome.CONNECTED, 0)
SHAKE = _step(StepKind.TLS, Outcome.HANDSHAKE_OK, 10)
PLAIN = "http://site.test/"
GET_HUNG = _step(StepKind.HTTP, Outcome.TIMEOUT, 20, target=PLAIN)  # its first bytes: unanswered
CONTROL_HUNG = _step(StepKind.HTTP, Outcome.TIMEOUT, 3020, target=PLAIN)
# an HTTPS request whose own handshake passed, then got no answer: a failing server's
SECURE_GET_HUNG = _step(StepKind.HTTP, Outcome.TIMEOUT, 20, target="https://site.test/")
SECURE_CONTROL_HUNG = _step(StepKind.HTTP, Outcome.TIMEOUT, 3020, target="https://site.test/")
GET_CONNECT_HUNG = _step(StepKind.HTTP, Outcome.CONNECT_TIMEOUT, 20)
STALL = _step(StepKind.TLS, Outcome.STALL_NO_SERVER_HELLO, 10)
PAIRED_STALL = _step(StepKind.TLS, Outcome.STALL_NO_SERVER_HELLO, 2510)
CONNECT_HUNG = _step(StepKind.TCP, Outcome.TIMEOUT, 50)
OTHER_SHAKE = _step(StepKind.TLS, Outcome.HANDSHAKE_OK, 5)  # another endpoint, same address
LATE_SHAKE = _step(StepKind.TLS, Outcome.HANDSHAKE_OK, 900)
ELSEWHERE = _step(StepKind.TLS, Outcome.HANDSHAKE_OK, 5, "5.6.7.8")


@pytest.mark.parametrize(
    ("code", "own", "others", "passed", "hung"),
    [
        # another connection's handshake answered, then a plain request and its pair hung
        (Verdict.HTTP_ERROR, [CONNECT, GET_HUNG, CONTROL_HUNG], [SHAKE], 1, 2),
        # the request's connection never got its handshake answered (the connect layer)
        (Verdict.TCP_TIMEOUT, [CONNECT, SHAKE, GET_CONNECT_HUNG], [], 2, 1),
        # the handshake hung with every name, after another endpoint's answered there
        (Verdict.TCP_TIMEOUT, [CONNECT, STALL, PAIRED_STALL], [OTHER_SHAKE], 1, 2),
        # connects that opened earlier, then one that timed out
        (Verdict.TCP_TIMEOUT, [CONNECT_HUNG], [CONNECT, SHAKE], 2, 1),
    ],
)
def test_earlier_answers_then_hangs_are_connection_limited(
    code: Verdict, own: list[Step], others: list[Step], passed: int, hung: int
) -> None:
    found = endpoint_rules.limited(code, own, [*others, *own])
    assert found is not None and found.code == Verdict.CONNECTION_LIMITED
    assert found.figures == {"passed": passed, "hung": hung}
    assert found.words == endpoint_rules.LIMITED_WORDS
    assert found.evidence[0].key == "evidence.connections_limited"


@pytest.mark.parametrize(
    ("code", "own", "others"),
    [
        # a black hole: every attempt failed (a bare connect proves nothing about the data)
        (Verdict.TCP_TIMEOUT, [CONNECT, STALL, PAIRED_STALL], []),
        (Verdict.TCP_TIMEOUT, [CONNECT_HUNG], []),
        # an answer on another address says nothing about this one
        (Verdict.TCP_TIMEOUT, [CONNECT, STALL, PAIRED_STALL], [ELSEWHERE]),
        # a connection answered after the first hang: not a limit (by name, or flaky)
        (Verdict.TCP_TIMEOUT, [CONNECT, STALL, PAIRED_STALL], [OTHER_SHAKE, LATE_SHAKE]),
        # codes that do not say "the address hangs"
        (Verdict.TLS_TIMEOUT, [CONNECT, STALL, PAIRED_STALL], [OTHER_SHAKE]),
        (Verdict.TCP_REFUSED, [CONNECT_HUNG], [CONNECT]),
        # a failing server: its requests' handshakes passed, then nothing came back
        (Verdict.HTTP_ERROR, [CONNECT, SHAKE, SECURE_GET_HUNG, SECURE_CONTROL_HUNG], []),
        # a failing server: its answers were errors, not hangs
        (
            Verdict.HTTP_ERROR,
            [CONNECT, SHAKE, _step(StepKind.HTTP, Outcome.PROTOCOL_ERROR, 20)],
            [],
        ),
    ],
)
def test_every_attempt_failing_stays_what_it_was(
    code: Verdict, own: list[Step], others: list[Step]
) -> None:
    assert endpoint_rules.limited(code, own, [*others, *own]) is None


def test_connection_limited_on_an_address_has_its_own_words() -> None:
    found = endpoint_rules.limited(Verdict.HTTP_ERROR, [CONNECT, GET_HUNG, CONTROL_HUNG], [SHAKE])
    assert found is not None
    key = f"explain.connection_limited.{found.words}"
    for language in ("en", "ru"):
        words = text(key, {**found.figures, "function": "web"}, language)
        assert "{" not in words and "1" in words and "2" in words
        assert text(f"advice.connection_limited.{found.words}", {}, language)


# ---- a function: a site's fault never reads as a block ----


def _endpoint(code: Verdict, protocol: Protocol = Protocol.HTTPS) -> EndpointResult:
    return EndpointResult(Endpoint("site.test", 443, protocol, source="test"), code, ())


@pytest.mark.parametrize(
    ("codes", "code", "status"),
    [
        ([Verdict.OK, Verdict.SITE_NO_PLAIN_HTTP], Verdict.OK, Status.WORKS),
        ([Verdict.SITE_CERTIFICATE_INVALID], Verdict.SITE_CERTIFICATE_INVALID, Status.UNKNOWN),
        ([Verdict.DNS_POINTS_LOCAL], Verdict.DNS_POINTS_LOCAL, Status.UNKNOWN),
        (
            [Verdict.SITE_CERTIFICATE_INVALID, Verdict.SITE_NO_PLAIN_HTTP],
            Verdict.SITE_CERTIFICATE_INVALID,
            Status.UNKNOWN,
        ),
        # beside a real block, the block is the news (and not "partial")
        ([Verdict.TLS_RESET, Verdict.SITE_NO_PLAIN_HTTP], Verdict.TLS_RESET, Status.BLOCKED),
    ],
)
def test_a_sites_own_fault_is_set_aside(
    codes: list[Verdict], code: Verdict, status: Status
) -> None:
    result = verdict.aggregate("site", FunctionKind.WEB, [_endpoint(c) for c in codes])
    assert (result.code, result.status) == (code, status)


@pytest.mark.parametrize("code", sorted(verdict.SITE_OWN))
def test_each_site_fault_has_words_in_both_languages(code: Verdict) -> None:
    for part in ("label", "headline", "explain", "advice"):
        for language in ("en", "ru"):
            words = text(f"{part}.{code}", {"function": "web"}, language)
            assert words and words != f"{part}.{code}" and "{" not in words


# ---- the probe: whether the chain reached a trusted root ----


@contextlib.asynccontextmanager
async def _server(context: ssl.SSLContext) -> AsyncIterator[int]:
    async def serve(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        with contextlib.suppress(Exception):
            await reader.read(1)
        writer.close()

    server = await asyncio.start_server(serve, "127.0.0.1", 0, ssl=context)
    try:
        yield server.sockets[0].getsockname()[1]
    finally:
        server.close()


def _handshake(pki: LabPKI, authority: str) -> Step:
    async def go() -> Step:
        async with _server(pki.server_context("site.test", authority=authority)) as port:
            dial = Dial(make_context(str(pki.bundle)), TimeBudget(connect=5.0, tls=5.0))
            return await tls.handshake(dial, Target("127.0.0.1", port, "site.test", "site.test"))

    return asyncio.run(go())


def test_the_probe_measures_the_chain_of_a_dates_or_name_failure(tmp_path: Path) -> None:
    pki = LabPKI(tmp_path)
    expired = _handshake(pki, "expired")
    assert expired.certificate is EXPIRED and expired.detail["chain_trusted"] is True
    wrong = _handshake(pki, "wrong_name")
    assert wrong.certificate is WRONG_NAME and wrong.detail["chain_trusted"] is True
    assert CertificateFacts.presented(wrong)[0].subject_cn == DEFAULT_HOST
    rogue = _handshake(pki, "rogue")  # an interceptor's CA: no chain check, the look as before
    assert rogue.certificate is UNKNOWN and "chain_trusted" not in rogue.detail
    assert CertificateFacts.presented(rogue)
