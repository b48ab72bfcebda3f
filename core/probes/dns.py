"""DNS lookups from several sources: the system resolver, plain UDP and TCP, and DoH (RFC 8484).

Comparing them is how spoofing is found: UDP answers get forged in transit where TCP ones are
not, and DoH (reached by address) is the trusted reference. Only IPv4 (A) is probed for now.
"""

from __future__ import annotations

import asyncio
import socket
import ssl
import time
from urllib.parse import urlsplit

import dns.asyncquery
import dns.exception
import dns.message
import dns.rcode
import dns.rdatatype
import h11

from core.models import DnsAnswer
from core.netaddr import split_host_port
from core.probes import errors
from core.probes.h1 import Http1, Stalled, open_tls

DOH_BODY_LIMIT = 64 * 1024


def _answer(
    source: str,
    server: str,
    outcome: str,
    addrs: tuple[str, ...],
    started: float,
    origin: float,
    chain: tuple[str, ...] = (),
) -> DnsAnswer:
    return DnsAnswer(
        source,
        server,
        outcome,
        addrs,
        round((time.monotonic() - started) * 1000, 1),
        chain,
        round((started - origin) * 1000, 1) if origin else 0.0,
    )


async def system_lookup(name: str, timeout: float, origin: float = 0.0) -> DnsAnswer:
    """What every app on this machine gets: the OS resolver (getaddrinfo), IPv4 only."""
    started = time.monotonic()
    loop = asyncio.get_running_loop()
    try:
        async with asyncio.timeout(timeout):
            infos = await loop.getaddrinfo(
                name, None, family=socket.AF_INET, type=socket.SOCK_STREAM
            )
    except socket.gaierror as exc:
        outcome = {
            socket.EAI_NONAME: "nxdomain",
            getattr(socket, "EAI_NODATA", -5): "nodata",
            socket.EAI_AGAIN: "timeout",
        }.get(exc.errno, "error")
        return _answer("system", "", outcome, (), started, origin, errors.describe(exc))
    except (TimeoutError, OSError) as exc:
        return _answer(
            "system",
            "",
            "timeout" if isinstance(exc, TimeoutError) else "error",
            (),
            started,
            origin,
            errors.describe(exc),
        )
    addrs = tuple(dict.fromkeys(str(info[4][0]) for info in infos))
    return _answer("system", "", "ok" if addrs else "nodata", addrs, started, origin)


def _from_message(
    source: str, server: str, response: dns.message.Message, started: float, origin: float
) -> DnsAnswer:
    rcode = response.rcode()
    if rcode == dns.rcode.NXDOMAIN:
        return _answer(source, server, "nxdomain", (), started, origin)
    if rcode != dns.rcode.NOERROR:
        outcome = {dns.rcode.SERVFAIL: "servfail", dns.rcode.REFUSED: "refused"}.get(rcode, "error")
        return _answer(source, server, outcome, (), started, origin, (dns.rcode.to_text(rcode),))
    addrs = tuple(
        dict.fromkeys(
            rd.address
            for rrset in response.answer
            if rrset.rdtype == dns.rdatatype.A
            for rd in rrset
        )
    )
    return _answer(source, server, "ok" if addrs else "nodata", addrs, started, origin)


async def plain_query(
    name: str,
    server: str,
    transport: str,
    timeout: float,
    origin: float = 0.0,
    source: str | None = None,
) -> DnsAnswer:
    """One A query over UDP or TCP to `server` ("host[:port]")."""
    host, port = split_host_port(server, 53)
    label = f"{host}:{port}"
    src = source or transport
    started = time.monotonic()
    query = dns.message.make_query(name, dns.rdatatype.A)
    try:
        if transport == "udp":
            response = await dns.asyncquery.udp(
                query, host, timeout=timeout, port=port, ignore_unexpected=True
            )
        else:
            response = await dns.asyncquery.tcp(query, host, timeout=timeout, port=port)
    except dns.exception.Timeout as exc:
        return _answer(src, label, "timeout", (), started, origin, errors.describe(exc))
    except (OSError, EOFError, dns.exception.DNSException) as exc:
        outcome = "timeout" if errors.is_timeout(exc) else "error"
        if isinstance(exc, OSError) and errors.connect_outcome(exc) == "refused":
            outcome = "refused"
        return _answer(src, label, outcome, (), started, origin, errors.describe(exc))
    return _from_message(src, label, response, started, origin)


class DohClient:
    """A DNS-over-HTTPS client (RFC 8484, POST) that reuses a few connections during a run.

    The resolver is reached by address (an IP-literal URL, or `host` resolving to itself), with
    full certificate verification, so its own lookup cannot be spoofed.
    """

    MAX_CONNECTIONS = 6

    def __init__(self, url: str, context: ssl.SSLContext, timeout: float) -> None:
        self.url = url
        parts = urlsplit(url)
        if parts.scheme != "https" or not parts.hostname:
            raise ValueError(f"DoH resolver must be an https:// URL: {url!r}")
        self._host = parts.hostname
        self._port = parts.port or 443
        self._path = parts.path or "/dns-query"
        netloc = f"[{self._host}]" if ":" in self._host else self._host
        self._host_header = netloc if self._port == 443 else f"{netloc}:{self._port}"
        self._context = context
        self._timeout = timeout
        self._idle: list[Http1] = []
        self._slots = asyncio.Semaphore(self.MAX_CONNECTIONS)

    async def query(self, name: str, origin: float = 0.0) -> DnsAnswer:
        started = time.monotonic()
        query = dns.message.make_query(name, dns.rdatatype.A)
        query.id = 0  # RFC 8484 4.1: id 0 for cache friendliness
        async with self._slots:
            client = self._idle.pop() if self._idle else None
            try:
                async with asyncio.timeout(self._timeout):
                    if client is None:
                        # An address as the server name: Python then checks the certificate
                        # for that address and sends no SNI (RFC 6066 forbids addresses).
                        stream = await open_tls(
                            self._host,
                            self._port,
                            self._host,
                            self._context,
                            self._timeout,
                            self._timeout,
                        )
                        client = Http1(stream, self._host_header)
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
                outcome = "timeout" if isinstance(exc, TimeoutError | Stalled) else "error"
                return _answer("doh", self.url, outcome, (), started, origin, errors.describe(exc))
            except BaseException:
                if client is not None:
                    client.stream.close()
                raise
            self._idle.append(client)
        return _from_message("doh", self.url, message, started, origin)

    async def aclose(self) -> None:
        for client in self._idle:
            client.stream.close()
            await client.stream.wait_closed()
        self._idle.clear()
