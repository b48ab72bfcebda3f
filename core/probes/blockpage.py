"""Recognise a registry block page: HTTP 451, a redirect to a block host, or the page's words.

Sources: docs/sources.md (warning.rt.ru redirects, HTTP 451, «Доступ ограничен», «заблокирован по
решению», «149-ФЗ»); host names are the block-page hosts of large Russian providers.
"""

from __future__ import annotations

from urllib.parse import urlsplit

from core.netaddr import site_of

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
_ENCODINGS = ("utf-8", "cp1251", "koi8-r")


def looks_like_blockpage(status: int, location: str, body: bytes, host: str, tls: bool) -> str:
    """The reason this response is a block page, or "" when it is not one."""
    if status == 451:
        return "status_451"
    if 300 <= status < 400 and location:
        target = (urlsplit(location).hostname or "").lower()
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


def _decode(body: bytes) -> str:
    for encoding in _ENCODINGS:
        try:
            return body.decode(encoding)
        except UnicodeDecodeError:
            continue
    return body.decode("utf-8", errors="replace")


def reply_is_blockpage(first_reply: bytes, host: str) -> str:
    """A plaintext HTTP answer to a ClientHello (a DPI answering in the server's place)."""
    head, _, body = first_reply.partition(b"\r\n\r\n")
    lines = head.decode("latin-1", errors="replace").split("\r\n")
    if not lines or not lines[0].startswith("HTTP/"):
        return ""
    parts = lines[0].split()
    status = int(parts[1]) if len(parts) > 1 and parts[1].isdigit() else 0
    location = next(
        (
            line.split(":", 1)[1].strip()
            for line in lines[1:]
            if line.lower().startswith("location:")
        ),
        "",
    )
    return looks_like_blockpage(status, location, body, host, tls=False)
