"""Every GUI string has a Russian translation that keeps its placeholders.

Strings are found with the AST (not only by lupdate, which misses `tr()` inside f-strings), so
a string that lupdate cannot see fails here instead of silently staying English.
"""

from __future__ import annotations

import ast
import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
TS = ROOT / "resources" / "translations" / "svyaz_ru.ts"
PLACEHOLDER = re.compile(r"%(?:n|\d)")


def gui_strings() -> set[str]:
    found: set[str] = set()
    for path in sorted((ROOT / "gui").rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call) or not isinstance(node.func, ast.Attribute):
                continue
            args = node.args
            if node.func.attr == "tr" and args:
                literal = args[0]
            elif node.func.attr == "translate" and len(args) >= 2:
                literal = args[1]
            else:
                continue
            if isinstance(literal, ast.Constant) and isinstance(literal.value, str):
                found.add(literal.value)
    return found


def ts_messages(path: Path) -> dict[str, list[str]]:
    """source -> translations (one, or the plural forms); unfinished ones are left out."""
    messages: dict[str, list[str]] = {}
    for message in ET.parse(path).getroot().iter("message"):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        if translation is None or translation.get("type") in ("unfinished", "obsolete", "vanished"):
            continue
        forms = [f.text or "" for f in translation.findall("numerusform")]
        messages[source] = forms or [translation.text or ""]
    return messages


def test_the_scanner_finds_strings() -> None:
    strings = gui_strings()
    assert "Run diagnostic" in strings and "What to try:" in strings
    assert len(strings) > 80


def test_every_gui_string_has_a_russian_translation() -> None:
    messages = ts_messages(TS)
    missing = sorted(s for s in gui_strings() if not any(f.strip() for f in messages.get(s, [])))
    assert not missing, f"no Russian for: {missing} (run `make translations`, then translate)"


def test_russian_plurals_have_three_forms_and_placeholders_survive() -> None:
    for source, forms in ts_messages(TS).items():
        wanted = sorted(set(PLACEHOLDER.findall(source)))
        if "%n" in source:
            assert len(forms) == 3, source
        for form in forms:
            assert sorted(set(PLACEHOLDER.findall(form))) == wanted, (source, form)


@pytest.mark.gui
def test_the_window_speaks_russian(qtbot: object, make_lab: object) -> None:
    from PySide6.QtCore import QCoreApplication

    from gui.i18n import install_translators
    from gui.settings import GuiSettings

    app = QCoreApplication.instance()
    assert app is not None
    assert install_translators(app, GuiSettings(language="ru")) == "ru"
    try:
        assert QCoreApplication.translate("RunBar", "Run diagnostic") == "Запустить проверку"
        forms = [
            QCoreApplication.translate("NetworkBanner", "%n service(s) blocked", "", n)
            for n in (1, 3, 5, 21)
        ]
        assert forms == [
            "1 сервис заблокирован",
            "3 сервиса заблокированы",
            "5 сервисов заблокировано",
            "21 сервис заблокирован",
        ]
    finally:
        install_translators(app, GuiSettings(language="en"))
    assert QCoreApplication.translate("NetworkBanner", "%n service(s) blocked", "", 3) == (
        "3 services blocked"
    )


def test_the_engine_texts_are_russian_too() -> None:
    """The core's message table (verdicts, headlines, evidence, service names) is complete in
    Russian, with the same named fields as the English."""
    from core.messages import missing_translations
    from core.texts import TABLE

    assert missing_translations("ru") == []
    field = re.compile(r"\{(\w+)")
    for key, entry in TABLE.items():
        assert set(field.findall(entry["en"])) == set(field.findall(entry["ru"])), key
    latin = [
        key
        for key, entry in TABLE.items()
        if key.startswith(("headline.", "explain.", "advice.", "evidence."))
        and entry["ru"] == entry["en"]
    ]
    assert not latin, f"copied, not translated: {latin}"


def test_every_plural_has_english_forms_too() -> None:
    """English needs its plural forms from svyaz_en.ts: without them a count reads
    "4 service(s) refuse your country" (seen in a screenshot)."""
    russian = ts_messages(TS)
    english = ts_messages(TS.with_name("svyaz_en.ts"))
    plurals = [source for source in russian if "(s)" in source and "%n" in source]
    assert plurals
    missing = [s for s in plurals if len(english.get(s, [])) != 2 or "(s)" in english[s][0]]
    assert not missing, missing
