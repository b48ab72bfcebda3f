"""Typed facts (issue #19): `Step.outcome` is an `Outcome` with one spelling per fact, compared
as members everywhere; stored documents with older spellings or the words inside the figures
still read the same."""

from __future__ import annotations

import ast
import pickle
from pathlib import Path
from typing import Any

import pytest

from core.codes import Outcome, Verdict, parse_outcome
from core.document import step_from_dict, step_to_dict
from core.models import Endpoint, EndpointResult, FunctionKind, Protocol, Step, StepKind

ROOT = Path(__file__).resolve().parent.parent


@pytest.mark.parametrize(
    ("stored", "read"),
    [
        ("stall", Outcome.STALL_NO_SERVER_HELLO),  # the policing test's old spelling
        ("stall_no_server_hello", Outcome.STALL_NO_SERVER_HELLO),
        ("stall_during_handshake", Outcome.STALL_DURING_HANDSHAKE),  # another fact: kept apart
        ("stalled", Outcome.STALLED),  # a flow that froze after it began: another fact too
        ("connect_refused", Outcome.CONNECT_REFUSED),
    ],
)
def test_older_spellings_read_as_todays_member(stored: str, read: Outcome) -> None:
    assert parse_outcome(stored) is read


def test_an_unknown_outcome_is_kept_as_it_was() -> None:
    stranger = parse_outcome("a_word_from_a_newer_version")
    assert stranger == "a_word_from_a_newer_version" and isinstance(stranger, Outcome)
    assert pickle.loads(pickle.dumps(stranger)) == stranger
    step = Step(StepKind.TLS, "x", False, stranger, 1.0)
    assert step_from_dict(step_to_dict(step)).outcome == "a_word_from_a_newer_version"
    assert not stranger.connect_failed


def test_a_stored_step_reads_back_as_a_member() -> None:
    data = step_to_dict(Step(StepKind.TLS, "x", False, parse_outcome("stall"), 1.0))
    assert data["outcome"] == "stall_no_server_hello"
    assert step_from_dict({**data, "outcome": "stall"}).outcome is Outcome.STALL_NO_SERVER_HELLO


def test_the_two_way_words_ride_beside_the_figures() -> None:
    """Documents before issue #19 kept `words` inside an endpoint's figures; they read as the
    typed field, and the function's words follow the endpoint's."""
    from core.document import function_from_dict, function_to_dict
    from core.rules import verdict

    ep = Endpoint("10.0.0.1", 443, Protocol.HTTPS, upload_path="/up")
    result = EndpointResult(ep, Verdict.STALLED, (), figures={"cut_kb": 16.0}, words="two_way_up")
    judged = verdict.aggregate("telegram", FunctionKind.MESSAGES, [result])
    assert judged.explanation.key == "explain.stalled.two_way_up"
    assert "words" not in judged.explanation.params
    data = function_to_dict(judged, "en", complete=True)
    endpoint = data["endpoints"][0]
    assert endpoint["words"] == "two_way_up" and "words" not in endpoint["figures"]
    assert function_from_dict("telegram", data) == judged
    old: dict[str, Any] = {**endpoint, "figures": {"cut_kb": 16.0, "words": "two_way_up"}}
    del old["words"]
    assert function_from_dict("telegram", {**data, "endpoints": [old]}) == judged


def _literal_outcome_comparisons(source: str) -> list[int]:
    """Lines comparing `<x>.outcome` with a string literal (or a tuple/set of them)."""

    def literal(node: ast.expr) -> bool:
        if isinstance(node, ast.Constant):
            return isinstance(node.value, str)
        if isinstance(node, ast.Tuple | ast.Set | ast.List):
            return any(literal(e) for e in node.elts)
        return False

    def outcome(node: ast.expr) -> bool:
        return isinstance(node, ast.Attribute) and node.attr == "outcome"

    lines = []
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Compare):
            sides = [node.left, *node.comparators]
            if any(outcome(s) for s in sides) and any(literal(s) for s in sides):
                lines.append(node.lineno)
        elif (
            isinstance(node, ast.Call)
            and isinstance(node.func, ast.Attribute)
            and node.func.attr in ("startswith", "endswith")
            and outcome(node.func.value)
        ):
            lines.append(node.lineno)
    return lines


def test_outcomes_are_compared_as_members() -> None:
    offenders = [
        f"{path.relative_to(ROOT).as_posix()}:{line}"
        for top in ("core", "gui", "cli")
        for path in sorted((ROOT / top).rglob("*.py"))
        for line in _literal_outcome_comparisons(path.read_text(encoding="utf-8"))
    ]
    assert not offenders, "outcomes compared as string literals:\n" + "\n".join(offenders)


@pytest.mark.parametrize(
    ("snippet", "lines"),
    [
        ('if step.outcome == "stalled":\n    pass\n', [1]),
        ('x = s.outcome in ("complete", "stalled")\n', [1]),
        ('x = step.outcome.startswith("connect_")\n', [1]),
        ("x = step.outcome == Outcome.STALLED\n", []),
    ],
)
def test_the_outcome_scan_can_fail(snippet: str, lines: list[int]) -> None:
    assert _literal_outcome_comparisons(snippet) == lines
