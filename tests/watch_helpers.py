"""Hand-made runs, a fake clock and a scripted check for watch-mode tests (no network)."""

from __future__ import annotations

import asyncio
import itertools
from collections.abc import Callable, Mapping
from datetime import UTC, datetime

from core.codes import Condition, Verdict
from core.models import (
    FunctionKind,
    FunctionResult,
    Message,
    NetworkResult,
    RunResult,
    ServiceResult,
    Status,
)
from core.watch import CheckKind, NetworkState

_NONE = Message("none")
_STATUS = {
    Verdict.OK: Status.WORKS,
    Verdict.UDP_BLOCKED: Status.BLOCKED,
    Verdict.TCP_TIMEOUT: Status.BLOCKED,
    Verdict.THROTTLED: Status.DEGRADED,
    Verdict.GEO_BLOCKED: Status.BLOCKED,
    Verdict.NOT_TESTED: Status.UNKNOWN,
}
_ids = itertools.count(1)

FunctionCodes = Mapping[str, Mapping[str, Verdict]]
"""service id -> function kind -> its code."""

CLEAN: FunctionCodes = {
    "whatsapp": {"messages": Verdict.OK, "calls": Verdict.OK},
    "telegram": {"messages": Verdict.OK},
}


def make_run(
    services: FunctionCodes = CLEAN,
    network: Verdict = Verdict.OK,
    conditions: tuple[Condition, ...] = (),
    *,
    light: bool = True,
    used: int = 200_000,
    completed: bool = True,
    at: float = 0.0,
) -> RunResult:
    """A finished run with these functions' codes (status from the code)."""
    results = tuple(
        ServiceResult(
            sid,
            {"whatsapp": "WhatsApp", "telegram": "Telegram"}.get(sid, sid),
            Status.WORKS,
            tuple(
                FunctionResult(sid, FunctionKind(kind), code, _STATUS[code], _NONE, _NONE)
                for kind, code in functions.items()
            ),
        )
        for sid, functions in services.items()
    )
    started = datetime.fromtimestamp(at, UTC).isoformat()
    return RunResult(
        run_id=f"run-{next(_ids)}",
        started_at=started,
        finished_at=started,
        duration_ms=1000.0,
        completed=completed,
        network=NetworkResult(network, _NONE, _NONE, conditions),
        services=results,
        settings={"light": light},
        bytes_sent=used // 4,
        bytes_received=used - used // 4,
    )


def blocked_calls() -> FunctionCodes:
    return {
        "whatsapp": {"messages": Verdict.OK, "calls": Verdict.UDP_BLOCKED},
        "telegram": {"messages": Verdict.OK},
    }


class FakeClock:
    """Time that jumps: `sleep` advances `now` at once (and yields to the loop)."""

    def __init__(self, start: float) -> None:
        self.t = start

    def now(self) -> float:
        return self.t

    async def sleep(self, seconds: float) -> None:
        await asyncio.sleep(0)
        self.t += max(0.0, seconds)


class FakeSource:
    """A network source whose link the test sets."""

    def __init__(self, state: NetworkState | None = None) -> None:
        self.state = state or NetworkState(reachable=True, transport="wifi")

    def current(self) -> NetworkState:
        return self.state


class ScriptedCheck:
    """Each check returns the run the script says for the clock's time (`world(now)`)."""

    def __init__(self, clock: FakeClock, world: Callable[[float, CheckKind], RunResult]) -> None:
        self.clock, self.world = clock, world
        self.kinds: list[CheckKind] = []
        self.times: list[float] = []

    async def __call__(self, kind: CheckKind) -> RunResult:
        self.kinds.append(kind)
        self.times.append(self.clock.now())
        return self.world(self.clock.now(), kind)
