"""One judge: every verdict and condition code is written in core/rules/ (issue #19).

Probes and the engine measure and hand facts over; the GUI and the CLI show what the core
decided. A reference to a `Verdict` or `Condition` member anywhere else (`Verdict.OK`,
`Condition.VPN_DETECTED`) is a judgment made outside the rules, and this scan names it by
file:line. Class methods (`Verdict.parse`) are reading a stored code, not deciding one.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from core.codes import Condition, Verdict

ROOT = Path(__file__).resolve().parent.parent
SCANNED = ("core", "gui", "cli")
JUDGES = ("core/rules/", "core/codes.py")

_VOCABULARIES = {"Verdict": Verdict, "Condition": Condition}


def members_written(source: str, filename: str = "<snippet>") -> list[tuple[int, str]]:
    """(line, "Verdict.OK") for every attribute reference to a vocabulary member."""
    found = []
    for node in ast.walk(ast.parse(source, filename)):
        if not (isinstance(node, ast.Attribute) and isinstance(node.value, ast.Name)):
            continue
        vocabulary = _VOCABULARIES.get(node.value.id)
        if vocabulary is not None and node.attr in vocabulary.__members__:
            found.append((node.lineno, f"{node.value.id}.{node.attr}"))
    return found


def _scanned_files() -> list[Path]:
    files = []
    for top in SCANNED:
        for path in sorted((ROOT / top).rglob("*.py")):
            rel = path.relative_to(ROOT).as_posix()
            if rel.startswith(JUDGES):
                continue
            files.append(path)
    return files


def test_no_code_is_written_outside_the_rules() -> None:
    files = _scanned_files()
    assert len(files) > 50, "the scan found too few files: is the root right?"
    offenders = [
        f"{path.relative_to(ROOT).as_posix()}:{line}: {member}"
        for path in files
        for line, member in members_written(path.read_text(encoding="utf-8"), str(path))
    ]
    assert not offenders, "codes decided outside core/rules/:\n" + "\n".join(offenders)


@pytest.mark.parametrize(
    ("snippet", "expected"),
    [
        ("code = Verdict.OK\n", [(1, "Verdict.OK")]),
        ("x = 1\nif c == Condition.VPN_DETECTED:\n    pass\n", [(2, "Condition.VPN_DETECTED")]),
        (
            "codes = (Verdict.TLS_RESET, Verdict.TLS_TIMEOUT)\n",
            [(1, "Verdict.TLS_RESET"), (1, "Verdict.TLS_TIMEOUT")],
        ),
        ("code = Verdict.parse(word)\n", []),  # reading a stored code is not deciding one
        ("def f(code: Verdict) -> Verdict: ...\n", []),  # the type is fine
        ("from core import codes\nc = codes.Verdict\n", []),
        ("Verdict.SOMETHING_UNKNOWN\n", []),  # not a member: mypy's business
    ],
)
def test_the_scan_names_what_it_finds(snippet: str, expected: list[tuple[int, str]]) -> None:
    assert sorted(members_written(snippet)) == sorted(expected)


def test_the_scan_fails_on_a_judgment_in_the_engine() -> None:
    """Fed a snippet shaped like the engine's old code, the scan reports it (it can fail)."""
    snippet = "def result(step):\n    return Verdict.OK if step.ok else Verdict.TLS_ERROR\n"
    assert members_written(snippet) == [(2, "Verdict.OK"), (2, "Verdict.TLS_ERROR")]
