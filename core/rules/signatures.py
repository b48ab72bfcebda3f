"""The censorship signatures judged on an endpoint that already connects: QUIC dropped, the
transfer cut after a few kilobytes, throttling by server name (paired with a control name).

Pure functions from the measured steps (core/engine/signatures.py runs the probes) to a
`Finding`; tests/test_rules_signatures.py feeds them hand-written steps.
"""

from __future__ import annotations

from collections.abc import Sequence

from core.codes import Outcome, Verdict
from core.models import Endpoint, JsonValue, Message, Step
from core.rules.facts import Finding
from core.rules.verdict import CODE_PRIORITY

# Throttled when the real name gets under a quarter of the control's rate, loses at least
# 1 Mbit/s against it, and is itself under 10 Mbit/s (docs/sources.md: "ratio < 0.2 = throttled";
# throttles seen run at 128-150 kbit/s). Above 10 Mbit/s a difference is noise, not a brake.
RATIO_LIMIT = 0.25
MIN_LOSS_KBPS = 1000.0
MAX_THROTTLED_KBPS = 10_000.0

_MEASURED = (Outcome.COMPLETE, Outcome.STALLED)  # a transfer that ran (not refused, not too small)


def quic(step: Step, name: str) -> Finding:
    """The QUIC handshake to an address whose TCP path works: no answer -> quic_blocked."""
    if step.ok:
        return Finding()
    message = Message("evidence.quic_failed", {"name": name, "outcome": step.outcome})
    return Finding(Verdict.QUIC_BLOCKED, evidence=(message,))


def made_up_name_decides(own_name_hit: bool, made_up_hit: bool, stands_for_others: bool) -> bool:
    """The one rule for allow-listed test names, in the transfer (cut) test and the throttling
    test alike: the test's own name passes while a made-up name on the same address is cut or
    slowed. The made-up name decides only where the endpoint stands for other sites — a hosting
    pool's test host (`stands_for_others`): its fixed name may be allow-listed while every other
    site there is cut (dpi-checkers#18). A service's own endpoint is judged by its own name: it
    works, and the made-up name's cut or slowdown is evidence only."""
    return made_up_hit and not own_name_hit and stands_for_others


def stands_for_others(endpoint: Endpoint) -> bool:
    """A hosting pool's test host (it names a `provider`): it stands for every site there."""
    return bool(endpoint.provider)


def transfer_cut(
    steps: Sequence[Step],
    unlisted_steps: Sequence[Step],
    name: str,
    unlisted: str,
    *,
    for_others: bool,
) -> Finding:
    """The pulls and pushes with the real name (`steps`), and one of each with a made-up name
    on the same address: a cut on some tries is partial (degraded); the real name passing while
    the made-up one is cut is judged by `made_up_name_decides` (`for_others`: the endpoint is
    a hosting pool's test host)."""
    measured = [s for s in steps if s.outcome in _MEASURED]
    stalled = [s for s in measured if s.outcome == Outcome.STALLED]
    unlisted_stalled = [s for s in unlisted_steps if s.outcome == Outcome.STALLED]
    if not stalled and unlisted_stalled:
        if made_up_name_decides(False, True, for_others):
            return _allowlisted(name, unlisted, unlisted_steps, unlisted_stalled)
        tries = [s for s in unlisted_steps if s.outcome in _MEASURED]
        params = {**_cut_figures(unlisted_stalled, tries), "name": name, "unlisted": unlisted}
        return Finding(evidence=(Message("evidence.unlisted_cut", params),))
    if not stalled:
        return Finding()
    figures = _cut_figures(stalled, measured)
    share = round(len(stalled) / len(measured), 2)
    evidence = (Message("evidence.transfer_cut", figures),)
    return Finding(
        Verdict.STALLED, partial=share < 1.0, share=share, evidence=evidence, figures=figures
    )


def _allowlisted(
    name: str, unlisted: str, tries: Sequence[Step], stalled: Sequence[Step]
) -> Finding:
    """The endpoint's own name passes while a made-up name on the same address is cut: the
    test host is allow-listed, and the address (the hosting) is cut for everything else."""
    measured = [s for s in tries if s.outcome in _MEASURED]
    figures = _cut_figures(stalled, measured)
    evidence = (
        Message("evidence.allowlisted_name", {"name": name, "unlisted": unlisted}),
        Message("evidence.transfer_cut", figures),
    )
    return Finding(Verdict.STALLED, evidence=evidence, figures=figures)


def _cut_figures(stalled: Sequence[Step], measured: Sequence[Step]) -> dict[str, JsonValue]:
    """The median cut size, how many tries froze of how many ran, and in which directions."""
    cuts = sorted(k for k in (cut_kb(s) for s in stalled) if k is not None)
    return {
        "cut_kb": cuts[len(cuts) // 2] if cuts else None,
        "seen": len(stalled),
        "tries": len(measured),
        "directions": ", ".join(sorted({str(s.detail.get("direction")) for s in stalled})),
    }


def cut_kb(step: Step) -> float | None:
    """Where a stalled flow stopped, in KB on the wire (received for pull, answered for push)."""
    if step.outcome != Outcome.STALLED:
        return None
    key = "wire_received" if step.detail.get("direction") == "down" else "wire_acknowledged"
    value = step.detail.get(key)
    return round(float(value) / 1024, 1) if isinstance(value, int | float) else None


def throughput(
    real: Step, control: Step, other: Step, names: tuple[str, str, str], *, for_others: bool
) -> Finding:
    """The same file from the same address with the real name, the control name and a made-up
    name (`names`, in that order): far slower than the control by the real name -> throttled.
    The real name at speed while the made-up one is slowed is judged by
    `made_up_name_decides` (`for_others`: the endpoint is a hosting pool's test host)."""
    name, control_name, unlisted = names
    real_rate = real.detail.get("rate_kbps")
    control_rate = control.detail.get("rate_kbps")
    if isinstance(control_rate, int | float) and starved(real):
        # The control name measured, the real one froze or crawled too slowly to measure:
        # the harshest throttle there is, never "works".
        real_rate = starved_rate_kbps(real)
    if not isinstance(real_rate, int | float) or not isinstance(control_rate, int | float):
        return Finding(evidence=(Message("evidence.throughput_unmeasured", {"name": name}),))
    figures: dict[str, JsonValue] = {
        "rate_kbps": _round(real_rate),
        "control_kbps": _round(control_rate),
        "name": name,
        "control": control_name,
    }
    if is_throttled(real_rate, control_rate):
        evidence = [Message("evidence.throttled", figures)]
        if starved(real):
            kb = round(int(real.detail.get("body_bytes", 0) or 0) / 1024, 1)
            evidence.append(Message("evidence.throughput_starved", {**figures, "kb": kb}))
        return Finding(Verdict.THROTTLED, evidence=tuple(evidence), figures=figures)
    evidence = [Message("evidence.throughput_fine", figures)]
    other_rate = other.detail.get("rate_kbps")
    if starved(other):
        other_rate = starved_rate_kbps(other)
    if isinstance(other_rate, int | float) and is_throttled(other_rate, control_rate):
        params = {"unlisted": unlisted, "unlisted_kbps": _round(other_rate)}
        evidence.append(Message("evidence.unlisted_throttled", {**figures, **params}))
        if made_up_name_decides(False, True, for_others):
            allowlisted = Message("evidence.allowlisted_name", {"name": name, "unlisted": unlisted})
            slowed = {**figures, "rate_kbps": _round(other_rate), "name": unlisted}
            return Finding(Verdict.THROTTLED, evidence=(allowlisted, *evidence[1:]), figures=slowed)
    return Finding(evidence=tuple(evidence), figures=figures)


def pull_again(first: Finding) -> bool:
    """One round of small pulls that reads as throttled is pulled once more (issue 20's data
    budget: a slice, not 8 MB): a slice lasts a few round trips, and one scheduling hiccup on a
    busy machine can slow it as a throttle would. A throttle slows every pull."""
    return first.code == Verdict.THROTTLED


def both_pulls(first: Finding, second: Finding) -> Finding:
    """Throttled only when both rounds read throttled against the control; when the second
    does not, the first was a hiccup: the second round's reading stands, with a word that one
    pull was slow (its figures, so the evidence is honest about it)."""
    if second.code == Verdict.THROTTLED:
        return first
    once = Message("evidence.throttled_once", dict(first.figures))
    return Finding(second.code, evidence=(*second.evidence, once), figures=second.figures)


def is_throttled(real_kbps: float, control_kbps: float) -> bool:
    if control_kbps <= 0:
        return False
    return (
        real_kbps / control_kbps < RATIO_LIMIT
        and control_kbps - real_kbps >= MIN_LOSS_KBPS
        and real_kbps < MAX_THROTTLED_KBPS
    )


def starved(step: Step) -> bool:
    """The pull froze, or was still crawling when its time was up (a short complete answer,
    such as an error page, is not a slow one)."""
    if step.outcome == Outcome.STALLED:
        return True
    return step.outcome == Outcome.TOO_LITTLE_DATA and not step.detail.get("ended")


def starved_rate_kbps(step: Step) -> float:
    """At most this fast: the body bytes that came over the whole pull (froze: near 0)."""
    seconds = max(step.duration_ms / 1000, 0.001)
    return round(int(step.detail.get("body_bytes", 0) or 0) * 8 / 1000 / seconds, 1)


def _round(kbps: float) -> float:
    return round(kbps) if kbps >= 100 else round(kbps, 1)


def worst(findings: Sequence[Finding]) -> Finding | None:
    """The most telling of an endpoint's signature findings, or None when every one passed."""
    bad = [f for f in findings if f.code != Verdict.OK]
    if not bad:
        return None
    return min(bad, key=lambda f: CODE_PRIORITY.index(f.code))
