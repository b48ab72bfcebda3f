"""The app's log file (rotated, in the platformdirs log folder) and tracebacks safe to share.

A crash report is something a person copies into a chat with a volunteer: it must not carry
their user name (home folder paths) or addresses from their network.
"""

from __future__ import annotations

import logging
import logging.handlers
import re
import traceback
from pathlib import Path
from types import TracebackType

from core.credentials import strip_credentials_in_text
from core.paths import log_dir

LOG_NAME = "svyaz.log"
_IPV4 = re.compile(r"\b(?:\d{1,3}\.){3}\d{1,3}\b")
_IPV6 = re.compile(r"\b(?:[0-9a-fA-F]{1,4}:){2,7}[0-9a-fA-F]{1,4}\b")


def log_path() -> Path:
    return log_dir() / LOG_NAME


def setup_logging(level: int = logging.INFO) -> Path:
    """Log to a rotated file (3 x 1 MB); returns its path. Safe to call more than once."""
    path = log_path()
    root = logging.getLogger()
    if any(isinstance(h, logging.handlers.RotatingFileHandler) for h in root.handlers):
        return path
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handler: logging.Handler = logging.handlers.RotatingFileHandler(
            path, maxBytes=1_000_000, backupCount=3, encoding="utf-8"
        )
    except OSError:
        handler = logging.StreamHandler()  # a read-only home still gets a log on stderr
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root.addHandler(handler)
    root.setLevel(level)
    return path


def redact_home(text: str, home: Path | None = None) -> str:
    """Replace the home folder in `text`: its path names the user."""
    home = home or Path.home()
    for form in {str(home), home.as_posix()}:
        if len(form) > 1:
            text = text.replace(form, "~")
    return text


def redact(text: str, home: Path | None = None) -> str:
    """Replace the home folder (it names the user), a proxy URL's user and password and IP
    addresses in `text`."""
    text = _IPV4.sub("[address]", strip_credentials_in_text(redact_home(text, home)))
    return _IPV6.sub("[address]", text)


def format_crash(kind: type[BaseException], value: BaseException, tb: TracebackType | None) -> str:
    """A redacted traceback, ready to show and copy."""
    return redact("".join(traceback.format_exception(kind, value, tb)))
