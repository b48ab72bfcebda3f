"""The lab's UDP impairment relay: its truth must be exact and repeatable, since the call
test's accuracy is checked against it."""

from __future__ import annotations

from pathlib import Path

from lab.runs import impaired_call_test
from lab.stun import Impairment, _Flow, answer


def _drops(impairment: Impairment, packets: int, index: int = 0) -> list[bool]:
    flow = _Flow(impairment, index)
    return [flow.drop() for _ in range(packets)]


def test_random_loss_is_an_exact_share_and_repeatable() -> None:
    drops = _drops(Impairment(loss_pct=5), 1000)
    assert sum(drops) == 50
    assert all(sum(drops[i : i + 20]) == 1 for i in range(0, 1000, 20))
    assert drops == _drops(Impairment(loss_pct=5), 1000)  # same seed, same network
    assert drops != _drops(Impairment(loss_pct=5), 1000, index=1)  # another flow differs


def test_bursts_and_cut() -> None:
    drops = _drops(Impairment(burst_every=50, burst_length=5), 500)
    for start in range(0, 500, 50):
        block = drops[start : start + 50]
        first = block.index(True)
        assert block[first : first + 5] == [True] * 5 and sum(block) == 5
    assert _drops(Impairment(cut_after=25), 100) == [False] * 25 + [True] * 75
    assert all(_drops(Impairment(silent=True), 10))


def test_expected_truth() -> None:
    truth = Impairment(delay_ms=20, jitter_spread_ms=120, loss_pct=5).expected()
    assert truth["rtt_median_ms"] == 80 and truth["loss_pct"] == 5
    assert abs(truth["jitter_ms"] - 40.8) < 1e-9
    assert Impairment(cut_after=25).expected(packets=100)["loss_pct"] == 75


def test_server_answers() -> None:
    assert answer(b"not stun at all", ("127.0.0.1", 1)) == b"not stun at all"  # echo
    assert answer(b"x", ("127.0.0.1", 1), echo=False) is None


def test_reordering_and_duplicates_are_measured(tmp_path: Path) -> None:
    impairment = Impairment(duplicate_pct=10, reorder_pct=10, reorder_ms=70, only="stun")
    result, stats = impaired_call_test(tmp_path, "whatsapp", impairment)
    (figures,) = result.verdicts[0].targets.values()
    assert figures.duplicates == stats.duplicated > 0
    assert figures.reordered == stats.held > 0
    assert figures.loss_pct == 0 and result.verdicts[0].code == "call_ok"
