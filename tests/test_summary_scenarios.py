"""Issue 21's scenarios in every face but the window (tests/test_gui_summary.py has it): the CLI's
table, the short text, the HTML and the JSON report lead with the network's one cause, name a
country refusal apart from blocks, and never contradict the headline, in English and Russian."""

from __future__ import annotations

import io
import json
from html import unescape

import pytest

from cli.diagnose import print_table
from core.messages import render, text
from core.report import build_report
from lab.runs import lab_run

LANGUAGES = ("en", "ru")


def _faces(scenario: str, language: str) -> dict[str, str]:
    run = lab_run(scenario)
    table = io.StringIO()
    print_table(run, language, table)
    return {
        "cli": table.getvalue(),
        "text": build_report(run, "text", language),
        "html": unescape(build_report(run, "html", language)),
        "json": build_report(run, "json", language),
    }


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("scenario", ["offline", "whitelist_by_address", "system_dns_silent"])
def test_a_network_cause_leads_every_face_and_nothing_contradicts_it(
    scenario: str, language: str
) -> None:
    run = lab_run(scenario)
    headline = render(run.network.explanation, language)
    if run.network.code == "ok":  # a condition is the cause: its words lead, with the action
        headline = text("condition.dns_system_silent", language=language)
    faces = _faces(scenario, language)
    assert faces["cli"].splitlines()[0] == headline
    assert faces["text"].splitlines()[1] == headline
    assert f"<strong>{headline}</strong>" in faces["html"]
    summary = json.loads(faces["json"])["summary"]
    assert summary["cause"] in (run.network.code, "dns_system_silent")
    assert summary["headline"][0] == headline and summary["folded"]
    encrypted = text("condition.dns_encrypted_blocked", language=language)
    call_test = text("advice.not_tested.calls", language=language)
    blocked = text("standing.blocked", language=language) + ":"
    faces["json"] = "\n".join(summary["headline"] + summary["lines"])  # what the JSON says
    for face, words in faces.items():
        assert encrypted not in words, face  # "No internet" is the cause, not a DNS block
        assert call_test not in words, face  # the call test cannot help here
        assert blocked not in words.splitlines(), face  # the blocks are folded under it


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_country_refusal_is_its_own_line_never_blocked(language: str) -> None:
    faces = _faces("geo_refused", language)
    refused = text("standing.refused", language=language)
    blocked = text("standing.blocked", language=language)
    page = faces["html"]
    listed = page[page.index(refused) : page.index("</ul>", page.index(refused))]
    assert all(name in listed for name in ("Viber", "Twitch", "Zoom", "Discord")), listed
    for face in ("cli", "text"):
        line = next(x for x in faces[face].splitlines() if x.startswith(refused + ":"))
        for name in ("Viber", "Twitch", "Zoom", "Discord"):
            assert name in line, (face, line)
        assert not any(x.startswith(blocked) for x in faces[face].splitlines()), face
    sections = json.loads(faces["json"])["summary"]["sections"]
    standings = {s["standing"]: {x["id"] for x in s["services"]} for s in sections}
    assert {"viber", "twitch", "zoom", "discord"} <= standings["refused"]
    assert "blocked" not in standings


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_clean_run_says_so_and_names_no_problem(language: str) -> None:
    faces = _faces("clean", language)
    summary = json.loads(faces["json"])["summary"]
    assert summary["cause"] is None
    assert [s["standing"] for s in summary["sections"]] == ["works"]
    for face in ("cli", "text"):
        lines = faces[face].splitlines()
        assert not any(x.startswith(text("standing.blocked", language=language)) for x in lines)
        assert any(x.startswith(text("standing.works", language=language)) for x in lines)
