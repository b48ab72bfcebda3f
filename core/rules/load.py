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

# The loop's lateness past which timing verdicts are held back, as shares of the run's shortest
# step deadline (DNS 3 s by default, 1 s in the lab): a late loop forges a timeout only when it
# is late by a good part of the deadline. An idle machine's loop runs a few ms late, a loaded
# one (two cores, three busy processes) 80-170 ms at p95 with stalls to 450 ms, measured on
# lab runs; the starved one of issue 25 by seconds.
BUSY_P95_SHARE = 0.25
BUSY_STALL_SHARE = 0.6
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
    longest, and the run's shortest step deadline it is weighed against, in milliseconds."""

    samples: int = 0
    p95_ms: float = 0.0
    max_ms: float = 0.0
    deadline_ms: float = 1000.0


def too_busy(lag: LoopLag | None) -> bool:
    """The loop ran too late for a timeout or a rate measured on it to mean anything."""
    if lag is None or lag.samples < MIN_SAMPLES:
        return False
    return (
        lag.p95_ms >= BUSY_P95_SHARE * lag.deadline_ms
        or lag.max_ms >= BUSY_STALL_SHARE * lag.deadline_ms
    )


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
