"""Whitelist mode's sub-modes against the lab (lab/scenarios_whitelist.py and the older two),
and "Works for you now" in the CLI's table and the text, HTML and JSON reports, in English and
Russian: one run per scenario on a few services, shared by every assertion."""

from __future__ import annotations

import io
import json
import socket
from html import unescape
from typing import Any

import jsonschema
import pytest

from cli.diagnose import print_table
from core.messages import render, text
from core.report import build_report
from core.resources import resource_path
from core.rules.network import CRAWL_KBPS
from lab.runs import lab_run
from lab.scenarios_whitelist import (
    IPV4_ONLY_SERVICE,
    IPV6_SUBSET,
    WHITELIST_CRAWL_BYTES_PER_S,
    WHITELIST_SUBSET,
)

LANGUAGES = ("en", "ru")


def _run(scenario: str) -> Any:
    return lab_run(scenario, services=WHITELIST_SUBSET)


def _faces(run: Any, language: str) -> dict[str, str]:
    table = io.StringIO()
    print_table(run, language, table)
    return {
        "cli": table.getvalue(),
        "text": build_report(run, "text", language),
        "html": unescape(build_report(run, "html", language)),
        "json": build_report(run, "json", language),
    }


SCHEMA = json.loads(resource_path("report-schema.json").read_text(encoding="utf-8"))


def _now(run: Any) -> dict[str, list[tuple[str, bool]]]:
    document = json.loads(build_report(run, "json", "en"))
    jsonschema.validate(document, SCHEMA)  # works_now, the sub-mode's details and words
    summary = document["summary"]
    return {
        g["kind"]: [(s["id"], s["partly"]) for s in g["services"]] for g in summary["works_now"]
    }


def test_everything_else_throttled_names_the_crawl_and_never_calls_it_works() -> None:
    run = _run("whitelist_throttled")
    assert run.network.code == "whitelist_mode"
    assert run.network.details["submode"] == "whitelist_throttled"
    crawl = run.network.details["crawl_kbps"]
    assert WHITELIST_CRAWL_BYTES_PER_S * 8 / 1000 / 2 < crawl < CRAWL_KBPS
    assert {"youtube", "x", "wikipedia", "instagram"} <= set(run.network.details["crawling"])
    now = _now(run)
    listed = {sid for entries in now.values() for sid, _ in entries}
    assert listed == {"gosuslugi", "vk", "yandex", "max"}  # not one crawling service
    assert now["messages"] == [("max", False), ("vk", False)]
    for service in run.services:  # a crawling service's page loaded: still never "works"
        if service.service_id in run.network.details["crawling"] and service.service_id != (
            "control-foreign"
        ):
            for function in service.functions:
                assert (function.code, function.status) == ("throttled", "degraded"), function
                assert function.explanation.key == "explain.whitelist_context"
    for language in LANGUAGES:
        assert "{" not in render(run.network.explanation, language)
        faces = _faces(run, language)
        heading = text("works_now.heading", language=language)
        cli = faces["cli"].splitlines()
        assert cli[0] == render(run.network.explanation, language)
        # before the problems and before the table of services
        assert cli.index(heading + ":") < min(
            i for i, line in enumerate(cli) if line.startswith("YouTube")
        )
        works = text("summary.works_count", {"n": 5}, language)  # and the domestic control
        assert faces["text"].index(heading) < faces["text"].index(works)
        assert heading in faces["html"]


def test_blackout_lists_the_handful_that_answers() -> None:
    run = _run("whitelist_blackout")
    assert run.network.code == "whitelist_mode"
    assert run.network.details["submode"] == "whitelist_blackout"
    assert _now(run) == {"web": [("gosuslugi", False)]}
    for language, name in (("en", "(Gosuslugi)"), ("ru", "(Госуслуги)")):
        words = render(run.network.explanation, language)
        assert "{" not in words and name in words, words
        assert "1 of 4" in words or "1 из 4" in words  # services, the controls not counted
        cli = _faces(run, language)["cli"]
        assert f"{text('works_now.kind.web', language=language)}: " in cli


@pytest.mark.parametrize("language", LANGUAGES)
def test_by_address_lists_what_people_need_in_every_face(language: str) -> None:
    run = lab_run("whitelist_by_address")  # the whole catalog, shared with issue 21's tests
    now = _now(run)
    assert [sid for sid, _ in now["messages"]][:1] == ["max"]
    assert {"yandex-maps", "2gis"} <= {sid for sid, _ in now.get("maps", [])} | {
        sid for sid, _ in now["web"]
    }
    assert "gosuslugi" in [sid for sid, _ in now["web"]]
    assert not {"youtube", "whatsapp", "telegram"} & {s for e in now.values() for s, _ in e}
    faces = _faces(run, language)
    lines = json.loads(faces["json"])["summary"]["works_now_lines"]
    for face in ("cli", "text", "html"):
        for line in lines[1:]:
            assert line.strip(" •") in faces[face], (face, line)


def _loopback_ipv6() -> bool:
    try:
        with socket.socket(socket.AF_INET6, socket.SOCK_STREAM) as probe:
            probe.bind(("::1", 0))
    except OSError:
        return False
    return True


def test_blocked_over_ipv4_works_over_ipv6() -> None:
    if not _loopback_ipv6():
        pytest.skip("the lab's IPv6 side needs ::1 on the loopback; this namespace has none")
    run = lab_run("blocked_over_ipv4_only", services=IPV6_SUBSET)
    service = run.service(IPV4_ONLY_SERVICE)
    assert service is not None
    for function in service.functions:
        assert function.code == "tcp_timeout"  # the IPv4 verdict stands
        said = [m for m in function.evidence if m.key == "evidence.family.ipv6_works"]
        assert said, function.evidence
        for language in LANGUAGES:
            assert "IPv6" in render(said[0], language)
        for endpoint in function.endpoints:
            assert endpoint.figures["ipv6_code"] == "ok"
            tried = [s for s in endpoint.steps if s.detail.get("purpose") == "ipv6"]
            assert tried and all(a == "::1" for s in tried for a in s.addresses)
    # what works over IPv4 is never tried again over IPv6 (no bytes spent on it)
    others = [s for sv in run.services if sv.service_id != IPV4_ONLY_SERVICE for s in _steps(sv)]
    assert not [s for s in others if s.detail.get("purpose") == "ipv6"]
    assert run.settings["ipv6"] is True  # the run document says IPv6 was tried


def test_a_run_that_tried_no_ipv6_says_so_in_its_document() -> None:
    run = lab_run("clean")  # the lab's runs set ipv6 off, as a machine with no IPv6 would
    assert run.settings["ipv6"] is False


def _steps(service: Any) -> list[Any]:
    return [s for f in service.functions for s in f.steps]
