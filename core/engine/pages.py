"""What a fetched page says: evidence naming a block page's fingerprint or a service's refusal,
the one plain-HTTP redirect to another host that is worth following (where providers send a
blocked request: their own domain, whose page the fingerprints can name), and the HTTPS twin
of a plain-HTTP page (is the plain page the site's own?)."""

from __future__ import annotations

import dataclasses
from urllib.parse import urlsplit

from core.engine.context import RunContext
from core.models import Endpoint, Message, Step
from core.netaddr import is_ip_literal
from core.probes import http
from core.probes.dial import Target


def evidence(step: Step) -> list[Message]:
    """Evidence for an HTTP step judged a block page by fingerprint, or a service's refusal."""
    detail = step.detail
    found: list[Message] = []
    label = detail.get("fingerprint_label")
    if label:
        found.append(
            Message(
                "evidence.blockpage_fingerprint",
                {
                    "provider": str(label),
                    "fingerprint": str(detail.get("fingerprint", "")),
                    "url": step.target,
                },
            )
        )
    geo = detail.get("geo_reason")
    if geo:
        found.append(geo_evidence(step.target, detail.get("status", 0), str(geo)))
    return found


def geo_evidence(url: str, status: object, reason: str) -> Message:
    """A service's refusal in words a person reads: the reason picks the sentence ("the page
    says your region is not supported"); the machine reason stays a parameter for reports'
    readers, never in the text."""
    kind, _, code = reason.partition(":")
    params: dict[str, object] = {"url": url, "status": status, "reason": reason}
    if kind == "error_code" and code:
        params["error"] = code
    known = kind in ("region_words", "redirect") or "error" in params
    return Message(f"evidence.geo_refused.{kind}" if known else "evidence.geo_refused", params)


def redirect_target(step: Step, host: str) -> tuple[str, int, str] | None:
    """(host, port, path) of a plain-HTTP redirect from `host` to another host, or None."""
    location = str(step.detail.get("location") or "")
    status = step.detail.get("status")
    if not location or not isinstance(status, int) or not 300 <= status < 400:
        return None
    try:
        parts = urlsplit(location)
        target = (parts.hostname or "").lower()
        port = parts.port or 80
    except ValueError:  # a broken redirect: the site's, nothing to follow
        return None
    if parts.scheme != "http" or not target or target == host.lower():
        return None
    path = (parts.path or "/") + (f"?{parts.query}" if parts.query else "")
    return target, port, path


async def follow(ctx: RunContext, redirect: tuple[str, int, str]) -> Step | None:
    """Fetch the page a plain-HTTP redirect leads to, at the address the system resolver gives
    (the one a browser would use); None when that name does not resolve."""
    host, port, path = redirect
    address = host
    if not is_ip_literal(host):
        resolution = await ctx.resolver.resolve(host)
        if not resolution.system.ok or not resolution.system.addresses:
            return None
        address = resolution.system.addresses[0]
    return await ctx.guarded(http.get(ctx.dial, Target(address, port, host), path, False), address)


async def secure_twin(ctx: RunContext, ep: Endpoint, address: str) -> Step | None:
    """The plain-HTTP endpoint's page over verified HTTPS on the same address and the port the
    catalog reaches its name on, read only up to a prefix (title and size: the data budget),
    marked `purpose: https_twin`; None when the catalog never reaches the name over TLS."""
    port = ctx.tls_port(ep.host)
    if port is None:
        return None
    target = Target(address, port, ep.host, ep.host)
    step = await ctx.guarded(http.page_prefix(ctx.dial, target, ep.path), address)
    return dataclasses.replace(step, detail={**step.detail, "purpose": "https_twin"})
