"""Call quality from path figures: the ITU-T G.107 E-model (R-factor) and its MOS mapping.

What is modelled (docs/call-quality.md says why each choice was made):
- R = R0 - Id - Ie,eff, with the G.107 default R0 = 93.2 (Is and A at their defaults);
- Id: the delay impairment Idd for a mouth-to-ear delay Ta above 100 ms (G.107 7.2), echo
  assumed cancelled (messenger apps run echo cancellers), so no talker-echo term;
- Ie,eff = Ie + (95 - Ie) * Ppl / (Ppl / BurstR + Bpl) (G.107 7.4). ITU publishes no Opus
  constants, so G.711 with packet-loss concealment stands in: Ie = 0, Bpl = 25.1 (G.113);
- Ta = the fastest one-way delay (min RTT / 2) + the jitter buffer the measured delay spread
  needs (95th percentile minus minimum of the one-way delay), at most BUFFER_MAX_MS, + one
  20 ms frame; packets later than that deepest realistic buffer count as lost (they arrive
  too late to play). Figures without a spread (older documents) use 2 x jitter as the buffer.

The MOS threshold of call_poor and the MOS bands are judgments: core/rules/calls.py.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from core.models import CallFigures

R0 = 93.2
IE_CODEC = 0.0  # G.711 (G.113 Appendix I)
BPL_CODEC = 25.1  # G.711 with packet-loss concealment (G.113 Appendix I)
FRAME_MS = 20.0  # one voice frame of packetisation delay
JITTER_BUFFER_FACTOR = 2.0  # without a measured spread: a buffer about twice the jitter deep
# The deepest jitter buffer a voice app realistically runs: adaptive buffers (WebRTC's NetEq
# and the like) grow with the spread, but past about a quarter second a conversation breaks
# down anyway (G.114: 150 ms one way is fine, 400 ms unacceptable), so later packets are lost.
BUFFER_MAX_MS = 250.0


@dataclass(frozen=True)
class Quality:
    r_factor: float
    mos: float
    delay_ms: float  # mouth-to-ear delay used (Ta)
    delay_impairment: float  # Id (all of it)
    jitter_impairment: float  # the part of Id the jitter buffer adds
    loss_impairment: float  # Ie,eff

    def dragged_by(self) -> str:
        """The figure that costs the most: "loss", "latency" or "jitter"."""
        parts = {
            "loss": self.loss_impairment,
            "latency": self.delay_impairment - self.jitter_impairment,
            "jitter": self.jitter_impairment,
        }
        return max(parts, key=lambda k: parts[k])


def mouth_to_ear_ms(rtt_ms: float, jitter_ms: float, buffer_ms: float | None = None) -> float:
    """Ta: half the round trip, the jitter buffer (measured, else 2 x jitter), one frame."""
    buffer = JITTER_BUFFER_FACTOR * max(0.0, jitter_ms) if buffer_ms is None else buffer_ms
    return max(0.0, rtt_ms) / 2 + max(0.0, buffer) + FRAME_MS


def jitter_buffer(rtts_ms: list[float]) -> tuple[float, float, float]:
    """(buffer ms, late share of these packets in %, spread ms) for answered round trips.

    One-way delay is taken as half the round trip; the buffer a call needs covers the spread
    from the fastest packet to the 95th percentile, at most BUFFER_MAX_MS; a packet more than
    BUFFER_MAX_MS behind the fastest one arrives too late to play."""
    if not rtts_ms:
        return 0.0, 0.0, 0.0
    ordered = sorted(rtts_ms)
    fastest = ordered[0]
    p95 = ordered[max(0, min(len(ordered) - 1, math.ceil(0.95 * len(ordered)) - 1))]
    need = (p95 - fastest) / 2
    late = sum(1 for r in ordered if (r - fastest) / 2 > BUFFER_MAX_MS)
    spread = (ordered[-1] - fastest) / 2
    return min(need, BUFFER_MAX_MS), 100.0 * late / len(ordered), spread


def delay_impairment(ta_ms: float) -> float:
    """Idd of G.107 (7.2): zero up to 100 ms, then rising with log2(Ta / 100)."""
    if ta_ms <= 100:
        return 0.0
    x = math.log10(ta_ms / 100) / math.log10(2)
    return float(25 * ((1 + x**6) ** (1 / 6) - 3 * (1 + (x / 3) ** 6) ** (1 / 6) + 2))


def loss_impairment(loss_pct: float, burst_ratio: float = 1.0) -> float:
    """Ie,eff of G.107 (7.4) with the stand-in codec's Ie and Bpl."""
    ppl = min(100.0, max(0.0, loss_pct))
    burst = max(1e-6, burst_ratio)
    return IE_CODEC + (95 - IE_CODEC) * ppl / (ppl / burst + BPL_CODEC)


def mos_from_r(r: float) -> float:
    """G.107 Annex B. The cubic dips under 1 for R below about 13; MOS is kept in [1, 4.5]."""
    if r <= 0:
        return 1.0
    if r >= 100:
        return 4.5
    return min(4.5, max(1.0, 1 + 0.035 * r + 7e-6 * r * (r - 60) * (100 - r)))


def quality(
    rtt_ms: float,
    jitter_ms: float,
    loss_pct: float,
    burst_ratio: float = 1.0,
    buffer_ms: float | None = None,
    late_pct: float = 0.0,
) -> Quality:
    """With `buffer_ms` (the measured jitter buffer), `rtt_ms` is the fastest round trip and
    `late_pct` the packets too late for it, lost to the call on top of `loss_pct`."""
    ta = mouth_to_ear_ms(rtt_ms, jitter_ms, buffer_ms)
    idd = delay_impairment(ta)
    without_jitter = delay_impairment(mouth_to_ear_ms(rtt_ms, 0.0, 0.0))
    ie = loss_impairment(loss_pct, burst_ratio)
    ie_all = loss_impairment(loss_pct + max(0.0, late_pct), burst_ratio)
    r = R0 - idd - ie_all
    return Quality(
        r_factor=round(max(0.0, r), 1),  # G.107's R can go negative; 0 is already "bad"
        mos=round(mos_from_r(r), 2),
        delay_ms=round(ta, 1),
        delay_impairment=idd + ie_all - ie,  # late packets are the jitter's doing
        jitter_impairment=idd - without_jitter + ie_all - ie,
        loss_impairment=ie,
    )


def dragged_by(f: CallFigures) -> str:
    """The figure that costs a measured path the most, weighed as its MOS was: from the
    fastest round trip and the measured buffer, else (older figures) from the median."""
    if f.jitter_buffer_ms is not None:
        q = quality(
            f.rtt_min_ms or 0.0,
            f.jitter_ms or 0.0,
            f.loss_pct,
            buffer_ms=f.jitter_buffer_ms,
            late_pct=f.late_pct or 0.0,
        )
    else:
        q = quality(f.rtt_median_ms or 0.0, f.jitter_ms or 0.0, f.loss_pct)
    return q.dragged_by()
