"""What changed between two runs: the network verdict and every function's state."""

from __future__ import annotations

from dataclasses import dataclass

from core.models import RunResult, Status

# How bad a status is: a function that went from works to blocked got worse. Absent (a service
# or function one run did not have) ranks below every status.
SEVERITY: dict[Status | None, int] = {
    None: -1,
    Status.WORKS: 0,
    Status.UNKNOWN: 1,
    Status.DEGRADED: 2,
    Status.BLOCKED: 3,
}


@dataclass(frozen=True)
class Change:
    """What differs between two runs; `service_id` None is the network verdict itself,
    `function` None the service as a whole (present in one run only)."""

    service_id: str | None
    name: str
    function: str | None
    old_status: Status | None
    old_code: str | None
    new_status: Status | None
    new_code: str | None

    @property
    def worse(self) -> bool:
        """A service or function that got worse (the network verdict is neither)."""
        return self.service_id is not None and SEVERITY[self.new_status] > SEVERITY[self.old_status]

    @property
    def better(self) -> bool:
        return self.service_id is not None and SEVERITY[self.new_status] < SEVERITY[self.old_status]


def compare_runs(a: RunResult, b: RunResult) -> list[Change]:
    """Differences from run `a` to run `b`: the network verdict, then every function whose
    status or code changed, appeared or disappeared, in `b`'s order."""
    changes: list[Change] = []
    if a.network.code != b.network.code:
        changes.append(Change(None, "", None, None, a.network.code, None, b.network.code))
    old = {s.service_id: s for s in a.services}
    new = {s.service_id: s for s in b.services}
    order = [s.service_id for s in b.services] + [i for i in old if i not in new]
    for sid in order:
        before, after = old.get(sid), new.get(sid)
        present = after or before
        assert present is not None  # every id in `order` comes from one of the runs
        name = present.name
        if before is None or after is None:
            changes.append(
                Change(
                    sid,
                    name,
                    None,
                    before.status if before else None,
                    None,
                    after.status if after else None,
                    None,
                )
            )
            continue
        kinds = [f.kind.value for f in after.functions]
        kinds += [f.kind.value for f in before.functions if f.kind.value not in kinds]
        for kind in kinds:
            f_old, f_new = before.function(kind), after.function(kind)
            old_pair = (f_old.status, f_old.code) if f_old else (None, None)
            new_pair = (f_new.status, f_new.code) if f_new else (None, None)
            if old_pair != new_pair:
                changes.append(Change(sid, name, kind, *old_pair, *new_pair))
    return changes
