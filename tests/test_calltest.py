"""The call test against the lab: measured figures vs the lab's configured truth, and the
verdict each scenario must give."""

from __future__ import annotations

import asyncio
import time
from typing import Any

import pytest

from core.catalog import load_catalog
from core.config import ProbeConfig, apply_settings
from core.engine.callpath import call_test
from core.models import (
    CallFigures,
    CallSample,
    CallTestFinished,
    CallVerdict,
    FunctionFinished,
    FunctionKind,
    Status,
)
from lab.scenarios import UDP_CUT_PACKETS


def run_calltest(
    lab: Any, duration: float, cancel_after: float | None = None, **overrides: Any
) -> tuple[CallTestFinished, list[CallSample]]:
    """Run a call test alone; its events must be samples, then one judged `calls` function
    per verdict, then `CallTestFinished`."""
    catalog = load_catalog(replace_with=lab.info.catalog)
    config = apply_settings(apply_settings(ProbeConfig(), catalog.settings), overrides)

    async def main() -> list[Any]:
        test = call_test(catalog, config, duration_s=duration)
        if cancel_after is not None:
            asyncio.get_running_loop().call_later(cancel_after, test.cancel)
        return [event async for event in test.events()]

    events = asyncio.run(main())
    samples = [e for e in events if isinstance(e, CallSample)]
    functions = [e.result for e in events if isinstance(e, FunctionFinished)]
    finished = events[-1]
    assert isinstance(finished, CallTestFinished)
    assert events == [*samples, *(FunctionFinished(f) for f in functions), finished]
    assert [(f.service_id, f.code, f.status) for f in functions] == [
        (v.service_id, v.code, v.status) for v in finished.verdicts
    ]
    assert all(f.kind is FunctionKind.CALLS for f in functions)
    return finished, samples


def _verdicts(finished: CallTestFinished) -> dict[str, CallVerdict]:
    return {v.service_id: v for v in finished.verdicts}


def _keys(verdict: CallVerdict) -> list[str]:
    return [m.key for m in verdict.evidence]


def _truth(lab: Any, service: str) -> tuple[str, dict[str, float]]:
    """(target label, expected figures) of a service's STUN endpoint in the lab."""
    (address,) = lab.world.stun_hosts(service)
    impairment = lab.censor.udp[address]
    return address, impairment.expected()


def _target(lab: Any, verdict: CallVerdict, service: str) -> CallFigures:
    endpoint = next(
        ep for ep in lab.world.endpoints(service, ("calls",)) if ep.protocol.value == "stun"
    )
    label = f"{endpoint.host}:{lab.info.ports['udp_stun']}"
    return verdict.targets[label]


@pytest.mark.timing  # compares wall time: run alone, last (conftest.py)
def test_clean_calls_work_and_samples_stream(shared_lab: Any) -> None:
    finished, samples = run_calltest(shared_lab("clean"), 2.0)
    assert finished.completed
    verdicts = _verdicts(finished)
    for service in ("whatsapp", "telegram"):
        v = verdicts[service]
        assert (v.code, v.status) == ("call_ok", Status.WORKS), v
        assert v.figures is not None and v.figures.loss_pct == 0 and v.figures.mos
        assert v.figures.mos > 4.3 and v.tcp_fallback is True
    by_target: dict[str, list[CallSample]] = {}
    for s in samples:
        by_target.setdefault(s.target, []).append(s)
    # two messengers, three control STUN servers (two foreign, one domestic)
    assert len(by_target) == 5
    for series in by_target.values():
        assert 7 <= len(series) <= 9  # every 250 ms over 2 s
        times = [s.elapsed_s for s in series]
        assert times == sorted(times) and times[0] == 0.25
        assert series[-1].sent == 100 and series[-1].received >= 99


@pytest.mark.timing  # compares wall time: run alone, last (conftest.py)
@pytest.mark.parametrize(
    ("scenario", "duration", "readiness"),
    [
        ("call_lossy_5pct", 3.0, "calls.evidence.ready_loss"),
        ("call_jitter_40ms", 3.0, "calls.evidence.ready_jitter"),
        ("call_high_latency_300ms", 3.0, "calls.evidence.ready_rtt"),
    ],
)
def test_figures_match_the_configured_path(
    make_lab: Any, scenario: str, duration: float, readiness: str
) -> None:
    # a fresh lab: its seeded per-flow drops must start at the first flow
    lab = make_lab(scenario)
    finished, _ = run_calltest(lab, duration)
    verdicts = _verdicts(finished)
    for service in ("whatsapp", "telegram"):
        _, truth = _truth(lab, service)
        f = _target(lab, verdicts[service], service)
        assert abs(f.loss_pct - truth["loss_pct"]) <= 1.5, (f, truth)
        assert f.rtt_median_ms is not None and f.jitter_ms is not None
        expected_rtt = truth["rtt_median_ms"]
        assert abs(f.rtt_median_ms - expected_rtt) <= 2 + 0.05 * expected_rtt, (f, truth)
        # The lab relay's own timers add a few ms of scheduling jitter on a busy 2-core run
        # (3.4 and 3.7 ms seen with none configured); 5 ms still fails a wrong computation.
        assert abs(f.jitter_ms - truth["jitter_ms"]) <= 5, (f, truth)
        assert f.cut_after is None
        # E-model with G.711+PLC: none of these alone makes a call poor; readiness names it.
        assert verdicts[service].code == "call_ok"
        assert readiness in _keys(verdicts[service])
        # ...and its words say so: never "works" with "nothing to do" beside the limit it broke
        assert verdicts[service].advice.key == "calls.advice.call_ok_marginal"


def test_heavy_loss_is_call_poor_naming_loss(make_lab: Any) -> None:
    # a fresh lab: its seeded per-flow drops must start at the first flow
    lab = make_lab("call_lossy_15pct")
    finished, _ = run_calltest(lab, 3.0)
    v = _verdicts(finished)["whatsapp"]
    assert (v.code, v.status) == ("call_poor", Status.DEGRADED)
    assert v.figures is not None and v.figures.mos is not None and v.figures.mos < 3.6
    assert abs(v.figures.loss_pct - _truth(lab, "whatsapp")[1]["loss_pct"]) <= 1.5
    assert v.explanation.params["figure_code"] == "figure_loss"


def test_packet_count_cut_is_named_with_n(make_lab: Any) -> None:
    # a fresh lab: the relay counts each flow's packets (a reused port would go on counting)
    finished, _ = run_calltest(make_lab("udp_cut_after_25_packets"), 2.0)
    for v in finished.verdicts:
        assert (v.code, v.status) == ("udp_blocked", Status.BLOCKED)
        assert v.explanation.key == "calls.explain.cut"
        assert v.figures is not None and v.figures.cut_after is not None
        assert abs(v.figures.cut_after - UDP_CUT_PACKETS) <= 2
        assert "calls.evidence.fallback_ok" in _keys(v)


def test_calls_blocked_while_controls_answer(shared_lab: Any) -> None:
    finished, _ = run_calltest(shared_lab("calls_blocked_messages_ok"), 2.0)
    verdicts = _verdicts(finished)
    whatsapp = verdicts["whatsapp"]
    assert (whatsapp.code, whatsapp.status) == ("udp_blocked", Status.BLOCKED)
    assert whatsapp.explanation.key == "calls.explain.udp_blocked"
    assert whatsapp.tcp_fallback is True
    # Telegram's relay is not known to answer a plain probe: its silence proves nothing.
    telegram = verdicts["telegram"]
    assert (telegram.code, telegram.status) == ("not_tested", Status.UNKNOWN)
    assert telegram.explanation.key == "calls.explain.unverified"


def test_stun_classification_is_evidence(shared_lab: Any) -> None:
    finished, _ = run_calltest(shared_lab("calls_stun_classified"), 2.0)
    whatsapp = _verdicts(finished)["whatsapp"]
    assert whatsapp.code == "udp_blocked"
    assert "calls.evidence.stun_dropped" in _keys(whatsapp)


def test_offline_blocks_nothing(shared_lab: Any) -> None:
    finished, _ = run_calltest(shared_lab("offline"), 1.0)
    for v in finished.verdicts:
        assert v.status == Status.UNKNOWN, v
    assert _verdicts(finished)["telegram"].explanation.key == "calls.explain.no_udp"


@pytest.mark.timing  # compares wall time: run alone, last (conftest.py)
def test_public_servers_get_a_polite_rate(make_lab: Any) -> None:
    # a fresh lab: reads its STUN relays' per-flow counters
    lab = make_lab("clean")
    finished, _ = run_calltest(lab, 2.0, call_reflectors=[])
    for v in finished.verdicts:
        assert v.figures is not None and 38 <= v.figures.sent <= 41  # 20 per second
    used = [r for r in lab.stun.relays.values() if r.stats.per_flow]
    assert used  # relays of STUN endpoints this test did not stream to stay empty
    for relay in used:
        assert len(relay.stats.per_flow) == 1  # no random-payload twin to public servers


def test_silent_public_server_gets_at_most_10_outstanding(shared_lab: Any) -> None:
    lab = shared_lab("calls_blocked_messages_ok")
    finished, _ = run_calltest(lab, 2.0, call_reflectors=[])
    whatsapp = _verdicts(finished)["whatsapp"]
    assert whatsapp.code == "udp_blocked"
    assert whatsapp.figures is not None
    # 10 outstanding, each outstanding for 0.5 s: never more than 10 per half second
    assert whatsapp.figures.sent <= 10 * (2.0 / 0.5 + 1)


@pytest.mark.timing  # compares wall time: run alone, last (conftest.py)
def test_cancel_finishes_promptly_and_incomplete(make_lab: Any) -> None:
    # a fresh lab: a cancelled run's unfinished flows stay with it, not a shared one
    lab = make_lab("clean")
    started = time.monotonic()
    finished, samples = run_calltest(lab, 30.0, cancel_after=0.8)
    assert time.monotonic() - started < 3.0
    assert not finished.completed
    assert samples and len(finished.verdicts) == 2


def test_bad_input_is_refused(make_lab: Any) -> None:
    catalog = load_catalog()
    with pytest.raises(ValueError, match="between"):
        call_test(catalog, ProbeConfig(), duration_s=0.2)
    with pytest.raises(ValueError, match="unknown service"):
        call_test(catalog, ProbeConfig(), services=("nope",))
    with pytest.raises(ValueError, match="call_duration"):
        apply_settings(ProbeConfig(), {"call_duration": 500})
    with pytest.raises(ValueError, match="call_reflectors"):
        apply_settings(ProbeConfig(), {"call_reflectors": ["not a network"]})


def test_diagnose_says_messages_work_calls_blocked() -> None:
    import jsonschema

    from core.document import run_to_dict
    from lab.runs import lab_run
    from tests.test_cli import SCHEMA

    run = lab_run("calls_blocked_messages_ok", call_duration=1.5)
    whatsapp = run.service("whatsapp")
    assert whatsapp is not None
    messages, calls = whatsapp.function("messages"), whatsapp.function("calls")
    assert messages is not None and calls is not None
    assert messages.status == Status.WORKS
    assert (calls.code, calls.status) == ("udp_blocked", Status.BLOCKED)
    stun_endpoint = next(e for e in calls.endpoints if e.endpoint.protocol.value == "stun")
    assert stun_endpoint.code == "udp_blocked" and stun_endpoint.figures["sent"] > 0
    telegram = run.service("telegram")
    telegram_calls = telegram.function("calls") if telegram is not None else None
    assert telegram_calls is not None and telegram_calls.status == Status.UNKNOWN
    control = run.service("control-foreign")
    control_calls = control.function("calls") if control is not None else None
    assert control_calls is not None and control_calls.code == "call_ok"
    call_test = run.calls.verdict("whatsapp") if run.calls is not None else None
    assert call_test is not None and call_test.code == "udp_blocked"
    document = run_to_dict(run, "ru")
    jsonschema.validate(document, SCHEMA)
    assert document["calls"]["verdicts"][0]["explanation"]["text"]


def test_network_verdict_does_not_wait_for_the_call_test(shared_lab: Any) -> None:
    from core.engine.diagnostic import Diagnostic
    from core.models import FunctionFinished, NetworkAssessed

    lab = shared_lab("calls_blocked_messages_ok")
    catalog = load_catalog(replace_with=lab.info.catalog)
    config = apply_settings(ProbeConfig(), {**catalog.settings, "call_duration": 2.0})

    async def main() -> list[Any]:
        return [e async for e in Diagnostic(catalog, config).events()]

    events = asyncio.run(main())
    first_network = next(i for i, e in enumerate(events) if isinstance(e, NetworkAssessed))
    samples = [i for i, e in enumerate(events) if isinstance(e, CallSample)]
    assert first_network < samples[-1]
    # the control's calls function is re-sent once the call test has judged it
    control_calls = [
        e.result.code
        for e in events
        if isinstance(e, FunctionFinished)
        and e.result.service_id == "control-foreign"
        and e.result.kind.value == "calls"
    ]
    assert control_calls[-1] == "call_ok"
