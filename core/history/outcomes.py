"""A service's functions in one run as one short text on its `services` row (schema v4).

The timeline reads this text instead of one `functions` row per function: one row per run,
no join, and most runs repeat the same few texts, so each distinct text is parsed once.
Kinds, statuses and codes are identifiers (no spaces or semicolons); the rate is written
with `repr`, so it reads back as the same float.
"""

from __future__ import annotations

from collections.abc import Iterable

Outcome = tuple[str, str, str, float | None]
"""One function: kind, status, code, measured rate (kbit/s) or None."""


def encode_outcomes(functions: Iterable[Outcome]) -> str:
    """ "messages works ok ;video degraded throttled 812.5" (empty rate: none measured)."""
    return ";".join(
        f"{kind} {status} {code} {'' if rate is None else repr(float(rate))}"
        for kind, status, code, rate in functions
    )


def decode_outcomes(text: str) -> list[Outcome]:
    """The functions an `encode_outcomes` text holds; a malformed part is skipped."""
    outcomes: list[Outcome] = []
    for part in text.split(";") if text else ():
        fields = part.split(" ")
        if len(fields) != 4:
            continue
        kind, status, code, rate = fields
        try:
            outcomes.append((kind, status, code, float(rate) if rate else None))
        except ValueError:
            continue
    return outcomes
