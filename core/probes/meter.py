"""The run's own data use: every byte its sockets send and receive, counted where they cross.

Metered mobile data costs money, and a watch mode that checks every half hour must know what a
run costs, so a run counts its own traffic rather than estimating it. One `Meter` per run rides
on the `Dial` (shared by every derived dial: `replace` keeps the same object) and is fed at the
few doors every probe goes through:

- TCP (plain, TLS, HTTP, DoH, proxy tunnels): `open_counted`, the stream every TCP probe opens
  (core/probes/tcp.py), counts what the socket reads and what is handed to it to write;
- UDP and TCP DNS: each query's and answer's message size (core/probes/dns.py);
- QUIC: each datagram sent and received (core/probes/quic.py);
- the call test's STUN stream: each datagram (core/calls/calltest.py, through its path).

Counted are the payload bytes of each socket (what TCP or UDP carries), not the IP and TCP
headers around them; the system resolver's own lookups are the operating system's and are not
counted (a few hundred bytes).
"""

from __future__ import annotations

import asyncio
from collections.abc import Iterable, Sized
from dataclasses import dataclass
from typing import Any, SupportsIndex


@dataclass
class Meter:
    """Bytes sent and received so far; mutable, one per run, shared by every probe."""

    sent: int = 0
    received: int = 0

    def count(self, sent: int = 0, received: int = 0) -> None:
        self.sent += sent
        self.received += received

    @property
    def total(self) -> int:
        return self.sent + self.received


class _CountingReader(asyncio.StreamReader):
    """A StreamReader that counts every byte the transport hands it."""

    def __init__(self, meter: Meter, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self._meter = meter

    def feed_data(self, data: Iterable[SupportsIndex]) -> None:
        self._meter.count(received=len(data) if isinstance(data, Sized) else 0)
        super().feed_data(data)


class _CountingWriter(asyncio.StreamWriter):
    """A StreamWriter that counts every byte handed to the socket."""

    def __init__(self, meter: Meter, *args: Any) -> None:
        super().__init__(*args)
        self._meter = meter

    def write(self, data: bytes | bytearray | memoryview) -> None:
        self._meter.count(sent=len(data))
        super().write(data)

    def writelines(self, data: Any) -> None:
        for chunk in data:
            self.write(chunk)


async def open_counted(
    meter: Meter, host: str, port: int
) -> tuple[asyncio.StreamReader, asyncio.StreamWriter]:
    """`asyncio.open_connection`, with both directions counted into `meter`."""
    loop = asyncio.get_running_loop()
    reader = _CountingReader(meter, limit=2**16, loop=loop)
    protocol = asyncio.StreamReaderProtocol(reader, loop=loop)
    transport, _ = await loop.create_connection(lambda: protocol, host, port)
    return reader, _CountingWriter(meter, transport, protocol, reader, loop)


class CountingTransport:
    """A datagram transport that counts what is sent through it (QUIC, the call test)."""

    def __init__(self, transport: asyncio.DatagramTransport, meter: Meter) -> None:
        self._transport = transport
        self._meter = meter

    def sendto(self, data: bytes, addr: Any = None) -> None:
        self._meter.count(sent=len(data))
        if addr is None:
            self._transport.sendto(data)
        else:
            self._transport.sendto(data, addr)

    def __getattr__(self, name: str) -> Any:
        return getattr(self._transport, name)
