"""Is this computer too busy for timing tests? The run's own event loop says.

Timeouts, stalls, crawling rates and call quality are judged against the clock. When the
engine's own event loop runs late (a starved machine: four diagnostics at once on two cores),
an answer that came in time is handled after its deadline and a flow looks frozen: load reads
as blocks. The engine measures how late its loop runs (`core/engine/looplag.py`, a fact); this
rule decides whether the timing-based verdicts of that run can stand.
"""

from __future__ import annotations

from dataclasses import dataclass

from core.codes import Outcome, Verdict
from core.models import EndpointResult

# The loop's lateness, over the run, past which timing verdicts are held back. Honest loops run
# a few milliseconds late, a busy desktop tens; a p95 of 150 ms or a single stall of a second
# is the size of the shortest step deadlines' margins (DNS 1-3 s, a transfer's 1.5 s silence).
BUSY_P95_MS = 150.0
BUSY_STALL_MS = 1000.0
MIN_SAMPLES = 5  # fewer ticks say nothing (a run that ended at once)

# Codes that rest on a deadline, a silence or a rate: what a late loop can forge.
TIMING_CODES = frozenset(
    {
        Verdict.DNS_TIMEOUT,
        Verdict.TCP_TIMEOUT,
        Verdict.TLS_TIMEOUT,
        Verdict.STALLED,
        Verdict.THROTTLED,
        Verdict.CONNECTION_LIMITED,
        Verdict.QUIC_BLOCKED,
        Verdict.UDP_BLOCKED,
        Verdict.CALL_POOR,
    }
)


@dataclass(frozen=True)
class LoopLag:
    """How late the run's event loop ran: ticks measured, their 95th percentile and the
    longest, in milliseconds."""

    samples: int = 0
    p95_ms: float = 0.0
    max_ms: float = 0.0


def too_busy(lag: LoopLag | None) -> bool:
    """The loop ran too late for a timeout or a rate measured on it to mean anything."""
    if lag is None or lag.samples < MIN_SAMPLES:
        return False
    return lag.p95_ms >= BUSY_P95_MS or lag.max_ms >= BUSY_STALL_MS


# Step outcomes that are a deadline or a silence: an `http_error` reached by one of them (the
# page timed out) rests on the clock too.
TIMING_OUTCOMES = frozenset(
    {
        Outcome.TIMEOUT,
        Outcome.CONNECT_TIMEOUT,
        Outcome.STALL_NO_SERVER_HELLO,
        Outcome.STALL_DURING_HANDSHAKE,
        Outcome.STALLED,
        Outcome.SLOW,
        Outcome.NO_ANSWER,
    }
)


def is_timing(code: Verdict) -> bool:
    """A verdict a late loop can forge (held back on a busy computer)."""
    return code in TIMING_CODES


def rests_on_the_clock(endpoint: EndpointResult) -> bool:
    """An endpoint's failure a late loop can forge: a timing code, or an `http_error` whose
    failing steps all ran out of time."""
    if is_timing(endpoint.code):
        return True
    if endpoint.code != Verdict.HTTP_ERROR:
        return False
    failed = [s for s in endpoint.steps if not s.ok]
    return bool(failed) and all(s.outcome in TIMING_OUTCOMES for s in failed)
