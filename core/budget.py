"""The run's time budget: every deadline a diagnostic waits out, in one frozen object.

Built once (core/config.build_config: defaults, then a catalog's `[settings]`, then the CLI's
flags or the GUI's settings), handed down through `ProbeConfig.budget`, `RunContext` and `Dial`,
and saved whole in the run document (`settings.timeouts` and `settings.call_duration`), so a
stored run says exactly how long each of its steps was allowed to take. No module keeps a
private deadline constant: what adds to a run's time is here (docs/reliability.md).
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import asdict, dataclass, fields, replace
from typing import Any

# Bounds (seconds; docs/reliability.md). Below the minimum nothing real answers in time, so
# every probe would read as a black hole; above the maximum a run is no longer a check.
MIN_STEP_TIMEOUT = 0.1
MAX_STEP_TIMEOUT = 120.0
MIN_OVERALL = 1.0
MAX_OVERALL = 900.0
MIN_CALL_SECONDS = 1.0  # shorter streams measure too few packets (the CLI asks for >= 5 s)
MAX_CALL_SECONDS = 60.0


@dataclass(frozen=True)
class TimeBudget:
    """Seconds. Each step has its own deadline; `overall` bounds a whole diagnostic.

    The first six are what a person (and a lab catalog) usually sets; the rest are the shorter
    looks the engine takes inside a step's budget, kept here so that every wait is in one place.
    """

    # The steps (a catalog's `timeouts` table, `--timeout`/`--deadline`, the GUI's settings).
    dns: float = 3.0
    connect: float = 4.0
    tls: float = 5.0
    http: float = 8.0
    transfer: float = 8.0  # the transfer-cut test: half of it is the silence that counts as a cut
    overall: float = 45.0  # the whole diagnostic, setting up included
    # Shorter looks inside a step (core/engine, core/probes, core/calls).
    quick_dns: float = 2.0  # the canary's UDP query: any answer from it is forged, so a short look
    # The system resolver is still listened to this long past `dns`: an answer that comes late is
    # a slow or overloaded resolver (a censor never answers late), so it must not read dns_timeout.
    dns_late: float = 3.0
    tcp_settle: float = 0.5  # a TCP-only endpoint: does the connection stay up this long?
    paired_tls: float = 3.0  # a paired experiment's handshake (honest servers answer in an RTT)
    police_tls: float = 3.0  # the connection-policing test's handshakes
    throughput: float = 3.0  # the throttling pull
    throughput_idle: float = 3.0  # silence that ends the throttling pull early
    unlisted: float = 2.0  # the random-name rate: evidence only, so a shorter look
    transfer_direction: float = 2.0  # the two-way transfer, per direction (both within 4 s)
    transfer_idle: float = 1.5  # silence that counts as a freeze in the two-way transfer
    consistency_wait: float = 4.0  # how long a later failure waits for the pilots' answer
    quic_close: float = 0.5  # waiting for a QUIC connection to close before dropping its socket
    call_grace: float = 10.0  # the call test's bound beyond its duration, DNS and TLS
    call_late_min: float = 0.5  # after the last call packet, wait at least this for late answers
    call_late_max: float = 2.0  # ...and at most this (3 median round trips in between)
    call_fallback: float = 8.0  # the calls' TCP/TLS fallback check gets at least this long
    # The call test a diagnostic runs (0: none); a catalog's `call_duration` key.
    call_duration: float = 5.0

    def with_step_timeout(self, seconds: float) -> TimeBudget:
        """The one meaning of "per-step timeout" (the CLI's `--timeout`, the GUI's "Timeout per
        step"): connect, TLS and HTTP each get `seconds`; DNS keeps its own shorter deadline
        unless `seconds` is shorter still, so no single step waits longer than asked."""
        step = check_seconds("step", seconds)
        return replace(self, connect=step, tls=step, http=step, dns=min(step, self.dns))

    def with_changes(self, values: Mapping[str, Any]) -> TimeBudget:
        """A copy with some fields changed, each checked; unknown names raise ValueError."""
        for key in values:
            if key not in NAMES:
                raise ValueError(f"unknown timeout {key!r}")
        return replace(self, **{k: check_seconds(k, v) for k, v in values.items()})

    def to_dict(self) -> dict[str, float]:
        """Every field, by name: how a run document records it."""
        return asdict(self)


NAMES = frozenset(f.name for f in fields(TimeBudget))


def check_seconds(key: str, value: Any) -> float:
    """A deadline in seconds within its bounds: NaN, infinity and zero are refused."""
    if isinstance(value, bool) or not isinstance(value, int | float) or not math.isfinite(value):
        raise ValueError(f"timeout {key!r} must be a number of seconds")
    if key == "call_duration":
        if not (value == 0 or MIN_CALL_SECONDS <= value <= MAX_CALL_SECONDS):
            raise ValueError(
                f"call_duration must be 0 (off) or between {MIN_CALL_SECONDS:g} and "
                f"{MAX_CALL_SECONDS:g} seconds"
            )
        return float(value)
    low, high = (
        (MIN_OVERALL, MAX_OVERALL) if key == "overall" else (MIN_STEP_TIMEOUT, MAX_STEP_TIMEOUT)
    )
    if not low <= value <= high:
        raise ValueError(f"timeout {key!r} must be between {low:g} and {high:g} seconds")
    return float(value)


def validate(budget: TimeBudget) -> None:
    """Raise ValueError naming the first field out of its bounds."""
    for name in NAMES:
        check_seconds(name, getattr(budget, name))


def budget_from_document(timeouts: Mapping[str, Any], call_duration: Any = None) -> TimeBudget:
    """The budget a run document recorded (`settings.timeouts`, `settings.call_duration`).

    Older documents lack some fields (before issue 19: `transfer` and the shorter looks): those
    read as the defaults they ran with. Unknown or malformed values are skipped, not fatal: a
    stored run must always load.
    """
    values: dict[str, float] = {}
    for key, value in {**timeouts, "call_duration": call_duration}.items():
        if key in NAMES and value is not None:
            try:
                values[key] = check_seconds(key, value)
            except ValueError:
                continue
    return replace(TimeBudget(), **values)
