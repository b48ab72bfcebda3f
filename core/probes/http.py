"""HTTP(S) GET to one address with the real Host and server name, reading a bounded body.

httpx never picks up a system proxy (`trust_env=False`); a proxy is only ever explicit.
"""

from __future__ import annotations

import ssl
import time

import httpx

from core.models import Step, StepKind
from core.probes import errors
from core.probes.blockpage import looks_like_blockpage
from core.probes.tls import printable

BODY_LIMIT = 64 * 1024
USER_AGENT = "Mozilla/5.0 (compatible; Svyaz connectivity check)"


async def get(
    address: str,
    port: int,
    host: str,
    path: str,
    tls: bool,
    server_name: str | None,
    context: ssl.SSLContext,
    timeout: float,
    proxy: str | None = None,
    expect_status: tuple[int, ...] = (),
    clock_origin: float = 0.0,
) -> Step:
    started = time.monotonic()
    scheme = "https" if tls else "http"
    netloc = f"[{address}]" if ":" in address else address
    url = f"{scheme}://{netloc}:{port}{path}"
    default_port = 443 if tls else 80
    host_header = host if port == default_port else f"{host}:{port}"
    target = f"{scheme}://{host_header}{path}"
    extensions = {"sni_hostname": server_name} if tls and server_name else {}
    detail: dict[str, object] = {"url": target, "address": address}
    body = b""
    try:
        async with httpx.AsyncClient(
            verify=context, trust_env=False, proxy=proxy, timeout=timeout, follow_redirects=False
        ) as client:
            request = client.build_request(
                "GET",
                url,
                headers={"Host": host_header, "User-Agent": USER_AGENT, "Accept": "*/*"},
                extensions=extensions,
            )
            response = await client.send(request, stream=True)
            try:
                first_byte_ms = _ms(started)
                async for chunk in response.aiter_bytes():
                    body += chunk
                    if len(body) >= BODY_LIMIT:
                        body = body[:BODY_LIMIT]
                        detail["body_truncated"] = True
                        break
            finally:
                await response.aclose()
    except (httpx.HTTPError, OSError, ssl.SSLError, ValueError) as exc:
        outcome = _failure(exc)
        detail["body_bytes"] = len(body)
        return Step(
            StepKind.HTTP,
            target,
            False,
            outcome,
            _ms(started),
            (address,),
            detail,
            errors.describe(exc),
            _since(started, clock_origin),
        )
    detail.update(
        status=response.status_code,
        first_byte_ms=first_byte_ms,
        body_bytes=len(body),
        location=response.headers.get("location", ""),
        title=_title(body),
    )
    block_reason = looks_like_blockpage(
        response.status_code, response.headers.get("location", ""), body, host, tls
    )
    if block_reason:
        detail["block_reason"] = block_reason
        detail["body_start"] = printable(body, 200)
        return Step(
            StepKind.HTTP,
            target,
            False,
            "blockpage",
            _ms(started),
            (address,),
            detail,
            started_ms=_since(started, clock_origin),
        )
    if expect_status and response.status_code not in expect_status:
        return Step(
            StepKind.HTTP,
            target,
            False,
            "unexpected_status",
            _ms(started),
            (address,),
            detail,
            started_ms=_since(started, clock_origin),
        )
    return Step(
        StepKind.HTTP,
        target,
        True,
        "response",
        _ms(started),
        (address,),
        detail,
        started_ms=_since(started, clock_origin),
    )


def _failure(exc: BaseException) -> str:
    if isinstance(exc, httpx.TimeoutException) or errors.is_timeout(exc):
        return "timeout"
    if errors.is_reset(exc):
        return "reset"
    if isinstance(exc, httpx.RemoteProtocolError):
        return "protocol_error"
    if isinstance(exc, httpx.ConnectError):
        return "connect_" + errors.connect_outcome(exc)
    return "error"


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


def _ms(started: float) -> float:
    return round((time.monotonic() - started) * 1000, 1)


def _since(started: float, origin: float) -> float:
    return round((started - origin) * 1000, 1) if origin else 0.0
