"""`svyaz watch` and `svyaz diary` without a network: their options, the diary from a history
file in every format, the words of a change, and the headless network source."""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import json
from datetime import UTC
from pathlib import Path

import pytest

from cli.main import main
from cli.watch import parse_duration, parse_size
from core.history import History
from core.periods import Evidence, Period, Subject, SubjectKind
from core.rules.watch import Change
from core.watch import HeadlessNetworkSource, grouped, poll_changes
from tests.watch_helpers import FakeClock

CALLS = Subject(SubjectKind.FUNCTION, "whatsapp", "calls", name="WhatsApp")
MESSAGES = Subject(SubjectKind.FUNCTION, "telegram", "messages", name="Telegram")
OFFLINE = Subject(SubjectKind.NETWORK, condition="offline")
AT = 1_764_929_100.0  # 2025-12-05 10:05 UTC


@pytest.mark.parametrize(
    ("text", "seconds"), [("30m", 1800), ("1h", 3600), ("90s", 90), ("45", 2700), ("1.5h", 5400)]
)
def test_durations(text: str, seconds: float) -> None:
    assert parse_duration(text) == seconds


@pytest.mark.parametrize(("text", "size"), [("20MB", 20_000_000), ("500kb", 500_000), ("1", 10**6)])
def test_sizes(text: str, size: int) -> None:
    assert parse_size(text) == size


@pytest.mark.parametrize("bad", ["soon", "-5m", "30 parsecs"])
def test_bad_durations_are_refused(bad: str) -> None:
    with pytest.raises(argparse.ArgumentTypeError):
        parse_duration(bad)


def test_an_interval_under_five_minutes_is_refused(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["watch", "--interval", "1m", "--catalog", "/nonexistent.toml"]) == 2
    err = capsys.readouterr().err
    assert err.startswith("svyaz: ") and len(err.strip().splitlines()) == 1


def _history(path: Path) -> None:
    with History.open(path) as h:
        closed = h.open_period(
            Period(CALLS, "blocked", AT, Evidence("r1", AT, "udp_blocked"), 1800, link="wifi")
        )
        assert closed.id is not None
        h.close_period(closed.id, Evidence("r2", AT + 7500, "ok"))
        h.open_period(Period(OFFLINE, "on", AT + 9000, Evidence("r3", AT + 9000, "offline"), 1800))


def test_diary_in_every_format(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "h.sqlite3"
    _history(path)
    base = ["diary", "--history-file", str(path), "--since", "2025-12-01", "--until", "2025-12-31"]
    assert main(base) == 0
    lines = capsys.readouterr().out.splitlines()
    assert len(lines) == 2 and lines[0].startswith("Wi-Fi: WhatsApp calls blocked from 2025-12-05")
    assert "2 h 5 min; checked every 30 min" in lines[0] and "so far" in lines[1]
    assert main([*base, "--format", "json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert [p["start_evidence"]["run_id"] for p in data["periods"]] == ["r1", "r3"]
    out = tmp_path / "diary.html"
    assert main([*base, "--format", "html", "--output", str(out), "--language", "ru"]) == 0
    assert "Дневник сбоев" in out.read_text(encoding="utf-8")
    assert main([*base, "--format", "csv", "--output", str(out)]) == 2  # never replaced
    assert main([*base, "--format", "csv", "--output", str(out), "--overwrite"]) == 0
    assert out.read_text(encoding="utf-8").startswith("Connection,")
    assert main([*base[:3], "--since", "2025-01-01", "--until", "2025-01-02"]) == 0
    assert capsys.readouterr().out.strip() == "No outage was recorded in this period."


def _change(subject: Subject, before: str | None, after: str) -> Change:
    return Change(subject, before, after, Evidence("r", AT, "x"))


def test_the_grouped_notification() -> None:
    changes = [
        _change(MESSAGES, "blocked", "works"),
        _change(CALLS, "works", "blocked"),
        _change(OFFLINE, "on", "off"),
    ]
    assert grouped(changes, "en", AT, UTC) == (
        "Internet back since 10:05 · WhatsApp calls blocked since 10:05 · "
        "Telegram messages working again since 10:05"
    )
    assert grouped(changes[1:2], "ru", AT + 86400, UTC) == (
        "WhatsApp, звонки: блокировка с 2025-12-05 10:05"  # not today: dated
    )


def test_the_headless_source_labels_a_vpn_and_the_metered_choice() -> None:
    source = HeadlessNetworkSource(metered=True, probe_vpn=lambda: "wg0")
    state = source.current()
    assert state.through_vpn and state.vpn == "wg0" and state.counts_as_metered
    plain = HeadlessNetworkSource(probe_vpn=lambda: None).current()
    assert not plain.through_vpn and not plain.counts_as_metered


def test_interfaces_that_change_are_a_network_change() -> None:
    seen = iter(["wifi:a", "wifi:a", "wifi:b", "wifi:b", "eth:c", "eth:c"])
    changed: list[float] = []
    clock = FakeClock(0.0)

    async def main() -> None:
        def on_change() -> None:
            changed.append(clock.now())
            if len(changed) == 2:
                task.cancel()

        task = asyncio.create_task(poll_changes(lambda: next(seen), on_change, clock, 60))
        with contextlib.suppress(asyncio.CancelledError):
            await task

    asyncio.run(main())
    assert changed == [120.0, 240.0]
    source = HeadlessNetworkSource(probe_vpn=lambda: None, probe_interfaces=lambda: "x")
    assert source.fingerprint() == "x"
