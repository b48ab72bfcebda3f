"""Is this computer too busy for timing tests? The run's own event loop and the controls say.

Timeouts, stalls, crawling rates and call quality are judged against the clock. When the
engine's own event loop runs late (a starved machine: four diagnostics at once on two cores),
an answer that came in time is handled after its deadline and a flow looks frozen: load reads
as blocks. The engine measures how late its loop runs (`core/engine/looplag.py`, a fact); this
rule decides whether the timing-based verdicts of that run can stand.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from core.catalog_model import Region
from core.codes import Outcome, Verdict
from core.models import EndpointResult, FunctionResult, StepKind

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
        Verdict.SERVICE_DATA_DROPPED,  # a silence after the first step: a late loop forges it
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


# ---- the second signal: the controls' timings swinging ----

# The controls (never blocked, one domestic, one foreign) are reached the same way every time,
# so their connects and handshakes take about the same time on any line: a slow mobile line
# makes them all slow, a jittery one varies them by a few hundred ms. A starved machine adds
# its own lateness to some and not others, by seconds. A control group (one region, one step
# kind) swings when its 90th percentile is at least SWING_RATIO times its 10th AND at least
# SWING_SPREAD_MS above it. The spread floor keeps an idle fast line (5 ms beside 60 ms) and a
# lossy one (a SYN resent after 1 s: 0.1 s beside 1.1 s) from reading busy; only a second
# lost SYN in a row (3 s) could reach it, and only if it happens toward both regions, which
# is required too: a path problem toward one region is the network's, a busy machine blurs
# every destination alike. Err toward not busy: a slow line is issue 20's, not this rule's.
SWING_RATIO = 10.0
SWING_SPREAD_MS = 1500.0
SWING_MIN_SAMPLES = 2  # per group: the controls make two connects and two handshakes each
SWING_STEPS = (StepKind.TCP, StepKind.TLS)
SWING_REGIONS = frozenset({Region.DOMESTIC, Region.FOREIGN})


@dataclass(frozen=True)
class Swing:
    """One control group's timings that swung: region, step kind, 10th and 90th percentile."""

    region: Region
    kind: StepKind
    p10_ms: float
    p90_ms: float


def _percentile(ordered: Sequence[float], share: float) -> float:
    """Nearest rank: with two samples, p10 is the faster and p90 the slower."""
    rank = max(0, min(len(ordered) - 1, round(share * (len(ordered) - 1))))
    return ordered[rank]


def timings_swing(
    controls: Sequence[FunctionResult], regions: Mapping[str, Region]
) -> tuple[Swing, ...]:
    """The control groups whose step timings swung, if the controls of every region swung;
    () otherwise. `regions`: each control's region by service id. Only steps that succeeded
    count (a timeout's duration is its deadline, not a timing)."""
    groups: dict[tuple[Region, StepKind], list[float]] = {}
    for function in controls:
        region = regions.get(function.service_id)
        if region is None:
            continue
        for endpoint in function.endpoints:
            for step in endpoint.steps:
                if step.ok and step.kind in SWING_STEPS:
                    groups.setdefault((region, step.kind), []).append(step.duration_ms)
    swings: list[Swing] = []
    for (region, kind), durations in sorted(groups.items()):
        if len(durations) < SWING_MIN_SAMPLES:
            continue
        ordered = sorted(durations)
        p10, p90 = _percentile(ordered, 0.1), _percentile(ordered, 0.9)
        if p90 >= SWING_RATIO * max(p10, 0.1) and p90 - p10 >= SWING_SPREAD_MS:
            swings.append(Swing(region, kind, round(p10, 1), round(p90, 1)))
    if {s.region for s in swings} != SWING_REGIONS:
        return ()
    return tuple(swings)
