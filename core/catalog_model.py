"""The catalog's plain data: services, their functions and the endpoints that carry them.

Frozen dataclasses and enums (core/models.py re-exports them): what `core/catalog.py` loads and
every probe, rule and view reads.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

JsonValue = Any


class Protocol(StrEnum):
    """How an endpoint is probed; each value says which layers the probe goes through."""

    TCP = "tcp"  # connect only (protocols we cannot speak, e.g. MTProto, Noise)
    TLS = "tls"  # TCP + TLS handshake with the real server name
    HTTPS = "https"  # TCP + TLS + HTTP GET
    HTTP = "http"  # TCP + plain HTTP GET
    QUIC = "quic"  # HTTP/3 handshake over UDP
    STUN = "stun"  # UDP STUN binding (call paths)


class FunctionKind(StrEnum):
    MESSAGES = "messages"
    CALLS = "calls"
    MEDIA = "media"
    VIDEO = "video"
    WEB = "web"
    MAPS = "maps"
    LOGIN = "login"  # registration and signing in again (a new phone, a reinstalled app)
    NOTIFICATIONS = "notifications"  # push: messages arrive while the app is closed


class SubhostRole(StrEnum):
    """What a listed service's needed sub-host carries beyond its front page (issue 24): an
    allow-list that lets the front through but not this host leaves the function "partly
    working", and the words say which part is missing (the tiles, the sign-in...)."""

    TILES = "tiles"  # map tiles: the map opens but stays blank
    ROUTING = "routing"  # routes and navigation
    SIGN_IN = "sign_in"  # the sign-in service the app sends people to (ESIA, VK ID)
    API = "api"  # the app's own API: the site opens, the app does not load
    FAVORITES = "favorites"  # saved places and bookmarks
    PAYMENTS = "payments"  # a bank's online banking or payment host
    DOWNLOADS = "downloads"  # an offline map app's map packs: needed before a shutdown


class Region(StrEnum):
    DOMESTIC = "domestic"
    FOREIGN = "foreign"


class Category(StrEnum):
    MESSENGERS = "messengers"
    VIDEO = "video"
    SOCIAL = "social"
    MAPS = "maps"
    DOMESTIC = "domestic"
    EVERYDAY = "everyday"  # search, app stores, push notifications, tools
    REFUSES = "refuses"  # services that refuse the country themselves (not censorship)
    REFERENCE = "reference"
    CONTROLS = "controls"


class FirstStep(StrEnum):
    """A messenger's own first protocol step, sent after the connection opens so that the
    service itself must answer (docs/catalog.md, "first_step"; docs/sources.md)."""

    MTPROTO = "mtproto"  # Telegram: obfuscated2 + abridged req_pq_multi -> resPQ
    WHATSAPP_NOISE = "whatsapp_noise"  # WhatsApp: "WA" header + Noise ClientHello -> ServerHello
    SIGNAL_WEBSOCKET = "signal_websocket"  # Signal: websocket upgrade on the chat host -> 101


# The protocol each first step rides on: the messengers' own over bare TCP, Signal's over TLS.
FIRST_STEP_PROTOCOL = {
    FirstStep.MTPROTO: "tcp",
    FirstStep.WHATSAPP_NOISE: "tcp",
    FirstStep.SIGNAL_WEBSOCKET: "tls",
}


@dataclass(frozen=True)
class Endpoint:
    """One thing a function depends on: a host (name or address) and how to talk to it."""

    host: str
    port: int
    protocol: Protocol
    path: str = "/"
    sni: str | None = None  # server name to send when `host` is an address
    expect_status: tuple[int, ...] = ()  # empty: any status that is not a block page
    captive_check: bool = False  # a connectivity-check URL: any other answer means a portal
    # Paired experiments (censorship signatures):
    control_sni: str | None = None  # another name served on the same address
    transfer_path: str | None = None  # a resource of >= 40 KB to pull through one connection
    # Where uploads go (POST, any answer once the body is read): with `transfer_path`, the
    # two-way transfer test (128 KB down, then 128 KB up, on one connection).
    upload_path: str | None = None
    throughput_path: str | None = None  # a large resource for rate measurement
    quic: bool = False  # the host also speaks HTTP/3 on UDP `port`
    stun_answers: str | None = None  # what a STUN endpoint is known to answer ("binding", "401")
    source: str = ""
    provider: str = ""  # who hosts it ("Hetzner (AS24940)"): named when drawn from a pool
    no_udp: bool = False  # never send UDP here (OVH-class ranges block the sender for a while)
    # a call server that also answers a DTLS ClientHello on its STUN port (RFC 7983 demultiplexing)
    dtls_answers: bool = False
    first_step: FirstStep | None = None  # the service's own first step (the service answers)
    # A sub-host the function needs beyond its front page (map tiles, sign-in): blocked while
    # the front works, the function reads "partly works" (core/rules/subhosts.py).
    needed_for: SubhostRole | None = None
    # The hello-shape pair: the handshake again in Chrome's, Firefox's and Telegram Desktop's
    # ClientHello (resources/hellos/), to see a censor that cuts some clients by fingerprint.
    hello_shapes: bool = False

    @property
    def server_name(self) -> str | None:
        """The name a TLS client would put in the ClientHello, if any."""
        if self.sni:
            return self.sni
        from core.netaddr import is_ip_literal

        return None if is_ip_literal(self.host) else self.host

    def label(self) -> str:
        return f"{self.host}:{self.port}/{self.protocol.value}"


@dataclass(frozen=True)
class Function:
    kind: FunctionKind
    endpoints: tuple[Endpoint, ...]
    # A pool: probe `draw` hosts drawn at random each run, each on every endpoint listed for it
    # (0: every endpoint), so a censor cannot allow-list a fixed few; `police`: one more drawn
    # endpoint takes the connection-policing test (parallel browser-shaped handshakes) instead.
    draw: int = 0
    police: bool = False


@dataclass(frozen=True)
class Service:
    id: str
    name: str
    category: Category
    region: Region
    functions: tuple[Function, ...]
    control: bool = False
    allowlisted: bool = False  # on known mobile allow-lists ("whitelist mode")
    icon: str = ""

    def function(self, kind: FunctionKind) -> Function | None:
        return next((f for f in self.functions if f.kind == kind), None)


@dataclass(frozen=True)
class CatalogProblem:
    """A reason a catalog file (or part of it) could not be used."""

    file: str
    line: int | None
    reason: str

    def __str__(self) -> str:
        where = f"{self.file}:{self.line}" if self.line else self.file
        return f"{where}: {self.reason}"


@dataclass(frozen=True)
class Catalog:
    services: tuple[Service, ...]
    settings: Mapping[str, JsonValue] = field(default_factory=dict)
    sources: tuple[str, ...] = ()
    problems: tuple[CatalogProblem, ...] = ()

    def service(self, service_id: str) -> Service | None:
        return next((s for s in self.services if s.id == service_id), None)
