"""What every probe is handed: how to dial (`Dial`) and where to (`Target`)."""

from __future__ import annotations

import ssl
from dataclasses import dataclass, field, replace

from core.budget import TimeBudget
from core.models import Endpoint
from core.probes.clock import Clock
from core.probes.meter import Meter


@dataclass(frozen=True)
class Dial:
    """The how of a run's operations, the same for every probe: deadlines, TLS trust, the
    explicit proxy (never one from the environment), the run's clock and its byte meter. The
    proxy carries TCP, TLS and HTTP; DNS and QUIC probes always go direct, as they did before
    the Dial.

    Frozen, so a paired experiment derives its own variant (`with_budget`, `with_context`)
    without changing what the other probes of the run see.
    """

    context: ssl.SSLContext  # TLS trust: the run's verifying context, or a non-verifying one
    budget: TimeBudget = field(default_factory=TimeBudget)  # the run's deadlines
    proxy: str | None = None
    clock: Clock = field(default_factory=Clock)
    meter: Meter = field(default_factory=Meter)  # the run's own bytes (one object, shared)

    def with_budget(self, **changes: float) -> Dial:
        """The same dial with some deadlines changed (seconds, by `TimeBudget` field name)."""
        return replace(self, budget=replace(self.budget, **changes))

    def with_context(self, context: ssl.SSLContext) -> Dial:
        """The same dial with another TLS trust (paired tests accept any certificate)."""
        return replace(self, context=context)


@dataclass(frozen=True)
class Target:
    """The where: one address and port, and the names a client would use for it.

    `host` goes into the Host header and block-page checks; `server_name` is the SNI (None:
    the ClientHello carries no name, as in the paired "no_name" experiment).
    """

    address: str
    port: int
    host: str = ""
    server_name: str | None = None

    @classmethod
    def of(cls, endpoint: Endpoint, address: str) -> Target:
        """An endpoint reached at one of its addresses, with its own names."""
        return cls(address, endpoint.port, endpoint.host, endpoint.server_name)

    @property
    def label(self) -> str:
        """ "address:port", the target of the steps that measure a connection."""
        return f"{self.address}:{self.port}"

    def named(self, server_name: str | None) -> Target:
        """The same address with another server name (paired and control-name tests)."""
        return replace(self, server_name=server_name)
