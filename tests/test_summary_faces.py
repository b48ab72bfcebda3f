"""The CLI and the reports say what the window says (issue 21): calls named when they are
blocked or cannot be checked, one cause headline for a network-wide condition, every problem in
the short text, problems first, in English and Russian. Lab runs."""

from __future__ import annotations

import io
from html import unescape

import pytest

from cli.diagnose import print_table
from core.report import build_report
from core.rules.summary import Standing, service_standing
from lab.runs import lab_run


def _table(scenario: str, language: str) -> str:
    out = io.StringIO()
    print_table(lab_run(scenario), language, out)
    return out.getvalue()


@pytest.mark.parametrize(
    ("language", "blocked_calls", "unchecked"),
    [
        ("en", "WhatsApp — calls:", "Calls can't be checked without an account"),
        ("ru", "WhatsApp — звонки:", "Звонки нельзя проверить без аккаунта"),
    ],
)
def test_calls_blocked_and_uncheckable_are_named_in_every_face(
    language: str, blocked_calls: str, unchecked: str
) -> None:
    run = lab_run("calls_blocked_messages_ok")
    table = _table("calls_blocked_messages_ok", language)
    short = build_report(run, "text", language)
    html = unescape(build_report(run, "html", language))
    for face in (table, short):
        assert blocked_calls in face
        assert f"{unchecked}: Telegram" in face
    assert blocked_calls in html and unchecked in html
    lines = table.splitlines()
    telegram = next(line for line in lines if line.startswith("Telegram"))
    messages = "Messages work" if language == "en" else "Сообщения работают"
    assert unchecked.lower() in telegram.lower() and messages in telegram  # never just "Works"
    whatsapp = next(line for line in lines if line.startswith("WhatsApp"))
    assert whatsapp.rstrip().endswith(("Blocked: calls", "Заблокировано: звонки"))
    # problems first: WhatsApp and Telegram lead the table
    services = [line.split()[0] for line in lines if line and not line.startswith((" ", "\t"))]
    assert services.index("WhatsApp") < services.index("Signal")
    # the short text opens with the network and names the blocked calls, not "Works: 44"
    # (the count of working services follows the catalog: 43 before issue 24's services)
    works = sum(service_standing(s) is Standing.WORKS for s in run.services)
    assert works >= 43
    assert short.index(blocked_calls) < short.rindex(str(works))


def test_the_reports_give_telegrams_known_call_context_and_no_loss_figure() -> None:
    html = unescape(build_report(lab_run("calls_blocked_messages_ok"), "html"))
    assert "restricted in Russia since August 2025" in html
    calls = html[html.index("<h2>Call test</h2>") : html.index("<h2>Services</h2>")]
    telegram = next(line for line in calls.splitlines() if "Telegram" in line)
    assert "%" not in telegram  # a path that proves nothing shows no loss figure


@pytest.mark.parametrize("language", ["en", "ru"])
def test_a_dead_system_dns_is_one_headline_with_its_action(language: str) -> None:
    run = lab_run("system_dns_silent")
    table = _table("system_dns_silent", language)
    short = build_report(run, "text", language)
    switch = "switch to another DNS" if language == "en" else "смените DNS"
    for face in (table, short):
        first = face.splitlines()[1 if face is short else 0]
        assert switch in first  # the cause and its one action lead
        assert ("Blocked:" if language == "en" else "Заблокировано:") not in face
        assert "Because of this" in face or "Из-за этого" in face


def test_the_technical_layer_names_the_slowed_name_and_the_control_name() -> None:
    """It marked the control name 'slowed down' and the throttled name 'works': each pull now
    names the server name it sent and its rate, and the endpoint the name it is about."""
    from gui.run.details_text import merged_steps

    run = lab_run("youtube_throttled")
    youtube = run.service("youtube")
    assert youtube is not None
    video = youtube.function("video")
    assert video is not None
    pair = next(e for e in video.endpoints if e.code == "throttled")
    lines = merged_steps(pair.steps)
    pulls = [line for line in lines if line.startswith("✓ THROUGHPUT")]
    real = next(line for line in pulls if "(redirector.googlevideo-com.test)" in line)
    control = next(line for line in pulls if "(dl.google-com.test)" in line)
    assert "kbit/s" in real and "kbit/s" not in control, lines  # slowed vs a fast control


def test_the_html_report_draws_the_call_test_as_svg_without_script() -> None:
    page = build_report(lab_run("calls_blocked_messages_ok"), "html", "ru")
    chart = page[page.index("<svg") : page.index("</svg>")]
    assert "<script" not in page.lower()
    assert "MOS" in chart and "Signal" in chart and "WhatsApp" in chart
    telegram = next(line for line in chart.splitlines() if "? " in line)
    assert "%" not in telegram  # a path that proves nothing: "?", no loss figure
    assert 'width="0' not in chart.split("Signal", 1)[1].split("</text>", 2)[1]  # MOS drawn
