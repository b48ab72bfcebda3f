"""Read a TLS ClientHello as an in-path censor (TSPU) does: the server name, the facts a
fingerprint is made of (ciphers, extension order, groups, key shares, versions, ALPN, signature
algorithms), and the two fingerprints censors and vendors publish, JA3 and JA4.

One reader for three users: the tests that check the shipped hello templates are what they claim
(resources/hellos/), the probes' own checks, and the lab's censor that classifies hellos.

JA3 (Salesforce, 2017): md5 of "version,ciphers,extensions,groups,point formats", GREASE
removed, extensions in the order sent. JA4 (FoxIO, technical_details/JA4.md): a_b_c where a is
protocol, TLS version, SNI or not, counts of ciphers and extensions and ALPN's first and last
character; b the first 12 hex of sha256 over the sorted ciphers; c the same over the sorted
extensions without SNI and ALPN, then "_" and the signature algorithms in the order sent.
"""

from __future__ import annotations

import hashlib
import struct
from dataclasses import dataclass


def record_length(data: bytes) -> int | None:
    """Total length of the first TLS record, or None if the header is incomplete."""
    if len(data) < 5:
        return None
    return 5 + int(struct.unpack("!H", data[3:5])[0])


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
    legacy_version: int = 0x0303
    signature_algorithms: tuple[int, ...] = ()
    point_formats: tuple[int, ...] = ()
    session_id_length: int = 0
    key_share_sizes: tuple[int, ...] = ()  # bytes of each key share, in the order of key_shares


def is_grease(value: int) -> bool:
    """RFC 8701: 0x?a?a with both bytes equal."""
    return value & 0x0F0F == 0x0A0A and value >> 8 == value & 0xFF


def _u16s(body: bytes) -> tuple[int, ...]:
    return struct.unpack(f"!{len(body) // 2}H", body[: len(body) // 2 * 2])


def hello_facts(record: bytes) -> HelloFacts | None:
    """Parse a whole ClientHello record; None when it is not one."""
    if len(record) < 6 or record[0] != 0x16 or record[5] != 0x01:
        return None
    hello = record[5:]
    try:
        legacy = struct.unpack("!H", hello[4:6])[0]
        pos = 4 + 2 + 32
        session_id_length = hello[pos]
        pos += 1 + session_id_length
        count = struct.unpack("!H", hello[pos : pos + 2])[0]
        ciphers = _u16s(hello[pos + 2 : pos + 2 + count])
        pos += 2 + count
        pos += 1 + hello[pos]
        end = pos + 2 + struct.unpack("!H", hello[pos : pos + 2])[0]
        pos += 2
        extensions: list[int] = []
        found: dict[str, tuple[int, ...]] = {
            "groups": (),
            "shares": (),
            "sizes": (),
            "versions": (),
            "signatures": (),
            "formats": (),
        }
        alpn: list[str] = []
        while pos + 4 <= end:
            kind, size = struct.unpack("!HH", hello[pos : pos + 4])
            body = hello[pos + 4 : pos + 4 + size]
            extensions.append(kind)
            if kind == 0x000A:
                found["groups"] = _u16s(body[2:])
            elif kind == 0x000B:
                found["formats"] = tuple(body[1 : 1 + body[0]])
            elif kind == 0x000D:
                found["signatures"] = _u16s(body[2:])
            elif kind == 0x002B:
                found["versions"] = _u16s(body[1 : 1 + body[0]])
            elif kind == 0x0033:
                shares, sizes, at = [], [], 2
                while at + 4 <= len(body):
                    group, length = struct.unpack("!HH", body[at : at + 4])
                    shares.append(group)
                    sizes.append(length)
                    at += 4 + length
                found["shares"], found["sizes"] = tuple(shares), tuple(sizes)
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
        legacy,
        found["signatures"],
        found["formats"],
        session_id_length,
        found["sizes"],
    )


def _plain(values: tuple[int, ...]) -> list[int]:
    return [v for v in values if not is_grease(v)]


def ja3_string(facts: HelloFacts, *, sort_extensions: bool = False) -> str:
    """The JA3 string; `sort_extensions` gives JA3N, the form that survives Chrome's permuting."""
    extensions = _plain(facts.extensions)
    if sort_extensions:
        extensions.sort()
    fields = (
        [facts.legacy_version],
        _plain(facts.ciphers),
        extensions,
        _plain(facts.groups),
        list(facts.point_formats),
    )
    return ",".join("-".join(str(v) for v in values) for values in fields)


def ja3(facts: HelloFacts, *, sort_extensions: bool = False) -> str:
    """md5 of the JA3 (or JA3N) string, as published."""
    text = ja3_string(facts, sort_extensions=sort_extensions)
    return hashlib.md5(text.encode(), usedforsecurity=False).hexdigest()


_VERSIONS = {0x0304: "13", 0x0303: "12", 0x0302: "11", 0x0301: "10", 0x0300: "s3"}


def _hash12(text: str) -> str:
    return hashlib.sha256(text.encode()).hexdigest()[:12] if text else "000000000000"


def _alpn_mark(alpn: tuple[str, ...]) -> str:
    if not alpn or not alpn[0]:
        return "00"
    first = alpn[0]
    if first[0].isalnum() and first[-1].isalnum():
        return first[0] + first[-1]
    raw = first.encode().hex()
    return raw[0] + raw[-1]


def ja4(facts: HelloFacts, *, quic: bool = False) -> str:
    """JA4 over TCP (or QUIC) as FoxIO specifies it: JA4_a _ JA4_b _ JA4_c."""
    versions = _plain(facts.versions)
    version = _VERSIONS.get(max(versions) if versions else facts.legacy_version, "00")
    ciphers = _plain(facts.ciphers)
    extensions = _plain(facts.extensions)
    part_a = (
        ("q" if quic else "t")
        + version
        + ("d" if 0x0000 in extensions else "i")
        + f"{min(len(ciphers), 99):02d}{min(len(extensions), 99):02d}"
        + _alpn_mark(facts.alpn)
    )
    part_b = _hash12(",".join(f"{c:04x}" for c in sorted(ciphers)))
    hashed = ",".join(f"{e:04x}" for e in sorted(extensions) if e not in (0x0000, 0x0010))
    signatures = ",".join(f"{s:04x}" for s in _plain(facts.signature_algorithms))
    part_c = _hash12(f"{hashed}_{signatures}" if signatures else hashed)
    return f"{part_a}_{part_b}_{part_c}"
