"""Plain data shared by the engine, the CLI, the GUI, history and reports.

Everything here is a frozen dataclass or an enum so it can cross the thread boundary to the GUI
and be serialised without surprises. Nothing here does I/O.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

from core.codes import Condition, Verdict

JsonValue = Any
"""A value that serialises to JSON (str, int, float, bool, None, list, dict)."""


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


class Status(StrEnum):
    """What a person needs to know about a function."""

    WORKS = "works"
    DEGRADED = "degraded"
    BLOCKED = "blocked"
    UNKNOWN = "unknown"


class StepKind(StrEnum):
    DNS = "dns"
    TCP = "tcp"
    TLS = "tls"
    HTTP = "http"
    QUIC = "quic"
    TRANSFER = "transfer"
    THROUGHPUT = "throughput"
    STUN = "stun"


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
    transfer_path: str | None = None  # a resource of >= 64 KB to pull through one connection
    throughput_path: str | None = None  # a large resource for rate measurement
    quic: bool = False  # the host also speaks HTTP/3 on UDP `port`
    stun_answers: str | None = None  # what a STUN endpoint is known to answer ("binding", "401")
    source: str = ""

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


@dataclass(frozen=True)
class Step:
    """One probe action and what happened, with timings and the raw error chain."""

    kind: StepKind
    target: str
    ok: bool
    outcome: str  # machine word: "connected", "refused", "spoofed", "reset_after_client_hello"...
    duration_ms: float
    addresses: tuple[str, ...] = ()
    detail: Mapping[str, JsonValue] = field(default_factory=dict)
    errors: tuple[str, ...] = ()
    started_ms: float = 0.0  # since the start of the run


@dataclass(frozen=True)
class DnsAnswer:
    """One source's answer for a name (core/probes/dns.py measures it, core/rules judges it)."""

    source: str  # system | udp | tcp | doh | canary
    server: str  # "" for the OS resolver, "host:port" or a DoH URL otherwise
    outcome: str  # ok | nxdomain | nodata | timeout | servfail | refused | error
    addresses: tuple[str, ...]
    duration_ms: float
    errors: tuple[str, ...] = ()
    started_ms: float = 0.0

    @property
    def ok(self) -> bool:
        return self.outcome == "ok"

    def step(self, name: str) -> Step:
        detail = {"source": self.source, "server": self.server}
        return Step(
            StepKind.DNS,
            name,
            self.ok,
            self.outcome,
            self.duration_ms,
            self.addresses,
            detail,
            self.errors,
            self.started_ms,
        )


@dataclass(frozen=True)
class Message:
    """A translatable text: a key into the message table plus its parameters."""

    key: str
    params: Mapping[str, JsonValue] = field(default_factory=dict)


@dataclass(frozen=True)
class EndpointResult:
    endpoint: Endpoint
    code: Verdict
    steps: tuple[Step, ...]
    evidence: tuple[Message, ...] = ()
    partial: bool = False  # some of its addresses or tries failed, others worked
    figures: Mapping[str, JsonValue] = field(default_factory=dict)  # rates, cut sizes...


@dataclass(frozen=True)
class FunctionResult:
    service_id: str
    kind: FunctionKind
    code: Verdict
    status: Status
    explanation: Message
    advice: Message
    evidence: tuple[Message, ...] = ()
    endpoints: tuple[EndpointResult, ...] = ()
    failure_share: float | None = None  # for verdicts reached on some tries only

    @property
    def steps(self) -> tuple[Step, ...]:
        return tuple(s for e in self.endpoints for s in e.steps)


@dataclass(frozen=True)
class ServiceResult:
    service_id: str
    name: str
    status: Status
    functions: tuple[FunctionResult, ...]

    def function(self, kind: FunctionKind | str) -> FunctionResult | None:
        return next((f for f in self.functions if f.kind == kind), None)


@dataclass(frozen=True)
class NetworkResult:
    """The network-level verdict plus the conditions that colour every other result."""

    code: Verdict  # one of NETWORK_VERDICTS
    explanation: Message
    advice: Message
    conditions: tuple[Condition, ...] = ()
    evidence: tuple[Message, ...] = ()
    details: Mapping[str, JsonValue] = field(default_factory=dict)


@dataclass(frozen=True)
class RunResult:
    run_id: str
    started_at: str  # ISO 8601, UTC
    finished_at: str
    duration_ms: float
    completed: bool  # False when cancelled or stopped by the overall deadline
    network: NetworkResult
    services: tuple[ServiceResult, ...]
    environment: Mapping[str, JsonValue] = field(default_factory=dict)
    settings: Mapping[str, JsonValue] = field(default_factory=dict)
    calls: CallResults | None = None  # None: the run had no call test

    def service(self, service_id: str) -> ServiceResult | None:
        return next((s for s in self.services if s.service_id == service_id), None)


# ---- the call-quality test (core/calls/calltest.py) ----


@dataclass(frozen=True)
class CallFigures:
    """What a voice-like packet stream to one target measured."""

    sent: int
    received: int
    loss_pct: float
    rtt_min_ms: float | None = None
    rtt_median_ms: float | None = None
    rtt_p95_ms: float | None = None
    jitter_ms: float | None = None  # RFC 3550 estimator on successive RTTs ("round-trip jitter")
    reordered: int = 0
    duplicates: int = 0
    invalid: int = 0  # replies that failed validation (counted, never trusted)
    cut_after: int | None = None  # the path died after this many packets ("packet-count cut")
    mos: float | None = None
    r_factor: float | None = None


@dataclass(frozen=True)
class CallSample:
    """Emitted about every 250 ms while a call test runs, per target, for live charts."""

    service_id: str
    target: str  # "host:port"
    elapsed_s: float
    rtt_ms: float | None  # the latest round trip, None if the last packets were lost
    loss_pct: float  # so far
    jitter_ms: float | None  # so far
    sent: int
    received: int


@dataclass(frozen=True)
class CallVerdict:
    """A messenger's call path: udp_blocked, call_poor, call_ok or not_tested."""

    service_id: str
    code: Verdict  # call_ok | call_poor | udp_blocked | not_tested
    status: Status
    explanation: Message
    advice: Message
    figures: CallFigures | None = None
    tcp_fallback: bool | None = None  # the TCP/TLS fallback was reachable (None: not tested)
    evidence: tuple[Message, ...] = ()
    targets: Mapping[str, CallFigures] = field(default_factory=dict)  # "host:port" -> figures


@dataclass(frozen=True)
class CallTestFinished:
    verdicts: tuple[CallVerdict, ...]
    completed: bool
    duration_s: float


@dataclass(frozen=True)
class CallResults:
    """A run's finished call test, as `RunResult.calls` keeps it: the fields mirror the
    document's `calls` section (docs/report-schema.md), which core/document.py writes."""

    duration_s: float  # how long it ran
    requested_s: float  # how long it was asked to run
    completed: bool
    verdicts: tuple[CallVerdict, ...]

    @classmethod
    def of(cls, finished: CallTestFinished, requested_s: float) -> CallResults:
        return cls(finished.duration_s, float(requested_s), finished.completed, finished.verdicts)

    def verdict(self, service_id: str) -> CallVerdict | None:
        return next((v for v in self.verdicts if v.service_id == service_id), None)


# ---- events streamed by the engine (core/engine/diagnostic.py) ----


@dataclass(frozen=True)
class RunStarted:
    run_id: str
    service_ids: tuple[str, ...]


@dataclass(frozen=True)
class ServiceStarted:
    service_id: str


@dataclass(frozen=True)
class StepFinished:
    service_id: str
    function: FunctionKind
    step: Step


@dataclass(frozen=True)
class FunctionFinished:
    """May arrive again for the same function when run-level context changes its verdict."""

    result: FunctionResult


@dataclass(frozen=True)
class ServiceFinished:
    result: ServiceResult


@dataclass(frozen=True)
class NetworkAssessed:
    network: NetworkResult


@dataclass(frozen=True)
class RunFinished:
    result: RunResult


Event = (
    RunStarted
    | ServiceStarted
    | StepFinished
    | FunctionFinished
    | ServiceFinished
    | NetworkAssessed
    | RunFinished
    | CallSample
)
