"""A service over time: one point per run, and the points folded into days for the GUI's strip."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from core.history.compare import SEVERITY
from core.history.outcomes import decode_outcomes
from core.models import Status
from core.rules.verdict import holds_to_a_rate


@dataclass(frozen=True)
class FunctionPoint:
    kind: str
    status: Status
    code: str
    rate_kbps: float | None = None  # measured by the throughput test, when it ran


@dataclass(frozen=True)
class TimelinePoint:
    """One service in one run: what each function did, and the call figures if measured."""

    run_id: str
    started_at: str
    status: Status
    functions: tuple[FunctionPoint, ...]
    call_code: str | None = None
    mos: float | None = None
    loss_pct: float | None = None

    def function(self, kind: str) -> FunctionPoint | None:
        return next((f for f in self.functions if f.kind == kind), None)

    @property
    def throttled_kbps(self) -> float | None:
        """The rate a throttled function was held to, None when nothing was throttled."""
        rates = [f.rate_kbps for f in self.functions if holds_to_a_rate(f.code) and f.rate_kbps]
        return min(rates) if rates else None


def timeline_points(
    rows: Iterable[tuple[Any, ...]], calls: Mapping[int, tuple[Any, ...]]
) -> list[TimelinePoint]:
    """Fold the timeline query's rows (run pk, run id, started, service status, the service's
    `services.functions` text; one per run, oldest first) into points; `calls` holds each
    run's (code, mos, loss) for the service. Most runs repeat a few texts: each is parsed once."""
    statuses = {s.value: s for s in Status}
    parsed: dict[str, tuple[FunctionPoint, ...]] = {}
    points: list[TimelinePoint] = []
    none = (None, None, None)
    for pk, run_id, started, status, text in rows:
        functions = parsed.get(text)
        if functions is None:
            functions = parsed[text] = tuple(
                FunctionPoint(kind, Status(f_status), code, rate)
                for kind, f_status, code, rate in decode_outcomes(text)
            )
        code, mos, loss = calls.get(pk, none)
        state = statuses.get(status) or Status(status)
        points.append(TimelinePoint(run_id, started, state, functions, code, mos, loss))
    return points


@dataclass(frozen=True)
class Day:
    """One day of a service's timeline: the worst state each function reached, and the worst
    call quality and throttled rate measured (the GUI's strip per function)."""

    date: str  # YYYY-MM-DD, local time
    runs: int
    functions: Mapping[str, Status]
    mos: float | None = None
    throttled_kbps: float | None = None


def by_day(points: Iterable[TimelinePoint]) -> list[Day]:
    """Fold a timeline into days (local time), oldest first."""
    days: dict[str, list[TimelinePoint]] = {}
    for point in points:
        moment = datetime.fromisoformat(point.started_at.replace("Z", "+00:00"))
        local = moment.astimezone() if moment.tzinfo else moment
        days.setdefault(f"{local:%Y-%m-%d}", []).append(point)
    result = []
    for date in sorted(days):
        group = days[date]
        worst: dict[str, Status] = {}
        for point in group:
            for f in point.functions:
                if f.kind not in worst or SEVERITY[f.status] > SEVERITY[worst[f.kind]]:
                    worst[f.kind] = f.status
        moses = [p.mos for p in group if p.mos is not None]
        rates = [p.throttled_kbps for p in group if p.throttled_kbps is not None]
        result.append(
            Day(
                date,
                len(group),
                worst,
                min(moses) if moses else None,
                min(rates) if rates else None,
            )
        )
    return result
