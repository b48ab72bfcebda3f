"""Plain HTTP judged like HTTPS against the lab (issue 20): a request reset by its Host is cut
by name (a control Host on the same address answers), a generic page put in the site's place
reads `http_page_replaced` with both titles, and the site's own answers (its CAPTCHA, a
redirect loop, a redirect to HTTPS, a broken redirect) never read as censorship.
tests/test_engine_scenarios.py holds the verdicts of every function; these read the evidence
of the same runs."""

from __future__ import annotations

import dataclasses

from core.models import EndpointResult, FunctionResult, Message, RunResult, Status
from core.report import build_report
from lab.scenarios_plain_http import LINKEDIN, LINKEDIN_TITLE, X
from tests.test_engine_scenarios import scenario_run


def _web(run: RunResult, service: str) -> FunctionResult:
    found = run.service(service)
    assert found is not None
    return next(f for f in found.functions if f.kind.value == "web")


def _plain(function: FunctionResult) -> EndpointResult:
    return next(e for e in function.endpoints if e.endpoint.protocol == "http")


def test_a_request_reset_by_its_host_is_cut_by_name_and_by_every_host_is_not() -> None:
    web = _web(scenario_run("http_host_reset"), "x")
    assert web.code == "tls_reset" and web.status == Status.DEGRADED  # HTTPS still works
    plain = _plain(web)
    assert plain.code == "tls_reset"
    control = [s for s in plain.steps if s.detail.get("purpose") == "control_name"]
    assert control and control[0].ok  # the control Host on the same address was answered
    cut = next(m for m in web.evidence if m.key == "evidence.host_cut_by_name")
    assert cut.params["name"] == X and cut.params["what_code"] == "tls_reset"
    assert cut.params["control"] == control[0].detail["server_name"]
    # LinkedIn's plain HTTP resets every Host: the control fails too, not a filter by name
    linkedin = _web(scenario_run("http_host_reset"), "linkedin")
    assert linkedin.code == "http_error" and _plain(linkedin).code == "http_error"
    paired = [s for s in _plain(linkedin).steps if s.detail.get("purpose") == "control_name"]
    assert paired and not paired[0].ok
    assert not [m for m in linkedin.evidence if m.key == "evidence.host_cut_by_name"]
    for language, words in (("en", "cut by server name"), ("ru", "обрыв по имени сервера")):
        page = build_report(scenario_run("http_host_reset"), "html", language)
        assert f"({words})" in page and "label." not in page


def test_a_generic_replaced_page_names_both_titles() -> None:
    run = scenario_run("http_page_replaced")
    web = _web(run, "linkedin")
    assert web.code == "http_page_replaced"
    assert _plain(web).code == "http_page_replaced"
    found = next(m for m in web.evidence if m.key == "evidence.plain_page_replaced")
    assert found.params["name"] == LINKEDIN
    assert found.params["title"] == "Access denied"
    assert found.params["site_title"] == LINKEDIN_TITLE
    twin = [s for s in _plain(web).steps if s.detail.get("purpose") == "https_twin"]
    assert len(twin) == 1 and twin[0].target.startswith("https://")
    text = build_report(run, "text", "en")
    assert "LinkedIn" in text


def test_replaced_page_titles_are_inert_in_the_html_report() -> None:
    run = scenario_run("http_page_replaced")
    hostile = "<script>alert(3)</script>"
    service = run.service("linkedin")
    assert service is not None
    functions = tuple(
        dataclasses.replace(
            f,
            evidence=tuple(
                Message(m.key, {**m.params, "title": hostile})
                if m.key == "evidence.plain_page_replaced"
                else m
                for m in f.evidence
            ),
        )
        for f in service.functions
    )
    services = tuple(
        dataclasses.replace(s, functions=functions) if s.service_id == "linkedin" else s
        for s in run.services
    )
    page = build_report(dataclasses.replace(run, services=services), "html")
    assert hostile not in page
    assert "&lt;script&gt;alert(3)&lt;/script&gt;" in page


def test_the_sites_own_plain_answers_are_not_censorship() -> None:
    for scenario in ("http_site_captcha_and_loop", "http_site_redirects"):
        run = scenario_run(scenario)
        for service in ("x", "linkedin"):
            web = _web(run, service)
            assert web.code == "ok" and web.status == Status.WORKS, (scenario, service)
            plain = _plain(web)
            # redirects and a CAPTCHA are never held against HTTPS: no page fetched for them
            assert not [s for s in plain.steps if s.detail.get("purpose") == "https_twin"]
