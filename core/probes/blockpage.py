"""Recognise a registry block page (OONI's fingerprints, HTTP 451, a redirect to a block host,
the page's words) or a service refusing the country (core/probes/georefusal.py).

Sources: docs/sources.md (warning.rt.ru redirects, HTTP 451, «Доступ ограничен», «заблокирован по
решению», «149-ФЗ»); host names are the block-page hosts of large Russian providers.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from urllib.parse import urlsplit

from core import fingerprints
from core.codes import Outcome
from core.fingerprints import FingerprintMatch
from core.netaddr import site_of
from core.probes import georefusal, vpnrefusal

BLOCK_HOSTS = frozenset(
    {
        "warning.rt.ru",
        "blocked.mts.ru",
        "zapret.beeline.ru",
        "blackhole.beeline.ru",
        "lawfilter.ertelecom.ru",
        "blocked.netbynet.ru",
        "block.dtln.ru",
        "eais.rkn.gov.ru",
        "blocklist.rkn.gov.ru",
    }
)

# Phrases only count on small pages: a big page that merely mentions the law is not a block page.
BLOCK_PHRASES = (
    "доступ ограничен",
    "доступ к информационному ресурсу ограничен",
    "заблокирован по решению",
    "149-фз",
    "eais.rkn.gov.ru",
    "blocklist.rkn.gov.ru",
    "access to the resource is restricted",
    "access to this resource is restricted",
    "blocked by the decision",
    "unavailable for legal reasons",
)
PHRASE_PAGE_LIMIT = 32 * 1024
# A site's own CAPTCHA or bot check (Cloudflare, DDoS-Guard, reCAPTCHA, hCaptcha, Yandex
# SmartCaptcha...): the site asks to prove a person is there. Its page differs from the site's,
# but it is the site's own, never a censor's replacement.
CHALLENGE_MARKERS = (
    "captcha",
    "капч",
    "challenge-platform",
    "cf-chl",
    "cf_chl",
    "just a moment...",
    "checking your browser",
    "ddos-guard",
    "are you a robot",
    "не робот",
    "проверка браузера",
)
CHALLENGE_PAGE_LIMIT = 16 * 1024
# A page that sends the browser on by itself (a meta refresh, a script setting the location):
# the site's own redirect, often to its HTTPS address, written in the page instead of a 3xx.
_CLIENT_REDIRECT = re.compile(
    rb"<meta[^>]+http-equiv\s*=\s*[\"']?refresh"
    rb"|location\s*\.\s*(?:replace|assign)\s*\("
    rb"|location(?:\s*\.\s*href)?\s*=\s*[\"'`]",
    re.IGNORECASE,
)
_ENCODINGS = ("utf-8", "cp1251", "koi8-r")


@dataclass(frozen=True)
class Finding:
    """What a response is: `outcome` blockpage, vpn_refused, geo_refused or None (an ordinary
    page)."""

    outcome: Outcome | None
    reason: str = ""
    fingerprint: FingerprintMatch | None = None


def examine(status: int, headers: Mapping[str, str], body: bytes, host: str, tls: bool) -> Finding:
    """A known block page first (its fingerprint names who served it), then the service's own
    refusal of VPN users, then of the country, then the generic block-page signs."""
    text = _decode(body)
    match = fingerprints.builtin().match_http(headers, text)
    if match is not None:
        return Finding(Outcome.BLOCKPAGE, "fingerprint", match)
    vpn = vpnrefusal.refusal(status, headers, text)
    if vpn:
        return Finding(Outcome.VPN_REFUSED, vpn)
    geo = georefusal.refusal(status, headers, text)
    if geo:
        return Finding(Outcome.GEO_REFUSED, geo)
    reason = looks_like_blockpage(status, headers.get("location", ""), body, host, tls)
    return Finding(Outcome.BLOCKPAGE, reason) if reason else Finding(None)


def looks_like_blockpage(status: int, location: str, body: bytes, host: str, tls: bool) -> str:
    """The reason this response is a block page, or "" when it is not one."""
    if status == 451:
        return "status_451"
    if 300 <= status < 400 and location:
        target = location_host(location)
        if target in BLOCK_HOSTS:
            return "redirect_to_block_host"
        # Only on plain HTTP: over verified HTTPS a cross-site redirect comes from the real site.
        if not tls and target and site_of(target) != site_of(host):
            return "redirect_to_other_site"
    if len(body) <= PHRASE_PAGE_LIMIT:
        text = _decode(body).lower()
        for phrase in BLOCK_PHRASES:
            if phrase in text:
                return "block_text"
    return ""


def location_host(location: str) -> str:
    """The host a `Location` names, lower case; "" when it names none or cannot be read (a
    broken redirect is the site's fault, not a reason to fail the probe)."""
    try:
        return (urlsplit(location).hostname or "").lower()
    except ValueError:
        return ""


def redirects_by_itself(body: bytes) -> bool:
    """The page sends the browser elsewhere on its own (meta refresh or script)."""
    return _CLIENT_REDIRECT.search(body[:CHALLENGE_PAGE_LIMIT]) is not None


def points_to_https_site(body: bytes, host: str) -> bool:
    """The page links to the same site over HTTPS ("this site moved to https://..."): the
    site's own notice, a redirect a person follows by hand."""
    site = site_of(host).encode("ascii", "ignore")  # catalog names are ASCII (punycode)
    if b"." not in site:
        return False
    found = re.search(
        rb"https://(?:[a-z0-9-]+\.)*" + re.escape(site) + rb"(?![a-z0-9.-])",
        body[:CHALLENGE_PAGE_LIMIT].lower(),
    )
    return found is not None


def looks_like_challenge(body: bytes) -> bool:
    """The page is a site's own CAPTCHA or bot check (its words or its scripts)."""
    text = body[:CHALLENGE_PAGE_LIMIT].decode("utf-8", "replace").lower()
    return any(marker in text for marker in CHALLENGE_MARKERS)


def _decode(body: bytes) -> str:
    for encoding in _ENCODINGS:
        try:
            return body.decode(encoding)
        except UnicodeDecodeError:
            continue
    return body.decode("utf-8", errors="replace")


def reply_is_blockpage(first_reply: bytes, host: str) -> Finding:
    """A plaintext HTTP answer to a ClientHello (a DPI answering in the server's place): a
    block page or nothing; never the service's refusal (the service never saw the request)."""
    head, _, body = first_reply.partition(b"\r\n\r\n")
    lines = head.decode("latin-1", errors="replace").split("\r\n")
    if not lines or not lines[0].startswith("HTTP/"):
        return Finding(None)
    parts = lines[0].split()
    status = int(parts[1]) if len(parts) > 1 and parts[1].isdigit() else 0
    headers = {
        name.strip().lower(): value.strip()
        for name, sep, value in (line.partition(":") for line in lines[1:])
        if sep
    }
    match = fingerprints.builtin().match_http(headers, _decode(body))
    if match is not None:
        return Finding(Outcome.BLOCKPAGE, "fingerprint", match)
    reason = looks_like_blockpage(status, headers.get("location", ""), body, host, tls=False)
    return Finding(Outcome.BLOCKPAGE, reason) if reason else Finding(None)
