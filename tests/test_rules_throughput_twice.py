"""core/rules/signatures.py `pull_again` / `both_pulls` (issue 20): small throttling pulls are
pulled a second time only when the first round looks throttled, and read throttled only when
both rounds agree against the control. Hand-written findings, no socket."""

from __future__ import annotations

import pytest

from core.codes import Verdict
from core.messages import render
from core.models import Message
from core.rules import signatures
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
