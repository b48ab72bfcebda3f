"""TCP connect to one address, directly or through an explicit proxy, with the real errno."""

from __future__ import annotations

import asyncio
import base64
import contextlib
import ipaddress
import struct
from urllib.parse import SplitResult, unquote, urlsplit

from core.codes import Outcome
from core.credentials import hide_proxy_credentials
from core.models import Step, StepKind
from core.probes import errors
from core.probes.dial import Dial, Target
from core.probes.meter import open_counted

Stream = tuple[asyncio.StreamReader, asyncio.StreamWriter]


class ProxyError(ConnectionError):
    """The explicit proxy refused or failed to open the tunnel."""


class ProxyUnreachable(ProxyError):
    """The explicit proxy itself did not answer (refused, silent, unreachable): nothing beyond
    it was tried, so the failure says nothing about the network or the service."""

    def __init__(self, proxy: str, cause: str) -> None:
        super().__init__(f"the proxy at {proxy} does not answer ({cause})")
        self.proxy = proxy  # "host:port", never its credentials


def unreachable_proxy(exc: BaseException) -> str | None:
    """The proxy ("host:port") that did not answer, if that is why `exc` happened."""
    for item in errors.walk(exc):
        if isinstance(item, ProxyUnreachable):
            return item.proxy
    return None


def proxy_detail(exc: BaseException) -> dict[str, object]:
    """A failed step's detail naming the dead proxy (the fact `core.rules.network` reads)."""
    proxy = unreachable_proxy(exc)
    return {"proxy_unreachable": proxy} if proxy else {}


async def open_stream(dial: Dial, target: Target) -> Stream:
    """A connected stream to the target's address and port, through the dial's proxy when it
    has one (never implicitly), within the connect deadline; every byte counted in the dial's
    meter (the one door of every TCP probe)."""
    address, port, proxy = target.address, target.port, dial.proxy
    if not proxy:
        async with asyncio.timeout(dial.budget.connect):
            return await open_counted(dial.meter, address, port)
    parts = urlsplit(proxy)
    if not parts.hostname or not parts.port:
        shown = hide_proxy_credentials(proxy)
        raise ProxyError(f"proxy address needs a host and a port: {shown}")
    deadline = asyncio.get_running_loop().time() + dial.budget.connect
    host = f"[{parts.hostname}]" if ":" in parts.hostname else parts.hostname
    try:
        async with asyncio.timeout_at(deadline):
            reader, writer = await open_counted(dial.meter, parts.hostname, parts.port)
    except (OSError, TimeoutError) as exc:
        cause = "timeout" if isinstance(exc, TimeoutError) else errors.connect_outcome(exc)
        raise ProxyUnreachable(f"{host}:{parts.port}", cause) from exc
    async with asyncio.timeout_at(deadline):
        try:
            if parts.scheme == "http":
                await _http_connect((reader, writer), target, parts)
            else:
                await _socks5_connect((reader, writer), target, parts)
        except BaseException:
            writer.close()
            raise
    return reader, writer


async def _http_connect(stream: Stream, target: Target, proxy: SplitResult) -> None:
    reader, writer = stream
    host, port, user, password = target.address, target.port, proxy.username, proxy.password
    authority = f"[{host}]:{port}" if ":" in host else f"{host}:{port}"
    lines = [f"CONNECT {authority} HTTP/1.1", f"Host: {authority}"]
    if user is not None:
        token = base64.b64encode(f"{unquote(user)}:{unquote(password or '')}".encode()).decode()
        lines.append(f"Proxy-Authorization: Basic {token}")
    writer.write(("\r\n".join(lines) + "\r\n\r\n").encode())
    await writer.drain()
    head = await reader.readuntil(b"\r\n\r\n")
    status_line = head.split(b"\r\n", 1)[0].decode("latin-1")
    fields = status_line.split()
    if len(fields) < 2 or fields[1] != "200":
        raise ProxyError(f"proxy answered {status_line!r}")


async def _socks5_connect(stream: Stream, target: Target, proxy: SplitResult) -> None:
    reader, writer = stream
    host, port, user, password = target.address, target.port, proxy.username, proxy.password
    methods = b"\x00\x02" if user is not None else b"\x00"
    writer.write(b"\x05" + bytes([len(methods)]) + methods)
    version, method = await reader.readexactly(2)
    if version != 5 or method == 0xFF:
        raise ProxyError("SOCKS5 proxy accepted no authentication method")
    if method == 2:
        u, p = unquote(user or "").encode(), unquote(password or "").encode()
        writer.write(b"\x01" + bytes([len(u)]) + u + bytes([len(p)]) + p)
        if (await reader.readexactly(2))[1] != 0:
            raise ProxyError("SOCKS5 proxy rejected the user name or password")
    try:
        ip = ipaddress.ip_address(host)
        addr = (b"\x01" if ip.version == 4 else b"\x04") + ip.packed
    except ValueError:
        addr = b"\x03" + bytes([len(host)]) + host.encode()
    writer.write(b"\x05\x01\x00" + addr + struct.pack("!H", port))
    reply = await reader.readexactly(4)
    if reply[1] != 0:
        raise ProxyError(f"SOCKS5 proxy could not connect (code {reply[1]})")
    skip = {1: 4, 4: 16}.get(reply[3])
    if skip is None:
        skip = (await reader.readexactly(1))[0]
    await reader.readexactly(skip + 2)


async def connect(dial: Dial, target: Target, settle: float = 0.0) -> Step:
    """Connect and close; with `settle`, also wait that long for the network to cut the line.

    A connection that is accepted and then reset or closed before we send anything is how an
    address block looks for protocols we cannot speak (MTProto, Noise).
    """
    timer = dial.clock.step()
    address = target.address
    writer: asyncio.StreamWriter | None = None
    try:
        reader, writer = await open_stream(dial, target)
        connect_ms = timer.duration_ms()
        if settle > 0:
            cut = await _wait_for_cut(reader, settle)
            if cut:
                return Step(
                    StepKind.TCP,
                    target.label,
                    False,
                    Outcome.RESET,
                    timer.duration_ms(),
                    (address,),
                    {"connect_ms": connect_ms, "cut": cut},
                    started_ms=timer.started_ms,
                )
        return Step(
            StepKind.TCP,
            target.label,
            True,
            Outcome.CONNECTED,
            connect_ms,
            (address,),
            {"via_proxy": bool(dial.proxy)},
            started_ms=timer.started_ms,
        )
    except (OSError, TimeoutError, asyncio.IncompleteReadError, ProxyError) as exc:
        outcome = (
            Outcome.PROXY_ERROR if isinstance(exc, ProxyError) else errors.connect_outcome(exc)
        )
        return Step(
            StepKind.TCP,
            target.label,
            False,
            outcome,
            timer.duration_ms(),
            (address,),
            {"via_proxy": bool(dial.proxy), **proxy_detail(exc)},
            errors.describe(exc),
            started_ms=timer.started_ms,
        )
    finally:
        if writer is not None:
            writer.close()
            with contextlib.suppress(Exception):
                await writer.wait_closed()


async def _wait_for_cut(reader: asyncio.StreamReader, settle: float) -> str:
    """ "" if the line stays quiet for `settle` seconds, else "reset"/"closed"."""
    try:
        async with asyncio.timeout(settle):
            data = await reader.read(1)
    except TimeoutError:
        return ""
    except OSError as exc:
        return Outcome.RESET if errors.is_reset(exc) else Outcome.ERROR
    return "" if data else Outcome.CLOSED
