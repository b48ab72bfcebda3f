"""Telegram's first step: MTProto's unencrypted `req_pq_multi`, as the official apps send it.

Telegram Desktop always wraps its TCP stream in the "obfuscated2" transport: a 64-byte random
header whose bytes 8..56 seed AES-256-CTR in each direction, with the abridged transport's tag
(0xefefefef) and the DC id in its last, encrypted, 8 bytes; then every packet, encrypted
(tdesktop Telegram/SourceFiles/mtproto/connection_tcp.cpp, `prepareConnectionStartPrefix`;
core.telegram.org/mtproto/mtproto-transports). The first packet is the unencrypted message
`req_pq_multi#be7e8ef1 nonce:int128 = ResPQ` (auth_key_id 0, message_id, length): the DC
answers `resPQ#05162463` echoing the nonce (core.telegram.org/mtproto/auth_key). Nothing in it
names a person; a fresh random header and nonce every time.
"""

from __future__ import annotations

import os
import struct
import time

from cryptography.hazmat.primitives.ciphers import Cipher, CipherContext, algorithms, modes

from core.probes.firststep import Answer

NAME = "mtproto"
ABRIDGED = 0xEFEFEFEF
REQ_PQ_MULTI = 0xBE7E8EF1
RES_PQ = 0x05162463
MAX_PACKET = 1024  # a resPQ is ~90 bytes: a longer first packet is not Telegram's answer
# Header starts a censor (and Telegram's own sniffing) would read as another protocol
# (tdesktop's `isGoodStartNonce`): the first byte of the abridged tag, HTTP methods, the
# intermediate tags, a TLS record.
_BAD_STARTS = (b"HEAD", b"POST", b"GET ", b"OPTI", b"\xdd\xdd\xdd\xdd", b"\xee\xee\xee\xee")


def _ctr(key: bytes, iv: bytes) -> CipherContext:
    """AES-256-CTR: the obfuscated2 stream cipher (encrypting and decrypting are the same)."""
    return Cipher(algorithms.AES(key), modes.CTR(iv)).encryptor()


def good_start(nonce: bytes) -> bool:
    """tdesktop's `isGoodStartNonce`: not another protocol's first bytes, bytes 4..8 not 0."""
    return (
        nonce[0] != 0xEF
        and not nonce.startswith(_BAD_STARTS)
        and not nonce.startswith(b"\x16\x03\x01\x02")
        and nonce[4:8] != b"\0\0\0\0"
    )


def keys(header: bytes) -> tuple[tuple[bytes, bytes], tuple[bytes, bytes]]:
    """(send key, iv), (receive key, iv) from the 64-byte header, without a proxy secret."""
    reversed_part = header[8:56][::-1]
    return (header[8:40], header[40:56]), (reversed_part[:32], reversed_part[32:48])


def req_pq_multi(nonce: bytes, now: float | None = None) -> bytes:
    """The unencrypted message: auth_key_id 0, message_id (unix time * 2^32, divisible by 4),
    length, then the constructor and the 16-byte nonce."""
    seconds = time.time() if now is None else now
    message_id = (int(seconds * (1 << 32))) & ~3
    body = struct.pack("<I", REQ_PQ_MULTI) + nonce
    return struct.pack("<qqi", 0, message_id, len(body)) + body


def abridged(packet: bytes) -> bytes:
    """The abridged transport's framing: the length in 4-byte words, one byte or 0x7f + three."""
    words = len(packet) // 4
    head = bytes([words]) if words < 0x7F else b"\x7f" + words.to_bytes(3, "little")
    return head + packet


class MtprotoHello:
    """One first step: `request` to send; `feed` the DC's bytes until it answers."""

    name = NAME

    def __init__(self, dc_id: int = 2) -> None:
        while True:
            header = bytearray(os.urandom(64))
            if good_start(bytes(header)):
                break
        struct.pack_into("<Ih", header, 56, ABRIDGED, dc_id)
        (send_key, send_iv), (recv_key, recv_iv) = keys(bytes(header))
        self._send = _ctr(send_key, send_iv)
        self._recv = _ctr(recv_key, recv_iv)
        encrypted = self._send.update(bytes(header))
        self.nonce = os.urandom(16)
        packet = self._send.update(abridged(req_pq_multi(self.nonce)))
        self.request = bytes(header[:56]) + encrypted[56:] + packet
        self._plain = b""

    def feed(self, data: bytes) -> Answer | None:
        """None while the answer is incomplete; then whether it is the DC's resPQ."""
        self._plain += self._recv.update(data)
        return read_res_pq(self._plain, self.nonce)


def read_res_pq(plain: bytes, nonce: bytes) -> Answer | None:
    """Read one abridged packet (deobfuscated) as a resPQ echoing `nonce`."""
    if not plain:
        return None
    if plain[0] == 0x7F:
        if len(plain) < 4:
            return None
        length, start = int.from_bytes(plain[1:4], "little") * 4, 4
    else:
        length, start = plain[0] * 4, 1
    if length > MAX_PACKET:
        return Answer(False, f"a {length}-byte first packet: not a resPQ")
    if len(plain) < start + length:
        return None
    packet = plain[start : start + length]
    if length == 4:  # a transport error (e.g. -404), not an answer to the question
        code = struct.unpack("<i", packet)[0]
        return Answer(False, f"transport error {code}")
    if length < 20 + 4 + 16:
        return Answer(False, "a packet too short for a resPQ")
    auth_key_id, _, body_length = struct.unpack("<qqi", packet[:20])
    constructor = struct.unpack("<I", packet[20:24])[0]
    if auth_key_id != 0 or constructor != RES_PQ or body_length > length - 20:
        return Answer(False, f"not a resPQ (constructor {constructor:#010x})")
    if packet[24:40] != nonce:
        return Answer(False, "a resPQ that does not echo our nonce")
    return Answer(True, "resPQ with our nonce")
