"""The messengers' own servers in the lab: a Telegram DC answering MTProto's first step
(obfuscated2, abridged or intermediate, `req_pq_multi` -> `resPQ`) and a WhatsApp chat server
answering the Noise opening ("WA" header + ClientHello -> ServerHello). Written from the
protocol descriptions (docs/sources.md), apart from the client in core/probes, so a mistake on
one side shows as a lab run that does not answer. The websocket upgrade of Signal's chat host is
the TLS origin's (lab/origin.py)."""

from __future__ import annotations

import asyncio
import contextlib
import os
import struct
import time

from cryptography.hazmat.primitives.ciphers import Cipher, CipherContext, algorithms, modes

WA_HEADER = b"WA\x06\x03"
TAGS = {0xEFEFEFEF: "abridged", 0xEEEEEEEE: "intermediate", 0xDDDDDDDD: "padded"}
REQ_PQ_MULTI = 0xBE7E8EF1
RES_PQ = 0x05162463
VECTOR = 0x1CB5C415
READ_LIMIT = 4096


def _aes_ctr(key: bytes, iv: bytes) -> CipherContext:
    return Cipher(algorithms.AES(key), modes.CTR(iv)).encryptor()


async def serve(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
    """One connection the front sent here (neither TLS nor HTTP): WhatsApp's or Telegram's."""
    try:
        data = await _read_at_least(reader, b"", 4)
        if data.startswith(WA_HEADER):
            await _noise(reader, writer, data[4:])
        else:
            await _mtproto(reader, writer, data)
    except (ConnectionError, OSError, asyncio.IncompleteReadError, asyncio.CancelledError):
        pass
    finally:
        writer.close()
        with contextlib.suppress(Exception, asyncio.CancelledError):
            await writer.wait_closed()


async def _read_at_least(reader: asyncio.StreamReader, data: bytes, size: int) -> bytes:
    while len(data) < size:
        more = await reader.read(READ_LIMIT)
        if not more:
            raise asyncio.IncompleteReadError(data, size)
        data += more
    return data


async def _noise(reader: asyncio.StreamReader, writer: asyncio.StreamWriter, data: bytes) -> None:
    data = await _read_at_least(reader, data, 3)
    length = int.from_bytes(data[:3], "big")
    if length > READ_LIMIT:
        return
    frame = (await _read_at_least(reader, data, 3 + length))[3 : 3 + length]
    # HandshakeMessage{clientHello (field 2) {ephemeral (field 1): 32 bytes}}
    if len(frame) != 36 or frame[:4] != b"\x12\x22\x0a\x20":
        return
    hello = (
        b"\x0a\x20"
        + os.urandom(32)  # ephemeral
        + b"\x12\x30"
        + os.urandom(48)  # static, encrypted
        + b"\x1a\x60"
        + os.urandom(96)  # payload (the certificate), encrypted
    )
    size = len(hello)  # 182: a two-byte varint
    message = bytes([3 << 3 | 2, size & 0x7F | 0x80, size >> 7]) + hello
    writer.write(len(message).to_bytes(3, "big") + message)
    await writer.drain()
    await reader.read(READ_LIMIT)  # the client closes after the hello


async def _mtproto(reader: asyncio.StreamReader, writer: asyncio.StreamWriter, data: bytes) -> None:
    data = await _read_at_least(reader, data, 64)
    header, rest = data[:64], data[64:]
    # The client's send direction is our receive one, and the reverse.
    receive = _aes_ctr(header[8:40], header[40:56])
    tag = struct.unpack("<I", receive.update(header)[56:60])[0]
    if tag not in TAGS:
        return
    mirrored = header[8:56][::-1]
    send = _aes_ctr(mirrored[:32], mirrored[32:48])
    plain = receive.update(rest)
    while True:
        packet = _packet(plain, TAGS[tag])
        if packet is not None:
            break
        more = await reader.read(READ_LIMIT)
        if not more or len(plain) > READ_LIMIT:
            return
        plain += receive.update(more)
    if len(packet) < 40 or struct.unpack("<I", packet[20:24])[0] != REQ_PQ_MULTI:
        return
    nonce = packet[24:40]
    pq = b"\x08" + os.urandom(8) + b"\0\0\0"  # TL bytes: length 8, padded to 4
    body = (
        struct.pack("<I", RES_PQ)
        + nonce
        + os.urandom(16)  # server_nonce
        + pq
        + struct.pack("<IIq", VECTOR, 1, -3414540481677951611)  # one public key fingerprint
    )
    message_id = (int(time.time() * (1 << 32)) & ~3) | 1  # a server's id is odd
    answer = struct.pack("<qqi", 0, message_id, len(body)) + body
    if TAGS[tag] == "abridged":
        framed = bytes([len(answer) // 4]) + answer
    else:
        framed = struct.pack("<I", len(answer)) + answer
    writer.write(send.update(framed))
    await writer.drain()
    await reader.read(READ_LIMIT)


def _packet(plain: bytes, transport: str) -> bytes | None:
    """The first whole packet of the deobfuscated stream, or None while it is incomplete."""
    if transport == "abridged":
        if not plain:
            return None
        if plain[0] == 0x7F:
            if len(plain) < 4:
                return None
            length, start = int.from_bytes(plain[1:4], "little") * 4, 4
        else:
            length, start = plain[0] * 4, 1
    else:
        if len(plain) < 4:
            return None
        length, start = struct.unpack("<I", plain[:4])[0] & 0x7FFFFFFF, 4
    if len(plain) < start + length:
        return None
    return plain[start : start + length]
