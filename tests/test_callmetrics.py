"""Call figures from packet logs, and the E-model: properties that must hold for any input."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from core.calls import emodel
from core.calls import metrics as callmetrics
from core.calls.metrics import StreamLog
from core.rules import calls as call_rules


def _log(rtts_ms: list[float | None]) -> StreamLog:
    log = StreamLog()
    for i, rtt in enumerate(rtts_ms):
        index = log.on_send(i * 0.02)
        if rtt is not None:
            log.on_answer(index, i * 0.02 + rtt / 1000)
    return log


def test_figures_of_a_known_stream() -> None:
    rtts: list[float | None] = [10.0, 20.0, None, 10.0, 20.0, None, 10.0, 20.0, 10.0, 20.0]
    f = callmetrics.figures(_log(rtts))
    assert (f.sent, f.received, f.loss_pct) == (10, 8, 20.0)
    assert (f.rtt_min_ms, f.rtt_median_ms, f.rtt_p95_ms) == (10.0, 15.0, 20.0)
    assert f.jitter_ms == 10.0  # every successive answered pair differs by 10 ms
    assert f.cut_after is None
    # 20 % loss: a poor call, and the figures name their band as the rules do
    assert f.mos is not None and f.band == call_rules.band(f.mos) == "poor"
    assert callmetrics.figures(_log([None, None])).band is None  # no MOS, no band


def test_rfc3550_estimator_converges_to_mean_abs_d() -> None:
    j, mean_d = callmetrics.rfc3550_jitter([0.0, 0.01] * 200)
    assert mean_d is not None and abs(mean_d - 0.01) < 1e-12
    assert j is not None and abs(j - 0.01) < 1e-6


def test_duplicates_and_reordering_are_counted() -> None:
    log = StreamLog()
    a, b = log.on_send(0.0), log.on_send(0.02)
    log.on_answer(b, 0.03)
    log.on_answer(a, 0.04)  # arrives after a later packet
    log.on_answer(a, 0.05)  # and twice
    assert (log.reordered, log.duplicates, log.received) == (1, 1, 2)


def test_cut_is_found_at_n_and_random_loss_is_not_a_cut() -> None:
    assert callmetrics.cut_after([True] * 25 + [False] * 75) == 25
    assert callmetrics.cut_after([False] * 100) is None
    pattern = ([True] * 9 + [False]) * 10
    assert callmetrics.cut_after(pattern) is None
    assert callmetrics.cut_after([True] * 95 + [False] * 5) is None  # too short a silence


def test_bursts_rfc3611() -> None:
    random_like = ([True] * 19 + [False]) * 10
    b = callmetrics.bursts(random_like)
    assert b.burst_packets == 0 and b.gap_density == 0.05
    bursty = ([True] * 36 + [False] * 4) * 5
    b = callmetrics.bursts(bursty)
    assert b.burst_density == 1.0 and b.burst_ratio > 3
    assert callmetrics.bursts([True] * 50).burst_ratio == 1.0


def test_outstanding_counts_recent_unanswered_only() -> None:
    log = StreamLog()
    for i in range(12):
        log.on_send(i * 0.05)
    log.on_answer(11, 0.6)
    assert log.outstanding(0.575, 0.5) == 9  # sent at 0.10..0.50 (0.55 was answered)


@settings(max_examples=300, deadline=None)
@given(
    st.floats(0, 2000),
    st.floats(0, 200),
    st.floats(0, 100),
    st.floats(0, 100),
    st.floats(1, 5),
)
def test_mos_never_increases_with_loss(
    rtt: float, jitter: float, loss: float, more: float, burst: float
) -> None:
    worse = min(100.0, loss + more)
    assert (
        emodel.quality(rtt, jitter, worse, burst).mos
        <= emodel.quality(rtt, jitter, loss, burst).mos
    )


@settings(max_examples=300, deadline=None)
@given(st.floats(0, 2000), st.floats(0, 2000), st.floats(0, 200), st.floats(0, 100))
def test_mos_never_increases_with_delay(
    rtt: float, more: float, jitter: float, loss: float
) -> None:
    slow = emodel.quality(rtt + more, jitter, loss)
    fast = emodel.quality(rtt, jitter, loss)
    assert slow.mos <= fast.mos and slow.r_factor <= fast.r_factor


@given(st.floats(-50, 150))
def test_mos_stays_in_range(r: float) -> None:
    assert 1.0 <= emodel.mos_from_r(r) <= 4.5


def test_emodel_constants() -> None:
    assert emodel.quality(0, 0, 0).r_factor == 93.2
    assert emodel.delay_impairment(100) == 0 and emodel.delay_impairment(200) > 0
    # G.107 Ie,eff with G.711+PLC: 5 % random loss costs 95 * 5 / (5 + 25.1) = 15.8
    assert abs(emodel.loss_impairment(5) - 95 * 5 / 30.1) < 1e-9
    assert abs(emodel.mos_from_r(80) - (1 + 0.035 * 80 + 7e-6 * 80 * 20 * 20)) < 1e-9


def test_live_loss_ignores_packets_still_on_their_way() -> None:
    log = _log([10.0, None, 10.0, None])  # sent at 0, 20, 40, 60 ms
    assert callmetrics.loss_so_far(log, now=1.03, settle=1.0) == 50.0  # the first two only
    assert callmetrics.loss_so_far(log, now=2.0, settle=1.0) == 50.0
    assert callmetrics.loss_so_far(log, now=0.5, settle=1.0) == 0.0
