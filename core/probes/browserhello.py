"""A Chrome-shaped ClientHello, and a handshake that stops at the server's first answer.

Since 2026 providers score each ClientHello by address range, server name and browser
fingerprint, and cut new TLS connections to hosting once a few were opened (docs/sources.md,
"connection policing"). Python's ssl cannot speak with Chrome's voice, and the maintained
impersonation libraries (curl_cffi, tls-client) ship native builds that do not fit the bundle
and cannot stop after the first reply; so this is a template of Chrome's hello (BoringSSL, 2024):
GREASE in ciphers, groups, versions and extensions, the extensions permuted per connection
between a leading and a trailing GREASE, ALPN h2 + http/1.1, an X25519 key share, padding to
512 bytes. tests/test_policing.py reads it back with the lab's ClientHello parser, and the lab's
OpenSSL server answers it with a ServerHello.

We never finish the handshake: a TLS record back (ServerHello or alert) means the connection
was let through, silence means it was cut.
"""

from __future__ import annotations

import asyncio
import contextlib
import os
import random
import secrets
import string
import struct

from core.codes import Outcome
from core.models import Step, StepKind
from core.probes import errors
from core.probes.dial import Dial, Target
from core.probes.tcp import ProxyError, open_stream, proxy_detail, unreachable_proxy
from core.probes.tlsstream import TLS_RECORD_TYPES

CIPHERS = (
    0x1301, 0x1302, 0x1303, 0xC02B, 0xC02F, 0xC02C, 0xC030, 0xCCA9, 0xCCA8, 0xC013, 0xC014,
    0x009C, 0x009D, 0x002F, 0x0035,
)  # fmt: skip
GROUPS = (0x001D, 0x0017, 0x0018)  # x25519, secp256r1, secp384r1
SIGNATURES = (0x0403, 0x0804, 0x0401, 0x0503, 0x0805, 0x0501, 0x0806, 0x0601)
ALPN = (b"h2", b"http/1.1")
_GREASE = tuple(0x0A0A + 0x1010 * i for i in range(16))


def grease() -> int:
    """One of the sixteen reserved GREASE values (RFC 8701), like BoringSSL picks per hello."""
    return secrets.choice(_GREASE)


def random_name() -> str:
    """An unlisted server name: random letters under a common top-level domain."""
    label = "".join(secrets.choice(string.ascii_lowercase) for _ in range(random.randint(8, 12)))
    return f"{label}.{secrets.choice(('com', 'net', 'org'))}"


def _ext(kind: int, body: bytes) -> bytes:
    return struct.pack("!HH", kind, len(body)) + body


def _u16s(values: tuple[int, ...]) -> bytes:
    return b"".join(struct.pack("!H", v) for v in values)


def _vec16(body: bytes) -> bytes:
    return struct.pack("!H", len(body)) + body


def _vec8(body: bytes) -> bytes:
    return bytes([len(body)]) + body


def client_hello(server_name: str | None) -> bytes:
    """A whole TLS record holding a Chrome-shaped ClientHello for `server_name`."""
    g_cipher, g_group, g_version = grease(), grease(), grease()
    g_first, g_last = grease(), grease()
    if g_last == g_first:
        g_last ^= 0x1010
    alpn = b"".join(_vec8(p) for p in ALPN)
    middle = [
        _ext(0x0017, b""),  # extended_master_secret
        _ext(0xFF01, b"\x00"),  # renegotiation_info
        _ext(0x000A, _vec16(_u16s((g_group, *GROUPS)))),  # supported_groups
        _ext(0x000B, b"\x01\x00"),  # ec_point_formats
        _ext(0x0023, b""),  # session_ticket
        _ext(0x0010, _vec16(alpn)),  # ALPN
        _ext(0x0005, b"\x01\x00\x00\x00\x00"),  # status_request (OCSP)
        _ext(0x000D, _vec16(_u16s(SIGNATURES))),  # signature_algorithms
        _ext(0x0012, b""),  # signed_certificate_timestamp
        _ext(  # key_share: a GREASE share, then X25519
            0x0033,
            _vec16(
                struct.pack("!HH", g_group, 1)
                + b"\x00"
                + struct.pack("!HH", 0x001D, 32)
                + os.urandom(32)
            ),
        ),
        _ext(0x002D, b"\x01\x01"),  # psk_key_exchange_modes
        _ext(0x002B, _vec8(_u16s((g_version, 0x0304, 0x0303)))),  # supported_versions
        _ext(0x001B, b"\x02\x00\x02"),  # compress_certificate: brotli
        _ext(0x4469, _vec16(_vec8(b"h2"))),  # application_settings (ALPS)
    ]
    if server_name:
        name = server_name.encode("ascii", "replace")
        middle.append(_ext(0x0000, _vec16(b"\x00" + _vec16(name))))
    random.shuffle(middle)  # Chrome permutes its extensions on every connection (since v110)
    extensions = [_ext(g_first, b""), *middle, _ext(g_last, b"\x00")]
    head = (
        b"\x03\x03"
        + os.urandom(32)
        + _vec8(os.urandom(32))
        + _vec16(_u16s((g_cipher, *CIPHERS)))
        + b"\x01\x00"
    )
    body = b"".join(extensions)
    unpadded = 4 + len(head) + 2 + len(body)
    if 0xFF < unpadded < 0x200:  # BoringSSL pads hellos of 256-511 bytes to 512
        pad = max(1, 0x200 - unpadded - 4)
        body += _ext(0x0015, bytes(pad))
    hello = head + _vec16(body)
    message = b"\x01" + struct.pack("!I", len(hello))[1:] + hello
    return b"\x16\x03\x01" + struct.pack("!H", len(message)) + message


async def first_answer(dial: Dial, target: Target, purpose: str) -> Step:
    """Send one Chrome-shaped ClientHello and wait for the first TLS record back.

    Outcomes: answered (a ServerHello or an alert: the connection was let through),
    stall_no_server_hello (no reply within the TLS deadline), reset, closed, non_tls_reply, or
    connect_<tcp outcome>."""
    timer = dial.clock.step()
    detail: dict[str, object] = {"server_name": target.server_name or "", "purpose": purpose}
    chain: tuple[str, ...] = ()
    writer = None
    try:
        reader, writer = await open_stream(dial, target)
        writer.write(client_hello(target.server_name))
        await writer.drain()
        async with asyncio.timeout(dial.budget.tls):
            first = await reader.read(5)
        if not first:
            outcome = Outcome.CLOSED
        elif first[0] in TLS_RECORD_TYPES:
            outcome = Outcome.ANSWERED
            detail["record_type"] = first[0]
        else:
            outcome = Outcome.NON_TLS_REPLY
    except TimeoutError as exc:
        outcome = Outcome.STALL_NO_SERVER_HELLO if writer is not None else Outcome.CONNECT_TIMEOUT
        chain = errors.describe(exc)
    except (OSError, asyncio.IncompleteReadError, ProxyError) as exc:
        chain = errors.describe(exc)
        if writer is None:
            outcome = Outcome.connect_failure(errors.connect_outcome(exc))
            if unreachable_proxy(exc):
                outcome = Outcome.CONNECT_PROXY_ERROR
                detail.update(proxy_detail(exc))
        else:
            outcome = Outcome.RESET if errors.is_reset(exc) else Outcome.FAILED
    finally:
        if writer is not None:
            writer.close()
            with contextlib.suppress(Exception):
                await writer.wait_closed()
    return Step(
        StepKind.TLS,
        target.label,
        outcome == Outcome.ANSWERED,
        outcome,
        timer.duration_ms(),
        (target.address,),
        detail,
        chain,
        timer.started_ms,
    )
