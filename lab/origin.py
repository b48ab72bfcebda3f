"""The lab's "real servers": HTTP/1.1 over TLS (a certificate per server name, from the lab
CA, the rogue CA or the lab's copy of a known interception root) and plain, serving small
pages, 204 checks, DoH and large downloads."""

from __future__ import annotations

import asyncio
import base64
import contextlib
import hashlib
import ssl
from collections.abc import Callable
from dataclasses import dataclass, field

import dns.message
import h11

from lab import messengers
from lab.dnsserver import DnsRule, build_reply
from lab.pki import AUTHORITIES, LabPKI

LARGE_BODY = 32 * 1024 * 1024  # "endless" for a bounded download test
CHUNK = 16 * 1024


@dataclass(frozen=True)
class ServicePage:
    """What a service itself answers (a refusal of the country, say) instead of its page."""

    status: int
    body: str
    content_type: str = "text/html; charset=utf-8"
    location: str = ""


@dataclass
class OriginContent:
    """What the servers answer; the scenario may change it per host name."""

    doh_decide: Callable[[str], DnsRule]
    large_paths: set[str] = field(default_factory=set)
    broken_hosts: set[str] = field(default_factory=set)  # answer with garbage -> http_error
    # answer uploads with a 1 GB Content-Length and one byte every DRIP_EVERY seconds
    drip_upload_hosts: set[str] = field(default_factory=set)
    titles: dict[str, str] = field(default_factory=dict)  # host -> page title (hostile text)
    pages: dict[str, ServicePage] = field(default_factory=dict)  # host -> the service's answer
    # host -> what the site itself answers over plain HTTP only (a redirect to HTTPS, its own
    # CAPTCHA, a redirect loop); over TLS it serves its page
    plain_pages: dict[str, ServicePage] = field(default_factory=dict)


class Origin:
    def __init__(
        self, pki: LabPKI, address: str, content: OriginContent, default_identities: tuple[str, ...]
    ) -> None:
        self.pki = pki
        self.address = address
        self.content = content
        self.default_identities = default_identities
        self.ports: dict[str, int] = {}
        self._servers: list[asyncio.Server] = []

    async def start(self) -> None:
        for kind in ("tls", "plain", *AUTHORITIES[1:]):
            ssl_ctx = None
            if kind != "plain":
                ssl_ctx = self._context("lab" if kind == "tls" else kind)
            serve = self._serve_plain if kind == "plain" else self._serve
            server = await asyncio.start_server(serve, self.address, 0, ssl=ssl_ctx)
            self.ports[kind] = server.sockets[0].getsockname()[1]
            self._servers.append(server)
        # the messengers' own protocols (MTProto, WhatsApp's Noise): what the front sends there
        server = await asyncio.start_server(messengers.serve, self.address, 0)
        self.ports["messenger"] = server.sockets[0].getsockname()[1]
        self._servers.append(server)

    def _context(self, authority: str) -> ssl.SSLContext:
        base = self.pki.server_context(*self.default_identities, authority=authority)

        def pick(obj: ssl.SSLObject, name: str | None, _ctx: ssl.SSLContext) -> None:
            if name:
                obj.context = self.pki.server_context(name, authority=authority)

        base.sni_callback = pick
        return base

    async def stop(self) -> None:
        for server in self._servers:
            server.close()

    async def _serve_plain(
        self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter
    ) -> None:
        await self._serve(reader, writer, plain=True)

    async def _serve(
        self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter, plain: bool = False
    ) -> None:
        conn = h11.Connection(h11.SERVER)
        try:
            while True:
                request, body = await _read_request(conn, reader)
                if request is None:
                    return
                host = _header(request, b"host").split(":")[0].lower()
                if _header(request, b"upgrade").lower() == "websocket":
                    writer.write(_websocket_accepted(_header(request, b"sec-websocket-key")))
                    await writer.drain()
                    return  # Signal's chat host: the probe stops at the 101
                if host in self.content.broken_hosts:
                    writer.write(b"garbage, not HTTP\r\n\r\n")
                    await writer.drain()
                    return
                await self._respond(conn, writer, request, body, host, plain)
                if conn.our_state is h11.MUST_CLOSE or conn.their_state is h11.MUST_CLOSE:
                    return
                conn.start_next_cycle()
        except (
            ConnectionError,
            h11.RemoteProtocolError,
            ssl.SSLError,
            OSError,
            asyncio.IncompleteReadError,
            asyncio.CancelledError,
        ):
            return  # a client went away, or the lab is stopping
        finally:
            writer.close()
            with contextlib.suppress(Exception, asyncio.CancelledError):
                await writer.wait_closed()

    async def _respond(
        self,
        conn: h11.Connection,
        writer: asyncio.StreamWriter,
        request: h11.Request,
        body: bytes,
        host: str,
        plain: bool = False,
    ) -> None:
        target = request.target.decode("latin-1")
        path = target.split("?")[0]
        if path == "/dns-query" and request.method == b"POST":
            query = dns.message.from_wire(body)
            name = query.question[0].name.to_text().rstrip(".").lower()
            reply = build_reply(query, self.content.doh_decide(name)) or b""
            await _send(conn, writer, 200, reply, b"application/dns-message")
        elif request.method == b"POST" and host in self.content.drip_upload_hosts:
            await _drip(conn, writer)
        elif request.method == b"POST":
            # Uploads (the two-way transfer test): the whole body was read; say how much.
            await _send(conn, writer, 200, f"received {len(body)} bytes".encode())
        elif path == "/generate_204":
            await _send(conn, writer, 204, b"")
        elif path.startswith("/bytes/") and path[7:].isdigit():
            await _stream(conn, writer, _ranged(request, min(int(path[7:]), LARGE_BODY)))
        elif target in self.content.large_paths or path in self.content.large_paths:
            await _stream(conn, writer, _ranged(request, LARGE_BODY))
        elif host in self.content.pages or (plain and host in self.content.plain_pages):
            page = self.content.plain_pages.get(host) if plain else None
            page = page or self.content.pages[host]
            extra = [(b"location", page.location.encode())] if page.location else []
            body = page.body.encode("utf-8")
            await _send(conn, writer, page.status, body, page.content_type.encode(), extra)
        else:
            title = self.content.titles.get(host, f"{host} (lab)")
            page = f"<!doctype html><title>{title}</title><p>Lab page of {host}.</p>"
            await _send(conn, writer, 200, page.encode(), b"text/html; charset=utf-8")


def _websocket_accepted(key: str) -> bytes:
    """RFC 6455's 101 answer, with the accept value derived from the client's key."""
    digest = hashlib.sha1(key.encode() + b"258EAFA5-E914-47DA-95CA-C5AB0DC85B11").digest()
    accept = base64.b64encode(digest).decode()
    head = [
        "HTTP/1.1 101 Switching Protocols",
        "Upgrade: websocket",
        "Connection: Upgrade",
        f"Sec-WebSocket-Accept: {accept}",
    ]
    return ("\r\n".join(head) + "\r\n\r\n").encode()


async def _read_request(
    conn: h11.Connection, reader: asyncio.StreamReader
) -> tuple[h11.Request | None, bytes]:
    request: h11.Request | None = None
    body = b""
    while True:
        event = conn.next_event()
        if event is h11.NEED_DATA:
            data = await reader.read(65536)
            conn.receive_data(data)
            continue
        if isinstance(event, h11.Request):
            request = event
        elif isinstance(event, h11.Data):
            body += event.data
        elif isinstance(event, h11.EndOfMessage):
            return request, body
        elif isinstance(event, h11.ConnectionClosed) or event is h11.PAUSED:
            return None, b""


def _ranged(request: h11.Request, size: int) -> int:
    """The body size a `Range: bytes=0-N` asks for (only from the start, as the probes ask)."""
    asked = _header(request, b"range").removeprefix("bytes=0-")
    return min(size, int(asked) + 1) if asked.isdigit() else size


def _header(request: h11.Request, name: bytes) -> str:
    for key, value in request.headers:
        if key.lower() == name:
            return value.decode("latin-1")
    return ""


async def _send(
    conn: h11.Connection,
    writer: asyncio.StreamWriter,
    status: int,
    body: bytes,
    content_type: bytes = b"text/plain",
    extra: list[tuple[bytes, bytes]] | None = None,
) -> None:
    headers = [(b"content-type", content_type), (b"content-length", str(len(body)).encode())]
    headers += extra or []
    writer.write(conn.send(h11.Response(status_code=status, headers=headers)) or b"")
    if body:
        writer.write(conn.send(h11.Data(data=body)) or b"")
    writer.write(conn.send(h11.EndOfMessage()) or b"")
    await writer.drain()


async def _stream(conn: h11.Connection, writer: asyncio.StreamWriter, size: int) -> None:
    headers = [
        (b"content-type", b"application/octet-stream"),
        (b"content-length", str(size).encode()),
    ]
    writer.write(conn.send(h11.Response(status_code=200, headers=headers)) or b"")
    block = bytes(range(256)) * (CHUNK // 256)
    sent = 0
    while sent < size:
        piece = block[: min(CHUNK, size - sent)]
        writer.write(conn.send(h11.Data(data=piece)) or b"")
        sent += len(piece)
        await writer.drain()
    writer.write(conn.send(h11.EndOfMessage()) or b"")
    await writer.drain()


DRIP_SIZE = 1_000_000_000  # announced; never sent
DRIP_EVERY = 0.5  # seconds between bytes: inside every idle window a client keeps


async def _drip(conn: h11.Connection, writer: asyncio.StreamWriter) -> None:
    """A hostile answer: a 1 GB body announced, then one byte every DRIP_EVERY seconds until
    the client goes away (issue 25: it held the run until the overall deadline)."""
    headers = [
        (b"content-type", b"application/octet-stream"),
        (b"content-length", str(DRIP_SIZE).encode()),
    ]
    writer.write(conn.send(h11.Response(status_code=200, headers=headers)) or b"")
    while True:
        await writer.drain()
        await asyncio.sleep(DRIP_EVERY)
        writer.write(conn.send(h11.Data(data=b"x")) or b"")
