"""The core's message table, one data module per area: key -> {language: template}.

Write for a person who has never heard of DNS: say what works, what does not, and what to try.
Each area module defines TEXTS; keys must not collide (a test checks).
"""

from __future__ import annotations

from core.texts import (
    calls,
    censor,
    data,
    engine,
    history,
    outcomes,
    report,
    services,
    signatures,
    summary,
    transfers,
    verdicts,
    watch,
)

AREAS = (
    verdicts.TEXTS,
    engine.TEXTS,
    signatures.TEXTS,
    transfers.TEXTS,
    censor.TEXTS,
    calls.TEXTS,
    history.TEXTS,
    outcomes.TEXTS,
    report.TEXTS,
    services.TEXTS,
    summary.TEXTS,
    data.TEXTS,
    watch.TEXTS,
)

TABLE: dict[str, dict[str, str]] = {}
for _area in AREAS:
    TABLE.update(_area)
