"""Crash reports must not carry the user's name or addresses; the log rotates in the log dir."""

from __future__ import annotations

import logging
import sys
from pathlib import Path

from core import crashlog


def test_redact_home_and_addresses() -> None:
    home = Path("/home/ivan")
    text = (
        'File "/home/ivan/svyaz/core/x.py", line 3\nConnectionError: 192.168.1.7 '
        "and 2a00:1450:4001:82b::200e refused"
    )
    out = crashlog.redact(text, home)
    assert "ivan" not in out and "192.168" not in out and "2a00" not in out
    assert "~/svyaz/core/x.py" in out


def test_a_crash_report_carries_no_proxy_password() -> None:
    """Issue 25: a proxy URL in an exception's text loses its user and password too."""
    text = "ProxyError: socks5://alice:x@zq9secretpw@10.0.0.1:1080 and alice:zq9pw@proxy.lan:3128"
    out = crashlog.redact(text, Path("/home/ivan"))
    assert "zq9" not in out and "alice" not in out and "proxy.lan:3128" in out


def test_format_crash_is_redacted() -> None:
    try:
        raise RuntimeError(f"boom at {Path.home()} from 10.1.2.3")
    except RuntimeError:
        kind, value, tb = sys.exc_info()
        assert kind is not None and value is not None
        report = crashlog.format_crash(kind, value, tb)
    assert "RuntimeError" in report
    assert str(Path.home()) not in report and "10.1.2.3" not in report


def test_log_file_in_the_log_dir() -> None:
    before = list(logging.getLogger().handlers)
    path = crashlog.setup_logging()
    try:
        logging.getLogger("svyaz.test").warning("hello")
        for handler in logging.getLogger().handlers:
            handler.flush()
        assert path.exists() and "hello" in path.read_text(encoding="utf-8")
    finally:
        for handler in logging.getLogger().handlers:
            if handler not in before:
                logging.getLogger().removeHandler(handler)
                handler.close()
    assert path.parent.name == "log"  # SVYAZ_HOME/log in tests
