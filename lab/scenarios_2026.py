"""Scenarios of the 2025–2026 censor (issue 11): services refusing the country, a block page on
a provider's own domain named by its fingerprint, HTTPS cut under a working HTTP, calls in
offline and whitelist mode, a hostile DNS answer, and call paths with growing delay spread."""

from __future__ import annotations

from lab.censor import PROVIDER_HOST, PROVIDER_PAGE, Censor, Policing, Shaping, _http
from lab.dnsserver import DnsRule
from lab.origin import ServicePage
from lab.registry import scenario
from lab.scenarios import (
    CALL_SECONDS,
    YOUTUBE_VIDEO_NAME,
    _every_call_path,
    offline,
    whitelist_by_address,
)
from lab.stun import Impairment
from lab.world import World

# The service's own refusals, as the services in docs/sources.md send them.
OPENAI_ERROR = (
    '{"error": {"code": "unsupported_country_region_territory", '
    '"message": "Country, region, or territory not supported", "type": "request_forbidden"}}'
)
ENGLISH_REFUSAL = (
    "<!doctype html><title>Not available</title>"
    "<h1>Sorry, this service is not available in your country or region.</h1>"
)
RUSSIAN_REFUSAL = (
    "<!doctype html><title>Недоступно</title><p>К сожалению, сервис недоступен в вашем регионе.</p>"
)


@scenario
def geo_refused(w: World) -> Censor:
    """Four services refuse the country themselves (2025): a 403 JSON error code (OpenAI's),
    a 451 page in English, a redirect to an "unsupported country" page, a 403 page in
    Russian. The provider does nothing."""
    return Censor(
        service_pages={
            "zoom-us.test": ServicePage(403, OPENAI_ERROR, "application/json"),
            "www.twitch-tv.test": ServicePage(451, ENGLISH_REFUSAL),
            "discord-com.test": ServicePage(
                302, "", location="https://discord-com.test/unsupported-country"
            ),
            "www.viber-com.test": ServicePage(403, RUSSIAN_REFUSAL),
        }
    )


@scenario
def blockpage_fingerprint_provider(w: World) -> Censor:
    """LinkedIn's TLS is reset by name; plain HTTP is redirected to the provider's own host,
    whose page has no block words: only its fingerprint (Rostelecom's) names it."""
    names = w.names("linkedin")
    return Censor(
        name_reset=names,
        blockpage={n: "provider_redirect" for n in names},
        system_dns={PROVIDER_HOST: DnsRule("answer", (w.blockpage,))},
        provider_pages={PROVIDER_HOST: _http("200 OK", {}, PROVIDER_PAGE)},
    )


@scenario
def https_cut_http_answers(w: World) -> Censor:
    """X's HTTPS is reset by name while its plain-HTTP page answers: blocked for a browser."""
    return Censor(name_reset={"x-com.test"})


@scenario
def calls_offline(w: World) -> Censor:
    """No route out, with the call test on: calls read `offline`, not "blocked" or "run again"."""
    censor = offline(w)
    censor.call_duration = CALL_SECONDS
    return censor


@scenario
def calls_whitelist(w: World) -> Censor:
    """Whitelist mode by address, with the call test on: calls are unavailable because of it."""
    censor = whitelist_by_address(w)
    censor.call_duration = CALL_SECONDS
    return censor


FLOOD_ADDRESSES = 300


@scenario
def dns_answer_flood(w: World) -> Censor:
    """The provider's resolver answers VK's name with 300 addresses (the true one first): a run
    must probe at most 16 of them."""
    name = "vk-ru.test"
    extra = tuple(w.special(230 + i // 250, 1 + i % 250) for i in range(FLOOD_ADDRESSES - 1))
    return Censor(system_dns={name: DnsRule("answer", (w.addresses[name], *extra))})


# ---- delay spread on the call path (item 8): the lab's uniform jitter over a 20 ms base ----

SPREAD_SMALL_MS = 30.0
SPREAD_LARGE_MS = 300.0
SPREAD_HUGE_MS = 1200.0


def _spread(w: World, spread_ms: float) -> Censor:
    return _every_call_path(w, Impairment(delay_ms=20.0, jitter_spread_ms=spread_ms))


@scenario
def call_spread_small(w: World) -> Censor:
    """Round trips between 20 and 50 ms: a jitter buffer of ~15 ms, an excellent call."""
    return _spread(w, SPREAD_SMALL_MS)


@scenario
def call_spread_large(w: World) -> Censor:
    """Round trips between 20 and 320 ms: a ~140 ms buffer, the call still fine."""
    return _spread(w, SPREAD_LARGE_MS)


@scenario
def call_spread_huge(w: World) -> Censor:
    """Round trips between 20 ms and 1.2 s: no realistic buffer covers it; a poor call."""
    return _spread(w, SPREAD_HUGE_MS)


# ---- YouTube blocked by server name (since Aug 2024, docs/sources.md#youtube) ----


def _youtube_names(w: World) -> set[str]:
    """YouTube's own names; not the Google front's name its throughput pair uses as control."""
    fronts = {ep.host for ep in w.endpoints("youtube") if ep.control_sni}
    return w.names("youtube") - fronts


@scenario
def youtube_sni_reset(w: World) -> Censor:
    """Connections naming YouTube (site, API, images, video) are reset after the ClientHello:
    the words say blocked by server name, never slowed."""
    return Censor(name_reset=_youtube_names(w))


@scenario
def youtube_sni_blackhole(w: World) -> Censor:
    """ClientHellos naming YouTube are dropped: the handshake hangs; blocked, never slowed."""
    return Censor(name_stall=_youtube_names(w))


# ---- YouTube's video name braked past measuring (the pull must never read "works") ----

YOUTUBE_CRAWL_BYTES_PER_S = 300.0  # 2.4 kbit/s: too few reads in the test window for a rate
YOUTUBE_FREEZE_BYTES = 24 * 1024  # the handshake and the small page pass, the big file freezes


@scenario
def youtube_video_crawls(w: World) -> Censor:
    """YouTube's video name slowed to 2.4 kbit/s: too slow for the throttling test to measure
    a rate at all, while the control name runs at full speed."""
    rate = YOUTUBE_CRAWL_BYTES_PER_S
    return Censor(shaping={YOUTUBE_VIDEO_NAME: Shaping(rate_down=rate, rate_up=rate)})


@scenario
def youtube_video_freezes(w: World) -> Censor:
    """YouTube's video name: the flow goes silent after about 24 KB, so the small page loads
    and the large file freezes, while the control name runs at full speed."""
    return Censor(shaping={YOUTUBE_VIDEO_NAME: Shaping(cut_down=YOUTUBE_FREEZE_BYTES)})


YOUTUBE_CUT_AFTER_HANDSHAKE = 1500  # bytes down: past the lab's handshake, before the page


@scenario
def youtube_cut_after_handshake(w: World) -> Censor:
    """Flows naming YouTube's site go silent a little after the handshake: it passes, the page
    request is never answered. The same request with another name on that server is."""
    cut = Shaping(cut_down=YOUTUBE_CUT_AFTER_HANDSHAKE)
    return Censor(shaping=dict.fromkeys(_youtube_names(w) - {YOUTUBE_VIDEO_NAME}, cut))


@scenario
def system_dns_silent(w: World) -> Censor:
    """The provider's resolver answers nothing at all (a DNS outage, or a shutdown done in DNS),
    while the network itself works and public resolvers answer."""
    every = set().union(*(w.names(s.id) for s in w.catalog.services))
    return Censor(system_dns={n: DnsRule("silence") for n in every})


SLOW_RESOLVER_DELAY_S = 1.5  # past the lab's 1 s DNS deadline, inside its dns_late look


@scenario
def system_dns_slow(w: World) -> Censor:
    """The provider's resolver answers every name truthfully, but late (an overloaded resolver,
    or a machine too busy to read its answers in time): slow is not silent, nothing is blocked."""
    every = set().union(*(w.names(s.id) for s in w.catalog.services))
    return Censor(
        system_dns={
            n: DnsRule("answer", (w.addresses[n],), delay=SLOW_RESOLVER_DELAY_S)
            for n in every
            if n in w.addresses
        }
    )


# ---- issue 22: a messenger's own data dropped after a clean connection ----

# Telegram's obfuscated2 header is 64 random bytes: the censor lets it pass and drops what
# follows (the first MTProto packet), so connections open and nothing comes back.
MTPROTO_HEADER = 64
WA_HEADER = 4  # "WA", 6, 3: WhatsApp's header passes, its Noise ClientHello does not


@scenario
def messenger_data_dropped(w: World) -> Censor:
    """Telegram's data centres accept connections, and every MTProto flow dies once the app
    starts speaking (FIELD-NOTES "Mid-2026" row 8): connects, TLS and plain HTTP pass."""
    addresses = w.hosts("telegram", ("messages", "media"))
    return Censor(opaque_cut=dict.fromkeys(addresses, MTPROTO_HEADER))


@scenario
def whatsapp_data_dropped(w: World) -> Censor:
    """WhatsApp's chat servers accept connections on 443 and 5222, and the Noise handshake
    dies after the "WA" header: the chat never opens while the connection does."""
    return Censor(opaque_cut=dict.fromkeys(w.hosts("whatsapp", ("messages",)), WA_HEADER))


# ---- hello fingerprints (issue 22; docs/sources.md "Hello fingerprints") ----


def _shape_names(w: World) -> set[str]:
    """The names of the endpoints that take the hello-shape pair (catalog: hello_shapes)."""
    return {
        ep.server_name or ep.host
        for service in w.catalog.services
        for function in service.functions
        for ep in function.endpoints
        if ep.hello_shapes
    }


@scenario
def fingerprint_chrome_cut(w: World) -> Censor:
    """The censor resets hellos with Chrome's fingerprint (Chrome 131-147's JA4, which Telegram
    Desktop's copies) to the hello-shape endpoints, while Firefox's and Svyaz's own pass: those
    endpoints read `blocked_by_fingerprint` with the words "Firefox gets through, Chrome
    and apps copying it are cut"."""
    cut = frozenset({"chrome", "telegram_desktop"})
    return Censor(hello_cut=dict.fromkeys(_shape_names(w), cut))


@scenario
def fingerprint_telegram_cut(w: World) -> Censor:
    """The censor resets Telegram Desktop's hello (classified "TELEGRAM_TLS") to the hello-shape
    endpoints; browsers' pass: "browsers get through; apps that make their own connections
    (Telegram Desktop) are cut"."""
    return Censor(hello_cut=dict.fromkeys(_shape_names(w), frozenset({"telegram_desktop"})))


BURST_LIMIT = 3  # browser-shaped handshakes per address within the window; more are cut
BURST_WINDOW = (
    0.5  # seconds: the policing test's burst (5 starts 20 ms apart) fits, its later one does not
)


@scenario
def burst_policing(w: World) -> Censor:
    """A rate policer on foreign hosting (dpi-detector's burst test; Xray-core PR #6181): more
    than 3 browser-shaped handshakes to an address within half a second hang; one opened later
    passes. The policing test's burst trips it: `connection_limited` with the burst's words.
    Svyaz's own (OpenSSL) connections are not policed, so the other tests read as before."""
    return Censor(
        police={
            a: Policing(BURST_LIMIT, BURST_WINDOW, shapes=frozenset({"chrome_2024"}))
            for a in w.hosts("foreign-hosting")
        }
    )


CLASSIFY_DELAY_S = 0.3  # FIELD-NOTES Mid-2026 row 11 (dpi-detector RELEASE v3.5.0)


@scenario
def classify_delay(w: World) -> Censor:
    """Every new TLS handshake is held ~300 ms while the censor classifies it, and nothing is
    blocked: round trips and rates come from established connections, so every function works
    and nothing reads slow, throttled or poor."""
    return Censor(classify_delay=CLASSIFY_DELAY_S)


@scenario
def name_address_check(w: World) -> Censor:
    """The censor resets a ClientHello whose server name's DNS record is not the address it is
    sent to (teleproxy PR #125, June 2026). YouTube's throughput pair sends the video name to a
    Google front's address: that handshake is cut, the same name at its own address passes, so
    the pair reads `not_tested` with `name_address_mismatch`, and YouTube is not called blocked."""
    names = set().union(*(w.names(s.id) for s in w.catalog.services))
    return Censor(name_home={n: w.addresses[n] for n in names if n in w.addresses})


@scenario
def fingerprint_openssl_cut(w: World) -> Censor:
    """The censor resets hellos of a general-purpose library (OpenSSL's, which Svyaz itself
    sends) to the hello-shape endpoints; browsers' pass: those endpoints read
    `blocked_by_fingerprint` with the words "programs using a general-purpose library are
    cut", not blocked by name."""
    return Censor(hello_cut=dict.fromkeys(_shape_names(w), frozenset({"openssl"})))
