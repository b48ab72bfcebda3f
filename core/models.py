"""Plain data shared by the engine, the CLI, the GUI, history and reports.

Everything here is a frozen dataclass or an enum so it can cross the thread boundary to the GUI
and be serialised without surprises. Nothing here does I/O.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

# The catalog's types live in core/catalog_model.py and are re-exported here (see __all__).
from core.catalog_model import (
    Catalog,
    CatalogProblem,
    Category,
    Endpoint,
    FirstStep,
    Function,
    FunctionKind,
    Protocol,
    Region,
    Service,
    SubhostRole,
)
from core.codes import CertificateProblem, Condition, Outcome, Verdict

JsonValue = Any
"""A value that serialises to JSON (str, int, float, bool, None, list, dict)."""


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
    FIRST_STEP = "first_step"  # a messenger's own first protocol step (core/probes/firststep)


@dataclass(frozen=True)
class Step:
    """One probe action and what happened, with timings and the raw error chain."""

    kind: StepKind
    target: str
    ok: bool
    outcome: Outcome  # one word per fact: connected, refused, reset_after_client_hello...
    duration_ms: float
    addresses: tuple[str, ...] = ()
    detail: Mapping[str, JsonValue] = field(default_factory=dict)
    errors: tuple[str, ...] = ()
    started_ms: float = 0.0  # since the start of the run
    certificate: CertificateProblem | None = None  # why it was not trusted (bad_certificate)


@dataclass(frozen=True)
class CertificateFacts:
    """Who a presented certificate names, read at the TLS probe (core/probes/certificate.py)
    from the certificate a server sent when verification failed: the rules match its issuer
    against the known interception roots (core/rules/certificates.py). Kept in a TLS step's
    `detail["presented"]`, leaf first, as plain dicts (`to_dict` / `from_dict`)."""

    subject_cn: str = ""
    issuer_cn: str = ""
    issuer_org: str = ""
    authority_key_id: str = ""  # the issuer's key identifier (hex, lowercase), if it says

    def to_dict(self) -> dict[str, str]:
        return {
            "subject_cn": self.subject_cn,
            "issuer_cn": self.issuer_cn,
            "issuer_org": self.issuer_org,
            "authority_key_id": self.authority_key_id,
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> CertificateFacts:
        return cls(
            str(data.get("subject_cn", "")),
            str(data.get("issuer_cn", "")),
            str(data.get("issuer_org", "")),
            str(data.get("authority_key_id", "")),
        )

    @classmethod
    def presented(cls, step: Step) -> tuple[CertificateFacts, ...]:
        """The certificates a TLS step recorded (none for a step that looked at none)."""
        items = step.detail.get("presented")
        if not isinstance(items, list | tuple):
            return ()
        return tuple(cls.from_dict(item) for item in items if isinstance(item, Mapping))


@dataclass(frozen=True)
class DnsAnswer:
    """One source's answer for a name (core/probes/dns.py measures it, core/rules judges it)."""

    source: str  # system | udp | tcp | doh | canary
    server: str  # "" for the OS resolver, "host:port" or a DoH URL otherwise
    outcome: Outcome  # ok | nxdomain | nodata | timeout | servfail | refused | error
    addresses: tuple[str, ...]
    duration_ms: float
    errors: tuple[str, ...] = ()
    started_ms: float = 0.0
    dropped: int = 0  # addresses beyond the cap (core/probes/dns.py MAX_ADDRESSES), not kept
    late: bool = False  # answered after its deadline, while it was still listened to (dns_late)

    @property
    def ok(self) -> bool:
        return self.outcome == Outcome.OK

    def step(self, name: str) -> Step:
        detail: dict[str, object] = {"source": self.source, "server": self.server}
        if self.dropped:
            detail["answers_total"] = len(self.addresses) + self.dropped
        if self.late:
            detail["late"] = True
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
    # The code's own words when a test reached it another way: `explain.<code>.<words>` (e.g.
    # `stalled` by the two-way transfer -> "two_way_up"); None: the code's usual words.
    words: str | None = None


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
    # The run's own traffic, payload bytes both ways (core/probes/meter.py); None in documents
    # written before it was counted
    bytes_sent: int | None = None
    bytes_received: int | None = None

    @property
    def bytes_used(self) -> int | None:
        """Both directions together: what a metered plan is charged."""
        if self.bytes_sent is None or self.bytes_received is None:
            return None
        return self.bytes_sent + self.bytes_received

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
    # the jitter buffer the delay spread needs (ms) and the packets too late for the deepest
    # realistic one (% of sent); None in documents written before they were measured
    jitter_buffer_ms: float | None = None
    late_pct: float | None = None
    band: str | None = None  # the MOS band (core/rules/calls.py); None without a MOS


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

__all__ = [
    "CallFigures",
    "CallResults",
    "CallSample",
    "CallTestFinished",
    "CallVerdict",
    "Catalog",
    "CatalogProblem",
    "Category",
    "CertificateProblem",
    "DnsAnswer",
    "Endpoint",
    "EndpointResult",
    "Event",
    "FirstStep",
    "Function",
    "FunctionFinished",
    "FunctionKind",
    "FunctionResult",
    "JsonValue",
    "Message",
    "NetworkAssessed",
    "NetworkResult",
    "Outcome",
    "Protocol",
    "Region",
    "RunFinished",
    "RunResult",
    "RunStarted",
    "Service",
    "ServiceFinished",
    "ServiceResult",
    "ServiceStarted",
    "Status",
    "Step",
    "StepFinished",
    "StepKind",
    "SubhostRole",
]
