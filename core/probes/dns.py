"""DNS lookups from several sources: the system resolver, plain UDP and TCP, and DoH (RFC 8484).

Comparing them is how spoofing is found: UDP answers get forged in transit where TCP ones are
not, and DoH (reached by address) is the trusted reference. Only IPv4 (A) is probed for now.
"""

from __future__ import annotations

import asyncio
import socket
import ssl
from dataclasses import dataclass, replace
from urllib.parse import urlsplit

import dns.asyncbackend
import dns.asyncquery
import dns.exception
import dns.flags
import dns.message
import dns.rcode
import dns.rdatatype
import h11

from core.codes import Outcome
from core.models import DnsAnswer
from core.netaddr import split_host_port
from core.probes import errors
from core.probes.clock import StepTimer
from core.probes.dial import Dial, Target
from core.probes.h1 import Http1, Stalled, open_tls

DOH_BODY_LIMIT = 64 * 1024
# Addresses kept per answer: one hostile answer with hundreds of addresses must not become
# hundreds of probes (issue 11). Real names give a handful; 16 is far above any CDN's answer.
MAX_ADDRESSES = 16


@dataclass(frozen=True)
class _Query:
    """One lookup under way: who is asked, and when it began on the run's clock."""

    source: str
    server: str
    timer: StepTimer
    deadline_ms: float = float("inf")  # an answer after this is late (see TimeBudget.dns_late)

    def answer(
        self, outcome: Outcome, addrs: tuple[str, ...] = (), chain: tuple[str, ...] = ()
    ) -> DnsAnswer:
        duration = self.timer.duration_ms()
        return DnsAnswer(
            self.source,
            self.server,
            outcome,
            addrs[:MAX_ADDRESSES],
            duration,
            chain,
            self.timer.started_ms,
            max(0, len(addrs) - MAX_ADDRESSES),
            late=outcome != Outcome.TIMEOUT and duration > self.deadline_ms,
        )

    def read(
        self, response: dns.message.Message, rdtype: dns.rdatatype.RdataType = dns.rdatatype.A
    ) -> DnsAnswer:
        """The answer a DNS response message gives (its rcode, then its A or AAAA records)."""
        rcode = response.rcode()
        if rcode == dns.rcode.NXDOMAIN:
            return self.answer(Outcome.NXDOMAIN)
        if rcode != dns.rcode.NOERROR:
            outcome = {
                dns.rcode.SERVFAIL: Outcome.SERVFAIL,
                dns.rcode.REFUSED: Outcome.REFUSED,
            }.get(rcode, Outcome.ERROR)
            return self.answer(outcome, (), (dns.rcode.to_text(rcode),))
        addrs = tuple(
            dict.fromkeys(
                rd.address for rrset in response.answer if rrset.rdtype == rdtype for rd in rrset
            )
        )
        return self.answer(Outcome.OK if addrs else Outcome.NODATA, addrs)


async def system_lookup(dial: Dial, name: str) -> DnsAnswer:
    """What every app on this machine gets: the OS resolver (getaddrinfo), IPv4 only.

    Its answer is still waited for `dns_late` past the `dns` deadline (and marked late then):
    only the system resolver's silence is ever a verdict, and a slow one is not a silent one."""
    query = _Query("system", "", dial.clock.step(), dial.budget.dns * 1000)
    return await _getaddrinfo(query, name, socket.AF_INET, dial.budget.dns + dial.budget.dns_late)


IPV6_SOURCE = "ipv6"  # a DNS answer's source when it is the AAAA lookup of the family test


async def ipv6_lookup(dial: Dial, name: str, server: str | None) -> DnsAnswer:
    """The name's IPv6 addresses (AAAA), as the system would find them: from `server` when a
    resolver stands in for the OS one (a lab), else the OS resolver asked for IPv6 only."""
    if server:
        return await plain_query(dial, name, server, "udp", IPV6_SOURCE)
    query = _Query(IPV6_SOURCE, "", dial.clock.step(), dial.budget.dns * 1000)
    return await _getaddrinfo(query, name, socket.AF_INET6, dial.budget.dns)


async def _getaddrinfo(query: _Query, name: str, family: int, wait: float) -> DnsAnswer:
    """The OS resolver's addresses of one family for `name`, waited for at most `wait` s."""
    loop = asyncio.get_running_loop()
    try:
        async with asyncio.timeout(wait):
            infos = await loop.getaddrinfo(name, None, family=family, type=socket.SOCK_STREAM)
    except socket.gaierror as exc:
        return query.answer(errors.resolver_outcome(exc), (), errors.describe(exc))
    except (TimeoutError, OSError) as exc:
        outcome = Outcome.TIMEOUT if isinstance(exc, TimeoutError) else Outcome.ERROR
        return query.answer(outcome, (), errors.describe(exc))
    addrs = tuple(dict.fromkeys(str(info[4][0]) for info in infos))
    return query.answer(Outcome.OK if addrs else Outcome.NODATA, addrs)


async def plain_query(
    dial: Dial, name: str, server: str, transport: str, source: str | None = None
) -> DnsAnswer:
    """One A query (AAAA for the `ipv6` source) over UDP or TCP to `server` ("host[:port]"),
    within the dial's `dns` deadline (plus `dns_late` when it stands for the system resolver,
    as in `system_lookup`); never through the dial's proxy."""
    host, port = split_host_port(server, 53)
    query = _Query(source or transport, f"{host}:{port}", dial.clock.step(), dial.budget.dns * 1000)
    timeout = dial.budget.dns + (dial.budget.dns_late if source == "system" else 0.0)
    rdtype = dns.rdatatype.AAAA if source == IPV6_SOURCE else dns.rdatatype.A
    message = dns.message.make_query(name, rdtype)
    truncated = False
    asked = len(message.to_wire()) + (2 if transport == "tcp" else 0)  # TCP: a length prefix
    dial.meter.count(sent=asked)
    try:
        async with asyncio.timeout(timeout):
            if transport == "udp":
                try:
                    response = await _udp_exchange(message, host, port, dial)
                except dns.message.Truncated:
                    # The TC bit: the answer did not fit; like every stub resolver (RFC 7766),
                    # ask again over TCP. What a truncated reply says is no answer at all.
                    truncated = True
                    dial.meter.count(sent=asked + 2, received=_TRUNCATED_SIZE)
                    response = await dns.asyncquery.tcp(message, host, timeout=timeout, port=port)
            else:
                response = await dns.asyncquery.tcp(message, host, timeout=timeout, port=port)
    except (TimeoutError, dns.exception.Timeout) as exc:
        return query.answer(Outcome.TIMEOUT, (), _noted(truncated, exc))
    except (OSError, EOFError, dns.exception.DNSException) as exc:
        outcome = Outcome.TIMEOUT if errors.is_timeout(exc) else Outcome.ERROR
        if isinstance(exc, OSError) and errors.connect_outcome(exc) == Outcome.REFUSED:
            outcome = Outcome.REFUSED
        return query.answer(outcome, (), _noted(truncated, exc))
    dial.meter.count(received=_wire_size(response) + (2 if transport == "tcp" or truncated else 0))
    if response.flags & dns.flags.TC:
        # Truncated even over TCP: never read as "no such name" or "no address".
        return query.answer(Outcome.ERROR, (), (TRUNCATED_NOTE,))
    return query.read(response, rdtype)


# Like a stub resolver (glibc, Windows), a UDP query is sent again when no answer came: a lost
# datagram (a lossy line, a resolver's full receive buffer under a burst) is not a silent
# resolver, while a censor's silence stays silent however often it is asked. The first copy
# waits a third of the `dns` deadline, each next one twice as long (backing off, as stub
# resolvers do: a resolver choking on a burst must not get a storm of copies on top of it), on
# through the late look (TimeBudget.dns_late).
UDP_RESENDS = 2
UDP_MAX_SENDS = 4


async def _udp_exchange(
    message: dns.message.Message, host: str, port: int, dial: Dial
) -> dns.message.Message:
    """Ask over UDP, resending the same query (same id, same socket: a late answer to any copy
    counts) after a third of the dial's `dns` deadline, then after twice as long each time,
    until the caller's timeout (at most UDP_MAX_SENDS); each copy after the first is counted
    on the run's meter."""
    deadline = dial.budget.dns
    size = len(message.to_wire())
    backend = dns.asyncbackend.get_backend("asyncio")
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    sock = await backend.make_socket(family, socket.SOCK_DGRAM)  # type: ignore[no-untyped-call]
    interval = deadline / (UDP_RESENDS + 1)
    try:
        for sent in range(1, UDP_MAX_SENDS + 1):
            wait = interval * 2 ** (sent - 1) if sent < UDP_MAX_SENDS else None
            if sent > 1:
                dial.meter.count(sent=size)
            try:
                return await dns.asyncquery.udp(
                    message,
                    host,
                    timeout=wait,
                    port=port,
                    ignore_unexpected=True,
                    raise_on_truncation=True,
                    sock=sock,
                )
            except dns.exception.Timeout:
                continue
        raise dns.exception.Timeout
    finally:
        await sock.close()


_TRUNCATED_SIZE = 512  # a truncated UDP answer, counted at the classic UDP limit


def _wire_size(response: dns.message.Message) -> int:
    """A DNS answer's size on the wire, counted again from the parsed message (dnspython keeps
    no length): the same records and compression, give or take a few bytes."""
    try:
        return len(response.to_wire())
    except dns.exception.DNSException:
        return 0


TRUNCATED_NOTE = "answer truncated over UDP (TC bit set); asked again over TCP"


def _noted(truncated: bool, exc: BaseException) -> tuple[str, ...]:
    """The failure's chain, led by the truncation that sent the query to TCP."""
    return ((TRUNCATED_NOTE,) if truncated else ()) + errors.describe(exc)


class DohClient:
    """A DNS-over-HTTPS client (RFC 8484, POST) that reuses a few connections during a run.

    The resolver is reached by address (an IP-literal URL, or `host` resolving to itself), with
    full certificate verification, so its own lookup cannot be spoofed.
    """

    MAX_CONNECTIONS = 6

    def __init__(self, url: str, dial: Dial) -> None:
        self.url = url
        parts = urlsplit(url)
        if parts.scheme != "https" or not parts.hostname:
            raise ValueError(f"DoH resolver must be an https:// URL: {url!r}")
        host, port = parts.hostname, parts.port or 443
        self._path = parts.path or "/dns-query"
        netloc = f"[{host}]" if ":" in host else host
        host_header = netloc if port == 443 else f"{netloc}:{port}"
        # An address as the server name: Python then checks the certificate for that address
        # and sends no SNI (RFC 6066 forbids addresses). Direct, never through a proxy.
        self._target = Target(host, port, host_header, host)
        self._timeout = dial.budget.dns
        self._dial = replace(dial, proxy=None).with_budget(connect=self._timeout, tls=self._timeout)
        self._idle: list[Http1] = []
        self._slots = asyncio.Semaphore(self.MAX_CONNECTIONS)

    async def query(self, name: str) -> DnsAnswer:
        """One A query for `name` on an idle connection, or a new one (up to MAX_CONNECTIONS)."""
        lookup = _Query("doh", self.url, self._dial.clock.step())
        query = dns.message.make_query(name, dns.rdatatype.A)
        query.id = 0  # RFC 8484 4.1: id 0 for cache friendliness
        async with self._slots:
            client = self._idle.pop() if self._idle else None
            try:
                async with asyncio.timeout(self._timeout):
                    if client is None:
                        stream = await open_tls(self._dial, self._target)
                        client = Http1(stream, self._target.host)
                    await client.send_post(self._path, query.to_wire(), "application/dns-message")
                    response = await client.read_response(
                        idle=self._timeout, limit=DOH_BODY_LIMIT + 1, keep=DOH_BODY_LIMIT + 1
                    )
                if response.body_bytes > DOH_BODY_LIMIT or not response.ended:
                    raise ValueError("DoH answer too large or cut short")
                if response.status != 200:
                    raise ValueError(f"HTTP {response.status}")
                message = dns.message.from_wire(response.body)
            except (
                OSError,
                TimeoutError,
                Stalled,
                ssl.SSLError,
                h11.ProtocolError,
                ValueError,
                dns.exception.DNSException,
            ) as exc:
                if client is not None:
                    client.stream.close()
                outcome = (
                    Outcome.TIMEOUT if isinstance(exc, TimeoutError | Stalled) else Outcome.ERROR
                )
                if any(isinstance(e, ssl.SSLCertVerificationError) for e in errors.walk(exc)):
                    outcome = Outcome.BAD_CERTIFICATE  # the trust store in use refused it
                return lookup.answer(outcome, (), errors.describe(exc))
            except BaseException:
                if client is not None:
                    client.stream.close()
                raise
            self._idle.append(client)
        return lookup.read(message)

    async def aclose(self) -> None:
        for client in self._idle:
            client.stream.close()
            await client.stream.wait_closed()
        self._idle.clear()
