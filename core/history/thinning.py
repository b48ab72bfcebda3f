"""Old runs' stored documents lose the raw steps of endpoints that worked.

Steps are two thirds of a compressed document (a 45-service lab run: 15 KB, 4.4 KB without
steps), and a working endpoint's timings say little once 200 newer runs exist. Verdicts,
evidence, figures and every failing endpoint's steps stay, so an old run still shows what was
wrong and why; only "Technical details" of what worked is gone."""

from __future__ import annotations

import lzma
import sqlite3
import zlib
from typing import Any

from core.history.schema import DOCUMENT_ENCODING, decode_document, encode_document

_DAMAGED = (ValueError, KeyError, TypeError, AttributeError, zlib.error, lzma.LZMAError)


def thin_document(document: dict[str, Any]) -> bool:
    """Empty the steps of every endpoint that worked in full; True when anything changed."""
    changed = False
    for service in document.get("services", ()):
        for function in service.get("functions", ()):
            for endpoint in function.get("endpoints", ()):
                if endpoint.get("code") == "ok" and not endpoint.get("partial"):
                    changed |= bool(endpoint.get("steps"))
                    endpoint["steps"] = []
    return changed


def thin_stored(db: sqlite3.Connection, run: int) -> None:
    """Thin one run's stored document in place; a damaged one is left exactly as it is (the
    integrity check and `--recover` deal with it, never this)."""
    row = db.execute("SELECT json, encoding FROM documents WHERE run = ?", (run,)).fetchone()
    if row is None:
        return
    try:
        document = decode_document(row[0], row[1])
        if not isinstance(document, dict) or not thin_document(document):
            return
    except _DAMAGED:
        return
    db.execute(
        "UPDATE documents SET json = ?, encoding = ? WHERE run = ?",
        (encode_document(document), DOCUMENT_ENCODING, run),
    )
