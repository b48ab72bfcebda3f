"""What the rules judge that the engine gathers, and what a signature rule hands back.

Plain data, so the rules never import the engine or the probes (an import-linter contract says
so); the engine's resolver (core/engine/resolution.py) fills in the DNS facts, and the engine's
checks (core/engine/signatures.py, transfers.py) hand measured steps to the rules, which return
a `Finding`.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

from core.codes import Outcome, Verdict
from core.models import DnsAnswer, JsonValue, Message, Step


@dataclass(frozen=True)
class Finding:
    """One signature test's judgment on an endpoint that connects: its code, whether the cut
    hit some tries only (`partial`, `share` of the tries), the evidence, the figures the words
    quote, and `words`: the code's own words when it was reached another way
    (`explain.<code>.<words>`, e.g. `stalled` by the two-way transfer -> `two_way_up`)."""

    code: Verdict = Verdict.OK
    partial: bool = False
    share: float | None = None
    evidence: tuple[Message, ...] = ()
    figures: Mapping[str, JsonValue] = field(default_factory=dict)
    words: str | None = None


@dataclass(frozen=True)
class NameResolution:
    """One name as the system, each public resolver (UDP and TCP) and DoH answered it."""

    name: str
    system: DnsAnswer
    udp: tuple[DnsAnswer, ...]
    tcp: tuple[DnsAnswer, ...]
    doh: DnsAnswer | None  # None when no DoH resolver worked in this run

    def steps(self) -> tuple[Step, ...]:
        answers = (self.system, *self.udp, *self.tcp, *((self.doh,) if self.doh else ()))
        return tuple(a.step(self.name) for a in answers)

    def trusted(self) -> tuple[str, ...] | None:
        """Addresses from the trusted reference: DoH, else honest-looking TCP/53; None if none."""
        if self.doh is not None and self.doh.ok:
            return self.doh.addresses
        tcp_ok = [a for a in self.tcp if a.ok]
        if tcp_ok:
            return tuple(dict.fromkeys(x for a in tcp_ok for x in a.addresses))
        return None

    def doh_answered(self) -> bool:
        """Whether the trusted reference is encrypted DNS (else it is TCP/53, or none)."""
        return self.doh is not None and self.doh.ok

    def trusted_says_missing(self) -> bool:
        return self.doh is not None and self.doh.outcome in (Outcome.NXDOMAIN, Outcome.NODATA)


@dataclass(frozen=True)
class DohStatus:
    """The run's DoH reference: the URL that answered, and every URL tried to find it."""

    url: str | None  # the working reference, or None
    attempts: tuple[DnsAnswer, ...]

    @property
    def blocked(self) -> bool:
        return self.url is None and bool(self.attempts)
