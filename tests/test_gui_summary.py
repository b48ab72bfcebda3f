"""The window says what the CLI and reports say (issue 21): calls named when blocked or not
checkable, one cause headline for a dead system DNS, nothing "needs attention" on a clean
network without a call test. Replayed lab runs, English and Russian."""

from __future__ import annotations

from typing import Any

import pytest

from lab.gui import lab_window
from lab.runs import lab_run
from tests.gui_helpers import replay_runs

pytestmark = pytest.mark.gui


def _window(qtbot: Any, shared_lab: Any, monkeypatch: Any, scenario: str, language: str) -> Any:
    window = lab_window(shared_lab("clean"), language=language)
    qtbot.addWidget(window)
    window.show()
    replay_runs(monkeypatch, lab_run(scenario))
    with qtbot.waitSignal(window.bridge.jobFinished, timeout=90_000):
        window.start_run()
    return window


@pytest.mark.parametrize(
    ("language", "unchecked", "blocked"),
    [
        ("en", "Messages work · calls can't be checked without an account", "Blocked: "),
        ("ru", "Сообщения работают · звонки нельзя проверить без аккаунта", "Заблокировано: "),
    ],
)  # the tile says both; the banner's class line names the calls
def test_calls_blocked_and_uncheckable_read_so_on_tiles_and_banner(
    qtbot: Any, shared_lab: Any, monkeypatch: Any, language: str, unchecked: str, blocked: str
) -> None:
    window = _window(qtbot, shared_lab, monkeypatch, "calls_blocked_messages_ok", language)
    assert window.grid.tiles["telegram"].headline() == unchecked  # never "Works"
    headline = window.banner.headline()
    first = headline.splitlines()[0]
    assert first.startswith(blocked) and "WhatsApp (" in first, headline
    calls = unchecked.split(" · ")[1]
    assert any(
        line.lower().startswith(calls.lower()) and "Telegram" in line
        for line in headline.splitlines()
    ), headline
    window.close()


@pytest.mark.parametrize("language", ["en", "ru"])
def test_a_dead_system_dns_is_one_headline_with_its_action(
    qtbot: Any, shared_lab: Any, monkeypatch: Any, language: str
) -> None:
    window = _window(qtbot, shared_lab, monkeypatch, "system_dns_silent", language)
    headline = window.banner.headline()
    assert ("switch to another DNS" if language == "en" else "смените DNS") in headline
    detail = window.banner._detail.text()
    assert ("Because of this" if language == "en" else "Из-за этого") in detail
    assert not any(
        line.startswith(("Blocked:", "Заблокировано:")) for line in detail.splitlines()
    ), detail
    window.close()


def test_a_clean_network_without_a_call_test_needs_no_attention(
    qtbot: Any, shared_lab: Any, monkeypatch: Any
) -> None:
    """'UDP to foreign hosting — calls not checked' was the one tile under "Needs attention":
    what the run did not test is not a problem."""
    window = _window(qtbot, shared_lab, monkeypatch, "clean", "en")
    assert "attention" not in window.grid.group_keys
    assert window.banner.headline() == "Internet connection works."
    window.close()


@pytest.mark.parametrize("language", ["en", "ru"])
@pytest.mark.parametrize("scenario", ["offline", "whitelist_by_address"])
def test_no_internet_and_whitelist_lead_with_their_action_and_nothing_against_it(
    qtbot: Any, shared_lab: Any, monkeypatch: Any, scenario: str, language: str
) -> None:
    from core.messages import render, text

    window = _window(qtbot, shared_lab, monkeypatch, scenario, language)
    network = window.state.network
    assert window.banner.headline() == render(network.explanation, language)
    detail = window.banner._detail.text().splitlines()
    assert detail[0] == render(network.advice, language)  # the one action, right under it
    assert text("condition.dns_encrypted_blocked", language=language) not in "\n".join(detail)
    window.close()


@pytest.mark.parametrize("language", ["en", "ru"])
def test_a_country_refusal_is_grey_and_its_own_line(
    qtbot: Any, shared_lab: Any, monkeypatch: Any, language: str
) -> None:
    from core.messages import text
    from core.models import Status
    from core.rules.summary import shown_status

    window = _window(qtbot, shared_lab, monkeypatch, "geo_refused", language)
    headline = window.banner.headline()
    refused = text("standing.refused", language=language)
    assert headline.startswith(refused) and "Twitch" in headline, headline
    assert text("standing.blocked", language=language) not in headline
    twitch = window.state.services["twitch"].result
    assert twitch is not None and shown_status(twitch) is Status.UNKNOWN  # grey, not red
    assert "attention" not in window.grid.group_keys
    window.close()
