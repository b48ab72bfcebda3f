"""Signal's first step: the websocket upgrade on its chat host, over the verified TLS session.

Signal Desktop opens an unauthenticated websocket to the chat service at `/v1/websocket/` (no
login, no password in the request) for what needs no account, beside its authenticated one
(signalapp/Signal-Desktop ts/textsecure/SocketManager.ts, `getUnauthenticatedResource`); the
server answers `101 Switching Protocols` (RFC 6455 section 4: the key and the accept value).
The probe stops at the 101 and closes: nothing is sent over the websocket.
"""

from __future__ import annotations

import base64
import hashlib
import os

from core.probes.firststep import Answer

NAME = "signal_websocket"
PATH = "/v1/websocket/"
GUID = b"258EAFA5-E914-47DA-95CA-C5AB0DC85B11"  # RFC 6455, section 1.3
MAX_HEAD = 8 * 1024


def accept_for(key: str) -> str:
    """The Sec-WebSocket-Accept an honest server derives from our key (RFC 6455 4.2.2)."""
    return base64.b64encode(hashlib.sha1(key.encode() + GUID).digest()).decode()


class WebsocketUpgrade:
    """One first step: `request` to send; `feed` the server's bytes until its head ends."""

    name = NAME

    def __init__(self, host: str) -> None:
        self.key = base64.b64encode(os.urandom(16)).decode()
        lines = [
            f"GET {PATH} HTTP/1.1",
            f"Host: {host}",
            "Upgrade: websocket",
            "Connection: Upgrade",
            f"Sec-WebSocket-Key: {self.key}",
            "Sec-WebSocket-Version: 13",
        ]
        self.request = ("\r\n".join(lines) + "\r\n\r\n").encode()
        self._data = b""

    def feed(self, data: bytes) -> Answer | None:
        self._data += data
        return read_upgrade(self._data, self.key)


def read_upgrade(data: bytes, key: str) -> Answer | None:
    """A `101` head with the accept value our key asks for, or why not."""
    end = data.find(b"\r\n\r\n")
    if end < 0:
        return Answer(False, "an answer head too long") if len(data) > MAX_HEAD else None
    lines = data[:end].decode("latin-1").split("\r\n")
    status = lines[0].split()
    if len(status) < 2 or not status[0].startswith("HTTP/"):
        return Answer(False, "not an HTTP answer")
    if status[1] != "101":
        return Answer(False, f"status {status[1]}, not 101")
    headers = {}
    for line in lines[1:]:
        name, _, value = line.partition(":")
        headers[name.strip().lower()] = value.strip()
    if headers.get("sec-websocket-accept") != accept_for(key):
        return Answer(False, "101 without the right Sec-WebSocket-Accept")
    return Answer(True, "websocket upgrade accepted")
