"""A small STUN codec (RFC 8489): the requests the call test sends and a strict reader of replies.

Only what the call test needs: Binding requests padded to a voice packet's size, an
unauthenticated TURN Allocate (RFC 8656; any TURN server answers it with 401, which proves
two-way UDP with one packet), and a reader that checks every field of a reply. A reply that
fails any check is *invalid*: the caller counts it and never trusts it, and reading never
raises anything but `StunError` (`decode`) or nothing at all (`try_decode`).
"""

from __future__ import annotations

import ipaddress
import os
import struct
import zlib
from dataclasses import dataclass

MAGIC_COOKIE = 0x2112A442
HEADER_SIZE = 20
FINGERPRINT_XOR = 0x5354554E

# Methods and classes (RFC 8489 section 5: class bits are C1 = 0x100, C0 = 0x010).
BINDING = 0x001
ALLOCATE = 0x003  # TURN (RFC 8656)
CLASS_REQUEST = 0x000
CLASS_SUCCESS = 0x100
CLASS_ERROR = 0x110

# Attributes
MAPPED_ADDRESS = 0x0001
USERNAME = 0x0006
MESSAGE_INTEGRITY = 0x0008
ERROR_CODE = 0x0009
UNKNOWN_ATTRIBUTES = 0x000A
REALM = 0x0014
NONCE = 0x0015
XOR_RELAYED_ADDRESS = 0x0016  # TURN
REQUESTED_TRANSPORT = 0x0019  # TURN
XOR_MAPPED_ADDRESS = 0x0020
MESSAGE_INTEGRITY_SHA256 = 0x001C
PASSWORD_ALGORITHM = 0x001D
USERHASH = 0x001E
SOFTWARE = 0x8022
ALTERNATE_SERVER = 0x8023
FINGERPRINT = 0x8028
# Comprehension-required attributes a reply to our requests may carry and we understand.
_KNOWN_REQUIRED = {
    MAPPED_ADDRESS,
    USERNAME,
    MESSAGE_INTEGRITY,
    ERROR_CODE,
    UNKNOWN_ATTRIBUTES,
    REALM,
    NONCE,
    XOR_RELAYED_ADDRESS,
    XOR_MAPPED_ADDRESS,
    MESSAGE_INTEGRITY_SHA256,
    PASSWORD_ALGORITHM,
    USERHASH,
    0x0002,  # RESPONSE-ADDRESS (RFC 3489 servers still send it)
    0x0004,  # SOURCE-ADDRESS (RFC 3489)
    0x0005,  # CHANGED-ADDRESS (RFC 3489)
    0x000D,  # LIFETIME (TURN)
    0x0012,  # XOR-PEER-ADDRESS (TURN)
    0x0013,  # DATA (TURN)
}

# A voice packet: 20 ms of G.711 is 160 bytes of audio. SOFTWARE must stay under 128 characters.
VOICE_PACKET_SIZE = 160
_SOFTWARE_TEXT = "svyaz call-quality probe"


class StunError(ValueError):
    """A datagram that is not a valid STUN reply (the reason says which check failed)."""


@dataclass(frozen=True)
class StunReply:
    txid: bytes
    method: int
    success: bool  # False: an error response
    mapped: tuple[str, int] | None = None  # XOR-MAPPED-ADDRESS (or MAPPED-ADDRESS)
    error_code: int | None = None  # e.g. 401 for an unauthenticated TURN Allocate
    software: str | None = None


def new_txid() -> bytes:
    """96 random bits (RFC 8489 section 5: "uniformly and randomly")."""
    return os.urandom(12)


def _attribute(kind: int, value: bytes) -> bytes:
    pad = (-len(value)) % 4
    return struct.pack("!HH", kind, len(value)) + value + b"\x00" * pad


def _message(method_class: int, txid: bytes, attributes: bytes, fingerprint: bool) -> bytes:
    if len(txid) != 12:
        raise ValueError("a STUN transaction id is 12 bytes")
    length = len(attributes) + (8 if fingerprint else 0)
    header = struct.pack("!HHI", method_class, length, MAGIC_COOKIE) + txid
    body = header + attributes
    if fingerprint:
        crc = (zlib.crc32(body) ^ FINGERPRINT_XOR) & 0xFFFFFFFF
        body += _attribute(FINGERPRINT, struct.pack("!I", crc))
    return body


def binding_request(txid: bytes, size: int = VOICE_PACKET_SIZE) -> bytes:
    """A Binding request padded with SOFTWARE (comprehension-optional: every server ignores
    what it does not need) to about `size` bytes, ending with FINGERPRINT."""
    room = size - HEADER_SIZE - 4 - 8  # header, SOFTWARE's TLV header, FINGERPRINT
    room = max(len(_SOFTWARE_TEXT), min(room, 127))
    text = _SOFTWARE_TEXT.ljust(room, ".").encode("ascii")
    return _message(BINDING | CLASS_REQUEST, txid, _attribute(SOFTWARE, text), True)


def allocate_request(txid: bytes) -> bytes:
    """An unauthenticated TURN Allocate for UDP: a TURN server must answer 401 (RFC 8656)."""
    transport = _attribute(REQUESTED_TRANSPORT, bytes((17, 0, 0, 0)))
    return _message(ALLOCATE | CLASS_REQUEST, txid, transport, True)


def binding_success(txid: bytes, address: tuple[str, int], software: str = "") -> bytes:
    """A Binding success response with XOR-MAPPED-ADDRESS (the lab's server uses it)."""
    attributes = _attribute(XOR_MAPPED_ADDRESS, _xor_address(address, txid))
    if software:
        attributes += _attribute(SOFTWARE, software.encode("utf-8"))
    return _message(BINDING | CLASS_SUCCESS, txid, attributes, True)


def error_response(method: int, txid: bytes, code: int, reason: str = "") -> bytes:
    value = struct.pack("!HBB", 0, code // 100, code % 100) + reason.encode("utf-8")
    return _message(method | CLASS_ERROR, txid, _attribute(ERROR_CODE, value), True)


def _xor_address(address: tuple[str, int], txid: bytes) -> bytes:
    ip = ipaddress.ip_address(address[0])
    port = address[1] ^ (MAGIC_COOKIE >> 16)
    key = struct.pack("!I", MAGIC_COOKIE) + txid
    raw = ip.packed
    xored = bytes(b ^ k for b, k in zip(raw, key, strict=False))
    family = 0x01 if ip.version == 4 else 0x02
    return struct.pack("!BBH", 0, family, port) + xored


def parse_header(data: bytes) -> tuple[int, int, bytes]:
    """(method, class, txid) of a datagram that looks like STUN; StunError otherwise."""
    if len(data) < HEADER_SIZE:
        raise StunError("shorter than a STUN header")
    kind, length, cookie = struct.unpack_from("!HHI", data)
    if kind & 0xC000:
        raise StunError("the first two bits are not zero")
    if cookie != MAGIC_COOKIE:
        raise StunError("wrong magic cookie")
    if length % 4 or length != len(data) - HEADER_SIZE:
        raise StunError("message length does not match the datagram")
    method = (kind & 0x000F) | ((kind & 0x00E0) >> 1) | ((kind & 0x3E00) >> 2)
    return method, kind & 0x0110, bytes(data[8:20])


def decode(data: bytes) -> StunReply:
    """Read a STUN response strictly; raise StunError naming the first problem."""
    method, klass, txid = parse_header(data)
    if klass not in (CLASS_SUCCESS, CLASS_ERROR):
        raise StunError("not a response")
    mapped: tuple[str, int] | None = None
    plain_mapped: tuple[str, int] | None = None
    error_code: int | None = None
    software: str | None = None
    offset = HEADER_SIZE
    seen_fingerprint = False
    while offset < len(data):
        if seen_fingerprint:
            raise StunError("attributes after FINGERPRINT")
        if offset + 4 > len(data):
            raise StunError("truncated attribute header")
        kind, length = struct.unpack_from("!HH", data, offset)
        start = offset + 4
        end = start + length
        if end + ((-length) % 4) > len(data):
            raise StunError(f"attribute 0x{kind:04x} runs past the end")
        value = bytes(data[start:end])
        if kind == XOR_MAPPED_ADDRESS and mapped is None:
            mapped = _read_address(value, txid, xor=True)
        elif kind == MAPPED_ADDRESS and plain_mapped is None:
            plain_mapped = _read_address(value, txid, xor=False)
        elif kind == ERROR_CODE and error_code is None:
            error_code = _read_error(value)
        elif kind == SOFTWARE and software is None:
            software = _read_text(value, 763)
        elif kind == FINGERPRINT:
            if length != 4:
                raise StunError("FINGERPRINT is not 4 bytes")
            expected = (zlib.crc32(data[:offset]) ^ FINGERPRINT_XOR) & 0xFFFFFFFF
            if struct.unpack("!I", value)[0] != expected:
                raise StunError("FINGERPRINT does not match")
            seen_fingerprint = True
        elif kind < 0x8000 and kind not in _KNOWN_REQUIRED:
            # RFC 8489 section 6.3.3: a response with an unknown comprehension-required
            # attribute must be discarded.
            raise StunError(f"unknown comprehension-required attribute 0x{kind:04x}")
        offset = end + ((-length) % 4)
    success = klass == CLASS_SUCCESS
    if success:
        if method == BINDING and mapped is None and plain_mapped is None:
            raise StunError("Binding success without a mapped address")
    elif error_code is None:
        raise StunError("error response without ERROR-CODE")
    return StunReply(txid, method, success, mapped or plain_mapped, error_code, software)


def try_decode(data: bytes) -> StunReply | None:
    """`decode`, or None for anything that is not a valid STUN response. Never raises."""
    try:
        return decode(data)
    except Exception:  # a hostile datagram must never break the stream that received it
        return None


def _read_address(value: bytes, txid: bytes, xor: bool) -> tuple[str, int]:
    if len(value) < 4:
        raise StunError("address attribute too short")
    reserved, family, port = struct.unpack_from("!BBH", value)
    if reserved != 0:
        raise StunError("address attribute: reserved byte is not zero")
    size = {0x01: 4, 0x02: 16}.get(family)
    if size is None:
        raise StunError(f"address attribute: unknown family {family}")
    if len(value) != 4 + size:
        raise StunError("address attribute: wrong length for its family")
    raw = value[4:]
    if xor:
        port ^= MAGIC_COOKIE >> 16
        key = struct.pack("!I", MAGIC_COOKIE) + txid
        raw = bytes(b ^ k for b, k in zip(raw, key, strict=False))
    return str(ipaddress.ip_address(raw)), port


def _read_error(value: bytes) -> int:
    if len(value) < 4:
        raise StunError("ERROR-CODE too short")
    reserved, klass, number = struct.unpack_from("!HBB", value)
    if reserved != 0 or klass & 0xF8:
        raise StunError("ERROR-CODE: reserved bits set")
    if not 3 <= klass <= 6 or number > 99:
        raise StunError("ERROR-CODE out of range")
    _read_text(value[4:], 763)
    return int(klass) * 100 + int(number)


def _read_text(value: bytes, limit: int) -> str:
    if len(value) > limit:
        raise StunError("text attribute too long")
    try:
        return value.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise StunError("text attribute is not UTF-8") from exc
