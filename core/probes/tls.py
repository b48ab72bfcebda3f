"""TLS handshake with a chosen server name (or none) to one address, classified precisely."""

from __future__ import annotations

import _ssl
import asyncio
import contextlib
import functools
import ssl
import weakref

from core.codes import CertificateProblem, Outcome
from core.models import CertificateFacts, Step, StepKind
from core.probes import errors
from core.probes.certificate import facts_from_der
from core.probes.dial import Dial, Target
from core.probes.tcp import ProxyError, open_stream, proxy_detail, unreachable_proxy
from core.probes.tlsstream import NonTlsReply, PeerClosed, TlsStream, make_context

HANDSHAKE_OK = Outcome.HANDSHAKE_OK
# OpenSSL's X509_V_ERR_* codes (x509_vfy.h) as the problems people are told about.
_BY_VERIFY_CODE = {
    2: CertificateProblem.UNKNOWN_AUTHORITY,  # UNABLE_TO_GET_ISSUER_CERT
    9: CertificateProblem.NOT_YET_VALID,  # CERT_NOT_YET_VALID
    10: CertificateProblem.EXPIRED,  # CERT_HAS_EXPIRED
    18: CertificateProblem.SELF_SIGNED,  # DEPTH_ZERO_SELF_SIGNED_CERT
    19: CertificateProblem.SELF_SIGNED,  # SELF_SIGNED_CERT_IN_CHAIN
    20: CertificateProblem.UNKNOWN_AUTHORITY,  # UNABLE_TO_GET_ISSUER_CERT_LOCALLY
    21: CertificateProblem.UNKNOWN_AUTHORITY,  # UNABLE_TO_VERIFY_LEAF_SIGNATURE
    62: CertificateProblem.WRONG_NAME,  # HOSTNAME_MISMATCH
    64: CertificateProblem.WRONG_NAME,  # IP_ADDRESS_MISMATCH
}


async def handshake(
    dial: Dial, target: Target, purpose: str = "", read_presented: bool = True
) -> Step:
    """One TLS handshake. `purpose` tags paired experiments ("control_name", "no_name"...).
    After a failed verification it reads who issued the presented certificates, unless the
    caller only asks whether the certificate is valid (`read_presented=False`)."""
    timer = dial.clock.step()
    address, server_name = target.address, target.server_name
    detail: dict[str, object] = {"server_name": server_name or ""}
    if purpose:
        detail["purpose"] = purpose
    try:
        reader, writer = await open_stream(dial, target)
    except (OSError, TimeoutError, asyncio.IncompleteReadError, ProxyError) as exc:
        outcome = Outcome.connect_failure(errors.connect_outcome(exc))
        if unreachable_proxy(exc):
            outcome = Outcome.CONNECT_PROXY_ERROR
            detail.update(proxy_detail(exc))
        return Step(
            StepKind.TLS,
            target.label,
            False,
            outcome,
            timer.duration_ms(),
            (address,),
            detail,
            errors.describe(exc),
            timer.started_ms,
        )
    detail["connect_ms"] = timer.duration_ms()
    stream = TlsStream(reader, writer, dial.context, server_name)
    chain: tuple[str, ...]
    certificate: CertificateProblem | None = None
    shake = dial.clock.step()
    try:
        async with asyncio.timeout(dial.budget.tls):
            await stream.handshake()
        detail.update(_session_facts(stream.ssl_object))
        outcome, ok, chain = HANDSHAKE_OK, True, ()
    except (OSError, TimeoutError, ssl.SSLError) as exc:
        outcome, ok, chain = _classify(exc, stream), False, errors.describe(exc)
        if isinstance(exc, NonTlsReply):
            detail["first_reply"] = printable(exc.first_bytes)
        if isinstance(exc, ssl.SSLCertVerificationError) or outcome == Outcome.BAD_CERTIFICATE:
            detail["verify_message"] = _verify_message(exc)
            certificate = certificate_problem(exc)
    finally:
        stream.close()
        with contextlib.suppress(Exception):
            await writer.wait_closed()
    detail["handshake_ms"] = shake.duration_ms()
    detail["bytes_sent"] = stream.bytes_sent
    detail["bytes_received"] = stream.bytes_received
    if certificate is not None and read_presented:
        # What was presented, from one more handshake: only on a failed verification (a clean
        # run pays nothing), within what is left of the step's deadline. A certificate failed on
        # its dates or its name is looked at by a handshake that still verifies the chain
        # (`chain_trusted`: a trusted root issued it); any other, or one whose chain fails, by
        # a handshake that does not verify at all.
        presented: tuple[CertificateFacts, ...] = ()
        if certificate in DATES_OR_NAME:
            left = dial.budget.tls - shake.duration_ms() / 1000
            trusted, presented = await check_chain(dial, target, left)
            if trusted is not None:
                detail["chain_trusted"] = trusted
        if not presented:
            left = dial.budget.tls - shake.duration_ms() / 1000
            presented = await look_at_certificate(dial, target, left)
        if presented:
            detail["presented"] = [facts.to_dict() for facts in presented]
    return Step(
        StepKind.TLS,
        target.label,
        ok,
        outcome,
        timer.duration_ms(),
        (address,),
        detail,
        chain,
        timer.started_ms,
        certificate,
    )


# Problems OpenSSL names only once the chain reached a trusted root (it checks who issued the
# certificate before its name and dates); `check_chain` measures that apart.
DATES_OR_NAME = (
    CertificateProblem.EXPIRED,
    CertificateProblem.NOT_YET_VALID,
    CertificateProblem.WRONG_NAME,
)
# X509_V_FLAG_NO_CHECK_TIME (OpenSSL 1.1.0 and later): ssl.VerifyFlags does not name it.
_NO_CHECK_TIME = 0x200000


async def look_at_certificate(
    dial: Dial, target: Target, seconds: float
) -> tuple[CertificateFacts, ...]:
    """The certificates the server presents (leaf first), read by a handshake that accepts any
    certificate, to the same address and server name, within `seconds` (connect included);
    () when that handshake fails too or the time is up. Every socket is closed, on a
    cancellation too."""
    _, presented = await _look(dial.with_context(_loose_context()), target, seconds)
    return presented


async def check_chain(
    dial: Dial, target: Target, seconds: float
) -> tuple[bool | None, tuple[CertificateFacts, ...]]:
    """Whether the presented chain verifies to one of the run's trusted roots when neither the
    name nor the dates are checked, and the presented certificates when it does. None: could
    not tell (the run trusts no listed roots, the handshake failed otherwise, time ran out)."""
    chain = _chain_only_context(dial.context)
    if chain is None:
        return None, ()
    return await _look(dial.with_context(chain), target, seconds)


async def _look(
    dial: Dial, target: Target, seconds: float
) -> tuple[bool | None, tuple[CertificateFacts, ...]]:
    """One more handshake with `dial`'s context: (it verified, what was presented); (False, ())
    when the context rejected the certificate, (None, ()) when it failed otherwise."""
    if seconds <= 0:
        return None, ()
    stream: TlsStream | None = None
    writer = None
    try:
        async with asyncio.timeout(seconds):
            reader, writer = await open_stream(dial, target)
            stream = TlsStream(reader, writer, dial.context, target.server_name)
            await stream.handshake()
            return True, _presented(stream.ssl_object)
    except ssl.SSLCertVerificationError:
        return False, ()
    except (OSError, TimeoutError, asyncio.IncompleteReadError, ProxyError, ssl.SSLError):
        return None, ()
    finally:
        if stream is not None:
            stream.close()
        elif writer is not None:
            writer.close()
        if writer is not None:
            with contextlib.suppress(Exception):
                await writer.wait_closed()


_CHAIN_ONLY: weakref.WeakKeyDictionary[ssl.SSLContext, ssl.SSLContext] = weakref.WeakKeyDictionary()


def _chain_only_context(context: ssl.SSLContext) -> ssl.SSLContext | None:
    """A context trusting the same roots as `context` (loaded from a file: the run's CA bundle
    or certifi's) that verifies the chain but neither the name nor the dates; None when
    `context` lists no roots. One per verifying context."""
    found = _CHAIN_ONLY.get(context)
    if found is not None:
        return found
    roots = context.get_ca_certs(binary_form=True)
    if not roots:
        return None
    chain = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
    chain.check_hostname = False
    chain.verify_mode = ssl.CERT_REQUIRED
    chain.load_verify_locations(cadata=b"".join(roots))
    chain.verify_flags = ssl.VerifyFlags(context.verify_flags | _NO_CHECK_TIME)
    _CHAIN_ONLY[context] = chain
    return chain


@functools.cache
def _loose_context() -> ssl.SSLContext:
    """One non-verifying client context for every look (CERT_NONE, no name check)."""
    return make_context(None, verify=False)


def _presented(obj: ssl.SSLObject) -> tuple[CertificateFacts, ...]:
    """The leaf (`getpeercert(binary_form=True)`), then the rest of the chain the server sent
    when this Python can say: `get_unverified_chain` is public from 3.13 and an internal of
    `_ssl` in 3.10-3.12 (an interception root usually signs an intermediate, not the leaf)."""
    leaf = obj.getpeercert(binary_form=True)
    ders = [leaf] if leaf else []
    for der in _unverified_chain(obj)[1:]:
        ders.append(der)
    return tuple(facts for facts in map(facts_from_der, ders) if facts is not None)


def _unverified_chain(obj: ssl.SSLObject) -> list[bytes]:
    chain_of = getattr(obj, "get_unverified_chain", None) or getattr(
        getattr(obj, "_sslobj", None), "get_unverified_chain", None
    )
    if chain_of is None:
        return []
    try:
        chain = chain_of() or []
        return [c if isinstance(c, bytes) else c.public_bytes(_ssl.ENCODING_DER) for c in chain]
    except (AttributeError, TypeError, ValueError, ssl.SSLError):
        return []


def _classify(exc: BaseException, stream: TlsStream) -> Outcome:
    got_reply = stream.bytes_received > 0
    if isinstance(exc, NonTlsReply):
        return Outcome.NON_TLS_REPLY
    if isinstance(exc, ssl.SSLCertVerificationError):
        return Outcome.BAD_CERTIFICATE
    if isinstance(exc, PeerClosed):
        return Outcome.CLOSED_DURING_HANDSHAKE if got_reply else Outcome.CLOSED_AFTER_CLIENT_HELLO
    if errors.is_reset(exc):
        return Outcome.RESET_DURING_HANDSHAKE if got_reply else Outcome.RESET_AFTER_CLIENT_HELLO
    if isinstance(exc, TimeoutError):
        return Outcome.STALL_DURING_HANDSHAKE if got_reply else Outcome.STALL_NO_SERVER_HELLO
    kind = errors.tls_failure(exc)
    if kind == Outcome.CLOSED:
        return Outcome.CLOSED_DURING_HANDSHAKE if got_reply else Outcome.CLOSED_AFTER_CLIENT_HELLO
    return kind


def _session_facts(obj: ssl.SSLObject) -> dict[str, object]:
    facts: dict[str, object] = {
        "tls_version": obj.version() or "",
        "cipher": (obj.cipher() or ("",))[0],
        "alpn": obj.selected_alpn_protocol() or "",
    }
    cert = obj.getpeercert()
    if cert:
        facts["cert_subject"] = _name(cert.get("subject", ()))
        facts["cert_issuer"] = _name(cert.get("issuer", ()))
        facts["cert_not_after"] = str(cert.get("notAfter", ""))
    return facts


def _name(rdns: object) -> str:
    parts = []
    if isinstance(rdns, tuple):
        for rdn in rdns:
            for key, value in rdn:
                if key in ("commonName", "organizationName"):
                    parts.append(f"{key}={value}")
    return ", ".join(parts)


def certificate_problem(exc: BaseException) -> CertificateProblem:
    """Why the certificate was not trusted: OpenSSL's verify code, else its message's words."""
    for item in errors.walk(exc):
        if isinstance(item, ssl.SSLCertVerificationError):
            known = _BY_VERIFY_CODE.get(item.verify_code or 0)
            return known or CertificateProblem.from_message(_verify_message(item))
    return CertificateProblem.from_message(str(exc))


def _verify_message(exc: BaseException) -> str:
    for item in errors.walk(exc):
        if isinstance(item, ssl.SSLCertVerificationError):
            return str(item.verify_message or item.reason or item)
    return str(exc)


def printable(data: bytes, limit: int = 300) -> str:
    """Bytes from the network as safe, short, printable text (for evidence and reports)."""
    text = data[:limit].decode("utf-8", errors="replace")
    return "".join(ch if ch.isprintable() or ch in "\r\n" else "·" for ch in text)
