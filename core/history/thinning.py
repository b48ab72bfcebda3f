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
from core.rules.verdict import is_ok

_DAMAGED = (ValueError, KeyError, TypeError, AttributeError, zlib.error, lzma.LZMAError)


def thin_document(document: dict[str, Any]) -> bool:
    """Empty the steps of every endpoint that worked in full, and drop what is rebuilt on
    loading anyway (rendered texts) or is catalog data (each endpoint's `source`): a thinned
    45-service run is then ~3.8 KB, one database page instead of two. True when it changed."""
    changed = _drop_texts(document)
    for service in document.get("services", ()):
        for function in service.get("functions", ()):
            for endpoint in function.get("endpoints", ()):
                changed |= endpoint.get("spec", {}).pop("source", None) is not None
                if is_ok(str(endpoint.get("code"))) and not endpoint.get("partial"):
                    changed |= bool(endpoint.get("steps"))
                    endpoint["steps"] = []
    return changed


def _drop_texts(node: Any) -> bool:
    """Remove rendered words (a message's or condition's `text`, `status_text`): loading
    reads keys and codes and renders them in the language of the moment."""
    changed = False
    if isinstance(node, dict):
        if "key" in node or "code" in node:
            changed |= node.pop("text", None) is not None
        changed |= node.pop("status_text", None) is not None
        for value in node.values():
            changed |= _drop_texts(value)
    elif isinstance(node, list):
        for value in node:
            changed |= _drop_texts(value)
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
