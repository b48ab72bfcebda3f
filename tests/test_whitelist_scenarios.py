"""Whitelist mode's sub-modes against the lab (lab/scenarios_whitelist.py and the older two),
and "Works for you now" in the CLI's table and the text, HTML and JSON reports, in English and
Russian: one run per scenario on a few services, shared by every assertion."""

from __future__ import annotations

import io
import json
from html import unescape
from typing import Any

import pytest

from cli.diagnose import print_table
from core.messages import render, text
from core.report import build_report
from core.rules.network import CRAWL_KBPS
from lab.runs import lab_run
from lab.scenarios_whitelist import WHITELIST_CRAWL_BYTES_PER_S, WHITELIST_SUBSET

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


def _now(run: Any) -> dict[str, list[tuple[str, bool]]]:
    summary = json.loads(build_report(run, "json", "en"))["summary"]
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
    for language in LANGUAGES:
        words = render(run.network.explanation, language)
        assert "{" not in words and "Gosuslugi" in words
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
