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


_CODE_VALUES = frozenset(v.value for vocabulary in _VOCABULARIES.values() for v in vocabulary)


def _names_a_code(node: ast.expr) -> bool:
    """`x.code`, `d["code"]` or `d.get("code")`: an expression that reads a verdict code."""
    if isinstance(node, ast.Attribute):
        return node.attr == "code"
    if isinstance(node, ast.Subscript):
        return isinstance(node.slice, ast.Constant) and node.slice.value == "code"
    if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute):
        first = node.args[0] if node.args else None
        return node.func.attr == "get" and isinstance(first, ast.Constant) and first.value == "code"
    return False


def _literal_codes(node: ast.expr) -> list[str]:
    elements = node.elts if isinstance(node, ast.Tuple | ast.List | ast.Set) else [node]
    return [
        e.value
        for e in elements
        if isinstance(e, ast.Constant) and isinstance(e.value, str) and e.value in _CODE_VALUES
    ]


def literals_compared(source: str, filename: str = "<snippet>") -> list[tuple[int, str]]:
    """(line, '"throttled"') for a code compared as a string literal (`f.code == "throttled"`,
    `d.get("code") in ("ok", ...)`): the same judgment as a member, spelt so the scan above
    would miss it."""
    found = []
    for node in ast.walk(ast.parse(source, filename)):
        if not isinstance(node, ast.Compare):
            continue
        sides = [node.left, *node.comparators]
        if not any(_names_a_code(side) for side in sides):
            continue
        for side in sides:
            found.extend((node.lineno, f'"{code}"') for code in _literal_codes(side))
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
        for line, member in (
            members_written(path.read_text(encoding="utf-8"), str(path))
            + literals_compared(path.read_text(encoding="utf-8"), str(path))
        )
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


@pytest.mark.parametrize(
    ("snippet", "expected"),
    [
        ('if f.code == "throttled":\n    pass\n', [(1, '"throttled"')]),
        ('ok = endpoint.get("code") == "ok"\n', [(1, '"ok"')]),
        (
            'bad = row["code"] in ("tcp_reset", "tls_reset")\n',
            [(1, '"tcp_reset"'), (1, '"tls_reset"')],
        ),
        ('fine = step.outcome == "ok"\n', []),  # an outcome, not a code
        ('fine = f.code == "not a code"\n', []),
        ('ok = r[0] != "ok"\n', []),  # SQLite's integrity_check says "ok" too
    ],
)
def test_literal_codes_compared_are_found(snippet: str, expected: list[tuple[int, str]]) -> None:
    assert sorted(literals_compared(snippet)) == sorted(expected)
