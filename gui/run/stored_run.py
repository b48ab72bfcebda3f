"""Show a stored run exactly as the window showed it: a catalog rebuilt around the run.

A stored run may name services the current catalog no longer has (or a lab catalog's): those
get a plain service built from the run itself, so nothing stored is hidden.
"""

from __future__ import annotations

from core.models import Catalog, Category, Function, Region, RunResult, Service
from gui.run.state import RunState


def catalog_for_run(catalog: Catalog, run: RunResult) -> Catalog:
    known = {s.id: s for s in catalog.services}
    services = []
    for result in run.services:
        service = known.get(result.service_id)
        if service is None:
            service = Service(
                id=result.service_id,
                name=result.name,
                category=Category.REFERENCE,
                region=Region.FOREIGN,
                functions=tuple(Function(f.kind, ()) for f in result.functions),
            )
        services.append(service)
    return Catalog(tuple(services))


def state_for_run(catalog: Catalog, run: RunResult) -> RunState:
    return RunState.from_result(catalog_for_run(catalog, run), run)
