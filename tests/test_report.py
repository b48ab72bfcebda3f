"""Reports: the JSON validates, nothing about the user leaks by default, network text is
inert in the HTML, and the text summary fits a chat message."""

from __future__ import annotations

import dataclasses
import json
import time
from html.parser import HTMLParser
from pathlib import Path

import jsonschema
import pytest

from core.document import run_to_dict
from core.models import CallFigures, CallResults, CallVerdict, Message, RunResult, Status
from core.report import FORMATS, build_report, report_document, report_filename
from core.report.privacy import HIDDEN, redact_document
from core.resources import resource_path
from lab.runs import lab_run, variant

SCHEMA = json.loads(resource_path("report-schema.json").read_text(encoding="utf-8"))
HOSTILE_TITLE = "<script>alert(1)</script>"

# The user's own network, planted where a run keeps it and where it could leak from.
LOCAL = ["192.168.1.23", "2a02:6b8:c0e:500:1:2:3:4"]
PUBLIC = "203.0.113.77"
RESOLVERS = ["192.168.1.1", "10.61.0.2"]
SYSTEM_RESOLVER = "10.61.0.2:53"
PROXY = "http://alice:s3cret@10.9.8.7:3128"
PROVIDER, ASN = "Rostelecom Volga", 12389
LEAKS = [*LOCAL, PUBLIC, *RESOLVERS, "10.9.8.7", "s3cret", PROVIDER, str(ASN)]


@pytest.fixture(scope="module")
def blockpage() -> RunResult:
    return lab_run("http_blockpage")


@pytest.fixture(scope="module")
def hostile() -> RunResult:
    return lab_run("http_blockpage_hostile")


def _planted(run: RunResult) -> RunResult:
    """`run` as if it ran on a real home network, with the addresses in step texts too."""
    service = run.services[0]
    function = service.functions[0]
    endpoint = function.endpoints[0]
    step = dataclasses.replace(
        endpoint.steps[0],
        detail={**endpoint.steps[0].detail, "local": f"{LOCAL[0]}:50123", "via": PUBLIC},
        errors=(f"connect from {LOCAL[1]} failed", f"resolver {RESOLVERS[1]} timed out"),
    )
    endpoint = dataclasses.replace(endpoint, steps=(step, *endpoint.steps[1:]))
    function = dataclasses.replace(function, endpoints=(endpoint, *function.endpoints[1:]))
    service = dataclasses.replace(service, functions=(function, *service.functions[1:]))
    return dataclasses.replace(
        run,
        services=(service, *run.services[1:]),
        environment={
            "network_type": "wifi",
            "local_addresses": LOCAL,
            "public_address": PUBLIC,
            "resolvers": RESOLVERS,
            "provider": PROVIDER,
            "asn": ASN,
            "vpn": False,
            "vpn_interfaces": [],
            "proxy": PROXY,
            "fake_ip": False,
            "bypass_tools": [],
        },
        settings={
            **run.settings,
            "system_resolver": SYSTEM_RESOLVER,
            "ca_bundle": str(Path.home() / "Documents" / "my-ca.pem"),
        },
    )


@pytest.mark.parametrize("language", ["en", "ru"])
@pytest.mark.parametrize("details", [False, True])
def test_json_report_validates(blockpage: RunResult, language: str, details: bool) -> None:
    document = json.loads(build_report(_planted(blockpage), "json", language, details))
    jsonschema.validate(document, SCHEMA)
    assert document["language"] == language


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("language", ["en", "ru"])
def test_default_report_says_nothing_about_the_user(
    blockpage: RunResult, fmt: str, language: str
) -> None:
    report = build_report(_planted(blockpage), fmt, language)
    for secret in [*LEAKS, str(Path.home())]:
        assert secret not in report, (fmt, secret)
    if fmt != "text":
        assert HIDDEN in report


def test_network_details_only_when_asked(blockpage: RunResult) -> None:
    planted = _planted(blockpage)
    for fmt in ("json", "html"):
        report = build_report(planted, fmt, include_network_details=True)
        for value in (*LOCAL, PUBLIC, *RESOLVERS, PROVIDER, str(ASN)):
            assert value in report, (fmt, value)


def test_server_addresses_stay_as_evidence() -> None:
    document = {
        "environment": {"local_addresses": ["10.0.0.1"], "resolvers": ["10.0.0.2"]},
        "settings": {"system_resolver": "10.0.0.2:53"},
        "services": [
            "answer 10.0.0.15 and 10.0.0.1 and 110.0.0.1 and 10.0.0.2:53 and 10.0.0.2:853",
        ],
    }
    redacted = redact_document(document, include_network_details=False)
    assert redacted["services"] == [
        f"answer 10.0.0.15 and {HIDDEN} and 110.0.0.1 and {HIDDEN} and {HIDDEN}:853"
    ]
    assert document["environment"]["local_addresses"] == ["10.0.0.1"]  # original untouched


class _Elements(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.tags: list[str] = []
        self.attributes: list[tuple[str, str | None]] = []
        self.text: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append(tag)
        self.attributes += attrs

    def handle_data(self, data: str) -> None:
        self.text.append(data)


def test_hostile_block_page_title_is_inert_in_html(hostile: RunResult) -> None:
    linkedin = hostile.service("linkedin")
    assert linkedin is not None
    titles = [
        s.detail.get("title") for f in linkedin.functions for s in f.steps if s.kind == "http"
    ]
    assert HOSTILE_TITLE in titles  # the lab really served markup as the title
    page = build_report(hostile, "html")
    assert HOSTILE_TITLE not in page
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page
    parsed = _Elements()
    parsed.feed(page)
    assert "script" not in parsed.tags
    assert not {"link", "img", "iframe", "object", "embed", "base"} & set(parsed.tags)
    names = {name for name, _ in parsed.attributes}
    assert not {n for n in names if n.startswith("on")}
    assert not {"src", "href", "srcset", "action"} & names
    assert "url(" not in page
    assert any(HOSTILE_TITLE in chunk for chunk in parsed.text)  # shown, as text
    csp = next(v for n, v in parsed.attributes if n == "content" and v and "default-src" in v)
    assert "default-src 'none'" in csp


def test_call_figures_appear_in_the_html(blockpage: RunResult) -> None:
    figures = CallFigures(sent=40, received=37, loss_pct=6.5, mos=3.14)
    verdict = CallVerdict(
        "whatsapp",
        "call_poor",
        Status.DEGRADED,
        Message("calls.explain.call_poor"),
        Message("calls.advice.call_poor"),
        figures=figures,
    )
    calls = CallResults(duration_s=5.0, requested_s=5.0, completed=True, verdicts=(verdict,))
    page = build_report(dataclasses.replace(blockpage, calls=calls), "html")
    assert 'WhatsApp</bdi></strong>: <span class="degraded">poor call quality' in page
    assert "call quality (MOS) 3.1, loss 6.5 %" in page


def test_html_is_one_file_for_a_phone(blockpage: RunResult) -> None:
    page = build_report(blockpage, "html", "ru")
    assert 'name="viewport"' in page and "<style>" in page
    assert "LinkedIn" in page and "Заблокировано" in page


def test_text_summary_fits_a_chat_message(blockpage: RunResult) -> None:
    summary = build_report(blockpage, "text", "ru")
    assert len(summary) <= 1000
    assert "LinkedIn" in summary and "страница блокировки" in summary
    assert "WhatsApp" not in summary  # working services are only counted
    many = variant(
        blockpage,
        "many",
        blockpage.started_at,
        completed=False,
        verdicts={
            (s.service_id, s.functions[0].kind.value): "tcp_reset" for s in blockpage.services
        },
    )
    summary = build_report(many, "text")
    assert len(summary) <= 1500  # every problem named (issue 21), one line of names past eight
    assert all(s.name in summary for s in many.services if s.status.value == "blocked")
    assert "stopped before the end" in summary
    quiet = variant(
        blockpage, "quiet", blockpage.started_at, verdicts={("whatsapp", "calls"): "not_tested"}
    )
    assert "not tested" not in build_report(quiet, "text")


def test_report_filename(monkeypatch: pytest.MonkeyPatch, blockpage: RunResult) -> None:
    monkeypatch.setenv("TZ", "Europe/Moscow")
    time.tzset()
    try:
        run = dataclasses.replace(blockpage, started_at="2026-11-24T16:30:00+00:00")
        assert report_filename(run, "html") == "svyaz-report-2026-11-24-1930.html"
        assert report_filename(run, "text") == "svyaz-report-2026-11-24-1930.txt"
        assert report_filename(run, "json") == "svyaz-report-2026-11-24-1930.json"
    finally:
        monkeypatch.undo()
        time.tzset()


def test_unknown_format_is_refused(blockpage: RunResult) -> None:
    with pytest.raises(ValueError, match="json, html, text"):
        build_report(blockpage, "pdf")


def test_report_document_is_the_run_document_when_details_are_included(
    blockpage: RunResult,
) -> None:
    """With details included nothing is redacted: the run document, and the summary beside it
    (what the window says first: reports only)."""
    document = report_document(blockpage, "en", True)
    assert document.pop("summary")["sections"][0]["standing"] == "blocked"
    assert document == run_to_dict(blockpage, "en")


def test_html_lists_problems_first(blockpage: RunResult) -> None:
    page = build_report(blockpage, "html")
    assert page.index("<h3><bdi>LinkedIn</bdi></h3>") < page.index("<h3><bdi>WhatsApp</bdi></h3>")
