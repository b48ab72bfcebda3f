"""HTTP(S) GET to one address with the real Host and server name, reading a bounded body.

A proxy is only ever explicit (never taken from the environment); requests go through it as a
CONNECT (or SOCKS5) tunnel, the same way for plain HTTP and HTTPS.
"""

from __future__ import annotations

import asyncio
import ssl
import time
from dataclasses import dataclass

import h11

from core.codes import Outcome
from core.models import Step, StepKind
from core.probes import errors
from core.probes.blockpage import (
    examine,
    looks_like_challenge,
    points_to_https_site,
    redirects_by_itself,
)
from core.probes.dial import Dial, Target
from core.probes.h1 import ClosedUnanswered, Http1, Stalled, Stream, open_plain, open_tls
from core.probes.tcp import ProxyError, proxy_detail
from core.probes.tls import printable

BODY_LIMIT = 64 * 1024
# What a page read only for its title and size reads (the HTTPS twin of a plain-HTTP page):
# the title sits in the head, the size comes from Content-Length when the server sends one.
PAGE_PREFIX = 16 * 1024


@dataclass(frozen=True)
class Reading:
    """How much of the answer a GET reads, and the statuses that count as an answer."""

    expect_status: tuple[int, ...] = ()
    limit: int = BODY_LIMIT


async def get(
    dial: Dial, target: Target, path: str, tls: bool, expect_status: tuple[int, ...] = ()
) -> Step:
    """GET `path` from the target with its Host and server name; the dial's `http` deadline
    bounds every part (connect, handshake, each read and the whole request)."""
    return await fetch(dial, target, path, tls, Reading(expect_status))


async def page_prefix(dial: Dial, target: Target, path: str) -> Step:
    """GET `path` over HTTPS reading only the first PAGE_PREFIX bytes: enough for a page's
    title and (with Content-Length) its size, at a bounded cost in data."""
    return await fetch(dial, target, path, True, Reading(limit=PAGE_PREFIX))


async def fetch(dial: Dial, target: Target, path: str, tls: bool, reading: Reading) -> Step:
    """GET as `reading` says: at most `reading.limit` bytes of the body are read."""
    limit, expect_status = reading.limit, reading.expect_status
    timer = dial.clock.step()
    timeout = dial.budget.http
    wire = dial.with_budget(connect=timeout, tls=timeout)
    host, port = target.host, target.port
    scheme = "https" if tls else "http"
    host_header = host if port == (443 if tls else 80) else f"{host}:{port}"
    url = f"{scheme}://{host_header}{path}"
    detail: dict[str, object] = {"url": url, "address": target.address}
    stream: Stream | None = None

    def finish(ok: bool, outcome: Outcome, chain: tuple[str, ...] = ()) -> Step:
        return Step(
            StepKind.HTTP,
            url,
            ok,
            outcome,
            timer.duration_ms(),
            (target.address,),
            detail,
            chain,
            timer.started_ms,
        )

    try:
        async with asyncio.timeout(timeout):
            if tls:
                stream = await open_tls(wire, target)
            else:
                stream = await open_plain(wire, target)
            client = Http1(stream, host_header)
            await client.send_get(path)
            response = await client.read_response(idle=timeout, limit=limit, keep=limit)
    except (OSError, TimeoutError, Stalled, ssl.SSLError, h11.ProtocolError, ProxyError) as exc:
        outcome = _failure(exc, connected=stream is not None)
        detail.update(proxy_detail(exc))
        return finish(False, outcome, errors.describe(exc))
    finally:
        if stream is not None:
            stream.close()
            await stream.wait_closed()
    first_byte = response.first_byte_at or time.monotonic()
    location = response.headers.get("location", "")
    length = response.headers.get("content-length", "").strip()
    detail.update(
        status=response.status,
        first_byte_ms=timer.ms_until(first_byte),
        body_bytes=min(response.body_bytes, limit),
        body_truncated=response.body_bytes >= limit and not response.ended,
        location=location,
        title=_title(response.body),
    )
    if length.isdigit():
        detail["content_length"] = int(length)
    if looks_like_challenge(response.body):
        detail["challenge"] = True  # the site's own CAPTCHA or bot check
    if redirects_by_itself(response.body):
        detail["client_redirect"] = True  # a meta refresh or a script sends the browser on
    if not tls and points_to_https_site(response.body, host):
        detail["links_https_site"] = True  # "use https://...": the site's own notice
    finding = examine(response.status, response.headers, response.body, host, tls)
    if finding.outcome:
        # "blockpage": the provider's page; "geo_refused": the service refusing the country;
        # "vpn_refused": the service refusing people who use a VPN
        detail[_REASON_KEYS.get(finding.outcome, "geo_reason")] = finding.reason
        if finding.fingerprint is not None:
            detail["fingerprint"] = finding.fingerprint.name
            detail["fingerprint_label"] = finding.fingerprint.label
            detail["fingerprint_where"] = finding.fingerprint.location
        detail["body_start"] = printable(response.body, 200)
        return finish(False, finding.outcome)
    if expect_status and response.status not in expect_status:
        return finish(False, Outcome.UNEXPECTED_STATUS)
    return finish(True, Outcome.RESPONSE)


_REASON_KEYS = {Outcome.BLOCKPAGE: "block_reason", Outcome.VPN_REFUSED: "vpn_reason"}


def _failure(exc: BaseException, connected: bool) -> Outcome:
    if not connected:
        if isinstance(exc, ProxyError):
            return Outcome.CONNECT_PROXY_ERROR
        return Outcome.connect_failure(errors.connect_outcome(exc))
    if isinstance(exc, Stalled | TimeoutError) or errors.is_timeout(exc):
        return Outcome.TIMEOUT
    if errors.is_reset(exc):
        return Outcome.RESET
    if isinstance(exc, ClosedUnanswered):
        return Outcome.CLOSED
    if isinstance(exc, h11.ProtocolError):
        return Outcome.PROTOCOL_ERROR
    return Outcome.ERROR


def _title(body: bytes) -> str:
    """The page title, as plain text (it is hostile input: escape wherever it is shown)."""
    lower = body.lower()
    start = lower.find(b"<title")
    if start < 0:
        return ""
    start = lower.find(b">", start)
    end = lower.find(b"</title", start)
    if start < 0 or end < 0:
        return ""
    return printable(body[start + 1 : end], 200).strip()
