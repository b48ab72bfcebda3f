"""Scenarios, named after what they imitate. Each builds a Censor from the World.

Keep each one small and literal: a scenario is the test's description of a network.
"""

from __future__ import annotations

from lab.censor import Censor, Policing, Shaping
from lab.dnsserver import DnsRule
from lab.registry import scenario
from lab.stun import Impairment
from lab.world import World


def _all_hosts(w: World) -> set[str]:
    return set(w.addresses.values())


def _silent(addresses: set[str]) -> dict[str, Impairment]:
    return {a: Impairment(silent=True) for a in addresses}


@scenario
def clean(w: World) -> Censor:
    return Censor()


@scenario
def offline(w: World) -> Censor:
    """No route out: DNS silent, every address black-holed, DoH too."""
    return Censor(
        all_dns_silent=True, blackhole=_all_hosts(w) | {w.doh}, udp=_silent(w.stun_hosts())
    )


@scenario
def captive_portal(w: World) -> Censor:
    return Censor(captive=True)


@scenario
def dns_spoofed_blockpage(w: World) -> Censor:
    """The provider's resolver sends LinkedIn and X to one block-page address."""
    names = w.names("linkedin") | w.names("x")
    return Censor(system_dns={n: DnsRule("answer", (w.blockpage,)) for n in names})


@scenario
def dns_spoofed_bogon(w: World) -> Censor:
    """The provider's resolver answers a private address for Instagram's names."""
    return Censor(system_dns={n: DnsRule("answer", ("10.10.34.35",)) for n in w.names("instagram")})


@scenario
def dns_fake_nxdomain(w: World) -> Censor:
    """WhatsApp's names "do not exist" for the provider's resolver (docs/sources.md, Aug 2026)."""
    return Censor(system_dns={n: DnsRule("nxdomain") for n in w.names("whatsapp")})


@scenario
def dns_timeout(w: World) -> Censor:
    return Censor(system_dns={n: DnsRule("silence") for n in w.names("signal")})


@scenario
def udp_dns_intercepted(w: World) -> Censor:
    """Everything on UDP/53 is answered by the path: the canary answers, and public resolvers'
    UDP answers for YouTube are forged to a block address, while TCP/53 stays honest."""
    return Censor(
        canary_answers=True,
        udp_dns={n: DnsRule("answer", (w.blockpage,)) for n in w.names("youtube")},
    )


@scenario
def doh_blocked(w: World) -> Censor:
    return Censor(blackhole={w.doh})


@scenario
def ip_blocked_reset(w: World) -> Censor:
    """Telegram's data centres and its web address: connections cut right after they open."""
    return Censor(reset_after_connect=w.hosts("telegram", ("messages", "web")))


@scenario
def ip_blocked_refused(w: World) -> Censor:
    return Censor(refuse=w.hosts("discord"))


@scenario
def ip_blackholed(w: World) -> Censor:
    return Censor(blackhole=w.hosts("signal"))


@scenario
def sni_reset(w: World) -> Censor:
    """Connections naming Instagram or Facebook are reset after the ClientHello."""
    return Censor(name_reset=w.names("instagram") | w.names("facebook"))


@scenario
def sni_blackhole(w: World) -> Censor:
    """ClientHellos naming X are dropped: the handshake hangs."""
    return Censor(name_stall=w.names("x"))


@scenario
def http_blockpage(w: World) -> Censor:
    """A registry block: LinkedIn's TLS is reset by name, plain HTTP shows the block page."""
    names = w.names("linkedin")
    return Censor(name_reset=names, blockpage={n: "451" for n in names})


@scenario
def http_blockpage_hostile(w: World) -> Censor:
    """LinkedIn's block page has the title `<script>alert(1)</script>`: network text is
    hostile, and a report must render it inert."""
    names = w.names("linkedin")
    return Censor(name_reset=names, blockpage={n: "hostile" for n in names})


@scenario
def tls_blockpage_reply(w: World) -> Censor:
    """The box answers LinkedIn's ClientHello with a plaintext redirect to a block host."""
    from lab.censor import BLOCK_PAGES

    return Censor(name_reply={n: BLOCK_PAGES["redirect"] for n in w.names("linkedin")})


@scenario
def tls_non_tls_reply(w: World) -> Censor:
    reply = b"HTTP/1.1 400 Bad Request\r\nContent-Length: 0\r\n\r\n"
    return Censor(name_reply={n: reply for n in w.names("twitch")})


@scenario
def tls_intercepted(w: World) -> Censor:
    """Wikipedia's TLS is terminated by a middlebox with its own CA."""
    return Censor(intercept=w.names("wikipedia"))


@scenario
def tls_intercepted_known_root(w: World) -> Censor:
    """Wikipedia's TLS is terminated with a certificate from a known state interception root
    (the lab's own copy of Kazakhstan's 2019 "Qaznet Trust Network", lab/pki.py)."""
    return Censor(intercept_known_root=w.names("wikipedia"))


@scenario
def http_broken(w: World) -> Censor:
    """Zoom's server answers the page request with garbage (not censorship: a site error)."""
    return Censor(broken_http=w.names("zoom"))


@scenario
def cdn_differs_but_valid(w: World) -> Censor:
    """The provider's resolver gives other (valid) edges of the same CDN for YouTube's names."""
    return Censor(system_dns={n: DnsRule("answer", (w.alternate(n),)) for n in w.names("youtube")})


@scenario
def partial_address_block(w: World) -> Censor:
    """Two of Telegram's chat data centres are black-holed (on every port)."""
    dcs = sorted(w.hosts("telegram", ("messages",)))
    return Censor(blackhole=set(dcs[:2]))


@scenario
def foreign_blackholed(w: World) -> Censor:
    """Every foreign service's addresses black-holed (the bench's worst case)."""
    hosts: set[str] = set()
    for service in w.services_where(region="foreign"):
        hosts |= w.hosts(service.id)
    return Censor(blackhole=hosts, udp=_silent(w.stun_hosts()))


# ---- censorship signatures (issue 3) ----

YOUTUBE_VIDEO_NAME = "redirector.googlevideo-com.test"
THROTTLE_BYTES_PER_S = 16_000  # 128 kbit/s, as measured on googlevideo.com in August 2024


@scenario
def youtube_throttled(w: World) -> Censor:
    """YouTube's video host name throttled to 128 kbit/s both ways; other names on the same
    Google address run at full speed (docs/sources.md, August 2024)."""
    rate = float(THROTTLE_BYTES_PER_S)
    return Censor(shaping={YOUTUBE_VIDEO_NAME: Shaping(rate_down=rate, rate_up=rate)})


CUT_BYTES = 16 * 1024


def _hosting(w: World) -> set[str]:
    return w.hosts("foreign-hosting")


@scenario
def foreign_hosting_cut_16kb(w: World) -> Censor:
    """Flows to foreign hosting die silently after 16 KB, in either direction (2025)."""
    cut = Shaping(cut_down=CUT_BYTES, cut_up=CUT_BYTES)
    return Censor(shaping={address: cut for address in _hosting(w)})


@scenario
def flaky_cut_30_percent(w: World) -> Censor:
    """The same cut, applied to 30 % of the connections only: one try is not enough."""
    cut = Shaping(cut_down=CUT_BYTES, cut_up=CUT_BYTES, fraction=0.3)
    return Censor(shaping={address: cut for address in _hosting(w)})


@scenario
def quic_blocked(w: World) -> Censor:
    """Every QUIC Initial dropped (some mobile networks); TLS over TCP untouched."""
    return Censor(quic_drop_all=True)


@scenario
def quic_blocked_by_name(w: World) -> Censor:
    """QUIC Initials naming YouTube dropped, read from the decrypted Initial (since 2023)."""
    return Censor(quic_drop_names=w.names("youtube"))


def _allowlisted(w: World) -> list[str]:
    return [s.id for s in w.services_where(region="domestic", allowlisted=True)]


@scenario
def whitelist_by_address(w: World) -> Censor:
    """Mobile whitelist mode by address range: only allow-listed domestic services' addresses
    answer; every other address drops the SYN (September 2025 on)."""
    allowed: set[str] = set()
    for service_id in _allowlisted(w):
        allowed |= w.hosts(service_id)
    others = set(w.addresses.values()) - allowed
    return Censor(blackhole=others, quic_drop_addresses=others, udp=_silent(w.stun_hosts()))


@scenario
def whitelist_by_name(w: World) -> Censor:
    """Mobile whitelist mode by server name: connections open, but only allow-listed names
    get through; everything else hangs after the ClientHello."""
    allowed: set[str] = set()
    for service_id in _allowlisted(w):
        allowed |= w.names(service_id)
    return Censor(allow_names=allowed, quic_drop_all=True)


@scenario
def sni_reset_half(w: World) -> Censor:
    """Every other connection naming X is reset, the first one included (a filter on some
    paths only): one try would call it blocked, the repeats show it is unstable."""
    return Censor(name_reset_every={n: 2 for n in w.names("x")})


# ---- calls (issue 7): UDP to the STUN endpoints; the impairments are the lab's truth ----

CALL_SECONDS = 3.0  # the call test a lab diagnose of these scenarios runs
MESSENGERS = ("whatsapp", "telegram")
LOSSY_PCT = 5.0
POOR_LOSS_PCT = 15.0
JITTER_MS = 40.0  # RFC 3550 jitter: uniform spread of 3 x this
JITTER_BASE_MS = 20.0
HIGH_RTT_MS = 300.0
UDP_CUT_PACKETS = 25


def _messenger_stun(w: World) -> set[str]:
    return set().union(*(w.stun_hosts(m) for m in MESSENGERS))


def _every_call_path(w: World, impairment: Impairment) -> Censor:
    return Censor(udp={a: impairment for a in w.stun_hosts()}, call_duration=CALL_SECONDS)


@scenario
def calls_blocked_messages_ok(w: World) -> Censor:
    """The seed's case: WhatsApp's and Telegram's call servers are silent on UDP while public
    STUN servers answer; their messages (TCP/TLS) work (August 2025 on)."""
    return Censor(udp=_silent(_messenger_stun(w)), call_duration=CALL_SECONDS)


@scenario
def calls_stun_classified(w: World) -> Censor:
    """STUN-shaped packets to the messengers' call servers are dropped, random payloads of the
    same size pass: the filter recognises call traffic by its first packets (2025)."""
    drop = Impairment(silent=True, only="stun")
    return Censor(udp={a: drop for a in _messenger_stun(w)}, call_duration=CALL_SECONDS)


@scenario
def call_lossy_5pct(w: World) -> Censor:
    """5 % random packet loss on every call path (a busy mobile cell)."""
    return _every_call_path(w, Impairment(loss_pct=LOSSY_PCT, delay_ms=10.0))


@scenario
def call_lossy_15pct(w: World) -> Censor:
    """15 % random loss: bad enough that a call sounds broken up."""
    return _every_call_path(w, Impairment(loss_pct=POOR_LOSS_PCT, delay_ms=10.0))


@scenario
def call_jitter_40ms(w: World) -> Censor:
    """Round-trip jitter of 40 ms (RFC 3550 estimator) over a 20 ms base delay."""
    spread = 3 * JITTER_MS
    return _every_call_path(w, Impairment(delay_ms=JITTER_BASE_MS, jitter_spread_ms=spread))


@scenario
def call_high_latency_300ms(w: World) -> Censor:
    """300 ms round trips (a satellite link or a far relay)."""
    return _every_call_path(w, Impairment(delay_ms=HIGH_RTT_MS))


@scenario
def udp_cut_after_25_packets(w: World) -> Censor:
    """Every UDP flow dies silently after 25 packets (the "l4-25" cut reported in 2025)."""
    return _every_call_path(w, Impairment(cut_after=UDP_CUT_PACKETS))


# ---- the 2026 censor (issue 11): data after the connect, policing, allow-listed test hosts ----

DROP_SHARE = 0.3  # of upstream segments "lost" (each costs a retransmission timeout)
POLICE_LIMIT = 4  # new TLS connections per address in the window, then new ones hang
POLICE_WINDOW = 60.0


@scenario
def telegram_upload_drops(w: World) -> Censor:
    """Random client->server packets to Telegram's addresses are dropped (Feb 2026): connects
    and handshakes pass, downloads are fine, anything sent crawls or freezes."""
    drops = Shaping(drop_up=DROP_SHARE)
    return Censor(shaping={a: drops for a in w.hosts("telegram")})


@scenario
def connection_policing(w: World) -> Censor:
    """ "Siberian" connection policing (Nov 2025): once four TLS connections to a foreign
    hosting address were opened within a minute, new ones hang."""
    return Censor(police={a: Policing(POLICE_LIMIT, POLICE_WINDOW) for a in _hosting(w)})


@scenario
def allowlisted_test_host(w: World) -> Censor:
    """Every hosting address cuts flows after 16 KB, except for the test hosts' own names,
    which are allow-listed (dpi-checkers#18): a fixed-name test would pass."""
    cut = Shaping(cut_down=CUT_BYTES, cut_up=CUT_BYTES)
    return Censor(
        shaping={address: cut for address in _hosting(w)}, shaping_exempt=w.names("foreign-hosting")
    )
