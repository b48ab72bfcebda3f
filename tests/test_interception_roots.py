"""Known state interception roots (issue #19): the TLS probe reads who issued a certificate that
failed verification (core/probes/certificate.py, one more handshake only then), the shipped list
names the roots with public sources (resources/interception_roots.toml), and the rules match the
two (core/rules/certificates.py)."""

from __future__ import annotations

import asyncio
import contextlib
import ssl
from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import Any

import pytest
import trustme
from cryptography import x509
from cryptography.hazmat.primitives import serialization

from core.budget import TimeBudget
from core.codes import CertificateProblem, Outcome
from core.interception_roots import (
    InterceptionRoot,
    InterceptionRootsError,
    load_interception_roots,
)
from core.messages import text
from core.models import CertificateFacts, Step, StepKind
from core.probes import tls
from core.probes.certificate import facts_from_der
from core.probes.dial import Dial, Target
from core.probes.tlsstream import make_context
from core.rules import certificates
from core.rules import endpoint as endpoint_rules
from lab.pki import KNOWN_ROOT_NAME, LabPKI, NamedCA

QAZNET = InterceptionRoot(
    "kz-qaznet-2019", "Qaznet Trust Network", "Qaznet Trust Network", "kz", "2019", "https://x"
)
ISCA = InterceptionRoot(
    "kz-isca-2021",
    "Information Security Certification Authority",
    "Information Security Certification Authority",
    "kz",
    "2021–2024",
    "https://x",
    issuer_org="ISCA",
)
BY_KEY = InterceptionRoot(
    "by-key", "Keyed", "Keyed Root", "kz", "2020", "https://x", key_ids=("ab12",)
)
ROOTS = (QAZNET, ISCA, BY_KEY)


def _facts(cn: str = "", org: str = "", key_id: str = "") -> CertificateFacts:
    return CertificateFacts("site.test", cn, org, key_id)


# ---- the rule: problem x issuer -> a known root or not ----

UNKNOWN = CertificateProblem.UNKNOWN_AUTHORITY


@pytest.mark.parametrize(
    ("problem", "presented", "expected"),
    [
        (UNKNOWN, [_facts("Qaznet Trust Network")], QAZNET),
        (UNKNOWN, [_facts("  qaznet trust NETWORK ")], QAZNET),  # case and ends ignored
        (CertificateProblem.SELF_SIGNED, [_facts("Qaznet Trust Network")], QAZNET),
        (CertificateProblem.OTHER, [_facts("Qaznet Trust Network")], QAZNET),
        (UNKNOWN, [_facts("Qaznet Trust Network Two")], None),  # names are whole, not parts
        (UNKNOWN, [_facts("Interceptor CA")], None),
        (UNKNOWN, [], None),  # the look saw nothing
        # the organization must match when the list gives one
        (UNKNOWN, [_facts("Information Security Certification Authority", "ISCA")], ISCA),
        (UNKNOWN, [_facts("Information Security Certification Authority", "Other")], None),
        (UNKNOWN, [_facts("Information Security Certification Authority")], None),
        # the root signs an intermediate: found further down the chain the server sent
        (
            UNKNOWN,
            [
                _facts("KZ intermediate"),
                _facts("Information Security Certification Authority", "ISCA"),
            ],
            ISCA,
        ),
        # by the issuer's key identifier, whatever the names
        (UNKNOWN, [_facts("Anything", key_id="AB12")], BY_KEY),
        (UNKNOWN, [_facts("Anything", key_id="ab13")], None),
        # chained to a trusted root, then failed on its name or dates: not an interception root
        (CertificateProblem.WRONG_NAME, [_facts("Qaznet Trust Network")], None),
        (CertificateProblem.EXPIRED, [_facts("Qaznet Trust Network")], None),
        (CertificateProblem.NOT_YET_VALID, [_facts("Qaznet Trust Network")], None),
        (None, [_facts("Qaznet Trust Network")], None),
    ],
)
def test_the_rule_names_a_known_root_only_for_its_issuer(
    problem: CertificateProblem | None,
    presented: list[CertificateFacts],
    expected: InterceptionRoot | None,
) -> None:
    assert certificates.known_root(problem, presented, ROOTS) == expected


def test_the_finding_names_the_problem_to_word() -> None:
    found = certificates.finding(UNKNOWN, [_facts("Qaznet Trust Network")], ROOTS)
    assert found == certificates.CertificateFinding(
        CertificateProblem.KNOWN_INTERCEPTION_ROOT, QAZNET
    )
    assert certificates.finding(UNKNOWN, [_facts("Other")], ROOTS).problem == UNKNOWN
    assert certificates.finding(None, [], ROOTS).problem == CertificateProblem.OTHER


def _bad_step(problem: CertificateProblem, *presented: CertificateFacts) -> Step:
    detail = {"presented": [p.to_dict() for p in presented]} if presented else {}
    return Step(
        StepKind.TLS, "x", False, Outcome.BAD_CERTIFICATE, 1.0, detail=detail, certificate=problem
    )


def test_the_evidence_names_the_root_where_and_when_in_both_languages() -> None:
    step = _bad_step(UNKNOWN, _facts("Qaznet Trust Network"))
    message = endpoint_rules.certificate_evidence(step, "x.test", ROOTS)
    assert message.key == "evidence.bad_certificate.known_interception_root"
    english = text(message.key, message.params, "en")
    russian = text(message.key, message.params, "ru")
    assert "x.test" in english and "Qaznet Trust Network" in english
    assert "Kazakhstan" in english and "2019" in english
    assert "Qaznet Trust Network" in russian and "Казахстан" in russian
    assert "{" not in english + russian


def test_without_a_known_root_the_evidence_reads_as_before() -> None:
    step = _bad_step(UNKNOWN, _facts("Interceptor CA"))
    message = endpoint_rules.certificate_evidence(step, "x.test", ROOTS)
    assert message.key == "evidence.bad_certificate.unknown_authority"
    assert dict(message.params) == {"name": "x.test"}
    # no list handed down: the same as before there was one
    assert (
        endpoint_rules.certificate_evidence(
            _bad_step(UNKNOWN, _facts("Qaznet Trust Network")), "x.test"
        )
        == message
    )


# ---- reading a certificate's DER ----


def test_the_der_of_a_leaf_gives_subject_issuer_and_key_id() -> None:
    ca = NamedCA(KNOWN_ROOT_NAME)
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    ca.configure(context, "site.example.test")
    facts = facts_from_der(_raw_leaf(context))
    assert facts == CertificateFacts("site.example.test", "Qaznet Trust Network", "", ca.key_id)


def test_the_der_of_a_trustme_leaf_gives_its_organization() -> None:
    ca = trustme.CA(organization_name="ISCA")
    leaf = ca.issue_cert("site.example.test", common_name="site.example.test")
    pem = leaf.cert_chain_pems[0].bytes()
    der = x509.load_pem_x509_certificate(pem).public_bytes(serialization.Encoding.DER)
    facts = facts_from_der(der)
    assert facts is not None
    assert (facts.subject_cn, facts.issuer_org) == ("site.example.test", "ISCA")
    assert len(facts.authority_key_id) == 40  # trustme writes the root's SHA-1 key id


def test_bytes_that_are_not_a_certificate_give_nothing() -> None:
    assert facts_from_der(b"\x30\x03garbage") is None
    assert facts_from_der(b"") is None


def _raw_leaf(context: ssl.SSLContext) -> bytes:
    """The DER a server with `context` presents."""

    async def go() -> bytes:
        async with _server(context) as port:
            _reader, writer = await asyncio.open_connection(
                "127.0.0.1", port, ssl=make_context(None, verify=False), server_hostname="x.test"
            )
            der = writer.get_extra_info("ssl_object").getpeercert(binary_form=True)
            writer.close()
            with contextlib.suppress(Exception):
                await writer.wait_closed()
            return bytes(der)

    return asyncio.run(go())


# ---- the probe's one look, only on a failed verification ----


class _Counting:
    """A TLS server that counts the connections it accepted and those that were closed."""

    def __init__(self) -> None:
        self.accepted = 0
        self.closed = 0
        self.hellos = 0  # ClientHellos a TLS server saw (its callback runs only after one)

    def hello(self, _obj: ssl.SSLObject, _name: str | None, _ctx: ssl.SSLContext) -> None:
        self.hellos += 1

    async def serve(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        self.accepted += 1
        with contextlib.suppress(Exception):
            await reader.read(1)
        self.closed += 1
        writer.close()


@contextlib.asynccontextmanager
async def _server(
    context: ssl.SSLContext | None, serve: Callable[..., Awaitable[None]] | None = None
) -> Any:
    async def default(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        with contextlib.suppress(Exception):
            await reader.read(1)
        writer.close()

    server = await asyncio.start_server(serve or default, "127.0.0.1", 0, ssl=context)
    try:
        yield server.sockets[0].getsockname()[1]
    finally:
        server.close()
        with contextlib.suppress(Exception):
            await server.wait_closed()


async def _probe(context: ssl.SSLContext, bundle: Path, counter: _Counting) -> Step:
    context.sni_callback = counter.hello
    async with _server(context, counter.serve) as port:
        dial = Dial(make_context(str(bundle)), TimeBudget(connect=5.0, tls=5.0))
        step = await tls.handshake(dial, Target("127.0.0.1", port, "site.test", "site.test"))
        await asyncio.sleep(0.05)  # let the server see the last close
        return step


def test_a_failed_verification_records_what_was_presented(tmp_path: Path) -> None:
    pki = LabPKI(tmp_path)
    counter = _Counting()
    context = pki.server_context("site.test", authority="known_root")
    step = asyncio.run(_probe(context, pki.bundle, counter))
    assert step.outcome == Outcome.BAD_CERTIFICATE
    assert step.certificate is CertificateProblem.UNKNOWN_AUTHORITY  # the probe's fact
    assert CertificateFacts.presented(step) == (
        CertificateFacts("site.test", "Qaznet Trust Network", "", pki.known_root.key_id),
    )
    assert counter.hellos == 2  # the handshake, then one look


def test_a_clean_handshake_costs_nothing_more(tmp_path: Path) -> None:
    pki = LabPKI(tmp_path)
    counter = _Counting()
    step = asyncio.run(_probe(pki.server_context("site.test"), pki.bundle, counter))
    assert step.ok and "presented" not in step.detail
    assert counter.hellos == 1


def test_a_validity_check_does_not_look(tmp_path: Path) -> None:
    """Checking a DNS answer's address asks only whether its certificate is valid."""
    pki = LabPKI(tmp_path)
    counter = _Counting()
    context = pki.server_context("site.test", authority="known_root")
    context.sni_callback = counter.hello

    async def go() -> Step:
        async with _server(context, counter.serve) as port:
            dial = Dial(make_context(str(pki.bundle)), TimeBudget(connect=5.0, tls=5.0))
            target = Target("127.0.0.1", port, "site.test", "site.test")
            return await tls.handshake(dial, target, read_presented=False)

    step = asyncio.run(go())
    assert step.certificate is CertificateProblem.UNKNOWN_AUTHORITY
    assert "presented" not in step.detail and counter.hellos == 1


def test_the_look_reads_the_chain_the_server_sent(tmp_path: Path) -> None:
    """An interception root usually signs an intermediate: the chain names the root."""
    root = trustme.CA(organization_name="ISCA")
    intermediate = root.create_child_ca()
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    intermediate.issue_cert("site.test").configure_cert(context)
    pki = LabPKI(tmp_path)
    step = asyncio.run(_probe(context, pki.bundle, _Counting()))
    presented = CertificateFacts.presented(step)
    assert step.certificate is CertificateProblem.UNKNOWN_AUTHORITY
    assert len(presented) == 2 and presented[1].issuer_org == "ISCA"
    root_cert = x509.load_pem_x509_certificate(root.cert_pem.bytes())
    ski = root_cert.extensions.get_extension_for_class(x509.SubjectKeyIdentifier)
    keyed = InterceptionRoot(
        "r", "Root", "none", "kz", "2024", "https://x", key_ids=(ski.value.digest.hex(),)
    )
    assert certificates.known_root(step.certificate, presented, (keyed,)) == keyed


def test_the_look_has_no_time_left_and_does_not_dial() -> None:
    async def go() -> tuple[CertificateFacts, ...]:
        counter = _Counting()
        async with _server(None, counter.serve) as port:
            found = await tls.look_at_certificate(
                Dial(make_context(None, verify=False)), Target("127.0.0.1", port), 0.0
            )
        assert counter.accepted == 0
        return found

    assert asyncio.run(go()) == ()


def test_a_cancelled_look_closes_its_socket() -> None:
    async def go() -> _Counting:
        counter = _Counting()
        async with _server(None, counter.serve) as port:  # accepts, never speaks TLS
            dial = Dial(make_context(None, verify=False))
            task = asyncio.create_task(
                tls.look_at_certificate(dial, Target("127.0.0.1", port, "x", "x"), 10.0)
            )
            while counter.accepted == 0:
                await asyncio.sleep(0.01)
            task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await task
            for _ in range(100):
                if counter.closed:
                    break
                await asyncio.sleep(0.01)
        return counter

    counter = asyncio.run(go())
    assert counter.accepted == 1 and counter.closed == 1


def test_a_look_that_times_out_gives_nothing() -> None:
    async def go() -> tuple[CertificateFacts, ...]:
        async with _server(None) as port:  # never answers the ClientHello
            return await tls.look_at_certificate(
                Dial(make_context(None, verify=False)), Target("127.0.0.1", port, "x", "x"), 0.2
            )

    assert asyncio.run(go()) == ()


# ---- the shipped list and its loader ----


def test_the_shipped_list_loads_with_public_sources_and_words() -> None:
    roots = load_interception_roots()
    assert {r.id for r in roots} >= {"kz-qaznet-2019", "kz-isca-2021"}
    for root in roots:
        assert root.source.startswith("https://")
        assert all(a.startswith("https://") for a in root.see_also)
        for language in ("en", "ru"):
            assert text(f"country.{root.country}", language=language) != f"country.{root.country}"


def test_the_lab_root_has_the_names_of_its_list_entry() -> None:
    qaznet = next(r for r in load_interception_roots() if r.id == "kz-qaznet-2019")
    names = {a.oid: a.value for a in KNOWN_ROOT_NAME}
    assert names[x509.oid.NameOID.COMMON_NAME] == qaznet.issuer_cn
    assert not qaznet.issuer_org  # the 2019 root carries no organization


GOOD = """
[[root]]
id = "a"
name = "A Root"
issuer_cn = "A Root"
country = "kz"
years = "2019"
source = "https://example.org/report"
"""


@pytest.mark.parametrize(
    ("content", "says"),
    [
        ("[[root]\nid = 1", "line 1"),
        ("title = 'no entries'", "no [[root]] entries"),
        (GOOD.replace('name = "A Root"\n', ""), "`name` must be non-empty text"),
        (GOOD.replace("https://example.org/report", "a blog I read"), "not a public https://"),
        (GOOD + 'key_ids = ["not hex"]\n', "`key_ids` must be a list of hex strings"),
        (GOOD + 'colour = "red"\n', "unknown key(s) colour"),
        (GOOD + GOOD, "two [[root]] entries with id 'a'"),
        ("\xff".encode("latin-1"), "not UTF-8"),
    ],
)
def test_a_broken_list_says_what_is_wrong(tmp_path: Path, content: str | bytes, says: str) -> None:
    path = tmp_path / "roots.toml"
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_text(content, encoding="utf-8")
    with pytest.raises(InterceptionRootsError) as caught:
        load_interception_roots(path)
    assert str(path) in str(caught.value) and says in str(caught.value)


def test_a_missing_list_says_so(tmp_path: Path) -> None:
    with pytest.raises(InterceptionRootsError, match="cannot read"):
        load_interception_roots(tmp_path / "absent.toml")


def test_a_good_list_reads_its_entries(tmp_path: Path) -> None:
    path = tmp_path / "roots.toml"
    path.write_text(GOOD + 'key_ids = ["AB:12"]\nissuer_org = "Org"\n', encoding="utf-8")
    (root,) = load_interception_roots(path)
    assert (root.id, root.issuer_org, root.key_ids) == ("a", "Org", ("ab12",))


def test_a_shared_report_hides_addresses_a_certificate_names() -> None:
    """Names in a presented certificate are a server's words: an address in them is hidden
    like any other text from the network; the key identifier stays (it names no one)."""
    from core.report.privacy import HIDDEN, redact_document

    presented = CertificateFacts("203.0.113.7", "Box 10.1.2.3", "ISP", "ab12")
    step = _bad_step(UNKNOWN, presented)
    document = {"steps": [{"kind": "tls", "outcome": step.outcome, "detail": dict(step.detail)}]}
    shared = redact_document(document, include_network_details=False)
    (facts,) = shared["steps"][0]["detail"]["presented"]
    assert facts["subject_cn"] == HIDDEN and facts["issuer_cn"] == f"Box {HIDDEN}"
    assert facts["authority_key_id"] == "ab12" and facts["issuer_org"] == "ISP"
