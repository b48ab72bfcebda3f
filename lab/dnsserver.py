"""A DNS server (UDP and TCP) whose answer for each name is decided by a rule function, so it
can tell the truth, lie (spoof, fake NXDOMAIN), or stay silent — differently per transport."""

from __future__ import annotations

import asyncio
import contextlib
import socket
import struct
from collections.abc import Callable
from dataclasses import dataclass

import dns.flags
import dns.message
import dns.rcode
import dns.rdataclass
import dns.rdatatype
import dns.rrset


@dataclass(frozen=True)
class DnsRule:
    kind: str  # "answer" | "nxdomain" | "nodata" | "silence" | "servfail" | "truncated"
    addresses: tuple[str, ...] = ()
    delay: float = 0.0  # seconds before the reply leaves: a slow (overloaded) resolver
    lose_first: int = 0  # UDP copies of each query lost before one gets through: a lossy path
    addresses6: tuple[str, ...] = ()  # the AAAA answer (the lab's IPv6 side is ::1)


Decide = Callable[[str, str], DnsRule]  # (name without trailing dot, "udp"|"tcp") -> rule


# What a "truncated" rule sends over TCP: a framed reply that is no DNS message at all.
GARBAGE = b"\xde\xad" + b"not a dns message" * 3


def build_reply(query: dns.message.Message, rule: DnsRule, transport: str = "udp") -> bytes | None:
    if rule.kind == "silence":
        return None
    if rule.kind == "truncated" and transport == "tcp":
        return GARBAGE
    response = dns.message.make_response(query)
    if rule.kind == "truncated":  # the TC bit, no answer: "ask me again over TCP"
        response.flags |= dns.flags.TC
    if rule.kind == "nxdomain":
        response.set_rcode(dns.rcode.NXDOMAIN)
    elif rule.kind == "servfail":
        response.set_rcode(dns.rcode.SERVFAIL)
    elif rule.kind == "answer" and query.question:
        question = query.question[0]
        if question.rdtype == dns.rdatatype.A and rule.addresses:
            response.answer.append(
                dns.rrset.from_text_list(
                    question.name, 60, dns.rdataclass.IN, dns.rdatatype.A, list(rule.addresses)
                )
            )
        elif question.rdtype == dns.rdatatype.AAAA and rule.addresses6:
            response.answer.append(
                dns.rrset.from_text_list(
                    question.name,
                    60,
                    dns.rdataclass.IN,
                    dns.rdatatype.AAAA,
                    list(rule.addresses6),
                )
            )
    return response.to_wire()


def answer_wire(wire: bytes, decide: Decide, transport: str) -> bytes | None:
    reply, _delay = timed_answer(wire, decide, transport)
    return reply


def timed_answer(wire: bytes, decide: Decide, transport: str) -> tuple[bytes | None, float]:
    """The reply to one query and how long the server waits before sending it."""
    try:
        query = dns.message.from_wire(wire)
    except Exception:  # hostile or broken query: a real server ignores it
        return None, 0.0
    if not query.question:
        return None, 0.0
    name = query.question[0].name.to_text().rstrip(".").lower()
    rule = decide(name, transport)
    return build_reply(query, rule, transport), rule.delay


class _Udp(asyncio.DatagramProtocol):
    def __init__(self, decide: Decide) -> None:
        self.decide = decide
        self.transport: asyncio.DatagramTransport | None = None
        self.copies: dict[bytes, int] = {}  # each query's copies seen (lose_first)

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        self.transport = transport  # type: ignore[assignment]

    def datagram_received(self, data: bytes, addr: tuple[str, int]) -> None:
        reply, delay = timed_answer(data, self.decide, "udp")
        if reply is None or self.transport is None or self._lost(data):
            return
        if delay:
            asyncio.get_running_loop().call_later(delay, self._send, reply, addr)
        else:
            self.transport.sendto(reply, addr)

    def _lost(self, wire: bytes) -> bool:
        """Whether this copy of a query is one the lossy path loses (DnsRule.lose_first)."""
        try:
            query = dns.message.from_wire(wire)
        except Exception:
            return False
        name = query.question[0].name.to_text().rstrip(".").lower()
        seen = self.copies.get(wire, 0)
        self.copies[wire] = seen + 1
        return seen < self.decide(name, "udp").lose_first

    def _send(self, reply: bytes, addr: tuple[str, int]) -> None:
        if self.transport is not None and not self.transport.is_closing():
            self.transport.sendto(reply, addr)


RECEIVE_BUFFER = 4 * 1024 * 1024  # a real resolver's room for a burst (several runs at once)


def _roomy(transport: asyncio.DatagramTransport) -> None:
    """A receive buffer a burst of queries fits in: the lab stands for real resolvers, which do
    not drop a few hundred queries arriving at once (the kernel caps what it grants)."""
    sock = transport.get_extra_info("socket")
    if sock is not None:
        with contextlib.suppress(OSError):
            sock.setsockopt(socket.SOL_SOCKET, socket.SO_RCVBUF, RECEIVE_BUFFER)


class DnsServer:
    def __init__(self, address: str, port: int, decide: Decide, tcp: bool = True) -> None:
        self.address, self.port, self.decide, self.tcp = address, port, decide, tcp
        self._udp: asyncio.DatagramTransport | None = None
        self._tcp: asyncio.Server | None = None

    async def start(self) -> None:
        loop = asyncio.get_running_loop()
        transport, _ = await loop.create_datagram_endpoint(
            lambda: _Udp(self.decide), local_addr=(self.address, self.port)
        )
        _roomy(transport)
        self._udp = transport
        if self.tcp:
            self._tcp = await asyncio.start_server(self._serve_tcp, self.address, self.port)

    async def _serve_tcp(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        try:
            while True:
                length = struct.unpack("!H", await reader.readexactly(2))[0]
                reply = answer_wire(await reader.readexactly(length), self.decide, "tcp")
                if reply is None:
                    await reader.read()  # silence: answer nothing until the client gives up
                    return
                writer.write(struct.pack("!H", len(reply)) + reply)
                await writer.drain()
        except (asyncio.IncompleteReadError, ConnectionError, asyncio.CancelledError):
            pass  # a client went away, or the lab is stopping
        finally:
            writer.close()

    async def stop(self) -> None:
        if self._udp is not None:
            self._udp.close()
        if self._tcp is not None:
            self._tcp.close()
            with contextlib.suppress(Exception):
                await self._tcp.wait_closed()
