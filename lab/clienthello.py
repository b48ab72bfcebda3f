"""Read the server name out of a TLS ClientHello, as an in-path censor (TSPU) does."""

from __future__ import annotations

import struct


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
