"""Issue 20's second looks, hand-written findings, no socket: core/rules/signatures.py
`pull_again` / `both_pulls` (small throttling pulls are pulled a second time only when the
first round looks throttled, and read throttled only when both rounds agree against the
control) and core/rules/transfers.py `crawl_again` / `both_crawled` (the two-way transfer)."""

from __future__ import annotations

import pytest

from core.codes import Verdict
from core.messages import render
from core.models import Message
from core.rules import signatures, transfers
from core.rules.facts import Finding

FIGURES = {"rate_kbps": 128.0, "control_kbps": 900_000.0, "name": "v.test", "control": "c.test"}
THROTTLED = Finding(
    Verdict.THROTTLED, evidence=(Message("evidence.throttled", FIGURES),), figures=FIGURES
)
SLOWER = {**FIGURES, "rate_kbps": 300.0}
THROTTLED_AGAIN = Finding(Verdict.THROTTLED, figures=SLOWER)
FINE_FIGURES = {**FIGURES, "rate_kbps": 850_000.0}
FINE = Finding(evidence=(Message("evidence.throughput_fine", FINE_FIGURES),), figures=FINE_FIGURES)
UNMEASURED = Finding(evidence=(Message("evidence.throughput_unmeasured", {"name": "v.test"}),))


@pytest.mark.parametrize(
    ("first", "again"), [(THROTTLED, True), (FINE, False), (UNMEASURED, False)]
)
def test_only_a_round_that_looks_throttled_is_pulled_again(first: Finding, again: bool) -> None:
    assert signatures.pull_again(first) is again


@pytest.mark.parametrize(
    ("second", "code", "keys"),
    [
        # both rounds slow against the control: throttled, the first round's figures
        (THROTTLED_AGAIN, Verdict.THROTTLED, ["evidence.throttled"]),
        # the second ran at full speed: the first was a hiccup (a busy machine), not a brake
        (FINE, Verdict.OK, ["evidence.throughput_fine", "evidence.throttled_once"]),
        # the second could not be measured: no agreement, no verdict of throttling
        (UNMEASURED, Verdict.OK, ["evidence.throughput_unmeasured", "evidence.throttled_once"]),
    ],
)
def test_throttled_only_when_both_rounds_agree(
    second: Finding, code: Verdict, keys: list[str]
) -> None:
    found = signatures.both_pulls(THROTTLED, second)
    assert found.code == code
    assert [m.key for m in found.evidence] == keys
    if code == Verdict.THROTTLED:
        assert found.figures == FIGURES
    else:
        assert found.figures == second.figures
        once = found.evidence[-1]
        assert "128 kbit/s" in render(once) and "128 кбит/с" in render(once, "ru")


CRAWLED = Finding(Verdict.THROTTLED, figures={"rate_kbps": 260.0}, words="two_way_up")
CRAWLED_AGAIN = Finding(Verdict.THROTTLED, figures={"rate_kbps": 240.0}, words="two_way_up")
MOVED = Finding(evidence=(Message("evidence.two_way_up_moved", {"kb": 128, "rate_kbps": 9e5}),))
FROZEN = Finding(Verdict.STALLED, figures={"cut_kb": 16.0}, words="two_way_up")


@pytest.mark.parametrize(("first", "again"), [(CRAWLED, True), (MOVED, False), (FROZEN, False)])
def test_only_a_two_way_transfer_that_crawled_is_tried_again(first: Finding, again: bool) -> None:
    assert transfers.crawl_again(first) is again


@pytest.mark.parametrize(
    ("second", "code", "words"),
    [
        (CRAWLED_AGAIN, Verdict.THROTTLED, "two_way_up"),  # both crawl: the first's figures
        (MOVED, Verdict.OK, None),  # the second moved at full speed: a passing slowdown
        (FROZEN, Verdict.STALLED, "two_way_up"),  # the second froze: its own verdict
    ],
)
def test_a_two_way_crawl_counts_only_when_both_tries_crawl(
    second: Finding, code: Verdict, words: str | None
) -> None:
    found = transfers.both_crawled(CRAWLED, second)
    assert found.code == code and found.words == words
    if code == Verdict.THROTTLED:
        assert found.figures == CRAWLED.figures
    else:
        assert found.evidence[-1].key == "evidence.two_way_once"
        assert "260 kbit/s" in render(found.evidence[-1])
