"""docs/architecture.md's "Where a new verdict code goes" stays true (issue #19).

The list is what a newcomer follows to add a signature, so a file it forgets is a code added
half-way: a verdict with no words, or missing from the report schema. A file "takes part" when
it holds a table of (nearly) every verdict code — the vocabulary, the priorities, the words, the
schema, the docs — and every such file must be on the list; every entry must exist.
"""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

import pytest

from core.codes import Verdict

ROOT = Path(__file__).resolve().parent.parent
MAP = ROOT / "docs" / "architecture.md"
HEADING = "### Where a new verdict code goes"
TABLE_SHARE = 0.75  # a file naming this share of all codes holds a table of them
# Tests hold tables of expected codes too; the list names the ones a new code must join.
NOT_SCANNED = ("tests/",)


def listed_paths(markdown: str) -> list[str]:
    """The first `path` of each numbered item in the section."""
    section = markdown.split(HEADING, 1)[1].split("\n## ", 1)[0].split("\n### ", 1)[0]
    return re.findall(r"^\d+\. `([^`]+)`", section, flags=re.MULTILINE)


def stated_count(markdown: str) -> int:
    section = markdown.split(HEADING, 1)[1]
    found = re.search(r"touches these (\d+) files", section)
    assert found, "the section says how many files a new code touches"
    return int(found.group(1))


def names_codes(text: str) -> int:
    """How many verdict codes `text` names, by string (`"tcp_reset"`) or member."""
    return sum(
        1
        for code in Verdict
        if re.search(rf"(?<![a-z_]){code.value}(?![a-z_])", text)
        or re.search(rf"\bVerdict\.{code.name}\b", text)
    )


def covered(path: str, listed: list[str]) -> bool:
    return any(
        path == entry or (entry.endswith("/") and path.startswith(entry)) or Path(path).match(entry)
        for entry in listed
    )


def tracked_files() -> list[str]:
    out = subprocess.run(
        ["git", "ls-files", "--cached", "--others", "--exclude-standard"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    return [p for p in out.splitlines() if (ROOT / p).is_file()]


def tables_of_codes(files: list[str]) -> list[str]:
    tables = []
    for path in files:
        if path.startswith(NOT_SCANNED) or path == "docs/architecture.md":
            continue
        if Path(path).suffix not in (".py", ".md", ".json", ".toml", ".html", ".ts"):
            continue
        text = (ROOT / path).read_text(encoding="utf-8", errors="replace")
        if names_codes(text) >= TABLE_SHARE * len(Verdict):
            tables.append(path)
    return tables


def test_every_entry_exists() -> None:
    listed = listed_paths(MAP.read_text(encoding="utf-8"))
    assert listed, "the section lists files"
    for entry in listed:
        matches = list(ROOT.glob(entry.rstrip("/"))) if "*" in entry else [ROOT / entry]
        assert any(m.exists() for m in matches), f"{entry} is listed but does not exist"


def test_the_count_is_the_list() -> None:
    markdown = MAP.read_text(encoding="utf-8")
    assert stated_count(markdown) == len(listed_paths(markdown))


@pytest.mark.skipif(not (ROOT / ".git").exists(), reason="needs the git checkout")
def test_every_table_of_codes_is_listed() -> None:
    listed = listed_paths(MAP.read_text(encoding="utf-8"))
    tables = tables_of_codes(tracked_files())
    assert "core/codes.py" in tables, "the scan finds the vocabulary itself"
    missing = [p for p in tables if not covered(p, listed)]
    assert not missing, f"hold a table of verdict codes but are not on the map: {missing}"


def test_a_forgotten_table_is_caught() -> None:
    """The check bites: a file naming every code that the list does not name is reported."""
    every_code = "\n".join(f'"{c.value}": 1,' for c in Verdict)
    assert names_codes(every_code) == len(Verdict)
    assert not covered("core/texts/forgotten.py", ["core/texts/verdicts.py", "core/codes.py"])
    assert covered("core/rules/signatures.py", ["core/rules/"])
    assert covered("tests/test_rules_calls.py", ["tests/test_rules_*.py"])
