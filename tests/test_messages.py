"""The message table: complete in Russian, placeholders kept (every code's words: test_codes)."""

from __future__ import annotations

import re
import string

import pytest

from core.messages import duplicate_keys, missing_translations, plural_index, render, text
from core.models import Message
from core.texts import TABLE


def _fields(template: str) -> set[str]:
    return {f for _, f, _, _ in string.Formatter().parse(template) if f}


def test_russian_is_complete() -> None:
    assert missing_translations("ru") == []


def test_no_key_is_defined_in_two_areas() -> None:
    assert duplicate_keys() == []


@pytest.mark.parametrize("key", sorted(TABLE))
def test_translations_keep_their_placeholders(key: str) -> None:
    entry = TABLE[key]
    assert _fields(entry["en"]) == _fields(entry["ru"]), key


@pytest.mark.parametrize(
    ("n", "form"),
    [
        (1, 0),
        (2, 1),
        (4, 1),
        (5, 2),
        (11, 2),
        (12, 2),
        (21, 0),
        (22, 1),
        (25, 2),
        (111, 2),
        (101, 0),
    ],
)
def test_russian_plural_forms(n: int, form: int) -> None:
    assert plural_index(n, "ru") == form


def test_plural_in_templates() -> None:
    m = Message(
        "evidence.some_addresses_fail",
        {"failed": 1, "total": 5, "what_code": "tcp_timeout", "addresses": "x"},
    )
    assert "5 addresses" in render(m, "en")
    assert "из 5 адресов" in render(m, "ru")
    assert "(no connection (black hole))" in render(m, "en")


def test_unknown_key_and_missing_params_do_not_crash() -> None:
    assert text("no.such.key") == "no.such.key"
    assert "{rate_kbps}" in text("explain.throttled", {})


def test_no_stray_braces() -> None:
    for key, entry in TABLE.items():
        for template in entry.values():
            assert not re.search(r"\{[^}]*\{", template), key


def test_rates_are_shown_with_units() -> None:
    m = Message("explain.throttled", {"rate_kbps": 128, "control_kbps": 41250.5})
    assert render(m, "en") == (
        "Slowed down on purpose: 128 kbit/s with its own name, "
        "41.3 Mbit/s with a control name on the same server."
    )
    assert "128 кбит/с" in render(m, "ru") and "41,3 Мбит/с" in render(m, "ru")
