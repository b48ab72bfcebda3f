"""Figures of one voice-like packet stream: loss, RTT, jitter, reordering, bursts, cuts, MOS.

A `StreamLog` records, per packet in send order, when it left and its round trip (None until
an answer comes). Everything else is computed from the log, the same way for the live samples
and for the final result, so the chart and the verdict never disagree.
"""

from __future__ import annotations

import asyncio
import itertools
import statistics
from dataclasses import dataclass, field

from core.calls import emodel
from core.models import CallFigures
from core.rules import calls as call_rules

GMIN = 16  # RFC 3611: a burst ends after at least Gmin received packets in a row
CUT_MIN_TRAILING = 20  # a silence of at least this many packets at the end...
CUT_MIN_SHARE = 0.2  # ...and this share of the stream, after answers, is a cut
CUT_MAX_LOSS_BEFORE = 0.5  # and the path was working before it died


class StreamLog:
    """One stream's packets; written by the sender and the receiver on the same loop."""

    def __init__(self) -> None:
        self.sent_at: list[float] = []
        self.rtt: list[float | None] = []  # seconds, in send order
        self.invalid = 0  # replies that failed validation or matched nothing we sent
        # Packets answered more than once, each counted once however many copies came: a
        # server echoing every packet 50 times must not read "4,900 duplicates" of 100 sent.
        self._duplicated: set[int] = set()
        self.reordered = 0
        self.skipped = 0  # send slots skipped to keep at most N requests outstanding
        self.last_answer_at: float | None = None
        self.last_rtt: float | None = None
        self._highest = -1

    def on_send(self, now: float) -> int:
        self.sent_at.append(now)
        self.rtt.append(None)
        return len(self.sent_at) - 1

    def on_answer(self, index: int, now: float) -> None:
        if self.rtt[index] is not None:
            self._duplicated.add(index)
            return
        rtt = max(0.0, now - self.sent_at[index])
        self.rtt[index] = rtt
        self.last_answer_at, self.last_rtt = now, rtt
        if index < self._highest:
            self.reordered += 1
        else:
            self._highest = index

    def outstanding(self, now: float, window: float) -> int:
        """Requests sent in the last `window` seconds and not answered yet."""
        count = 0
        for i in range(len(self.sent_at) - 1, -1, -1):
            if now - self.sent_at[i] > window:
                break
            count += self.rtt[i] is None
        return count

    @property
    def duplicates(self) -> int:
        """Packets answered more than once (never more than were answered)."""
        return len(self._duplicated)

    @property
    def received(self) -> int:
        return sum(r is not None for r in self.rtt)


@dataclass(frozen=True)
class Bursts:
    """RFC 3611 burst/gap metrics plus the E-model's BurstR (Gilbert model: 1 / (p + q))."""

    burst_density: float  # share of packets lost inside bursts
    gap_density: float  # share lost in the gaps between bursts
    burst_packets: int  # packets inside bursts (lost or not)
    burst_ratio: float  # BurstR: 1 for random loss, > 1 when losses come together


def bursts(received: list[bool], gmin: int = GMIN) -> Bursts:
    n = len(received)
    # RFC 3611 4.7.2: a burst starts and ends with a loss and holds no run of gmin receptions.
    in_burst = [False] * n
    last_loss = -1
    for i, ok in enumerate(received):
        if ok:
            continue
        if last_loss >= 0 and i - last_loss - 1 < gmin:
            for j in range(last_loss, i + 1):
                in_burst[j] = True
        last_loss = i
    burst_total = sum(in_burst)
    burst_lost = sum(1 for i in range(n) if in_burst[i] and not received[i])
    gap_total = n - burst_total
    gap_lost = sum(1 for i in range(n) if not in_burst[i] and not received[i])
    # Gilbert model from transitions: p = P(loss | received before), q = P(received | lost).
    rr = rl = lr = ll = 0
    for prev, cur in itertools.pairwise(received):
        if prev:
            rl += not cur
            rr += cur
        else:
            lr += cur
            ll += not cur
    p = rl / (rr + rl) if rr + rl else 0.0
    q = lr / (lr + ll) if lr + ll else 1.0
    ratio = 1.0 / (p + q) if p + q > 0 else 1.0
    return Bursts(
        burst_density=round(burst_lost / burst_total, 3) if burst_total else 0.0,
        gap_density=round(gap_lost / gap_total, 3) if gap_total else 0.0,
        burst_packets=burst_total,
        burst_ratio=round(ratio, 2),
    )


def cut_after(received: list[bool]) -> int | None:
    """N when the stream was answered and then nothing came back after packet N ("the path
    died after N packets"); None otherwise (silent from the start, or random losses)."""
    last = max((i for i, ok in enumerate(received) if ok), default=-1)
    if last < 0:
        return None
    trailing = len(received) - last - 1
    if trailing < max(CUT_MIN_TRAILING, CUT_MIN_SHARE * len(received)):
        return None
    lost_before = sum(1 for ok in received[: last + 1] if not ok)
    if lost_before > CUT_MAX_LOSS_BEFORE * (last + 1):
        return None
    return last + 1


def rfc3550_jitter(rtts: list[float]) -> tuple[float | None, float | None]:
    """(running estimator J after the last packet, mean |D|) in seconds, over successive
    answered packets in send order, D being the difference of their round trips. J is the
    RFC 3550 estimator J += (|D| - J) / 16; mean |D| is the value it converges to, without
    its start-up bias and with less noise, so the final figure uses it."""
    if len(rtts) < 2:
        return None, None
    j = 0.0
    total = 0.0
    for a, b in itertools.pairwise(rtts):
        d = abs(b - a)
        j += (d - j) / 16
        total += d
    return j, total / (len(rtts) - 1)


def percentile(sorted_values: list[float], share: float) -> float:
    """Nearest-rank percentile of an already sorted list."""
    index = max(0, min(len(sorted_values) - 1, round(share * len(sorted_values) + 0.5) - 1))
    return sorted_values[index]


def _ms(seconds: float | None) -> float | None:
    return None if seconds is None else round(seconds * 1000, 1)


LAG_TICK_S = 0.01
LAG_LIMIT_S = 0.05  # p95 of the loop's lateness above this: round trips measure our own load


@dataclass
class LoopLag:
    """How late this event loop runs while the streams run. An answer handled late looks
    like delay on the path, so when the loop itself lags (a busy computer, the rest of a
    diagnostic) the delay spread is not the path's and the jitter buffer is not modelled."""

    lags: list[float] = field(default_factory=list)

    async def watch(self) -> None:
        loop = asyncio.get_running_loop()
        while True:
            before = loop.time()
            await asyncio.sleep(LAG_TICK_S)
            self.lags.append(max(0.0, loop.time() - before - LAG_TICK_S))

    def busy(self) -> bool:
        return bool(self.lags) and percentile(sorted(self.lags), 0.95) > LAG_LIMIT_S


def figures(
    log: StreamLog, now: float | None = None, settle: float = 0.0, spread: bool = True
) -> CallFigures:
    """The stream's figures. With `now`, only packets sent at least `settle` seconds before it
    count towards loss (later ones may still be on their way). `spread=False` (the loop was
    busy: LoopLag) leaves the jitter buffer unmodelled, judging by median and jitter alone."""
    count = len(log.sent_at)
    if now is not None:
        count = sum(1 for t in log.sent_at if now - t >= settle)
    rtts_all = log.rtt[:count]
    answered = [r for r in rtts_all if r is not None]
    received_flags = [r is not None for r in rtts_all]
    sent = count
    received = len(answered)
    loss = round(100.0 * (sent - received) / sent, 2) if sent else 0.0
    rtt_min = rtt_median = rtt_p95 = jitter = None
    mos = r_factor = buffer = late = None
    if answered:
        ordered = sorted(answered)
        rtt_min, rtt_median, rtt_p95 = (
            ordered[0],
            statistics.median(ordered),
            percentile(ordered, 0.95),
        )
        _, mean_d = rfc3550_jitter(answered)
        jitter = mean_d if mean_d is not None else 0.0
        burst = bursts(received_flags).burst_ratio
        if spread:
            buffer_ms, late_share, _ = emodel.jitter_buffer([r * 1000 for r in answered])
            late = round(late_share * received / sent, 2)  # of the packets sent, like loss
            buffer = round(buffer_ms, 1)
            quality = emodel.quality(
                rtt_min * 1000, jitter * 1000, loss, burst, buffer_ms=buffer_ms, late_pct=late
            )
        else:
            quality = emodel.quality(rtt_median * 1000, jitter * 1000, loss, burst)
        mos, r_factor = quality.mos, quality.r_factor
    return CallFigures(
        sent=sent,
        received=received,
        loss_pct=loss,
        rtt_min_ms=_ms(rtt_min),
        rtt_median_ms=_ms(rtt_median),
        rtt_p95_ms=_ms(rtt_p95),
        jitter_ms=_ms(jitter),
        reordered=log.reordered,
        duplicates=log.duplicates,
        invalid=log.invalid,
        cut_after=cut_after(received_flags),
        mos=mos,
        r_factor=r_factor,
        jitter_buffer_ms=buffer,
        late_pct=late,
        band=call_rules.band(mos) if mos is not None else None,
    )


def loss_so_far(log: StreamLog, now: float, settle: float) -> float:
    """Loss over the packets sent at least `settle` seconds ago (cheap: for live samples)."""
    sent = lost = 0
    for sent_at, rtt in zip(log.sent_at, log.rtt, strict=True):
        if now - sent_at < settle:
            break
        sent += 1
        lost += rtt is None
    return round(100.0 * lost / sent, 2) if sent else 0.0


def running_jitter_ms(log: StreamLog) -> float | None:
    """The RFC 3550 estimator as it stands now (for the live chart)."""
    j, _ = rfc3550_jitter([r for r in log.rtt if r is not None])
    return _ms(j)
