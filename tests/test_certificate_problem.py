"""Why a certificate was not trusted: classified at the TLS probe from OpenSSL's verify code,
carried as `Step.certificate`, worded by the core (`evidence.bad_certificate.<problem>`) for the
CLI, the reports and the window alike; documents from before still read (issue #19)."""

from __future__ import annotations

import asyncio
import contextlib
import ssl
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from core.budget import TimeBudget
from core.codes import CertificateProblem, Outcome
from core.document import message_from_dict, step_from_dict, step_to_dict
from core.interception_roots import load_interception_roots
from core.messages import text
from core.models import CertificateFacts, Message, Step, StepKind
from core.probes import tls
from core.probes.dial import Dial, Target
from core.probes.tlsstream import make_context
from core.rules import endpoint as endpoint_rules
from lab.pki import LabPKI


def _verify_error(code: int, message: str) -> ssl.SSLCertVerificationError:
    """The error ssl raises on a failed verification, with OpenSSL's code and message."""
    error = ssl.SSLCertVerificationError(1, f"[SSL: CERTIFICATE_VERIFY_FAILED] {message}")
    error.verify_code = code
    error.verify_message = message
    return error


@pytest.mark.parametrize(
    ("code", "message", "expected"),
    [
        (10, "certificate has expired", CertificateProblem.EXPIRED),
        (9, "certificate is not yet valid", CertificateProblem.NOT_YET_VALID),
        (62, "Hostname mismatch, certificate is not valid for 'x.test'.", "wrong_name"),
        (64, "IP address mismatch, certificate is not valid for '10.0.0.1'.", "wrong_name"),
        (20, "unable to get local issuer certificate", CertificateProblem.UNKNOWN_AUTHORITY),
        (21, "unable to verify the first certificate", CertificateProblem.UNKNOWN_AUTHORITY),
        (18, "self-signed certificate", CertificateProblem.SELF_SIGNED),
        (19, "self-signed certificate in certificate chain", CertificateProblem.SELF_SIGNED),
        (26, "unsupported certificate purpose", CertificateProblem.OTHER),
        # no code: the message's words decide
        (0, "certificate has expired", CertificateProblem.EXPIRED),
        (0, "something nobody foresaw", CertificateProblem.OTHER),
    ],
)
def test_openssl_verify_codes_become_problems(code: int, message: str, expected: str) -> None:
    assert tls.certificate_problem(_verify_error(code, message)) == expected


def test_the_problem_is_found_inside_a_chain_of_errors() -> None:
    outer = OSError("handshake failed")
    outer.__cause__ = _verify_error(10, "certificate has expired")
    assert tls.certificate_problem(outer) is CertificateProblem.EXPIRED


def _step_showing(problem: CertificateProblem) -> Step:
    """A failed TLS step the rules word as `problem`: a known interception root is named by
    the rules from what was presented, over the probe's own "unknown authority"."""
    if problem != CertificateProblem.KNOWN_INTERCEPTION_ROOT:
        return Step(StepKind.TLS, "x", False, Outcome.BAD_CERTIFICATE, 1.0, certificate=problem)
    presented = CertificateFacts("x.test", "Qaznet Trust Network")
    return Step(
        StepKind.TLS,
        "x",
        False,
        Outcome.BAD_CERTIFICATE,
        1.0,
        detail={"presented": [presented.to_dict()]},
        certificate=CertificateProblem.UNKNOWN_AUTHORITY,
    )


@pytest.mark.parametrize("problem", list(CertificateProblem))
def test_every_problem_has_words_in_both_languages(problem: CertificateProblem) -> None:
    step = _step_showing(problem)
    message = endpoint_rules.certificate_evidence(step, "x.test", load_interception_roots())
    assert message.key == f"evidence.bad_certificate.{problem}"
    english, russian = (
        text(message.key, message.params, "en"),
        text(message.key, message.params, "ru"),
    )
    assert "x.test" in english and "x.test" in russian and english != russian
    assert "{" not in english + russian and "_ssl" not in english


def test_a_step_keeps_its_problem_through_the_document() -> None:
    step = Step(
        StepKind.TLS,
        "x",
        False,
        Outcome.BAD_CERTIFICATE,
        1.0,
        certificate=CertificateProblem.WRONG_NAME,
    )
    assert step_from_dict(step_to_dict(step)).certificate == CertificateProblem.WRONG_NAME
    plain = Step(StepKind.TLS, "x", True, Outcome.HANDSHAKE_OK, 1.0)
    assert "certificate" not in step_to_dict(plain)
    assert step_from_dict(step_to_dict(plain)).certificate is None


def test_documents_from_before_read_with_todays_words() -> None:
    """Before issue #19 a step kept only OpenSSL's message and the evidence carried it raw."""
    old_step = {
        "kind": "tls",
        "target": "10.0.0.1:443",
        "ok": False,
        "outcome": "bad_certificate",
        "duration_ms": 3.0,
        "detail": {"verify_message": "certificate has expired"},
    }
    assert step_from_dict(old_step).certificate is CertificateProblem.EXPIRED
    old_message = {
        "key": "evidence.bad_certificate",
        "params": {"name": "x.test", "reason": "unable to get local issuer certificate"},
    }
    assert message_from_dict(old_message) == Message(
        "evidence.bad_certificate.unknown_authority", {"name": "x.test"}
    )


# ---- against real certificates from the lab's authorities (lab/pki.py) ----


async def _handshake_with(context: ssl.SSLContext, bundle: Path, name: str) -> Step:
    server = await asyncio.start_server(lambda r, w: w.close(), "127.0.0.1", 0, ssl=context)
    port = server.sockets[0].getsockname()[1]
    try:
        dial = Dial(make_context(str(bundle)), TimeBudget(connect=5.0, tls=5.0))
        return await tls.handshake(dial, Target("127.0.0.1", port, name, name))
    finally:
        server.close()
        with contextlib.suppress(Exception):
            await server.wait_closed()


def _server_context(pki: LabPKI, *names: str, **validity: datetime) -> ssl.SSLContext:
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    pki.ca.issue_cert(*names, **validity).configure_cert(context)
    return context


def test_an_expired_certificate_is_named_expired(tmp_path: Path) -> None:
    pki = LabPKI(tmp_path)
    past = datetime.now(UTC) - timedelta(days=30)
    context = _server_context(
        pki, "old.example.test", not_before=past - timedelta(days=365), not_after=past
    )
    step = asyncio.run(_handshake_with(context, pki.bundle, "old.example.test"))
    assert step.outcome == Outcome.BAD_CERTIFICATE
    assert step.certificate is CertificateProblem.EXPIRED


def test_a_certificate_for_another_name_is_named_wrong_name(tmp_path: Path) -> None:
    pki = LabPKI(tmp_path)
    context = _server_context(pki, "other.example.test")
    step = asyncio.run(_handshake_with(context, pki.bundle, "asked.example.test"))
    assert step.outcome == Outcome.BAD_CERTIFICATE
    assert step.certificate is CertificateProblem.WRONG_NAME


def test_an_interceptors_certificate_is_named_unknown_authority(tmp_path: Path) -> None:
    pki = LabPKI(tmp_path)
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    pki.rogue.issue_cert("site.example.test").configure_cert(context)
    step = asyncio.run(_handshake_with(context, pki.bundle, "site.example.test"))
    assert step.outcome == Outcome.BAD_CERTIFICATE
    assert step.certificate is CertificateProblem.UNKNOWN_AUTHORITY


def test_an_intercepted_site_names_the_unknown_authority_end_to_end() -> None:
    """The lab's middlebox terminates TLS with its own CA: the verdict is unchanged, and the
    evidence every face renders (CLI, reports, window) names the problem in words."""
    from core.messages import render
    from lab.runs import lab_run

    run = lab_run("tls_intercepted")
    service = run.service("wikipedia")
    web = service.function("web") if service else None
    assert web is not None and web.code == "tls_bad_certificate"
    said = [m for m in web.evidence if m.key.startswith("evidence.bad_certificate")]
    assert said and {m.key for m in said} == {"evidence.bad_certificate.unknown_authority"}
    assert "unknown authority" in render(said[0], "en")
    assert "неизвестным удостоверяющим центром" in render(said[0], "ru")
    failed = [s for s in web.steps if s.outcome == Outcome.BAD_CERTIFICATE]
    assert failed and all(s.certificate is CertificateProblem.UNKNOWN_AUTHORITY for s in failed)


def test_a_known_interception_root_is_named_end_to_end() -> None:
    """The lab's middlebox terminates TLS with a certificate from its copy of a known state
    interception root: the verdict is unchanged, the evidence names the root, where and when;
    the step keeps the probe's own fact (an unknown authority) and what was presented."""
    from core.messages import render
    from lab.runs import lab_run

    run = lab_run("tls_intercepted_known_root", services=("wikipedia",))
    service = run.service("wikipedia")
    web = service.function("web") if service else None
    assert web is not None and web.code == "tls_bad_certificate"
    said = [m for m in web.evidence if m.key.startswith("evidence.bad_certificate")]
    assert said and {m.key for m in said} == {"evidence.bad_certificate.known_interception_root"}
    assert said[0].params["root"] == "Qaznet Trust Network"
    english, russian = render(said[0], "en"), render(said[0], "ru")
    assert "Qaznet Trust Network" in english and "state interception" in english
    assert "Kazakhstan, 2019" in english and "Казахстан, 2019" in russian
    failed = [s for s in web.steps if s.outcome == Outcome.BAD_CERTIFICATE]
    assert failed and all(s.certificate is CertificateProblem.UNKNOWN_AUTHORITY for s in failed)
    presented = [CertificateFacts.presented(s) for s in failed]
    assert all(p and p[0].issuer_cn == "Qaznet Trust Network" for p in presented)
