"""Whitelist mode's sub-modes (core/rules/network.py) and "Works for you now"
(core/rules/summary.works_now), from hand-written facts: each sub-mode, its borderlines, and
what the list holds and leaves out."""

from __future__ import annotations

from dataclasses import replace

import pytest

from core.codes import Condition, Outcome, Verdict
from core.messages import render, text
from core.models import (
    Category,
    Endpoint,
    EndpointResult,
    FunctionKind,
    FunctionResult,
    Message,
    NetworkResult,
    Protocol,
    Region,
    Service,
    ServiceResult,
    Status,
    Step,
    StepKind,
)
from core.report.summary import works_now_lines
from core.rules.line import LineReading
from core.rules.network import CRAWL_KBPS, NetworkFacts, assess, transfer_kbps
from core.rules.summary import Standing, summarize_services, works_now
from core.rules.verdict import crawl_in_context, status_of

_NONE = Message("none")
# id -> (region, allow-listed, control)
_CATALOG = {
    "control-domestic": (Region.DOMESTIC, True, True),
    "control-foreign": (Region.FOREIGN, False, True),
    "gosuslugi": (Region.DOMESTIC, True, False),
    "vk": (Region.DOMESTIC, True, False),
    "max": (Region.DOMESTIC, True, False),
    "yandex": (Region.DOMESTIC, True, False),
    "youtube": (Region.FOREIGN, False, False),
    "x": (Region.FOREIGN, False, False),
    "wikipedia": (Region.FOREIGN, False, False),
}
SERVICES = {
    sid: Service(sid, sid.title(), Category.DOMESTIC, region, (), control, listed)
    for sid, (region, listed, control) in _CATALOG.items()
}
LISTED = ("control-domestic", "gosuslugi", "vk", "max", "yandex")
UNLISTED = ("control-foreign", "youtube", "x", "wikipedia")


def _transfer(kbps: float, ms: float = 3000.0) -> Step:
    received = int(kbps * ms / 8)
    return Step(
        StepKind.THROUGHPUT, "t", True, Outcome.MEASURED, ms, (), {"wire_received": received}
    )


Rate = float | list[float] | tuple[str, float]  # a transfer, several, or a short fast one


def _steps(kbps: Rate | None) -> tuple[Step, ...]:
    if kbps is None:
        return ()
    if isinstance(kbps, tuple):  # 64 KB in well under a second: too short to be a rate
        return (_transfer(kbps[1], ms=64 * 1024 * 8 / kbps[1]),)
    if isinstance(kbps, list):
        return tuple(_transfer(k) for k in kbps)
    return (_transfer(kbps),)


def _function(
    sid: str, code: Verdict, *, kbps: Rate | None = None, status: Status | None = None
) -> FunctionResult:
    steps = _steps(kbps)
    ep = EndpointResult(Endpoint(f"{sid}.test", 443, Protocol.HTTPS), code, steps)
    return FunctionResult(
        sid, FunctionKind.WEB, code, status or status_of(code), _NONE, _NONE, (), (ep,)
    )


def _assess(
    codes: dict[str, Verdict], rates: dict[str, Rate] | None = None, line: LineReading | None = None
) -> NetworkResult:
    rates = rates or {}
    results = [_function(s, c, kbps=rates.get(s)) for s, c in codes.items()]
    controls = [r for r in results if SERVICES[r.service_id].control]
    others = [r for r in results if not SERVICES[r.service_id].control]
    return assess(NetworkFacts(controls, others, services=SERVICES, line=line))


def _world(
    listed: Verdict, unlisted: Verdict, open_: tuple[str, ...] = LISTED
) -> dict[str, Verdict]:
    codes = {s: (listed if s in open_ else Verdict.TCP_TIMEOUT) for s in LISTED}
    codes.update(dict.fromkeys(UNLISTED, unlisted))
    return codes


@pytest.mark.parametrize(
    ("codes", "rates", "submode"),
    [
        # cut by address, by name, both: the sub-modes the rule always named
        (_world(Verdict.OK, Verdict.TCP_TIMEOUT), {}, "whitelist_by_address"),
        (_world(Verdict.OK, Verdict.TLS_TIMEOUT), {}, "whitelist_by_name"),
        (
            {**_world(Verdict.OK, Verdict.TLS_RESET), "x": Verdict.TCP_RESET},
            {},
            "whitelist_by_name_and_address",
        ),
        # everything else crawls at ~14 kbit/s: their small pages load, their transfers crawl
        (_world(Verdict.OK, Verdict.OK), {"youtube": 14.0, "x": 18.0}, "whitelist_throttled"),
        (
            _world(Verdict.OK, Verdict.STALLED),
            {"youtube": 14.0, "wikipedia": 9.0},
            "whitelist_throttled",
        ),
        # a blackout: two of five listed services answer, nothing else
        (
            _world(Verdict.OK, Verdict.TCP_TIMEOUT, ("control-domestic", "gosuslugi")),
            {},
            "whitelist_blackout",
        ),
        # borderlines: not whitelist mode
        (_world(Verdict.OK, Verdict.OK), {}, None),  # every service works
        (_world(Verdict.OK, Verdict.OK), {"youtube": 14.0}, None),  # one crawl is no proof
        # one service's two transfers crawl while the others' short ones were fast: youtube's
        # own throttling (the lab's youtube_video_crawls), not an allow-list
        (
            _world(Verdict.OK, Verdict.OK),
            {"youtube": [14.0, 12.0], "x": ("short", 900.0), "wikipedia": ("short", 900.0)},
            None,
        ),
        (_world(Verdict.OK, Verdict.OK), {"youtube": 14.0, "x": CRAWL_KBPS + 1}, None),  # one fast
        (
            _world(Verdict.OK, Verdict.OK),
            {"youtube": 14.0, "x": 14.0, "gosuslugi": 14.0},  # the listed crawl too: the line
            None,
        ),
        (
            {**_world(Verdict.OK, Verdict.OK), "x": Verdict.DNS_SPOOFED},  # its own block
            {"youtube": 14.0, "wikipedia": 14.0},
            None,
        ),
        (_world(Verdict.TCP_TIMEOUT, Verdict.TCP_TIMEOUT, ()), {}, None),  # nothing: offline
    ],
)
def test_whitelist_submode(
    codes: dict[str, Verdict], rates: dict[str, Rate], submode: str | None
) -> None:
    network = _assess(codes, rates)
    if submode is None:
        assert network.code != Verdict.WHITELIST_MODE
        return
    assert network.code == Verdict.WHITELIST_MODE
    assert network.details["submode"] == submode
    assert network.details["controls"] == ["control-domestic", "control-foreign"]
    advice = network.advice.key
    assert advice == network.explanation.key.replace("network.", "network_advice.", 1)
    for language in ("en", "ru"):
        words = render(network.explanation, language)
        assert "{" not in words and text(f"label.{submode}", language=language)
        assert render(network.advice, language) != advice  # words exist for it
        for message in network.evidence:
            assert "{" not in render(message, language)


def test_the_crawl_rate_is_the_evidence_and_never_works() -> None:
    network = _assess(_world(Verdict.OK, Verdict.OK), {"youtube": 14.0, "x": 18.0})
    assert network.details["crawl_kbps"] == 18.0
    assert network.details["crawling"] == ["control-foreign", "wikipedia", "x", "youtube"]
    assert "18 kbit/s" in render(network.explanation, "en")
    assert "18 кбит/с" in render(network.explanation, "ru")
    services = [
        ServiceResult(s, s.title(), Status.WORKS, (_function(s, Verdict.OK),))
        for s in ("gosuslugi", "youtube", "x")
    ]
    summary = summarize_services(network, services)
    assert [e.service.service_id for e in summary.folded] == ["youtube", "x"]
    assert summary.count(Standing.WORKS) == 1  # Gosuslugi only: a crawl is not "works"
    assert [e.service.service_id for g in summary.works_now for e in g.entries] == ["gosuslugi"]


def test_a_blackout_names_what_still_answers_in_the_language() -> None:
    network = _assess(_world(Verdict.OK, Verdict.TCP_TIMEOUT, ("control-domestic", "gosuslugi")))
    assert network.details["submode"] == "whitelist_blackout"
    assert "(Gosuslugi)" in render(network.explanation, "en")
    assert "(Госуслуги)" in render(network.explanation, "ru")  # not the catalog's English
    assert "Госуслуги" in render(network.evidence[-1], "ru")


def test_a_slow_line_is_no_throttled_whitelist() -> None:
    poor = LineReading(Condition.SLOW_LINE)
    network = _assess(_world(Verdict.OK, Verdict.OK), {"youtube": 14.0, "x": 14.0}, line=poor)
    assert network.code != Verdict.WHITELIST_MODE


def test_a_short_transfer_measures_no_crawl() -> None:
    assert transfer_kbps(_transfer(10.0, ms=500.0)) is None  # slow start, not a rate
    assert transfer_kbps(_transfer(10.0)) == pytest.approx(10.0, rel=0.01)


def _service(sid: str, *functions: tuple[FunctionKind, Verdict]) -> ServiceResult:
    results = tuple(
        FunctionResult(sid, kind, code, status_of(code), _NONE, _NONE) for kind, code in functions
    )
    return ServiceResult(sid, sid.title(), Status.WORKS, results)


WHITELIST = NetworkResult(
    Verdict.WHITELIST_MODE,
    _NONE,
    _NONE,
    details={"submode": "whitelist_by_address", "controls": ["control-domestic"]},
)


def test_works_now_groups_by_need_and_marks_what_partly_works() -> None:
    services = [
        _service("gosuslugi", (FunctionKind.WEB, Verdict.OK), (FunctionKind.LOGIN, Verdict.OK)),
        _service(
            "max", (FunctionKind.MESSAGES, Verdict.OK), (FunctionKind.CALLS, Verdict.UDP_BLOCKED)
        ),
        # the map opens, its tiles do not (any "works poorly" that is not a crawl)
        _service(
            "yandex-maps", (FunctionKind.MAPS, Verdict.QUIC_BLOCKED), (FunctionKind.WEB, Verdict.OK)
        ),
        _service("rutube", (FunctionKind.VIDEO, Verdict.THROTTLED)),  # a crawl: not listed
        _service("youtube", (FunctionKind.WEB, Verdict.TCP_TIMEOUT)),
        _service("control-domestic", (FunctionKind.WEB, Verdict.OK)),
    ]
    groups = works_now(WHITELIST, services)
    shown = [(g.kind, [(e.service.service_id, e.partly) for e in g.entries]) for g in groups]
    assert shown == [
        (FunctionKind.LOGIN, [("gosuslugi", False)]),
        (FunctionKind.MESSAGES, [("max", False)]),
        (FunctionKind.MAPS, [("yandex-maps", True)]),
        (FunctionKind.WEB, [("gosuslugi", False), ("yandex-maps", False)]),
    ]
    lines = works_now_lines(summarize_services(WHITELIST, services), "en")
    assert lines == [
        "Works for you now (your operator lets these through):",
        "  • Sign-in: Gosuslugi",
        "  • Messages: Max",
        "  • Maps: Yandex-Maps (partly)",
        "  • Websites and apps: Gosuslugi, Yandex-Maps",
    ]
    ru = works_now_lines(summarize_services(WHITELIST, services), "ru")
    assert ru[0].startswith("Работает у вас сейчас") and "(частично)" in ru[3]


def test_works_now_only_in_whitelist_mode() -> None:
    services = [_service("gosuslugi", (FunctionKind.WEB, Verdict.OK))]
    ok = NetworkResult(Verdict.OK, _NONE, _NONE)
    assert works_now(ok, services) == ()
    assert works_now_lines(summarize_services(ok, services), "en") == []
    offline = NetworkResult(Verdict.OFFLINE, _NONE, _NONE)
    assert works_now(offline, services) == ()


def test_nothing_works_now_says_so() -> None:
    services = [_service("youtube", (FunctionKind.WEB, Verdict.TCP_TIMEOUT))]
    lines = works_now_lines(summarize_services(WHITELIST, services), "en")
    assert lines == [text("works_now.nothing", language="en")]


@pytest.mark.parametrize(
    ("sid", "code", "expected"),
    [
        ("youtube", Verdict.OK, Verdict.THROTTLED),  # its page loaded: still a crawl
        ("youtube", Verdict.TCP_TIMEOUT, Verdict.TCP_TIMEOUT),  # keeps its own failure
        ("gosuslugi", Verdict.OK, Verdict.OK),  # listed: not crawling
    ],
)
def test_a_crawling_service_never_reads_works(sid: str, code: Verdict, expected: Verdict) -> None:
    network = _assess(_world(Verdict.OK, Verdict.OK), {"youtube": 14.0, "x": 18.0})
    result = crawl_in_context(_function(sid, code), network)
    assert result.code == expected
    if expected == Verdict.THROTTLED:
        assert result.status == Status.DEGRADED
        assert "18 kbit/s" in render(result.evidence[0], "en")
        assert "18 кбит/с" in render(result.evidence[0], "ru")
        assert "{" not in render(result.explanation, "ru")


def _with_ipv6(result: FunctionResult, code: str) -> FunctionResult:
    endpoints = tuple(replace(e, figures={"ipv6_code": code}) for e in result.endpoints)
    return replace(result, endpoints=endpoints)


@pytest.mark.parametrize(("ipv6_code", "open_"), [("ok", 1), ("tcp_timeout", 0)])
def test_whitelist_over_ipv4_only_is_evidence(ipv6_code: str, open_: int) -> None:
    results = [_function(s, c) for s, c in _world(Verdict.OK, Verdict.TCP_TIMEOUT).items()]
    results = [_with_ipv6(r, ipv6_code) if r.service_id == "x" else r for r in results]
    controls = [r for r in results if SERVICES[r.service_id].control]
    others = [r for r in results if not SERVICES[r.service_id].control]
    network = assess(NetworkFacts(controls, others, services=SERVICES))
    assert network.details["submode"] == "whitelist_by_address"
    assert network.details.get("ipv6_open", 0) == open_
    said = [m for m in network.evidence if m.key == "evidence.whitelist_ipv6_open"]
    assert len(said) == open_
    for message in said:
        assert "IPv6" in render(message, "en") and "IPv6" in render(message, "ru")
        assert "{" not in render(message, "ru")
