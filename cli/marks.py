"""Status marks for a terminal: ✓ ✗ where the terminal can print them, plain letters where not."""

from __future__ import annotations

from typing import TextIO

from core.models import Status

_MARKS = {Status.WORKS: "✓", Status.DEGRADED: "~", Status.BLOCKED: "✗", Status.UNKNOWN: "?"}
_ASCII = {Status.WORKS: "ok", Status.DEGRADED: "~", Status.BLOCKED: "X", Status.UNKNOWN: "?"}


def marks(stream: TextIO) -> dict[Status, str]:
    encoding = (getattr(stream, "encoding", None) or "ascii").lower()
    try:
        "✓✗".encode(encoding)
    except (UnicodeEncodeError, LookupError):
        return _ASCII
    return _MARKS
