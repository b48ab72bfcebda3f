"""The GUI shows, never decides (issue #19): the banner's status, the run list's words and every
verdict decision come from the core; gui/ and cli/ never name a `Verdict` or `Condition` member."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

from core.codes import NETWORK_VERDICTS, Verdict
from core.messages import LANGUAGES, text
from core.models import Message, NetworkResult, Status
from core.rules.faces import network_status
from core.texts import TABLE

ROOT = Path(__file__).resolve().parent.parent
_MEMBER = re.compile(r"\b(Verdict|Condition)\.[A-Z][A-Z0-9_]*\b")


def _banner_colour(code: Verdict, qtbot: object) -> tuple[str, str]:
    from gui.run.banner import NetworkBanner
    from gui.status_style import accent

    banner = NetworkBanner()
    banner.show_network(
        NetworkResult(code, Message(f"network.{code}"), Message(f"network_advice.{code}")), "en"
    )
    shown = re.search(r"border-left: 6px solid (#[0-9a-f]{6})", banner.styleSheet())
    assert shown is not None, banner.styleSheet()
    return shown.group(1), accent(network_status(code), banner.palette()).name()


@pytest.mark.parametrize("code", [*sorted(NETWORK_VERDICTS), Verdict.parse("from_a_newer_one")])
def test_the_banner_paints_the_network_in_the_cores_status(code: Verdict, qtbot: object) -> None:
    painted, core = _banner_colour(code, qtbot)
    assert painted == core


def test_the_banner_keeps_its_look_for_the_news(qtbot: object) -> None:
    """What users see: no internet and whitelist mode in the blocked colour, a login page in
    the degraded one."""
    from PySide6.QtWidgets import QWidget

    from gui.status_style import accent

    palette = QWidget().palette()
    expected = {
        Verdict.OFFLINE: Status.BLOCKED,
        Verdict.WHITELIST_MODE: Status.BLOCKED,
        Verdict.CAPTIVE_PORTAL: Status.DEGRADED,
        Verdict.OK: Status.WORKS,
    }
    for code, status in expected.items():
        assert _banner_colour(code, qtbot)[0] == accent(status, palette).name(), code


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_run_list_words_are_the_cores(language: str) -> None:
    from gui.history.model import link_name, network_words

    for code in NETWORK_VERDICTS:
        words = network_words(code, language)
        assert words == text(f"history.network.{code}", language=language)
        assert words == TABLE[f"history.network.{code}"][language]
    for link in ("wifi", "cellular", "ethernet", "bluetooth"):
        assert link_name(link, language) == TABLE[f"history.link.{link}"][language]
    assert network_words("from_a_newer_one", language) == "from_a_newer_one"
    assert link_name("unknown", language) == link_name(None, language) == "—"
    assert TABLE["history.network.offline"]["ru"] == "нет подключения"  # as before the move


@pytest.mark.parametrize("language", LANGUAGES)
def test_outcomes_in_the_first_layer_are_the_cores_words(language: str) -> None:
    from gui.words import plain_params

    for outcome in ("timeout", "nxdomain", "nodata", "servfail", "refused", "error"):
        shown = plain_params({"outcome": outcome}, language)["outcome"]
        assert shown == TABLE[f"outcome.{outcome}"][language]
    assert plain_params({"outcome": "reset_by_peer"}, language)["outcome"] == "reset by peer"


def test_gui_and_cli_name_no_verdict_or_condition_member() -> None:
    found = [
        f"{path.relative_to(ROOT)}:{number}: {line.strip()}"
        for folder in ("gui", "cli")
        for path in sorted((ROOT / folder).rglob("*.py"))
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if _MEMBER.search(line)
    ]
    assert found == [], "decide in core/rules (core/rules/faces.py), show in the face"


def test_the_member_pattern_finds_what_it_must() -> None:
    assert _MEMBER.search("if f.code != Verdict.NOT_TESTED:")
    assert _MEMBER.search("x = Condition.VPN_DETECTED")
    assert not _MEMBER.search("Verdict.parse(code)")


def _self_targets(node: ast.AST) -> list[str]:
    """`self.x` names a statement assigns directly (`self.a, self.b = …` too)."""
    targets: list[ast.expr] = []
    if isinstance(node, ast.Assign):
        targets = list(node.targets)
    elif isinstance(node, ast.AnnAssign):
        targets = [node.target]
    names = []
    while targets:
        target = targets.pop()
        if isinstance(target, ast.Tuple | ast.List):
            targets += target.elts
        elif (
            isinstance(target, ast.Attribute)
            and isinstance(target.value, ast.Name)
            and target.value.id == "self"
        ):
            names.append(target.attr)
    return names


def attributes_set_outside_init(source: str) -> list[str]:
    """Class.attribute for each attribute a method other than `__init__` sets first."""
    found = []
    for cls in (n for n in ast.walk(ast.parse(source)) if isinstance(n, ast.ClassDef)):
        methods = [n for n in cls.body if isinstance(n, ast.FunctionDef | ast.AsyncFunctionDef)]
        declared = {
            t.target.id
            for t in cls.body
            if isinstance(t, ast.AnnAssign) and isinstance(t.target, ast.Name)
        }
        for method in methods:
            if method.name == "__init__":
                declared.update(n for s in ast.walk(method) for n in _self_targets(s))
        for method in methods:
            if method.name != "__init__":
                set_here = {n for s in ast.walk(method) for n in _self_targets(s)}
                found += [f"{cls.name}.{n} ({method.name})" for n in sorted(set_here - declared)]
    return found


def test_gui_attributes_are_set_in_init() -> None:
    """Every attribute a window or widget has exists from `__init__` on (None until used)."""
    found = [
        f"{path.relative_to(ROOT)}: {where}"
        for path in sorted((ROOT / "gui").rglob("*.py"))
        for where in attributes_set_outside_init(path.read_text(encoding="utf-8"))
    ]
    assert found == []


def test_the_attribute_check_finds_what_it_must() -> None:
    source = (
        "class A:\n"
        "    def __init__(self):\n        self.a = 1\n"
        "    def later(self):\n        self.a = 2\n        self.b, self.c = 3, 4\n"
        "        self.a.x = 5\n"
    )
    assert attributes_set_outside_init(source) == ["A.b (later)", "A.c (later)"]
