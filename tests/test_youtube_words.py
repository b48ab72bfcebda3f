"""YouTube is blocked by server name since Aug 2024 (docs/sources.md#youtube): when its TLS
handshake fails (reset, hang) the tile, the explanation and the advice say blocked by server
name, in English and Russian; only a measured slow rate says slowed down."""

from __future__ import annotations

from typing import Any

import pytest

from core.messages import render, text
from core.models import Status
from gui.words import advice, headline, worst_function
from lab.runs import lab_run

SLOW = ("slow", "замедл", "медлен")


def _said(function: Any, language: str) -> str:
    words = [headline(function, language), render(function.explanation, language)]
    words.append(advice(function, language))
    words += [render(m, language) for m in function.evidence]
    return " ".join(words).lower()


@pytest.mark.parametrize(
    ("scenario", "code", "tile_en", "tile_ru"),
    [
        ("youtube_sni_reset", "tls_reset", "Blocked by server name", "Блокировка по имени сервера"),
        (
            "youtube_sni_blackhole",
            "tls_timeout",
            "Blocked by server name: hangs",
            "Блокировка по имени сервера: зависание",
        ),
    ],
)
def test_a_failed_handshake_reads_blocked_by_name_never_slowed(
    scenario: str, code: str, tile_en: str, tile_ru: str
) -> None:
    run = lab_run(scenario)
    youtube = run.service("youtube")
    assert youtube is not None and youtube.status == Status.BLOCKED
    worst = worst_function(youtube.functions)
    assert worst is not None
    assert headline(worst, "en") == tile_en and headline(worst, "ru") == tile_ru
    for function in youtube.functions:
        assert (function.code, function.status) == (code, Status.BLOCKED), function.kind
        en, ru = _said(function, "en"), _said(function, "ru")
        assert "by name" in en and "по имени" in ru, en
        assert not any(word in en + ru for word in SLOW), (function.kind, en, ru)


def test_only_a_measured_slow_rate_reads_slowed() -> None:
    run = lab_run("youtube_throttled")
    youtube = run.service("youtube")
    assert youtube is not None
    worst = worst_function(youtube.functions)
    assert worst is not None and worst.code == "throttled"
    assert headline(worst, "en") == "Slowed down" and headline(worst, "ru") == "Замедление"
    en, ru = render(worst.explanation), render(worst.explanation, "ru")
    assert "kbit/s" in en and "кбит/с" in ru  # the measured rate, with the control's
    assert "Slowed down on purpose" in en and "Намеренно замедлено" in ru


@pytest.mark.parametrize("code", ["tls_reset", "tls_timeout"])
def test_the_words_of_a_failed_handshake_say_blocked(code: str) -> None:
    """The message table itself: a TLS failure's headline, label, explanation and advice name
    a block by server name and never a slowdown; throttled's name the slowdown."""
    for language in ("en", "ru"):
        keys = (f"headline.{code}", f"label.{code}", f"explain.{code}", f"advice.{code}")
        words = " ".join(text(k, language=language) for k in keys).lower()
        assert not any(word in words for word in SLOW), words
        assert ("blocked by server name" if language == "en" else "блокировка по имени") in words
    assert text("headline.throttled") == "Slowed down"
    assert "замедл" in text("explain.throttled", language="ru").lower()


@pytest.mark.parametrize("scenario", ["youtube_video_crawls", "youtube_video_freezes"])
def test_a_pull_too_slow_to_measure_is_throttled_never_works(scenario: str) -> None:
    """The real name froze or crawled while the control name measured: before, the throttling
    pair said "could not be measured" and the video function read "works"."""
    run = lab_run(scenario)
    [video] = [
        f
        for s in run.services
        if s.service_id == "youtube"
        for f in s.functions
        if f.kind.value == "video"
    ]
    assert video.code == "throttled" and video.status == Status.DEGRADED
    assert "evidence.throughput_starved" in [m.key for m in video.evidence]
    assert video.explanation.params["rate_kbps"] < 100


def test_a_request_cut_after_the_handshake_is_blocked_by_name() -> None:
    """Before, this read http_error: "Site error, not a block"."""
    run = lab_run("youtube_cut_after_handshake")
    [web] = [
        f
        for s in run.services
        if s.service_id == "youtube"
        for f in s.functions
        if f.kind.value == "web"
    ]
    assert web.code == "tls_timeout"
    assert "evidence.request_cut_by_name" in [m.key for m in web.evidence]
