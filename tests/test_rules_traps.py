"""Issue 24 item 4 on hand-written facts: the operator's SIM verification page (not a hotel's
login page), and a service refusing VPN users (not a refusal of the country, not a block)."""

from __future__ import annotations

import json
from typing import Any

import pytest

from core.codes import Outcome, Verdict
from core.models import (
    Endpoint,
    EndpointResult,
    FunctionKind,
    FunctionResult,
    Message,
    Protocol,
    Status,
    Step,
    StepKind,
)
from core.probes.blockpage import examine
from core.probes.vpnrefusal import refusal
from core.rules.network import NetworkFacts, assess, context_of
from core.rules.operators import operator_of
from core.rules.verdict import http_code, status_of

# ---- operator_verification ----


def _captive_check(
    status: int, location: str, outcome: Outcome, title: str = "Login"
) -> FunctionResult:
    step = Step(
        StepKind.HTTP,
        "http://connectivitycheck.lab.test/generate_204",
        False,
        outcome,
        1.0,
        (),
        {"status": status, "location": location, "title": title},
    )
    endpoint = Endpoint(
        "connectivitycheck.lab.test", 80, Protocol.HTTP, path="/generate_204", captive_check=True
    )
    answered = Verdict.OK if outcome == Outcome.RESPONSE else Verdict.HTTP_ERROR
    result = EndpointResult(endpoint, answered, (step,))
    none = Message("none")
    return FunctionResult(
        "control", FunctionKind.WEB, Verdict.OK, Status.WORKS, none, none, endpoints=(result,)
    )


@pytest.mark.parametrize(
    ("status", "location", "outcome", "code", "host"),
    [
        # a redirect to a page on the operator's own site: the SIM is paused
        (302, "http://a.mts.ru/cooling", Outcome.UNEXPECTED_STATUS, "op", "a.mts.ru"),
        (307, "https://MegaFon.ru/verify?x=1", Outcome.UNEXPECTED_STATUS, "op", "megafon.ru"),
        (302, "http://msk.t2.ru/check", Outcome.BLOCKPAGE, "op", "msk.t2.ru"),
        # a hotel's login page, a lookalike name, a registry block host: a captive portal
        (302, "http://portal.lab-hotspot.test/login", Outcome.UNEXPECTED_STATUS, "cp", ""),
        (302, "http://mts.ru.evil.test/", Outcome.UNEXPECTED_STATUS, "cp", ""),
        (302, "http://notmts.ru/", Outcome.UNEXPECTED_STATUS, "cp", ""),
        (302, "http://blocked.mts.ru/", Outcome.BLOCKPAGE, "cp", ""),
        # the operator's site without a redirect (a page answered in place): no host to name
        (200, "http://mts.ru/", Outcome.UNEXPECTED_STATUS, "cp", ""),
        (302, "http://[broken", Outcome.UNEXPECTED_STATUS, "cp", ""),
        # a name no resolver could hold (network text shown in words): never taken
        (302, "http://<b>x</b>.mts.ru/", Outcome.UNEXPECTED_STATUS, "cp", ""),
    ],
)
def test_a_redirect_to_the_operators_site_is_operator_verification(
    status: int, location: str, outcome: Outcome, code: str, host: str
) -> None:
    network = assess(NetworkFacts([_captive_check(status, location, outcome)]))
    expected = Verdict.OPERATOR_VERIFICATION if code == "op" else Verdict.CAPTIVE_PORTAL
    assert network.code == expected
    assert context_of(network) == expected  # nothing is judged behind it
    if code == "op":
        assert network.details["verification_host"] == host
        assert "evidence.operator_verification" in {m.key for m in network.evidence}
        assert network.explanation.params["host"] == host
    else:
        assert "verification_host" not in network.details


@pytest.mark.parametrize(
    ("status", "location", "title", "host"),
    [
        # the page served in place, its title naming the pause: the checked host is named
        (200, "", "Период охлаждения SIM-карты", "connectivitycheck.lab.test"),
        # a redirect to an address literal: no operator's site to match, the title decides
        (302, "http://10.1.2.3/verify", "Cooling period — confirm", "10.1.2.3"),
    ],
)
def test_a_page_whose_title_names_the_cooling_period_is_operator_verification(
    status: int, location: str, title: str, host: str
) -> None:
    check = _captive_check(status, location, Outcome.UNEXPECTED_STATUS, title)
    network = assess(NetworkFacts([check]))
    assert network.code == Verdict.OPERATOR_VERIFICATION
    assert network.details["verification_host"] == host
    (said,) = [m for m in network.evidence if m.key.startswith("evidence.operator_verification")]
    assert said.key == "evidence.operator_verification.title"
    # an ordinary login page's title is a captive portal
    plain = _captive_check(status, location, Outcome.UNEXPECTED_STATUS, "Hotel Wi-Fi login")
    assert assess(NetworkFacts([plain])).code == Verdict.CAPTIVE_PORTAL


def test_a_working_connectivity_check_is_neither() -> None:
    network = assess(NetworkFacts([_captive_check(204, "", Outcome.RESPONSE)]))
    assert network.code == Verdict.OK


@pytest.mark.parametrize(
    ("host", "operator"),
    [
        ("mts.ru", "MTS"),
        ("login.beeline.ru", "Beeline"),
        ("tele2.ru.", "T2"),
        ("zapret.beeline.ru", ""),
        ("mts.ru.test", ""),
        ("", ""),
    ],
)
def test_operator_of(host: str, operator: str) -> None:
    assert operator_of(host) == operator


# ---- refuses_vpn ----


@pytest.mark.parametrize(
    ("status", "headers", "body", "reason"),
    [
        (403, {}, "<p>Отключите VPN и обновите страницу</p>", "vpn_words"),
        (200, {}, "<h1>Выключите ВПН</h1>", "vpn_words"),
        (401, {}, "Please turn off your VPN to continue.", "vpn_words"),
        (403, {"content-type": "application/json"}, '{"code": "vpn_detected"}', "error_code"),
        (302, {"location": "https://ya.ru/disable-vpn"}, "", "redirect"),
    ],
)
def test_a_refusal_of_vpn_users_is_recognised(
    status: int, headers: dict[str, str], body: str, reason: str
) -> None:
    assert refusal(status, headers, body).startswith(reason)


@pytest.mark.parametrize(
    ("status", "body"),
    [
        (404, "<p>отключите VPN</p>"),  # not a refusing status
        (200, "<p>отключите VPN</p>" + "x" * 9000),  # a long ordinary page (an article)
        (403, "<p>Доступ ограничен по 149-ФЗ. Отключите VPN</p>"),  # the law: a block page
        (403, "<p>Forbidden</p>"),  # no words about a VPN
        (200, "<p>Our VPN service: fast and free</p>"),  # a VPN's own advert
    ],
)
def test_pages_that_are_not_a_refusal_of_vpn_users(status: int, body: str) -> None:
    assert refusal(status, {}, body) == ""


def test_a_page_saying_both_is_the_vpn_refusal_and_a_fingerprint_wins() -> None:
    both = "<p>Сервис недоступен в вашем регионе. Отключите VPN.</p>".encode()
    assert examine(403, {}, both, "www.ozon.ru", True).outcome == Outcome.VPN_REFUSED
    region = "<p>Сервис недоступен в вашем регионе.</p>".encode()
    assert examine(403, {}, region, "www.ozon.ru", True).outcome == Outcome.GEO_REFUSED


@pytest.mark.parametrize(
    ("outcome", "code", "status"),
    [
        (Outcome.VPN_REFUSED, Verdict.REFUSES_VPN, Status.BLOCKED),
        (Outcome.GEO_REFUSED, Verdict.GEO_BLOCKED, Status.BLOCKED),
        (Outcome.BLOCKPAGE, Verdict.HTTP_BLOCKPAGE, Status.BLOCKED),
    ],
)
def test_the_page_outcome_names_the_code(outcome: Outcome, code: Verdict, status: Any) -> None:
    assert http_code(outcome) == code
    assert status_of(code) == status


# ---- the refuses_vpn scenario in the summary and the words ----


def test_a_refusal_of_vpn_users_is_its_own_class_with_its_words() -> None:
    from core.messages import LANGUAGES, render
    from core.report import build_report
    from core.rules.summary import Standing, summarize
    from lab.runs import lab_run
    from tests.test_engine_scenarios import SUBSETS

    run = lab_run("refuses_vpn", services=SUBSETS["refuses_vpn"])
    summary = summarize(run)
    section = summary.section(Standing.REFUSES_VPN)
    assert section is not None
    assert {e.service.service_id for e in section.entries} == {"gosuslugi", "ozon", "yandex"}
    assert summary.section(Standing.REFUSED) is None  # not a refusal of the country
    assert summary.section(Standing.BLOCKED) is None  # nor a block
    reasons = {}
    for service in section.entries:
        (web,) = service.functions
        (found,) = [m for m in web.evidence if m.key.startswith("evidence.vpn_refused")]
        reasons[service.service.service_id] = found.key.rsplit(".", 1)[-1]
        for language in LANGUAGES:
            said = render(found, language)
            assert "VPN" in said and "{" not in said
    assert reasons == {"gosuslugi": "vpn_words", "ozon": "error_code", "yandex": "redirect"}
    for language in LANGUAGES:
        document = json.loads(build_report(run, "json", language))
        standings = [s["standing"] for s in document["summary"]["sections"]]
        assert "refuses_vpn" in standings
