"""The 2026 censor's tests judged: the two-way transfer (a direction frozen or crawling while the
other moves) and connection policing (the first handshakes answered, every later one hung).

Pure functions from the measured steps (core/engine/transfers.py runs the probes) to a
`Finding`; tests/test_rules_transfers.py feeds them hand-written steps.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping, Sequence

from core.codes import Outcome, Verdict
from core.models import JsonValue, Message, Step
from core.rules.facts import Finding

# Below this a direction "crawls" (a 256 KB voice note or photo takes over 4 s); judged only
# when the other direction of the same connection is not as slow (then the line is slow).
CRAWL_KBPS = 500.0

_NO_TRANSFER = (Outcome.NO_CONNECTION, Outcome.FAILED, Outcome.RESET)
_CUT = (Outcome.RESET, Outcome.CLOSED, Outcome.CONNECT_RESET, Outcome.CONNECT_REFUSED)
_HUNG = (Outcome.STALL_NO_SERVER_HELLO, Outcome.CONNECT_TIMEOUT)


def two_way(step: Step) -> Finding:
    """One two-way transfer (down, then up, on one connection): a frozen direction -> stalled
    (the KB it moved before the freeze), a crawling one -> throttled (its rate), each with its
    own words (`two_way_up`, `two_way_down`); both ways slow is a slow line, not a filter."""
    evidence = moved(step)
    d = step.detail
    for way in ("up", "down"):
        if d.get(f"{way}_outcome") == Outcome.STALLED:
            kb = d.get(f"{way}_kb")
            figures: dict[str, JsonValue] = {
                "cut_kb": float(kb) if isinstance(kb, int | float) else None,
                "seen": 1,
                "tries": 1,
                "directions": way,
            }
            return Finding(
                Verdict.STALLED, evidence=evidence, figures=figures, words=f"two_way_{way}"
            )
    rates = {w: _rate(d, w) for w in ("down", "up")}
    for way, other in (("up", "down"), ("down", "up")):
        rate = rates[way]
        if rate is None or rate >= CRAWL_KBPS:
            continue
        if d.get(f"{way}_outcome") == Outcome.TOO_SMALL:
            continue
        other_rate = rates[other]
        if other_rate is not None and other_rate < CRAWL_KBPS:
            break  # both ways slow: the line, not a filter
        return Finding(
            Verdict.THROTTLED,
            evidence=evidence,
            figures={"rate_kbps": rate},
            words=f"two_way_{way}",
        )
    return Finding(evidence=evidence)


def crawl_again(first: Finding) -> bool:
    """A two-way transfer that crawled is tried once more (issue 20): 128 KB each way is a few
    round trips on a fast line, and a busy machine can starve one direction for its 2 s as a
    filter would; a filter slows every try. A freeze is not retried: it is its own evidence."""
    return first.code == Verdict.THROTTLED


def both_crawled(first: Finding, second: Finding) -> Finding:
    """Throttled only when the second try crawls too; when it does not, the first was a
    passing slowdown: the second try's reading stands, with a word about the first."""
    if second.code == Verdict.THROTTLED:
        return first
    once = Message("evidence.two_way_once", dict(first.figures))
    return dataclasses.replace(second, evidence=(*second.evidence, once))


def moved(step: Step) -> tuple[Message, ...]:
    """What each direction did, in words: its KB and rate, or where it froze."""
    d = step.detail
    if step.outcome in _NO_TRANSFER:
        return (Message("evidence.two_way_failed", {"outcome": step.outcome}),)
    messages = []
    for way in ("down", "up"):
        state = d.get(f"{way}_outcome")
        if state is None:
            continue
        params = {"kb": d.get(f"{way}_kb", 0), "rate_kbps": d.get(f"{way}_kbps", 0)}
        kind = state if state in (Outcome.STALLED, Outcome.CLOSED) else "moved"
        messages.append(Message(f"evidence.two_way_{way}_{kind}", params))
    return tuple(messages)


def _rate(detail: Mapping[str, object], way: str) -> float | None:
    value = detail.get(f"{way}_kbps")
    if isinstance(value, int | float):
        return float(value)
    if detail.get(f"{way}_outcome") == Outcome.SLOW:  # nothing at all arrived before the deadline
        return 0.0
    return None


def policing(first: Sequence[Step], later: Sequence[Step], address: str) -> Finding:
    """Parallel browser-shaped handshakes with random names, `first` then `later`: the first
    ones answered and every later one hung -> connection_limited; none answered at all -> the
    address is cut (by address, not by name)."""
    passed = sum(s.ok for s in first)
    passed_later = sum(s.ok for s in later)
    params: dict[str, JsonValue] = {
        "first_ok": passed,
        "first": len(first),
        "later_ok": passed_later,
        "later": len(later),
        "address": address,
    }
    evidence = (Message("evidence.policing", params),)
    if passed == 0 and passed_later == 0:
        return Finding(_blocked_code(first), evidence=evidence)
    figures = {k: v for k, v in params.items() if k != "address"}
    if passed and passed_later == 0:
        return Finding(Verdict.CONNECTION_LIMITED, evidence=evidence, figures=figures)
    if passed_later and _burst_cut(first):
        return Finding(
            Verdict.CONNECTION_LIMITED, evidence=evidence, figures=figures, words=BURST_WORDS
        )
    return Finding(evidence=evidence)


# Words of `connection_limited` when a burst tripped it and a later connection passed.
BURST_WORDS = "burst"


def _burst_cut(burst: Sequence[Step]) -> bool:
    """The burst (in the order started) answered at first and hung or was cut from some point
    on, every one after it too: a rate policer. One lost handshake in the middle is not."""
    answered = [s.ok for s in burst]
    if not answered or not answered[0] or all(answered):
        return False
    cut_from = answered.index(False)
    return not any(answered[cut_from:]) and all(
        s.outcome in (*_CUT, *_HUNG) for s in burst[cut_from:]
    )


def _blocked_code(steps: Sequence[Step]) -> Verdict:
    """No handshake with any name answered: how the address is cut."""
    outcomes = {s.outcome for s in steps}
    if outcomes & set(_CUT):
        return Verdict.TCP_RESET
    if outcomes & set(_HUNG):
        return Verdict.TCP_TIMEOUT
    return Verdict.TLS_ERROR
