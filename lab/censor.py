"""What the censor does in a scenario: a table of knobs, read by the DNS servers and the front.

Everything is keyed by lab names (`*.test`) and lab addresses, which scenarios look up from
the World by service id.
"""

from __future__ import annotations

import time
from dataclasses import dataclass, field, replace

from lab.dnsserver import DnsRule
from lab.front import ConnInfo, Decision
from lab.line import LineImpairment
from lab.origin import ServicePage
from lab.stun import Impairment

BLOCK_TEXT = (
    "Доступ к информационному ресурсу ограничен на основании Федерального закона "
    "от 27 июля 2006 г. № 149-ФЗ «Об информации, информационных технологиях и о защите информации»"
)
PORTAL_URL = "http://portal.lab-hotspot.test/login"
BLOCK_REDIRECT = "http://warning.rt-ru.test/?id=17"
# A provider's own block-page host (not a known block host): only its page's fingerprint
# (Rostelecom's Yandex Metrica counter, OONI cl.isp_ru_rostelcom_warning_block_1) names it.
PROVIDER_HOST = "blocked.isp-lab.test"
PROVIDER_PAGE = (
    "<!doctype html><title>Ресурс недоступен</title><p>Запрошенная страница недоступна.</p>"
    '<script src="https://mc.yandex.ru/watch/38740850"></script>'
)


def _http(status: str, headers: dict[str, str], body: str) -> bytes:
    data = body.encode("utf-8")
    head = [
        f"HTTP/1.1 {status}",
        "Connection: close",
        f"Content-Length: {len(data)}",
        "Content-Type: text/html; charset=utf-8",
        *(f"{k}: {v}" for k, v in headers.items()),
    ]
    return ("\r\n".join(head) + "\r\n\r\n").encode() + data


# A page put in a site's place with no known fingerprint and no registry words: only the site's
# own page over HTTPS shows it is not the site's.
ACCESS_DENIED_PAGE = (
    "<!doctype html><title>Access denied</title><p>Access to this page is denied.</p>"
)

BLOCK_PAGES = {
    "451": _http("451 Unavailable For Legal Reasons", {}, f"<title>Blocked</title>{BLOCK_TEXT}"),
    "redirect": _http("302 Found", {"Location": BLOCK_REDIRECT}, ""),
    "text": _http("200 OK", {}, f"<title>Доступ ограничен</title><p>{BLOCK_TEXT}</p>"),
    "access_denied": _http("200 OK", {}, ACCESS_DENIED_PAGE),
    # Markup where text belongs: whatever shows this page's title must show it as text.
    "hostile": _http(
        "451 Unavailable For Legal Reasons",
        {"X-Block-Reason": "<img src=x onerror=alert(2)>"},
        f"<title><script>alert(1)</script></title><p>{BLOCK_TEXT}</p>",
    ),
}


LAB_IPV6 = "::1"  # the lab's one IPv6 address: the loopback the test guard allows


@dataclass
class Shaping:
    """Throttling and cuts applied to forwarded TLS flows of a name (or of an address)."""

    rate_down: float | None = None  # bytes/s
    rate_up: float | None = None
    cut_down: int | None = None  # bytes; the flow dies silently after this many
    cut_up: int | None = None
    fraction: float = 1.0  # share of connections affected (deterministic pattern)
    # Random client->server drops (Telegram, Feb 2026): each upstream segment after the first
    # `drop_after` bytes is "lost" with this probability and costs a retransmission timeout.
    drop_up: float = 0.0
    drop_after: int = 2048

    def applies(self, index: int) -> bool:
        # Connection i is hit when floor((i+1)*f) > floor(i*f): exactly f of every run.
        f = self.fraction
        return int((index + 1) * f) > int(index * f)


@dataclass
class Policing:
    """Connection policing ("siberian" limits, Nov 2025): once `limit` TLS connections to an
    address were opened within `window` seconds, new ones hang. `every_connection`: every
    connection counts, from its connect on (a flow policer), and later ones open and hang."""

    limit: int = 4
    window: float = 30.0
    opened: list[float] = field(default_factory=list)
    every_connection: bool = False
    # only hellos of these shapes (resources/hellos/) count and are cut: a policer that scores
    # browser fingerprints; None: every TLS connection
    shapes: frozenset[str] | None = None

    def polices(self, shape: str | None) -> bool:
        return self.shapes is None or shape in self.shapes

    def admit(self) -> bool:
        now = time.monotonic()
        self.opened = [t for t in self.opened if now - t < self.window]
        if len(self.opened) >= self.limit:
            return False
        self.opened.append(now)
        return True


@dataclass
class Censor:
    # DNS, by lab name
    # the name's own records (not the censor's doing): what every resolver answers for it
    records: dict[str, DnsRule] = field(default_factory=dict)
    system_dns: dict[str, DnsRule] = field(default_factory=dict)  # the provider's resolver
    udp_dns: dict[str, DnsRule] = field(default_factory=dict)  # forged in transit on UDP/53
    doh_dns: dict[str, DnsRule] = field(default_factory=dict)
    canary_answers: bool = False
    all_dns_silent: bool = False
    # TCP, by address
    refuse: set[str] = field(default_factory=set)  # RST answers the SYN
    blackhole: set[str] = field(default_factory=set)  # SYN dropped
    reset_after_connect: set[str] = field(default_factory=set)
    stall_after_connect: set[str] = field(default_factory=set)
    # by server name (TLS SNI, or HTTP Host)
    name_reset: set[str] = field(default_factory=set)
    name_reset_every: dict[str, int] = field(default_factory=dict)  # reset the 1st, n+1th...
    _name_seen: dict[str, int] = field(default_factory=dict)
    name_stall: set[str] = field(default_factory=set)
    name_reply: dict[str, bytes] = field(default_factory=dict)  # plaintext answer to a ClientHello
    # by server name: the hello shapes (resources/hellos/) whose ClientHello is reset (a censor
    # classifying clients by fingerprint, 2026)
    hello_cut: dict[str, frozenset[str]] = field(default_factory=dict)
    # by server name: the name's own address; a ClientHello carrying the name to another
    # address is reset (a censor checking the name's DNS record against the address, 2026)
    name_home: dict[str, str] = field(default_factory=dict)
    host_reset: set[str] = field(default_factory=set)  # plain-HTTP requests reset by their Host
    plain_reset: set[str] = field(default_factory=set)  # every plain-HTTP request, by address
    intercept: set[str] = field(default_factory=set)  # TLS terminated with the rogue CA
    # TLS terminated with a certificate from the lab's copy of a known interception root
    intercept_known_root: set[str] = field(default_factory=set)
    # the site's own certificate, by name: "expired" or "wrong_name" (lab/pki.py AUTHORITIES)
    site_certificates: dict[str, str] = field(default_factory=dict)
    # hosts whose plain-HTTP endpoints the lab catalog points at a closed port (no port 80)
    plain_http_closed: set[str] = field(default_factory=set)
    blockpage: dict[str, str] = field(default_factory=dict)  # plain-HTTP host -> page kind
    broken_http: set[str] = field(default_factory=set)  # the server answers garbage
    # the server answers an upload (POST) with a 1 GB Content-Length, then one byte every 0.5 s
    drip_upload: set[str] = field(default_factory=set)
    shaping: dict[str, Shaping] = field(default_factory=dict)  # by name or by address
    shaping_exempt: set[str] = field(default_factory=set)  # allow-listed names: never shaped
    police: dict[str, Policing] = field(default_factory=dict)  # by address
    # a messenger's own protocol (neither TLS nor HTTP), by address: the flow dies silently
    # once the client sent this many bytes (0: at once); connects and TLS/HTTP pass (issue 22)
    opaque_cut: dict[str, int] = field(default_factory=dict)
    line: LineImpairment | None = None  # the whole line: every flow, every name and address
    # seconds added to every new TLS handshake while the censor classifies it (mid-2026: ~0.3)
    classify_delay: float = 0.0
    captive: bool = False
    portal_url: str = PORTAL_URL  # where `captive` sends every plain-HTTP request
    # QUIC: drop the client's Initials (all, on some addresses, or by the name inside)
    quic_drop_all: bool = False
    quic_drop_addresses: set[str] = field(default_factory=set)
    quic_drop_names: set[str] = field(default_factory=set)
    # whitelist mode: only these pass; the others are dropped ("by_address" or "by_name")
    allow_addresses: set[str] | None = None
    allow_names: set[str] | None = None
    # UDP to STUN endpoints (call paths), by address: loss, delay, jitter, cuts, silence
    udp: dict[str, Impairment] = field(default_factory=dict)
    call_duration: float = 0.0  # seconds of call test a lab diagnose runs (0: none)
    # STUN endpoints (lab names) the lab catalog marks `dtls_answers`: the call test sends them
    # a WebRTC DTLS ClientHello too (every lab call server answers one)
    dtls_answers: set[str] = field(default_factory=set)
    # what services themselves answer (by host name): refusals of the country and the like
    service_pages: dict[str, ServicePage] = field(default_factory=dict)
    # what sites themselves answer over plain HTTP only (by host name): a redirect to HTTPS,
    # their own CAPTCHA, a redirect loop
    plain_service_pages: dict[str, ServicePage] = field(default_factory=dict)
    # plain-HTTP pages the provider serves on its own names (by Host)
    provider_pages: dict[str, bytes] = field(default_factory=dict)
    lab_addresses: set[str] = field(default_factory=set)  # filled by the lab: its own servers
    # names with an IPv6 address too (AAAA: LAB_IPV6, where the front also listens); the
    # censor's address rules name IPv4 addresses only, so these pass over IPv6
    ipv6_names: set[str] = field(default_factory=set)
    blockpage_address: str = ""
    port: int = 0  # filled by the lab: the TCP port every lab address listens on

    # ---- hooks for the front and the QUIC relay ----

    def quic_drop(self, address: str, name: str | None) -> bool:
        if self.quic_drop_all or address in self.quic_drop_addresses:
            return True
        return name is not None and name in self.quic_drop_names

    def on_connect(self, address: str) -> str:
        if address in self.reset_after_connect:
            return "reset"
        if address in self.stall_after_connect:
            return "stall"
        policing = self.police.get(address)
        if policing is not None and policing.every_connection and not policing.admit():
            return "stall"
        return ""

    def decide(self, info: ConnInfo) -> Decision:
        name = info.server_name or ""
        if self.captive and info.address not in self.lab_addresses:
            if info.tls:
                return Decision("reset")
            return Decision("reply", reply=_http("302 Found", {"Location": self.portal_url}, ""))
        if not info.tls and name in self.provider_pages:
            return Decision("reply", reply=self.provider_pages[name])
        if info.address == self.blockpage_address:
            if info.tls:
                return Decision("forward", target="rogue")
            return Decision("reply", reply=BLOCK_PAGES["text"])
        if not self._allowed(info.address, name):
            return Decision("stall")
        if info.opaque:
            decision = self._forward(info, "messenger")
            cut = self.opaque_cut.get(info.address)
            return decision if cut is None else replace(decision, cut_up=cut)
        if not info.tls:
            if name in self.host_reset or info.address in self.plain_reset:
                return Decision("reset")
            kind = self.blockpage.get(name)
            if kind == "provider_redirect":  # to the provider's own host, on the lab's port
                location = f"http://{PROVIDER_HOST}:{self.port}/?id=17"
                return Decision("reply", reply=_http("302 Found", {"Location": location}, ""))
            if kind:
                return Decision("reply", reply=BLOCK_PAGES[kind])
            return self._forward(info, "plain")
        policing = self.police.get(info.address)
        if (
            policing is not None
            and not policing.every_connection
            and policing.polices(info.shape)
            and not policing.admit()
        ):
            return Decision("stall")
        if name in self.name_reset or info.shape in self.hello_cut.get(name, ()):
            return Decision("reset")
        if self.name_home.get(name, info.address) != info.address:
            return Decision("reset")
        every = self.name_reset_every.get(name)
        if every:
            seen = self._name_seen.get(name, 0)
            self._name_seen[name] = seen + 1
            if seen % every == 0:
                return Decision("reset")
        if name in self.name_stall:
            return Decision("stall")
        if name in self.name_reply:
            return Decision("reply", reply=self.name_reply[name])
        if name in self.intercept_known_root:
            return self._forward(info, "known_root")
        if name in self.site_certificates:
            return self._forward(info, self.site_certificates[name])
        return self._forward(info, "rogue" if name in self.intercept else "tls")

    def _forward(self, info: ConnInfo, target: str) -> Decision:
        # The lab's own servers (DoH) stand beside the line, like its UDP resolvers: a line
        # scenario slows the services, not the lab's name lookups.
        line = info.address not in self.lab_addresses
        delay = self.classify_delay if info.tls and line else 0.0
        name = info.server_name or ""
        shaping = self.shaping.get(name) or self.shaping.get(info.address)
        if shaping and shaping.applies(info.index) and name not in self.shaping_exempt:
            return Decision(
                "forward",
                target=target,
                rate_down=shaping.rate_down,
                rate_up=shaping.rate_up,
                cut_down=shaping.cut_down,
                cut_up=shaping.cut_up,
                drop_up=shaping.drop_up,
                drop_after=shaping.drop_after,
                line=line,
                delay=delay,
            )
        return Decision("forward", target=target, line=line, delay=delay)

    def _allowed(self, address: str, name: str) -> bool:
        if address in self.lab_addresses:
            return True
        if self.allow_addresses is not None and address not in self.allow_addresses:
            return False
        return not (self.allow_names is not None and name not in self.allow_names)
