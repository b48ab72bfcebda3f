"""Explicit proxies for the lab: an HTTP CONNECT proxy and a SOCKS5 proxy (no auth or
user/password), both forwarding only to loopback, counting the tunnels they opened."""

from __future__ import annotations

import asyncio
import contextlib
import ipaddress
import struct


class LabProxy:
    def __init__(self, kind: str, user: str | None = None, password: str | None = None) -> None:
        assert kind in ("http", "socks5")
        self.kind, self.user, self.password = kind, user, password
        self.tunnels: list[tuple[str, int]] = []
        self._server: asyncio.Server | None = None
        self._open: set[asyncio.StreamWriter] = set()  # closed by stop(), so none is leaked
        self.port = 0

    async def start(self, address: str = "127.0.0.1") -> None:
        self._server = await asyncio.start_server(self._handle, address, 0)
        self.port = self._server.sockets[0].getsockname()[1]

    async def stop(self) -> None:
        if self._server is not None:
            self._server.close()
        for writer in list(self._open):
            writer.close()
        self._open.clear()
        if self._server is not None:
            await self._server.wait_closed()

    async def _handle(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        self._open.add(writer)
        try:
            await self._tunnel(reader, writer)
        finally:
            self._open.discard(writer)
            writer.close()

    async def _tunnel(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        try:
            host, port = await (
                self._http(reader, writer) if self.kind == "http" else self._socks(reader, writer)
            )
            if not ipaddress.ip_address(host).is_loopback:  # the lab never leaves loopback
                raise ConnectionError("refusing a non-loopback target")
            up_reader, up_writer = await asyncio.open_connection(host, port)
        except (
            ConnectionError,
            OSError,
            ValueError,
            asyncio.IncompleteReadError,
        ):
            return
        self._open.add(up_writer)
        self.tunnels.append((host, port))
        if self.kind == "http":
            writer.write(b"HTTP/1.1 200 Connection established\r\n\r\n")
        else:
            writer.write(b"\x05\x00\x00\x01" + bytes(4) + b"\x00\x00")
        try:
            with contextlib.suppress(Exception):
                await asyncio.gather(_pipe(reader, up_writer), _pipe(up_reader, writer))
        finally:
            self._open.discard(up_writer)
            up_writer.close()

    async def _http(
        self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter
    ) -> tuple[str, int]:
        head = (await reader.readuntil(b"\r\n\r\n")).decode("latin-1")
        method, target, _ = head.split("\r\n", 1)[0].split(" ", 2)
        if method != "CONNECT":
            writer.write(b"HTTP/1.1 405 Method Not Allowed\r\n\r\n")
            raise ConnectionError("not a CONNECT")
        host, _, port = target.rpartition(":")
        return host.strip("[]"), int(port)

    async def _socks(
        self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter
    ) -> tuple[str, int]:
        version, count = await reader.readexactly(2)
        methods = await reader.readexactly(count)
        wanted = 2 if self.user is not None else 0
        if version != 5 or wanted not in methods:
            writer.write(b"\x05\xff")
            raise ConnectionError("no acceptable method")
        writer.write(bytes([5, wanted]))
        if wanted == 2:
            _, ulen = await reader.readexactly(2)
            user = (await reader.readexactly(ulen)).decode()
            (plen,) = await reader.readexactly(1)
            password = (await reader.readexactly(plen)).decode()
            ok = user == self.user and password == self.password
            writer.write(b"\x01\x00" if ok else b"\x01\x01")
            if not ok:
                raise ConnectionError("bad credentials")
        _, command, _, atyp = await reader.readexactly(4)
        if command != 1 or atyp != 1:
            raise ConnectionError("only CONNECT to IPv4 in the lab")
        host = str(ipaddress.ip_address(await reader.readexactly(4)))
        (port,) = struct.unpack("!H", await reader.readexactly(2))
        return host, port


async def _pipe(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
    while data := await reader.read(65536):
        writer.write(data)
        await writer.drain()
    with contextlib.suppress(OSError):
        writer.write_eof()
