"""A WebRTC-shaped DTLS 1.2 ClientHello beside the call test's STUN packets, and a strict reader
of what answers it: does the encrypted call handshake pass where the STUN set-up does?

Since 30 March 2026 the censor filters WebRTC's DTLS ClientHello by its fingerprint (the default
pion/dtls one; DTLS 1.3 passes) while STUN gets through: calls ring, then never connect
(net4people/bbs#603; getlantern/unbounded#349). So the hello is pion's, byte for byte in shape:
pion/dtls v3 `flight1handler.go` (record and handshake version DTLS 1.2; extensions in its order:
signature_algorithms, renegotiation_info, supported_groups, ec_point_formats, use_srtp,
extended_master_secret), its default cipher suites (`cipher_suite.go` defaultCipherSuites), its
default curves (`config.go`: X25519, P-256, P-384), its DTLS 1.2 signature schemes
(`signaturehash.Algorithms`), and pion/webrtc v4's SRTP profiles (`defaultSrtpProtectionProfiles`:
AEAD_AES_256_GCM, AEAD_AES_128_GCM, AES128_CM_HMAC_SHA1_80). Cited in docs/sources.md.

Any DTLS server answers a first ClientHello without a cookie with a HelloVerifyRequest (RFC
6347 section 4.2.1) or a ServerHello, or an alert: any of them proves the hello got through and
back. Nothing else counts (an echo of our own hello is a handshake record too, of type 1). The
hello carries no name and no key: it identifies nobody, and the probe stops at the first answer.
"""

from __future__ import annotations

import asyncio
import contextlib
import os
import struct
from collections.abc import Callable

from core.probes.meter import CountingTransport, Meter

CONTENT_HANDSHAKE = 22  # the byte a filter by content type matches
CONTENT_ALERT = 21
DTLS_1_2 = 0xFEFD
DTLS_1_0 = 0xFEFF
CLIENT_HELLO = 1
SERVER_HELLO = 2
HELLO_VERIFY_REQUEST = 3

# pion/dtls v3 defaultCipherSuites, in its order of preference.
CIPHER_SUITES = (
    0xC02B,  # TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256
    0xC02F,  # TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256
    0xCCA9,  # TLS_ECDHE_ECDSA_WITH_CHACHA20_POLY1305_SHA256
    0xCCA8,  # TLS_ECDHE_RSA_WITH_CHACHA20_POLY1305_SHA256
    0xC00A,  # TLS_ECDHE_ECDSA_WITH_AES_256_CBC_SHA
    0xC014,  # TLS_ECDHE_RSA_WITH_AES_256_CBC_SHA
    0xC02C,  # TLS_ECDHE_ECDSA_WITH_AES_256_GCM_SHA384
    0xC030,  # TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384
)
# signaturehash.Algorithms(): ECDSA SHA-256/384/512, Ed25519, RSA PKCS#1 SHA-256/384/512.
SIGNATURE_SCHEMES = (0x0403, 0x0503, 0x0603, 0x0807, 0x0401, 0x0501, 0x0601)
GROUPS = (0x001D, 0x0017, 0x0018)  # x25519, secp256r1, secp384r1
SRTP_PROFILES = (0x0008, 0x0007, 0x0001)  # AEAD_AES_256_GCM, AEAD_AES_128_GCM, AES128_CM_SHA1_80

EXT_SIGNATURE_ALGORITHMS = 0x000D
EXT_RENEGOTIATION_INFO = 0xFF01
EXT_SUPPORTED_GROUPS = 0x000A
EXT_EC_POINT_FORMATS = 0x000B
EXT_USE_SRTP = 0x000E
EXT_EXTENDED_MASTER_SECRET = 0x0017
EXTENSION_ORDER = (
    EXT_SIGNATURE_ALGORITHMS,
    EXT_RENEGOTIATION_INFO,
    EXT_SUPPORTED_GROUPS,
    EXT_EC_POINT_FORMATS,
    EXT_USE_SRTP,
    EXT_EXTENDED_MASTER_SECRET,
)

TRIES = 3  # DTLS retransmits a lost flight; so do we, then give up
RETRY_S = 0.5


def _u16_list(values: tuple[int, ...]) -> bytes:
    return struct.pack(f"!H{len(values)}H", 2 * len(values), *values)


def _extension(kind: int, body: bytes) -> bytes:
    return struct.pack("!HH", kind, len(body)) + body


def client_hello(random: bytes | None = None) -> bytes:
    """One datagram: a DTLS 1.2 record holding pion's first ClientHello (no cookie yet)."""
    random = random if random is not None else os.urandom(32)
    if len(random) != 32:
        raise ValueError("a hello's random is 32 bytes")
    extensions = b"".join(
        (
            _extension(EXT_SIGNATURE_ALGORITHMS, _u16_list(SIGNATURE_SCHEMES)),
            _extension(EXT_RENEGOTIATION_INFO, b"\x00"),
            _extension(EXT_SUPPORTED_GROUPS, _u16_list(GROUPS)),
            _extension(EXT_EC_POINT_FORMATS, b"\x01\x00"),
            _extension(EXT_USE_SRTP, _u16_list(SRTP_PROFILES) + b"\x00"),  # no MKI
            _extension(EXT_EXTENDED_MASTER_SECRET, b""),
        )
    )
    body = (
        struct.pack("!H", DTLS_1_2)
        + random
        + b"\x00"  # session id: none
        + b"\x00"  # cookie: none in the first flight
        + _u16_list(CIPHER_SUITES)
        + b"\x01\x00"  # compression: null only
        + struct.pack("!H", len(extensions))
        + extensions
    )
    length = len(body).to_bytes(3, "big")
    # msg_type, length, message_seq 0, fragment_offset 0, fragment_length = length
    handshake = bytes([CLIENT_HELLO]) + length + b"\x00\x00" + b"\x00\x00\x00" + length + body
    # content type, version, epoch 0, sequence number 0 (48 bits), length
    record = struct.pack("!BHH", CONTENT_HANDSHAKE, DTLS_1_2, 0) + b"\x00" * 6
    return record + struct.pack("!H", len(handshake)) + handshake


def answer_kind(data: bytes) -> str | None:
    """What a datagram is as an answer to our hello: "hello_verify_request", "server_hello",
    "alert", or None when it is not a DTLS answer at all (an echo of a ClientHello included)."""
    if len(data) < 13:
        return None
    content, version = data[0], struct.unpack("!H", data[1:3])[0]
    if version not in (DTLS_1_0, DTLS_1_2):
        return None
    (length,) = struct.unpack("!H", data[11:13])
    if length > len(data) - 13:
        return None
    if content == CONTENT_ALERT and length >= 2:
        return "alert"
    if content != CONTENT_HANDSHAKE or length < 12:
        return None
    kind = data[13]
    if kind == HELLO_VERIFY_REQUEST:
        return "hello_verify_request"
    if kind == SERVER_HELLO:
        return "server_hello"
    return None


async def handshake_answered(address: str, port: int, meter: Meter) -> bool | None:
    """Send the hello (up to `TRIES` times, `RETRY_S` apart) and wait for an answer: True when
    a DTLS answer came back, False when none did, None when no socket could be opened (no
    route, no address family: not measured, never "blocked")."""
    loop = asyncio.get_running_loop()
    answered = loop.create_future()

    def on_datagram(data: bytes) -> None:
        meter.count(received=len(data))
        if answer_kind(data) is not None and not answered.done():
            answered.set_result(True)

    try:
        raw, _ = await loop.create_datagram_endpoint(
            lambda: _Receiver(on_datagram), remote_addr=(address, port)
        )
    except OSError:
        return None
    transport = CountingTransport(raw, meter)
    try:
        for _ in range(TRIES):
            with contextlib.suppress(OSError):  # an ICMP error surfaced on send
                transport.sendto(client_hello())
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(asyncio.shield(answered), RETRY_S)
            if answered.done():
                return True
        return False
    finally:
        transport.close()


class _Receiver(asyncio.DatagramProtocol):
    def __init__(self, on_datagram: Callable[[bytes], None]) -> None:
        self.on_datagram = on_datagram

    def datagram_received(self, data: bytes, addr: tuple[str, int]) -> None:
        self.on_datagram(data)

    def error_received(self, exc: Exception) -> None:
        pass  # ICMP port unreachable and the like: the hello is simply lost


def hello_verify_request(cookie: bytes) -> bytes:
    """A server's HelloVerifyRequest (the lab's DTLS reflector answers with it)."""
    body = struct.pack("!H", DTLS_1_0) + bytes([len(cookie)]) + cookie
    length = len(body).to_bytes(3, "big")
    handshake = bytes([HELLO_VERIFY_REQUEST]) + length + b"\x00\x00" + b"\x00\x00\x00" + length
    record = struct.pack("!BHH", CONTENT_HANDSHAKE, DTLS_1_0, 0) + b"\x00" * 6
    return record + struct.pack("!H", len(handshake) + len(body)) + handshake + body


def is_client_hello(data: bytes) -> bool:
    """A DTLS record carrying a ClientHello (what a filter by fingerprint looks at)."""
    return (
        len(data) > 13
        and data[0] == CONTENT_HANDSHAKE
        and data[1] == 0xFE
        and data[13] == CLIENT_HELLO
    )
