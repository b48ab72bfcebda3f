"""The line itself against the lab (issue 20, items 1 and 5): a slow and a lossy line shared by
every connection, the domestic controls' included, read as the line, never as a block; a
service whose own name passes while a made-up name on its address is cut works. One lab run per
scenario (lab_run), shared by every assertion here."""

from __future__ import annotations

import json
from typing import Any

import jsonschema
import pytest

from core.codes import Condition, Verdict
from core.messages import render, text
from core.models import RunResult, Status
from core.report.render import build_report
from core.resources import resource_path
from lab.runs import lab_run

# What a line must never be called: the censor's words.
BLAMED = (Verdict.STALLED, Verdict.THROTTLED, Verdict.CONNECTION_LIMITED)
SCENARIO_SECONDS = 15.0
SCHEMA = json.loads(resource_path("report-schema.json").read_text(encoding="utf-8"))


def _functions(run: RunResult) -> dict[tuple[str, str], Any]:
    return {(s.service_id, f.kind.value): f for s in run.services for f in s.functions}


def _nothing_blamed(run: RunResult) -> None:
    for key, f in _functions(run).items():
        assert f.code not in BLAMED and f.status != Status.BLOCKED, (key, f.code, f.evidence)


@pytest.mark.parametrize(
    ("scenario", "condition", "words"),
    [
        ("line_slow_edge", Condition.SLOW_LINE, ("evidence.line_slow", "evidence.line_crawl")),
        ("line_lossy", Condition.UNSTABLE_LINE, ("evidence.line_unstable",)),
    ],
)
def test_a_poor_line_is_named_once_and_blamed_on_no_service(
    scenario: str, condition: Condition, words: tuple[str, ...]
) -> None:
    run = lab_run(scenario)
    assert run.duration_ms <= SCENARIO_SECONDS * 1000
    network = run.network
    assert network.code == Verdict.OK  # the network works; the condition colours every result
    line_conditions = (Condition.SLOW_LINE, Condition.UNSTABLE_LINE)
    assert [c for c in network.conditions if c in line_conditions] == [condition]  # once
    said = [m for m in network.evidence if m.key in words]
    assert len(said) == 1  # a domestic control is slow or lossy too: the controls say so
    assert said[0].params["samples"] == 3  # both domestic controls' pages and the foreign one
    _nothing_blamed(run)
    held = [f for f in _functions(run).values() if f.explanation.key == "explain.not_tested.line"]
    for f in held:
        assert f.status == Status.UNKNOWN
        assert "too slow to tell" in render(f.explanation)
        assert "слишком медленная" in render(f.explanation, "ru")


def test_on_a_poor_line_the_transfer_tests_are_shortened() -> None:
    slow = _functions(lab_run("line_slow_edge"))
    video = slow[("youtube", "video")]
    assert "evidence.throughput_line" in [m.key for m in video.evidence]
    assert video.status != Status.DEGRADED
    # what timed out or froze, as the controls did too, was measured and held back
    held = [f for f in slow.values() if f.explanation.key == "explain.not_tested.line"]
    assert held and all(f.evidence[0].key == "evidence.held_back_line" for f in held)
    # the cut test took one short pull per drawn hosting endpoint, not its repeats
    hosting = _functions(lab_run("line_lossy"))[("foreign-hosting", "web")]
    keys = [m.key for m in hosting.evidence]
    assert 1 <= keys.count("evidence.transfers_shortened") <= keys.count("evidence.pool_drawn")
    words = next(m for m in hosting.evidence if m.key == "evidence.transfers_shortened")
    assert "one short look" in render(words) and "одну короткую" in render(words, "ru")


def test_a_fast_line_names_no_line_condition() -> None:
    for scenario in ("clean", "youtube_throttled"):
        conditions = lab_run(scenario).network.conditions
        assert Condition.SLOW_LINE not in conditions
        assert Condition.UNSTABLE_LINE not in conditions


def test_a_service_whose_own_name_passes_works_beside_a_cut_made_up_name() -> None:
    run = lab_run("allowlisted_service_name", services=("youtube", "whatsapp", "vk", "google"))
    functions = _functions(run)
    for kind in ("web", "media", "video"):
        assert functions[("youtube", kind)].code == Verdict.OK, kind
    video = functions[("youtube", "video")]
    slowed = next(m for m in video.evidence if m.key == "evidence.unlisted_throttled")
    assert slowed.params["name"] == "redirector.googlevideo-com.test"
    assert "made-up name" in render(slowed) and "Придуманное имя" in render(slowed, "ru")
    _nothing_blamed(run)
    assert not run.network.conditions


@pytest.mark.parametrize("language", ["en", "ru"])
def test_the_reports_name_the_line_once(language: str) -> None:
    run = lab_run("line_slow_edge")
    words = text(f"condition.{Condition.SLOW_LINE}", language=language).split(":")[0]
    for fmt in ("text", "html"):
        assert build_report(run, fmt, language).count(words) == 1, fmt
    document = json.loads(build_report(run, "json", language))
    assert [c["code"] for c in document["network"]["conditions"]] == ["slow_line"]
    jsonschema.validate(document, SCHEMA)  # the schema knows the condition
