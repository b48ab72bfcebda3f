"""Read a TLS ClientHello as an in-path censor (TSPU) does: the server name, and the facts a
fingerprint is made of (ciphers, extension order, groups, key shares, versions, ALPN)."""

from __future__ import annotations

import struct
from dataclasses import dataclass


def record_length(data: bytes) -> int | None:
    """Total length of the first TLS record, or None if the header is incomplete."""
    if len(data) < 5:
        return None
    return 5 + struct.unpack("!H", data[3:5])[0]


def server_name(hello: bytes) -> str | None:
    """SNI host name from a ClientHello (the handshake message, without the record header)."""
    try:
        if hello[0] != 0x01:
            return None
        pos = 4 + 2 + 32  # handshake header, version, random
        pos += 1 + hello[pos]  # session id
        pos += 2 + struct.unpack("!H", hello[pos : pos + 2])[0]  # cipher suites
        pos += 1 + hello[pos]  # compression methods
        end = pos + 2 + struct.unpack("!H", hello[pos : pos + 2])[0]
        pos += 2
        while pos + 4 <= end:
            ext_type, ext_len = struct.unpack("!HH", hello[pos : pos + 4])
            pos += 4
            if ext_type == 0:
                body = hello[pos : pos + ext_len]
                name_len = struct.unpack("!H", body[3:5])[0]
                return body[5 : 5 + name_len].decode("ascii", "replace").lower()
            pos += ext_len
    except (IndexError, struct.error):
        return None
    return None


def sni_from_record(record: bytes) -> str | None:
    if len(record) < 6 or record[0] != 0x16:
        return None
    return server_name(record[5:])


@dataclass(frozen=True)
class HelloFacts:
    """What a fingerprinting censor reads from a ClientHello (JA3/JA4's raw material)."""

    ciphers: tuple[int, ...]
    extensions: tuple[int, ...]  # in the order sent
    groups: tuple[int, ...]
    key_shares: tuple[int, ...]
    versions: tuple[int, ...]
    alpn: tuple[str, ...]
    server_name: str | None
    length: int  # of the handshake message


def is_grease(value: int) -> bool:
    """RFC 8701: 0x?a?a with both bytes equal."""
    return value & 0x0F0F == 0x0A0A and value >> 8 == value & 0xFF


def hello_facts(record: bytes) -> HelloFacts | None:
    """Parse a whole ClientHello record; None when it is not one."""
    if len(record) < 6 or record[0] != 0x16 or record[5] != 0x01:
        return None
    hello = record[5:]
    try:
        pos = 4 + 2 + 32
        pos += 1 + hello[pos]
        count = struct.unpack("!H", hello[pos : pos + 2])[0]
        ciphers = struct.unpack(f"!{count // 2}H", hello[pos + 2 : pos + 2 + count])
        pos += 2 + count
        pos += 1 + hello[pos]
        end = pos + 2 + struct.unpack("!H", hello[pos : pos + 2])[0]
        pos += 2
        extensions: list[int] = []
        found: dict[str, tuple[int, ...]] = {"groups": (), "shares": (), "versions": ()}
        alpn: list[str] = []
        while pos + 4 <= end:
            kind, size = struct.unpack("!HH", hello[pos : pos + 4])
            body = hello[pos + 4 : pos + 4 + size]
            extensions.append(kind)
            if kind == 0x000A:
                found["groups"] = struct.unpack(f"!{(size - 2) // 2}H", body[2:])
            elif kind == 0x002B:
                found["versions"] = struct.unpack(f"!{body[0] // 2}H", body[1 : 1 + body[0]])
            elif kind == 0x0033:
                shares, at = [], 2
                while at + 4 <= len(body):
                    group, length = struct.unpack("!HH", body[at : at + 4])
                    shares.append(group)
                    at += 4 + length
                found["shares"] = tuple(shares)
            elif kind == 0x0010:
                at = 2
                while at < len(body):
                    alpn.append(body[at + 1 : at + 1 + body[at]].decode("ascii", "replace"))
                    at += 1 + body[at]
            pos += 4 + size
    except (IndexError, struct.error):
        return None
    return HelloFacts(
        tuple(ciphers),
        tuple(extensions),
        found["groups"],
        found["shares"],
        found["versions"],
        tuple(alpn),
        server_name(hello),
        len(hello),
    )
