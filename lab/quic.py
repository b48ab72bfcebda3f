"""QUIC in the lab: an aioquic server behind a UDP relay that can drop QUIC Initials — all of
them, or by the server name it decrypts from the Initial (as the TSPU does since 2023: the
Initial's keys derive from its destination connection id, so any middlebox can read it)."""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import Callable
from pathlib import Path
from typing import cast

from aioquic.asyncio import serve
from aioquic.asyncio.server import QuicServer
from aioquic.buffer import Buffer, BufferReadError
from aioquic.quic.configuration import QuicConfiguration
from aioquic.quic.crypto import CryptoError, CryptoPair
from aioquic.quic.packet import QuicPacketType, pull_quic_header

from lab.clienthello import server_name
from lab.pki import LabPKI

Address = tuple[str, int]
DropRule = Callable[[str, str | None], bool]  # (relay address, server name or None) -> drop?


def initial_server_name(datagram: bytes) -> str | None:
    """The SNI inside a client's first Initial packet, or None if it is not one we can read."""
    try:
        buf = Buffer(data=datagram)
        header = pull_quic_header(buf, host_cid_length=8)
        if header.packet_type != QuicPacketType.INITIAL or header.version is None:
            return None
        crypto = CryptoPair()
        crypto.setup_initial(header.destination_cid, is_client=False, version=header.version)
        _, payload, _ = crypto.decrypt_packet(datagram[: header.packet_length], buf.tell(), 0)
        frames = Buffer(data=payload)
        hello = b""
        while not frames.eof():
            kind = frames.pull_uint_var()
            if kind in (0x00, 0x01):  # PADDING, PING
                continue
            if kind != 0x06:  # only CRYPTO frames carry the ClientHello
                break
            offset = frames.pull_uint_var()
            length = frames.pull_uint_var()
            data = frames.pull_bytes(length)
            if offset == len(hello):
                hello += data
        return server_name(hello) if hello else None
    except (BufferReadError, CryptoError, ValueError, KeyError, IndexError):
        return None


class _Flow:
    def __init__(self) -> None:
        self.dropped: bool | None = None
        self.queue: asyncio.Queue[bytes] = asyncio.Queue()
        self.task: asyncio.Task[None] | None = None


class QuicRelay(asyncio.DatagramProtocol):
    """Listens on a lab address and forwards each client's datagrams to the QUIC server."""

    def __init__(self, address: str, server: Address, drop: DropRule) -> None:
        self.address, self.server, self.drop = address, server, drop
        self.flows: dict[Address, _Flow] = {}
        self.transport: asyncio.DatagramTransport | None = None

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        self.transport = cast(asyncio.DatagramTransport, transport)

    def datagram_received(self, data: bytes, addr: Address) -> None:
        flow = self.flows.get(addr)
        if flow is None:
            flow = self.flows[addr] = _Flow()
            flow.task = asyncio.ensure_future(self._pump(addr, flow))
        if flow.dropped is None:
            name = initial_server_name(data)
            flow.dropped = self.drop(self.address, name)
        if not flow.dropped:
            flow.queue.put_nowait(data)

    async def _pump(self, client: Address, flow: _Flow) -> None:
        loop = asyncio.get_running_loop()
        relay = self

        class Back(asyncio.DatagramProtocol):
            def datagram_received(self, data: bytes, addr: Address) -> None:
                if relay.transport is not None:
                    relay.transport.sendto(data, client)

        upstream, _ = await loop.create_datagram_endpoint(Back, remote_addr=self.server)
        try:
            while True:
                upstream.sendto(await flow.queue.get())
        except asyncio.CancelledError:
            pass
        finally:
            upstream.close()

    def close(self) -> None:
        for flow in self.flows.values():
            if flow.task is not None:
                flow.task.cancel()
        if self.transport is not None:
            self.transport.close()


class QuicLab:
    def __init__(self, pki: LabPKI, workdir: Path, origin: str, names: list[str]) -> None:
        self.pki, self.workdir, self.origin, self.names = pki, workdir, origin, names
        self.server: QuicServer | None = None
        self.relays: list[QuicRelay] = []

    async def start(
        self, addresses: list[str], port: int, server_port: int, drop: DropRule
    ) -> None:
        config = QuicConfiguration(is_client=False, alpn_protocols=["h3"])
        chain, key = self.pki.cert_files(self.workdir, *self.names)
        config.load_cert_chain(str(chain), str(key))
        self.server = await serve(self.origin, server_port, configuration=config)
        loop = asyncio.get_running_loop()
        for address in addresses:
            relay = QuicRelay(address, (self.origin, server_port), drop)
            await loop.create_datagram_endpoint(lambda r=relay: r, local_addr=(address, port))
            self.relays.append(relay)

    async def stop(self) -> None:
        for relay in self.relays:
            relay.close()
        if self.server is not None:
            with contextlib.suppress(Exception):
                self.server.close()
