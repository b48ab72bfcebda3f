"""The line itself, judged from the controls (sites that are never blocked): is it too slow, or
too unstable, for a freeze or a crawl elsewhere to mean a block?

A weak mobile cell (2G/EDGE: a few hundred kbit/s shared by every connection, hundreds of ms
of delay) or a lossy one (segments lost on every connection, each waiting out a
retransmission timeout) makes every transfer crawl or freeze, the domestic controls' too. The
engine takes one slice of each control's page early in the run (core/engine/line.py, probe
core/probes/linepull.py); these pure rules read those steps: `slow_line` / `unstable_line`
(network conditions), and whether the run should shorten its transfer tests. On such a line
the timing-based verdicts are held back like on a busy computer (`core.rules.verdict.aggregate`,
`line`): a freeze the controls show too is the line, never `stalled`, `throttled` or a block.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from core.codes import Condition, Outcome
from core.models import JsonValue, Message, Region, Step

# Below this every control is slow: the line, not a filter. The two-way transfer calls a
# direction under 500 kbit/s a crawl and throttling needs a 1 Mbit/s loss against the control,
# so on a line under 800 kbit/s neither can be told from the line.
SLOW_KBPS = 800.0
# The first byte of an answer this late on every domestic control: a few hundred ms of delay
# per round trip and more queued (an EDGE cell); a healthy line answers within 300 ms.
SLOW_FIRST_BYTE_MS = 1000.0
# A slice's rate is its line's only with a round trip like a slow line's: a 32 KB slice is over
# in about two round trips, so a healthy line 200 ms away (the far east to Europe) reads
# 600 kbit/s while TCP's slow start is still opening; its first byte comes within 400 ms.
SLOW_RATE_FIRST_BYTE_MS = 400.0
# A silence inside a slice at least this long, on a connection that set up or answered within
# FAST_START_MS: a lost segment waiting out a retransmission timeout (200 ms and up on Linux).
# On a slow line nothing starts fast (a round trip of hundreds of ms, a queue).
LOSS_GAP_MS = 200.0
FAST_START_MS = 250.0
LOSS_GAPS = 2  # such silences in one slice: one can be the server or this computer
UNSTABLE_SAMPLES = 2  # slices that show losses (or froze), one a domestic control's


@dataclass(frozen=True)
class LineSample:
    """One control's slice (core/probes/linepull.py's step) and where the control is."""

    region: Region
    step: Step


@dataclass(frozen=True)
class LineReading:
    """What the controls say about the line: a condition (or None), its evidence and figures."""

    condition: Condition | None = None
    evidence: tuple[Message, ...] = ()
    figures: dict[str, JsonValue] = field(default_factory=dict)

    @property
    def too_poor_to_tell(self) -> bool:
        """A freeze or a crawl elsewhere cannot be told from the line."""
        return self.condition is not None


def read(samples: Sequence[LineSample]) -> LineReading:
    """Unstable when UNSTABLE_SAMPLES slices (a domestic one among them) started fast, then
    froze or lost segments (`lost`); else slow when every domestic control's slice crawled or
    froze (`_crawls`) and no control moved SLOW_KBPS or more. Without a domestic control's
    slice, nothing: a foreign control alone may be slowed by the filter."""
    domestic = [s for s in samples if s.region == Region.DOMESTIC]
    if not domestic:
        return LineReading()
    figures = _figures(samples)
    if _unstable(samples, domestic):  # losses make a line slow too: they say more
        return LineReading(
            Condition.UNSTABLE_LINE, (Message("evidence.line_unstable", figures),), figures
        )
    if _slow(samples, domestic):
        key = "evidence.line_slow" if figures["rate_kbps"] is not None else "evidence.line_crawl"
        return LineReading(Condition.SLOW_LINE, (Message(key, figures),), figures)
    return LineReading(figures=figures)


def _rate(step: Step) -> float | None:
    value = step.detail.get("rate_kbps")
    return float(value) if isinstance(value, int | float) else None


def _number(step: Step, key: str) -> float | None:
    value = step.detail.get(key)
    return float(value) if isinstance(value, int | float) else None


def _slow(samples: Sequence[LineSample], domestic: Sequence[LineSample]) -> bool:
    rates = [r for s in samples if (r := _rate(s.step)) is not None]
    if rates and max(rates) >= SLOW_KBPS:
        return False  # a control moved data fast: the line can
    return all(_crawls(s.step) for s in domestic)


def _crawls(step: Step) -> bool:
    """The slice came slowly: its first byte SLOW_FIRST_BYTE_MS late, or under SLOW_KBPS with
    a slow line's round trip, or it froze (a slow line's queue: `lost` tells a loss first)."""
    rate, first = _rate(step), _first_byte_ms(step)
    if first is not None and first >= SLOW_FIRST_BYTE_MS:
        return True
    if rate is not None:
        # A far line's slice is over in a few round trips, before TCP's slow start opens: a
        # low rate counts only with a round trip as long as a slow line's.
        return rate < SLOW_KBPS and first is not None and first >= SLOW_RATE_FIRST_BYTE_MS
    return step.outcome == Outcome.STALLED


def _first_byte_ms(step: Step) -> float | None:
    """When the answer's first byte came; a slice that froze before it, no sooner than the
    silence that ended it."""
    first = _number(step, "first_byte_ms")
    if first is None and step.outcome == Outcome.STALLED:
        return _number(step, "stalled_after_ms")
    return first


def lost(step: Step) -> bool:
    """The connection showed the line fast (set up, or first answered, within FAST_START_MS),
    then went silent: froze, or waited out a retransmission timeout at least LOSS_GAPS times.
    A slow line is slow from the start: its silences are its pace, not losses."""
    if not _fast_start(step):
        return False
    if step.outcome == Outcome.STALLED:
        return True
    gaps = step.detail.get("longest_gaps_ms")
    if not isinstance(gaps, list):
        return False
    return sum(1 for g in gaps if isinstance(g, int | float) and g >= LOSS_GAP_MS) >= LOSS_GAPS


def _fast_start(step: Step) -> bool:
    times = [_number(step, "setup_ms"), _number(step, "first_byte_ms")]
    return any(t is not None and t < FAST_START_MS for t in times)


def _unstable(samples: Sequence[LineSample], domestic: Sequence[LineSample]) -> bool:
    return sum(lost(s.step) for s in samples) >= UNSTABLE_SAMPLES and any(
        lost(s.step) for s in domestic
    )


def _figures(samples: Sequence[LineSample]) -> dict[str, JsonValue]:
    """The figures the words quote: the fastest control's rate, the slowest first byte, how
    many slices froze or lost segments of how many, and the longest silence in them."""
    rates = [r for s in samples if (r := _rate(s.step)) is not None]
    first = [f for s in samples if (f := _first_byte_ms(s.step)) is not None]
    return {
        "rate_kbps": round(max(rates)) if rates else None,
        "first_byte_ms": round(max(first)) if first else None,
        "lossy": sum(lost(s.step) for s in samples),
        "slow": sum(_crawls(s.step) for s in samples),
        "samples": len(samples),
        "gap_ms": round(max((_longest_gap(s.step) for s in samples), default=0.0)),
    }


def _longest_gap(step: Step) -> float:
    """The longest silence of a slice; a frozen one's is the silence that ended it."""
    gaps = step.detail.get("longest_gaps_ms")
    longest = max(
        (float(g) for g in gaps if isinstance(g, int | float)) if isinstance(gaps, list) else (),
        default=0.0,
    )
    return max(longest, _number(step, "stalled_after_ms") or 0.0)


def shorten_transfers(reading: LineReading) -> bool:
    """On a line too poor to tell, the transfer tests take one short look instead of being
    waited out: their freezes and crawls would be the line's anyway."""
    return reading.too_poor_to_tell
