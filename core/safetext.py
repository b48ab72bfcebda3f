"""Names and network text made safe to print: no control characters, no bidi overrides.

A user catalog or a hostile server chooses these strings. In a terminal an escape sequence can
rewrite the screen, a newline can forge a line of the table, and a right-to-left override can
make "blocked" read as something else; in a chat, markdown can turn a name into a link.
"""

from __future__ import annotations

import re
import unicodedata

# Explicit directional formatting (embeddings, overrides, isolates) and marks (UAX #9).
_BIDI = frozenset("\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u200e\u200f\u061c")
_MARKDOWN = re.compile(r"([\\`*_{}\[\]()<>#+\-.!|~>])")


def plain(text: str) -> str:
    """One printable line: controls (C0, C1, DEL) become spaces, bidi controls go."""
    out = []
    for ch in text:
        if ch in _BIDI:
            continue
        out.append(" " if unicodedata.category(ch) == "Cc" else ch)
    return "".join(out).strip()


def chat(text: str) -> str:
    """`plain`, and markdown made inert, for text pasted into a messenger."""
    return _MARKDOWN.sub(r"\\\1", plain(text))
