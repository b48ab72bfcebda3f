"""The ClientHello shapes Svyaz can speak with, read from data (resources/hellos/*.toml).

Since 2026 the censor classifies hellos by fingerprint: Chrome's cut where Firefox passes,
Telegram Desktop's fixed, outdated one cut on its own (docs/sources.md, "hello fingerprints").
To tell a person "browsers get through, Telegram Desktop does not", Svyaz sends the same
handshake in several shapes. Each shape is a template (one file: the client, its version, the
source of the capture, the published JA3/JA4, the ciphers and every extension in the order
sent); this module fills in what changes per connection (random, session id, server name, key
shares, GREASE values after the browser's rules, the permutation of extensions) and builds the
bytes. tests/test_hellos.py parses each built hello back and checks it against the published
fingerprints, so a wrong template fails a test.

Python's ssl cannot speak with another client's voice, and the impersonation libraries
(curl_cffi, tls-client) ship native builds that do not fit the bundle and cannot stop after the
server's first answer; the probes never finish these handshakes (core/probes/browserhello.py).
"""

from __future__ import annotations

import os
import random
import secrets
import struct
import tomllib
from dataclasses import dataclass
from functools import cache
from typing import Any

from core.clienthello import HelloFacts, hello_facts, is_grease, ja4
from core.resources import resource_path

GREASE_VALUES = tuple(0x0A0A + 0x1010 * i for i in range(16))

# Bytes of a client key share per group (a GREASE share is one byte, as BoringSSL sends it).
KEY_SHARE_SIZES = {0x001D: 32, 0x0017: 65, 0x0018: 97, 0x0019: 133, 0x11EC: 1216}

Value = int | str  # an integer code point, or "grease:<slot>"


@dataclass(frozen=True)
class Extension:
    """One extension of a template: its type (or a GREASE slot) and how its body is made."""

    type: Value
    kind: str = "raw"  # raw, server_name, supported_groups, key_share, supported_versions,
    # signature_algorithms, alpn, ech_grease, padding
    body: bytes = b""
    values: tuple[Value, ...] = ()
    protocols: tuple[str, ...] = ()
    payload: int = 0  # ech_grease: bytes of the encrypted payload


@dataclass(frozen=True)
class HelloTemplate:
    """One client's hello, as data, with where it comes from and what it must hash to."""

    name: str
    client: str
    version: str
    library: str
    sources: tuple[str, ...]
    ja4: str
    ja3: str  # md5 of JA3 with the extensions in the template's order ("" if not published)
    ja3n: str  # md5 of JA3 with the extensions sorted ("" if not published)
    permute: bool  # the extensions between the first and the last are shuffled per connection
    ciphers: tuple[Value, ...]
    extensions: tuple[Extension, ...]
    legacy_version: int = 0x0303
    session_id: int = 32


def _value(raw: Any) -> Value:
    if isinstance(raw, int):
        return raw
    if isinstance(raw, str) and raw.startswith("grease:"):
        return raw
    raise ValueError(f"a hello template value must be an integer or grease:<slot>: {raw!r}")


def _extension(raw: dict[str, Any]) -> Extension:
    return Extension(
        type=_value(raw["type"]),
        kind=raw.get("kind", "raw"),
        body=bytes.fromhex(raw.get("body", "")),
        values=tuple(_value(v) for v in raw.get("values", ())),
        protocols=tuple(raw.get("protocols", ())),
        payload=int(raw.get("payload", 0)),
    )


def parse_template(name: str, text: str) -> HelloTemplate:
    """A template from its TOML text (the files' format; tests feed broken ones)."""
    data = tomllib.loads(text)
    about = data["hello"]
    return HelloTemplate(
        name=name,
        client=about["client"],
        version=about["version"],
        library=about["library"],
        sources=tuple(about["sources"]),
        ja4=about["ja4"],
        ja3=about.get("ja3", ""),
        ja3n=about.get("ja3n", ""),
        permute=bool(about.get("permute", False)),
        ciphers=tuple(_value(v) for v in about["ciphers"]),
        extensions=tuple(_extension(e) for e in data["extension"]),
        legacy_version=int(about.get("legacy_version", 0x0303)),
        session_id=int(about.get("session_id", 32)),
    )


@cache
def template(name: str) -> HelloTemplate:
    """The shipped template `name` (one of SHAPES)."""
    path = resource_path("hellos", f"{name}.toml")
    return parse_template(name, path.read_text(encoding="utf-8"))


SHAPES = ("chrome", "chrome_2024", "firefox", "openssl", "telegram_desktop")


def shape_key(facts: HelloFacts) -> tuple[str, tuple[int, ...]]:
    """What tells the shipped shapes apart: JA4, and the groups of the key shares sent (Chrome
    143 and Telegram Desktop share a JA4; only Chrome sends an ML-KEM share)."""
    return ja4(facts), tuple(sorted(g for g in facts.key_shares if not is_grease(g)))


@cache
def _known_keys() -> dict[tuple[str, tuple[int, ...]], str]:
    keys = {}
    for name in SHAPES:
        facts = hello_facts(build(template(name), "shape.test"))
        assert facts is not None
        keys[shape_key(facts)] = name
    return keys


def classify(record: bytes) -> str | None:
    """Which shipped shape a ClientHello record is (as a fingerprinting censor would say), if
    any: the lab's censor cuts by it."""
    facts = hello_facts(record)
    return None if facts is None else _known_keys().get(shape_key(facts))


def _greases(template: HelloTemplate) -> dict[str, int]:
    """A fresh GREASE value per slot; two extension slots never share one (BoringSSL's rule)."""
    slots: dict[str, int] = {}
    for value in (*template.ciphers, *(v for e in template.extensions for v in e.values)):
        if isinstance(value, str):
            slots.setdefault(value, secrets.choice(GREASE_VALUES))
    types = [e.type for e in template.extensions if isinstance(e.type, str)]
    for slot in types:
        slots.setdefault(slot, secrets.choice(GREASE_VALUES))
    if len(types) == 2 and slots[types[0]] == slots[types[1]]:
        slots[types[1]] ^= 0x1010
    return slots


def _u16(value: int) -> bytes:
    return struct.pack("!H", value)


def _vec16(body: bytes) -> bytes:
    return _u16(len(body)) + body


def _vec8(body: bytes) -> bytes:
    return bytes([len(body)]) + body


def _key_share(group: int, grease: bool) -> bytes:
    if grease:
        return _u16(group) + _vec16(b"\x00")
    size = KEY_SHARE_SIZES[group]
    key = os.urandom(size)
    if group in (0x0017, 0x0018, 0x0019):
        key = b"\x04" + key[1:]  # an uncompressed point, as every client sends it
    return _u16(group) + _vec16(key)


def _body(ext: Extension, slots: dict[str, int], name: str | None) -> bytes | None:
    """The extension's body, or None when it is left out (no server name to send)."""

    def resolved() -> list[tuple[int, bool]]:
        return [(slots[v], True) if isinstance(v, str) else (v, False) for v in ext.values]

    if ext.kind == "raw":
        return ext.body
    if ext.kind == "server_name":
        if not name:
            return None
        return _vec16(b"\x00" + _vec16(name.encode("ascii", "replace")))
    if ext.kind in ("supported_groups", "signature_algorithms"):
        return _vec16(b"".join(_u16(v) for v, _ in resolved()))
    if ext.kind == "supported_versions":
        return _vec8(b"".join(_u16(v) for v, _ in resolved()))
    if ext.kind == "key_share":
        return _vec16(b"".join(_key_share(v, grease) for v, grease in resolved()))
    if ext.kind == "alpn":
        return _vec16(b"".join(_vec8(p.encode()) for p in ext.protocols))
    if ext.kind == "ech_grease":  # draft-ietf-tls-esni: an outer ECH with random contents
        return (
            b"\x00\x00\x01\x00\x01"
            + os.urandom(1)
            + _vec16(os.urandom(32))
            + _vec16(os.urandom(ext.payload))
        )
    raise ValueError(f"unknown hello extension kind {ext.kind!r}")


def _ext(kind: int, body: bytes) -> bytes:
    return _u16(kind) + _vec16(body)


def build(shape: HelloTemplate, server_name: str | None, *, permute: bool = True) -> bytes:
    """A whole TLS record holding `shape`'s ClientHello for `server_name`, fresh per call.

    `permute=False` keeps the template's own order (tests compare it with a published JA3)."""
    slots = _greases(shape)
    built: list[tuple[Extension, bytes]] = []
    padding: Extension | None = None
    for ext in shape.extensions:
        if ext.kind == "padding":
            padding = ext
            continue
        body = _body(ext, slots, server_name)
        if body is not None:
            kind = slots[ext.type] if isinstance(ext.type, str) else ext.type
            built.append((ext, _ext(kind, body)))
    if shape.permute and permute and len(built) > 2:
        middle = built[1:-1]
        random.shuffle(middle)  # Chrome (since 110) permutes its extensions on every hello
        built = [built[0], *middle, built[-1]]
    ciphers = b"".join(_u16(slots[c] if isinstance(c, str) else c) for c in shape.ciphers)
    head = (
        _u16(shape.legacy_version)
        + os.urandom(32)
        + _vec8(os.urandom(shape.session_id))
        + _vec16(ciphers)
        + b"\x01\x00"
    )
    body = b"".join(raw for _, raw in built)
    if padding is not None:
        unpadded = 4 + len(head) + 2 + len(body)
        if 0xFF < unpadded < 0x200:  # BoringSSL and OpenSSL pad hellos of 256-511 bytes to 512
            body += _ext(0x0015, bytes(max(1, 0x200 - unpadded - 4)))
    hello = head + _vec16(body)
    message = b"\x01" + struct.pack("!I", len(hello))[1:] + hello
    return b"\x16\x03\x01" + _vec16(message)
