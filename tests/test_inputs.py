"""Bad input is refused before anything runs: one line, exit status 2, never a run of wrong
verdicts or a traceback (docs/reliability.md)."""

from __future__ import annotations

import io
import os
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from cli.main import main
from core.catalog import MAX_CATALOG_BYTES, MAX_SERVICES, parse_text
from core.config import ProbeConfig, apply_settings
from core.netaddr import check_host, split_host_port
from tests.conftest import ROOT
from tests.peak_memory import environment, run_capped_cli

MINIMAL = """
version = 1
[[service]]
id = "one"
name = "One"
region = "foreign"
[[service.function]]
kind = "web"
[[service.function.endpoint]]
host = "{host}"
protocol = "https"
"""


def _with_settings(settings_toml: str) -> str:
    services = MINIMAL.format(host="one.example").replace("version = 1", "")
    return f"version = 1\n[settings]\n{settings_toml}\n{services}"


def _catalog(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "catalog.toml"
    path.write_text(text, encoding="utf-8")
    return path


def _refused(argv: list[str], capsys: pytest.CaptureFixture[str]) -> str:
    """Run the CLI in-process; it must exit 2 with one line on stderr and nothing else."""
    code = main(argv)
    err = capsys.readouterr().err.strip()
    assert code == 2, err
    assert err.startswith("svyaz: ") and "\n" not in err and "Traceback" not in err
    return err


@pytest.mark.parametrize(
    ("flags", "words"),
    [
        (["--resolver", "999.1.1.1:53"], "not a valid IPv4"),
        (["--resolver", ":::::"], "bad host name"),
        (["--resolver", "dns.example:53"], "must be an IP address"),
        (["--public-dns", "x y"], "bad host name"),
        (["--canary-dns", "0.0.0.0"], "not a server"),
        (["--proxy", "socks5://127.0.0.1:70000"], "ports are 1–65535"),
        (["--proxy", "socks5://127.0.0.1"], "needs a host and a port"),
        (["--proxy", "ftp://127.0.0.1:21"], "proxy must be"),
        (["--timeout", "nan"], "number of seconds"),
        (["--timeout", "inf"], "number of seconds"),
        (["--timeout", "0"], "between"),
        (["--deadline", "inf"], "number of seconds"),
        (["--deadline", "-5"], "between"),
        (["--doh", "https://:99999/dns-query"], "DoH resolver"),
    ],
)
def test_bad_engine_flags_are_refused_before_the_run(
    flags: list[str], words: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    catalog = _catalog(tmp_path, MINIMAL.format(host="one.example"))
    err = _refused(
        ["diagnose", "--catalog", str(catalog), "--no-history", *flags, "--services", "one"],
        capsys,
    )
    assert words in err


def test_ca_bundle_that_is_not_pem_is_refused(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """It used to hang the run with no output; now it is one line before anything starts."""
    catalog = _catalog(tmp_path, MINIMAL.format(host="one.example"))
    bundle = tmp_path / "ca.pem"
    bundle.write_text("this is not a certificate\n")
    err = _refused(
        ["diagnose", "--catalog", str(catalog), "--no-history", "--ca-bundle", str(bundle)], capsys
    )
    assert "not a PEM file" in err or "no certificates" in err


def test_catalog_ca_bundle_that_does_not_exist_is_refused(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    text = _with_settings('ca_bundle = "missing.pem"')
    catalog = _catalog(tmp_path, text)
    err = _refused(["diagnose", "--catalog", str(catalog), "--no-history"], capsys)
    assert "bad catalog settings" in err and "no such file" in err


@pytest.mark.parametrize(
    ("settings_toml", "words"),
    [
        ('system_resolver = "garbage here"', "bad host name"),
        ("timeouts = { connect = nan }", "number of seconds"),
        ("timeouts = { overall = inf }", "number of seconds"),
        ('language = "xx"', "language"),
        ("concurrency = 10000000", "concurrency"),
    ],
)
def test_bad_catalog_settings_are_refused(
    settings_toml: str, words: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    text = _with_settings(settings_toml)
    catalog = _catalog(tmp_path, text)
    err = _refused(["diagnose", "--catalog", str(catalog), "--no-history"], capsys)
    assert words in err


def test_long_host_in_catalog_is_a_problem_with_a_line() -> None:
    parsed = parse_text(MINIMAL.format(host="a" * 5000 + ".example"), "c.toml")
    assert not parsed.services
    assert "longer than 253" in parsed.problems[0].reason
    assert parsed.problems[0].line == 10  # the host line


def test_deeply_nested_toml_is_a_problem_not_a_crash() -> None:
    deep = "x = " + "[" * 100_000 + "]" * 100_000 + "\n"
    parsed = parse_text(deep, "deep.toml")
    assert parsed.problems and not parsed.services


def test_unsupported_catalog_version_is_one_problem() -> None:
    parsed = parse_text('version = "abc"\n', "v.toml")
    assert "version 'abc' is not supported" in parsed.problems[0].reason


def test_huge_catalog_is_refused_before_parsing() -> None:
    block = MINIMAL.replace("version = 1", "")
    services = "".join(
        block.replace('"one"', f'"s{i}"').format(host=f"h{i}.example")
        for i in range(MAX_SERVICES + 1)
    )
    parsed = parse_text("version = 1\n" + services, "big.toml")
    assert not parsed.services and "too many services" in parsed.problems[0].reason
    huge = parse_text("#" * (MAX_CATALOG_BYTES + 1), "huge.toml")
    assert "too large" in huge.problems[0].reason


def test_huge_catalog_via_cli_exits_fast(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The 100,000-service catalog used to run for minutes; now it is refused at once."""
    block = MINIMAL.replace("version = 1", "")
    text = "version = 1\n" + "".join(
        block.replace('"one"', f'"s{i}"').format(host=f"h{i}.example") for i in range(2_000)
    )
    catalog = _catalog(tmp_path, text)
    err = _refused(["diagnose", "--catalog", str(catalog), "--no-history"], capsys)
    assert "bad catalog" in err


def test_json_output_folder_checked_before_the_run(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    catalog = _catalog(tmp_path, MINIMAL.format(host="one.example"))
    missing = tmp_path / "no" / "such" / "run.json"
    err = _refused(
        ["diagnose", "--catalog", str(catalog), "--no-history", "--json", str(missing)], capsys
    )
    assert "no such folder" in err
    err = _refused(
        ["diagnose", "--catalog", str(catalog), "--no-history", "--json", str(tmp_path)], capsys
    )
    assert "is a folder" in err


def test_history_limit_out_of_range(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = tmp_path / "h.sqlite3"
    err = _refused(
        ["history", "--history-file", str(db), "--limit", "99999999999999999999999"], capsys
    )
    assert "--limit" in err


class _ClosedPipe(io.StringIO):
    """Standard output whose reader has gone (`svyaz history | head` after head exits)."""

    def write(self, text: str) -> int:
        raise BrokenPipeError(32, "Broken pipe")


def test_history_piped_to_a_reader_that_stops_exits_quietly(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr(sys, "stdout", _ClosedPipe())
    code = main(["history", "--history-file", str(tmp_path / "h.sqlite3")])
    assert code == 0
    assert "Traceback" not in capsys.readouterr().err


def test_pipe_closed_early_leaves_no_traceback(tmp_path: Path) -> None:
    """The same through a real pipe: the reader closes before a word is read."""
    reader = f"{sys.executable} -c 'import sys; sys.stdin.close()'"
    done = subprocess.run(
        f"{sys.executable} -m cli.main history --history-file {tmp_path / 'h.sqlite3'} | {reader}",
        shell=True,
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=60,
    )
    assert "Traceback" not in done.stderr and "BrokenPipe" not in done.stderr


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=300))
def test_any_host_text_is_accepted_or_refused_with_a_reason(text: str) -> None:
    """Whatever a person types, parsing ends in a value or a ValueError, never another error."""
    try:
        host, port = split_host_port(text, 53)
    except ValueError as exc:
        assert str(exc)
    else:
        assert 0 < port < 65536
        assert check_host(host) == host


@settings(max_examples=200, deadline=None)
@given(
    st.dictionaries(
        st.sampled_from(["dns", "connect", "tls", "http", "transfer", "overall"]),
        st.one_of(st.floats(allow_nan=True, allow_infinity=True), st.integers(), st.text()),
        max_size=3,
    )
)
def test_any_timeouts_give_a_bounded_config_or_a_reason(timeouts: dict[str, object]) -> None:
    try:
        config = apply_settings(ProbeConfig(), {"timeouts": timeouts})
    except ValueError as exc:
        assert str(exc)
    else:
        overall = config.budget.overall
        assert 1.0 <= overall <= 900.0


PEAK_RSS_LIMIT_MB = 200  # issue 25: no hostile input raises peak RSS above this


# The child caps its own address space first (2 GB), so a regression fails the test instead of
# eating the shared machine's memory; then it is `python -m cli.main`.
def _peak_rss_mb(argv: list[str], cwd: Path) -> tuple[int, str, float]:
    """Run `svyaz ARGV` in a child (under a 2 GB cap): its exit status, stderr and its own
    peak RSS (tests/peak_memory.py: the child's VmHWM, not wait4's inherited figure)."""
    env = environment(SVYAZ_HOME=str(cwd / "home"))
    return run_capped_cli(argv, 2 * 1024**3, env, merge_output=False)


@pytest.mark.skipif(sys.platform != "linux", reason="/dev/zero and /proc's VmHWM are Linux's")
@pytest.mark.parametrize("kind", ["sparse_200mb", "dev_zero"])
def test_a_catalog_is_refused_by_size_before_it_is_read(tmp_path: Path, kind: str) -> None:
    """A 200 MB catalog used to cost 448 MB and `--catalog /dev/zero` a MemoryError: now the
    size is known before the file is read (a device is read up to a cap), in bounded memory."""
    if kind == "dev_zero":
        catalog = Path("/dev/zero")
    else:
        catalog = tmp_path / "huge.toml"
        with catalog.open("wb") as file:
            file.truncate(200 * 1024 * 1024)  # sparse: no disk spent
    code, err, peak_mb = _peak_rss_mb(
        ["diagnose", "--catalog", str(catalog), "--no-history"], tmp_path
    )
    assert code == 2 and "too large" in err and "Traceback" not in err, err
    assert err.count("\n") == 1  # one line
    assert peak_mb <= PEAK_RSS_LIMIT_MB, f"peak RSS {peak_mb:.0f} MB"


@pytest.mark.skipif(sys.platform != "linux", reason="FIFOs are POSIX")
def test_a_fifo_catalog_without_end_is_read_only_up_to_the_cap(tmp_path: Path) -> None:
    import threading

    from core.catalog import MAX_CATALOG_READ, parse_file

    fifo = tmp_path / "catalog.fifo"
    os.mkfifo(fifo)
    written = [0]

    def endless_writer() -> None:
        with fifo.open("wb") as pipe:
            try:
                while written[0] < 10 * MAX_CATALOG_READ:  # a bound for the test, not the code
                    written[0] += pipe.write(b"#" * 65536)
            except BrokenPipeError:
                pass  # the reader stopped: what the cap is for

    writer = threading.Thread(target=endless_writer, daemon=True)
    writer.start()
    parsed = parse_file(fifo)
    writer.join(timeout=10)
    assert not parsed.services and "too large" in parsed.problems[0].reason
    assert written[0] < 2 * MAX_CATALOG_READ  # it stopped reading at the cap


def test_a_catalog_read_in_binary_keeps_its_newlines_and_characters(tmp_path: Path) -> None:
    from core.catalog import parse_file

    text = MINIMAL.format(host="one.example").replace('"One"', '"Один"')
    for newline in ("\n", "\r\n"):
        path = tmp_path / "c.toml"
        path.write_bytes(text.replace("\n", newline).encode("utf-8"))
        parsed = parse_file(path)
        assert not parsed.problems and parsed.services[0].name == "Один"
