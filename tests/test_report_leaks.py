"""Reports cannot leak or lie: network text scrubbed, credentials never written, names inert in
the terminal, the chat text and the HTML (issue 13; docs/reliability.md)."""

from __future__ import annotations

import dataclasses
import io
import json
from pathlib import Path
from typing import Any

import pytest

from cli.diagnose import print_table, service_line
from cli.main import main
from core.models import RunResult
from core.report import build_report
from core.report.privacy import HIDDEN, scrub_network_text, strip_credentials
from core.safetext import chat, plain
from lab.runs import lab_run

# What a provider's block page may show: the user's public address and contract number.
USER_IP, CONTRACT = "95.24.101.7", "7701234567"
PAGE_TITLE = f"Доступ ограничен — ваш IP {USER_IP}, договор № {CONTRACT}"
PROXY = "socks5://alice:s3cret@10.9.8.7:1080"
EVIL_NAME = "Evil\x1b[2J\nWhatsApp  ✓ works\u202e[click](https://evil.example)"


@pytest.fixture(scope="module")
def blockpage() -> RunResult:
    return lab_run("http_blockpage")


def _with_page_title(run: RunResult, title: str) -> RunResult:
    """The first blockpage step of `run` as if the page had shown `title` and an error text."""
    services = []
    for service in run.services:
        functions = []
        for function in service.functions:
            endpoints = []
            for endpoint in function.endpoints:
                steps = tuple(
                    dataclasses.replace(
                        s,
                        detail={**s.detail, "title": title, "body_start": title},
                        errors=(f"peer {USER_IP} said {CONTRACT}",),
                    )
                    if s.outcome == "blockpage"
                    else s
                    for s in endpoint.steps
                )
                endpoints.append(dataclasses.replace(endpoint, steps=steps))
            functions.append(dataclasses.replace(function, endpoints=tuple(endpoints)))
        services.append(dataclasses.replace(service, functions=tuple(functions)))
    return dataclasses.replace(
        run,
        services=tuple(services),
        settings={**run.settings, "proxy": PROXY},
        environment={**run.environment, "proxy": PROXY},
    )


def test_scrub_hides_addresses_and_long_numbers_but_keeps_times_and_dates() -> None:
    text = "IP 95.24.1.7 / 2a02:6b8::1, № 1234567, tel 8 800 555 35 35, 12:30:45 on 2026-11-27"
    scrubbed = scrub_network_text(text)
    for secret in ("95.24.1.7", "2a02:6b8::1", "1234567", "8 800 555 35 35"):
        assert secret not in scrubbed
    assert "12:30:45" in scrubbed and "2026-11-27" in scrubbed


def test_credentials_stripped_anywhere() -> None:
    doc = strip_credentials({"a": [PROXY], "b": {"c": f"via {PROXY} ok"}})
    assert "s3cret" not in json.dumps(doc) and "alice" not in json.dumps(doc)
    assert doc["a"] == [f"socks5://{HIDDEN}@10.9.8.7:1080"]


@pytest.mark.parametrize("fmt", ["json", "html", "text"])
def test_block_page_text_scrubbed_in_default_reports(blockpage: RunResult, fmt: str) -> None:
    report = build_report(_with_page_title(blockpage, PAGE_TITLE), fmt)
    assert USER_IP not in report and CONTRACT not in report
    assert "s3cret" not in report


@pytest.mark.parametrize("fmt", ["json", "html"])
def test_password_never_leaves_even_with_network_details(blockpage: RunResult, fmt: str) -> None:
    report = build_report(_with_page_title(blockpage, PAGE_TITLE), fmt, "en", True)
    assert "s3cret" not in report and "alice" not in report
    assert USER_IP in report  # the user asked for the details


def test_diagnose_json_is_private_by_default(shared_lab: Any, tmp_path: Path) -> None:
    lab = shared_lab("clean")
    private, full = tmp_path / "private.json", tmp_path / "full.json"
    base = ["diagnose", *lab.info.flags(), "--no-history", "--quiet", "--services", "telegram"]
    assert main([*base, "--json", str(private)]) == 0
    assert main([*base, "--json", str(full), "--include-network-details"]) == 0
    resolver = lab.info.resolver
    assert resolver not in private.read_text() and HIDDEN in private.read_text()
    assert resolver in full.read_text()


def test_names_cannot_forge_terminal_lines(blockpage: RunResult) -> None:
    service = dataclasses.replace(blockpage.services[0], name=EVIL_NAME)
    run = dataclasses.replace(blockpage, services=(service,))
    out = io.StringIO()
    print_table(run, "en", out)
    line = service_line(service, "en", io.StringIO())
    for text in (out.getvalue(), line):
        assert "\x1b" not in text and "\u202e" not in text
    # the forged "WhatsApp ✓ works" stays on the evil service's own line
    assert not any(row.startswith("WhatsApp") for row in out.getvalue().splitlines())


def test_names_inert_in_text_and_html_reports(blockpage: RunResult) -> None:
    service = dataclasses.replace(blockpage.services[0], name=EVIL_NAME)
    run = dataclasses.replace(blockpage, services=(service, *blockpage.services[1:]))
    chat_text = build_report(run, "text")
    assert "\x1b" not in chat_text and "\u202e" not in chat_text
    assert "](https://" not in chat_text  # the markdown link is escaped
    assert not any(row.startswith("WhatsApp") for row in chat_text.splitlines())
    html = build_report(run, "html")
    assert "<bdi>" in html and "\x1b" not in html


def test_plain_and_chat() -> None:
    assert plain("a\nb\x07c\u202ed") == "a b cd"
    assert chat("[x](y)") == "\\[x\\]\\(y\\)"
