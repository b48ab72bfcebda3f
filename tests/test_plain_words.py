"""The first layer speaks plainly (issue 21): no "UDP to foreign hosting", "Reachable (connection
only)", "TCP/TLS fallback", "DPI-bypass tools" or "Drawn at random this run" in any words the
person reads, in English or Russian. Codes stay; technical detail stays in the raw steps."""

from __future__ import annotations

import re

import pytest

from core.catalog import load_catalog
from core.messages import text
from core.texts import TABLE

JARGON = re.compile(
    r"\bDPI\b|TCP/TLS|connection only|drawn at random|drawn from the hosting pool|hosting pool"
    r"|UDP to foreign|UDP до зарубежного|проверено только соединение|обхода DPI|выбран случайно",
    re.IGNORECASE,
)


def test_the_pattern_finds_the_old_words() -> None:
    for old in (
        "DPI-bypass tools running: zapret.",
        "The TCP/TLS fallback (x) is reachable",
        "Reachable (connection only)",
        "Drawn at random this run: e10.whatsapp.net",
        "UDP to foreign hosting",
        "Запущены средства обхода DPI: zapret.",
    ):
        assert JARGON.search(old), old
    assert not JARGON.search("anti-blocking programs such as GoodbyeDPI or zapret")


@pytest.mark.parametrize("language", ["en", "ru"])
def test_no_jargon_in_the_words(language: str) -> None:
    found = {key: words[language] for key, words in TABLE.items() if JARGON.search(words[language])}
    assert found == {}


def test_the_built_in_catalog_names_no_jargon() -> None:
    catalog = load_catalog(include_user=False)
    assert [s.name for s in catalog.services if JARGON.search(s.name)] == []
    assert catalog.services  # the scan saw services


def test_the_reworded_first_layer() -> None:
    assert text("headline.ok_connect_only", language="en") == "Probably works (it connects)"
    assert text("headline.ok_connect_only", language="ru") == "Скорее всего работает (соединяется)"
    assert text("service.hosting-udp", language="ru") == "Звонки и VPN через зарубежные серверы"
    drawn = text("evidence.drawn_host", {"host": "e10.whatsapp.net", "total": 12})
    assert drawn.startswith("This run checked e10.whatsapp.net, one of the service's 12 servers")
