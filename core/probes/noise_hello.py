"""WhatsApp's first step: the opening of its Noise handshake, as its clients send it.

The chat connection starts with the 4-byte header "WA", 6, 3 (the magic value and the
dictionary version; also the Noise prologue), then frames with a 3-byte big-endian length. The
first frame is a `HandshakeMessage{clientHello{ephemeral}}` protobuf with a fresh X25519 public
key; the server answers with a frame holding `HandshakeMessage{serverHello{ephemeral, static,
payload}}` (tulir/whatsmeow socket/constants.go `WAConnHeader`, socket/framesocket.go,
handshake.go; WhiskeySockets/Baileys src/Defaults `NOISE_WA_HEADER`). The probe stops there:
no static key, no login payload, nothing that names a person.
"""

from __future__ import annotations

from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey
from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat

from core.probes.firststep import Answer

NAME = "whatsapp_noise"
WA_HEADER = b"WA\x06\x03"
MAX_FRAME = 16 * 1024  # a server hello is a few hundred bytes; more is not one
KEY_BYTES = 32


def _field(number: int, value: bytes) -> bytes:
    """A protobuf length-delimited field (every field here is one, each under 128 bytes)."""
    return bytes([number << 3 | 2, len(value)]) + value


def client_hello(ephemeral: bytes) -> bytes:
    """HandshakeMessage{clientHello (2) {ephemeral (1)}}."""
    return _field(2, _field(1, ephemeral))


def frame(payload: bytes) -> bytes:
    return len(payload).to_bytes(3, "big") + payload


def fields(data: bytes) -> dict[int, bytes] | None:
    """The length-delimited fields of one protobuf message (the last of a number wins); None
    when it does not parse as one."""
    found: dict[int, bytes] = {}
    at = 0
    while at < len(data):
        tag, at = _varint(data, at)
        if tag is None or tag & 7 != 2:
            return None
        length, at = _varint(data, at)
        if length is None or at + length > len(data):
            return None
        found[tag >> 3] = data[at : at + length]
        at += length
    return found


def _varint(data: bytes, at: int) -> tuple[int | None, int]:
    value, shift = 0, 0
    while at < len(data) and shift < 35:
        byte = data[at]
        at += 1
        value |= (byte & 0x7F) << shift
        if not byte & 0x80:
            return value, at
        shift += 7
    return None, at


class NoiseHello:
    """One first step: `request` to send; `feed` the server's bytes until it answers."""

    name = NAME

    def __init__(self) -> None:
        key = X25519PrivateKey.generate().public_key()
        ephemeral = key.public_bytes(Encoding.Raw, PublicFormat.Raw)
        self.request = WA_HEADER + frame(client_hello(ephemeral))
        self._data = b""

    def feed(self, data: bytes) -> Answer | None:
        self._data += data
        return read_server_hello(self._data)


def read_server_hello(data: bytes) -> Answer | None:
    """One frame holding a server hello with a 32-byte ephemeral key, or why not."""
    if len(data) < 3:
        return None
    length = int.from_bytes(data[:3], "big")
    if length > MAX_FRAME:
        return Answer(False, f"a {length}-byte first frame: not a server hello")
    if len(data) < 3 + length:
        return None
    message = fields(data[3 : 3 + length])
    hello = fields(message.get(3, b"")) if message else None
    if not message or 3 not in message or hello is None:
        return Answer(False, "a frame that is not a server hello")
    if len(hello.get(1, b"")) != KEY_BYTES:
        return Answer(False, "a server hello without an ephemeral key")
    return Answer(True, "Noise server hello")
