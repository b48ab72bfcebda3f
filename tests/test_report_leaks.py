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


# Issue 25: the password of a proxy, from every source, in every way it can be written.
SECRET = "zq9secretpw"
PROXY_VARIANTS = [
    f"http://alice:x@{SECRET}@127.0.0.1:3128",  # '@' inside the password
    f"alice:{SECRET}@127.0.0.1:3128",  # a system setting without a scheme
    f"socks5://alice:{SECRET}:x@127.0.0.1:1080",  # ':' inside the password
    f"http://alice%40home:{SECRET}%40x@127.0.0.1:3128",  # percent-encoded
    f"  HTTP://alice:{SECRET}@127.0.0.1:3128/  ",  # upper-case scheme, spaces, a path
]


@pytest.mark.parametrize("proxy", PROXY_VARIANTS)
def test_one_scrubber_hides_every_way_a_proxy_password_is_written(proxy: str) -> None:
    from core.credentials import hide_proxy_credentials, strip_credentials_in_text
    from core.environment import system_proxy

    assert SECRET not in hide_proxy_credentials(proxy)
    assert "127.0.0.1" in hide_proxy_credentials(proxy)
    assert SECRET not in strip_credentials_in_text(f"via {proxy} it failed")
    assert SECRET not in (system_proxy({"https": proxy}) or "")
    document = {"environment": {"proxy": proxy}, "note": f"the proxy {proxy} said no ({SECRET})"}
    for details in (False, True):
        from core.report.privacy import redact_document

        assert SECRET not in json.dumps(redact_document(document, details))


def _everything_stored(path: Path) -> str:
    """The history file as text: its raw bytes and every value of every row, decompressed."""
    import contextlib
    import lzma
    import sqlite3

    texts = [path.read_bytes().decode("latin-1")]
    with sqlite3.connect(path) as db:
        tables = [r[0] for r in db.execute("SELECT name FROM sqlite_master WHERE type='table'")]
        for table in tables:
            for row in db.execute(f'SELECT * FROM "{table}"'):
                for value in row:
                    if isinstance(value, bytes):
                        with contextlib.suppress(lzma.LZMAError):
                            value = lzma.decompress(value)
                        value = value.decode("utf-8", "replace")
                    texts.append(str(value))
    return "\n".join(texts)


@pytest.mark.parametrize("system", [PROXY_VARIANTS[0], PROXY_VARIANTS[1]])
def test_no_proxy_password_in_any_output(
    make_lab: Any, tmp_path: Path, monkeypatch: Any, capsys: Any, system: str
) -> None:
    """A run with a system proxy and an explicit one, both with passwords: every report format,
    both `--json` documents and the history's stored document are searched for the password."""
    import asyncio

    from lab.proxy import LabProxy

    lab = make_lab("clean")
    proxy = LabProxy("socks5", "alice", f"x@{SECRET}")
    asyncio.run_coroutine_threadsafe(proxy.start(), lab.loop).result(timeout=10)
    try:
        for name in ("https_proxy", "HTTPS_PROXY", "http_proxy", "HTTP_PROXY"):
            monkeypatch.setenv(name, system)
        history = tmp_path / "history.sqlite3"
        base = [*lab.info.flags(), "--history-file", str(history)]
        explicit = f"socks5://alice:x@{SECRET}@127.0.0.1:{proxy.port}"
        diagnose = ["diagnose", *base, "--quiet", "--services", "wikipedia", "--proxy", explicit]
        outputs: list[str] = []
        for n, extra in enumerate(([], ["--include-network-details"])):
            out = tmp_path / f"run{n}.json"
            assert main([*diagnose, "--json", str(out), *extra]) == 0
            outputs.append(out.read_text(encoding="utf-8"))
        assert proxy.tunnels, "the explicit proxy carried the probes"
        for fmt in ("json", "html", "text"):
            for extra in ([], ["--include-network-details"]):
                target = tmp_path / f"report-{fmt}-{len(extra)}"
                report = ["report", "last", "--format", fmt, "--output", str(target), *extra]
                assert main([*report, *base[-2:]]) == 0
                outputs.append(target.read_text(encoding="utf-8"))
        outputs.append(_everything_stored(history))
        captured = capsys.readouterr()
        outputs += [captured.out, captured.err]
    finally:
        asyncio.run_coroutine_threadsafe(proxy.stop(), lab.loop).result(timeout=10)
    assert '"proxy"' in outputs[1]  # the details document does name the system proxy
    for output in outputs:
        assert SECRET not in output and "alice" not in output


@pytest.mark.parametrize("bad", [f"ftp://alice:{SECRET}@h:1", f"http://alice:{SECRET}@h:99999"])
def test_a_refused_proxy_is_named_without_its_password(bad: str) -> None:
    from core.config import check_proxy

    with pytest.raises(ValueError, match="hidden") as refused:
        check_proxy(bad)
    assert SECRET not in str(refused.value)


def test_two_reports_into_one_folder_never_replace_each_other(
    blockpage: RunResult, tmp_path: Path, capsys: Any
) -> None:
    """Issue 25: `svyaz report last --output DIR` twice in the same minute silently overwrote
    the first file; now the second gets the next free name and says so."""
    from core.history import History

    history_file = tmp_path / "history.sqlite3"
    with History.open(history_file) as history:
        history.save(blockpage)
    folder = tmp_path / "reports"
    folder.mkdir()
    argv = ["report", "last", "--format", "html", "--output", str(folder)]
    argv += ["--history-file", str(history_file)]
    assert main(argv) == 0
    first = sorted(folder.iterdir())
    first[0].write_text("the first report, kept", encoding="utf-8")
    assert main(argv) == 0
    files = sorted(folder.iterdir())
    assert len(files) == 2 and first[0].read_text(encoding="utf-8") == "the first report, kept"
    newer = next(f for f in files if f != first[0])
    assert newer.name.endswith("-2.html") and str(newer) in capsys.readouterr().err


def test_a_report_named_outright_never_replaces_a_file_unless_asked(
    blockpage: RunResult, tmp_path: Path, capsys: Any
) -> None:
    """`--output FILE` onto an existing file used to overwrite it; now the file is left as it
    was with a clear message (exit 2), and `--overwrite` replaces it."""
    from core.history import History

    history_file = tmp_path / "history.sqlite3"
    with History.open(history_file) as history:
        history.save(blockpage)
    target = tmp_path / "report.html"
    target.write_text("somebody's file", encoding="utf-8")
    argv = ["report", "last", "--format", "html", "--output", str(target)]
    argv += ["--history-file", str(history_file)]
    assert main(argv) == 2
    assert target.read_text(encoding="utf-8") == "somebody's file"
    err = capsys.readouterr().err
    assert "already exists" in err and "--overwrite" in err and "Traceback" not in err
    assert main([*argv, "--language", "ru"]) == 2
    assert "уже существует" in capsys.readouterr().err
    assert main([*argv, "--overwrite"]) == 0
    assert "<html" in target.read_text(encoding="utf-8")
    fresh = tmp_path / "new.html"
    fresh_argv = ["report", "last", "--output", str(fresh), "--history-file", str(history_file)]
    assert main(fresh_argv) == 0
    assert fresh.exists()


def test_a_short_user_name_does_not_hide_every_letter() -> None:
    """The password's pieces are searched for on their own only from four characters on: a
    proxy user `a` must not turn every 'a' of the report into [hidden]."""
    from core.credentials import proxy_secrets
    from core.report.privacy import redact_document

    assert proxy_secrets("http://a@10.0.0.1:3128") == []
    document = {"environment": {"proxy": "http://a:b@10.0.0.1:3128"}, "note": "a bad answer"}
    shared = redact_document(document, include_network_details=True)
    assert shared["note"] == "a bad answer"
    assert shared["environment"]["proxy"] == f"http://{HIDDEN}@10.0.0.1:3128"
    # a password that is also a code word leaves the code whole (its URL is still hidden)...
    coded = {"environment": {"proxy": "http://ivan:blocked@h.lan:1"}, "status": "blocked"}
    shared = redact_document(coded, include_network_details=True)
    assert shared["status"] == "blocked" and "ivan" not in json.dumps(shared)
    # ...and one inside a longer token leaves that token whole
    noted = {"environment": {"proxy": "http://ivan:test1@h.lan:1"}, "note": "test12 and test1"}
    shared = redact_document(noted, include_network_details=True)
    assert shared["note"] == f"test12 and {HIDDEN}"


def test_the_scrubber_stays_linear_on_a_hostile_page() -> None:
    """Server text goes through the scrubber: a page built to make its search quadratic (runs
    of "!a:" each a possible user name) must cost milliseconds, not minutes."""
    import time

    from core.credentials import strip_credentials_in_text

    started = time.perf_counter()
    for page in ("!a:" * 30_000, "a://" * 30_000, "x:" + "@" * 100_000):
        strip_credentials_in_text(page)
    assert time.perf_counter() - started < 5
