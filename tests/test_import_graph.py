"""The import graph of core/, cli/, gui/, lab/, bench/ and tests/ has no circles, and inside
core/ no arrow runs back up a floor (docs/architecture.md: top modules < rules | probes < calls <
engine < history | report < watch). import-linter checks the named contracts; this checks the whole
graph, so a circle between two modules no contract names (lab.scenarios <-> lab.scenarios_2026
once) fails too.

Every import counts, also one inside a function or under TYPE_CHECKING: a circle postponed to
call time is still a circle in the design."""

from __future__ import annotations

from collections.abc import Iterable, Mapping

import grimp

PACKAGES = ("core", "cli", "gui", "lab", "bench", "tests")
# The core's floors, lowest first; a module of core/ outside these rooms is a top module (0).
FLOORS = {
    "rules": 1,
    "probes": 1,
    "calls": 2,
    "engine": 3,
    "history": 4,
    "report": 4,
    "watch": 5,
}

Graph = Mapping[str, set[str]]


def import_graph(packages: Iterable[str] = PACKAGES) -> dict[str, set[str]]:
    """module -> the modules of `packages` it imports directly."""
    graph = grimp.build_graph(*packages, cache_dir=None)
    return {m: set(graph.find_modules_directly_imported_by(m)) for m in sorted(graph.modules)}


def room(module: str) -> str:
    """`core.engine.endpoint` -> `core.engine`; other modules stand for themselves."""
    parts = module.split(".")
    if parts[0] == "core" and len(parts) > 2 and parts[1] in FLOORS:
        return ".".join(parts[:2])
    return module


def rooms(graph: Graph) -> dict[str, set[str]]:
    """The graph with each room of core/ squashed into one node."""
    squashed: dict[str, set[str]] = {}
    for importer, imported in graph.items():
        targets = squashed.setdefault(room(importer), set())
        targets.update(room(m) for m in imported if room(m) != room(importer))
    return squashed


def circles(graph: Graph) -> list[list[str]]:
    """The strongly connected groups of more than one module (Tarjan), each sorted."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    on_stack: set[str] = set()
    stack: list[str] = []
    found: list[list[str]] = []

    def visit(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        on_stack.add(node)
        for nxt in graph.get(node, ()):
            if nxt not in index:
                visit(nxt)
                low[node] = min(low[node], low[nxt])
            elif nxt in on_stack:
                low[node] = min(low[node], index[nxt])
        if low[node] == index[node]:
            group = []
            while True:
                member = stack.pop()
                on_stack.discard(member)
                group.append(member)
                if member == node:
                    break
            if len(group) > 1:
                found.append(sorted(group))

    for node in sorted(graph):
        if node not in index:
            visit(node)
    return sorted(found)


def floor(module: str) -> int | None:
    """A core module's floor; None outside core/ (and for the `core` package itself)."""
    parts = module.split(".")
    if parts[0] != "core" or len(parts) == 1:
        return None
    return FLOORS.get(parts[1], 0) if len(parts) > 2 or parts[1] in FLOORS else 0


def arrows_up(graph: Graph) -> list[str]:
    """`importer -> imported` inside core/ where the imported module lives on a higher floor."""
    found = []
    for importer, imported in graph.items():
        mine = floor(importer)
        for target in imported:
            theirs = floor(target)
            if mine is not None and theirs is not None and theirs > mine:
                found.append(f"{importer} -> {target}")
    return sorted(found)


def test_no_module_imports_itself_round_a_circle() -> None:
    assert circles(import_graph()) == []


def test_the_core_rooms_import_each_other_in_no_circle() -> None:
    assert circles(rooms(import_graph())) == []


def test_no_arrow_runs_back_up_inside_core() -> None:
    assert arrows_up(import_graph()) == []


# ---- the checks themselves can fail ----

WRONG: dict[str, set[str]] = {
    "lab.scenarios": {"lab.scenarios_2026", "lab.world"},
    "lab.scenarios_2026": {"lab.scenarios"},
    "lab.world": set(),
    "core.calls.calltest": {"core.engine.context", "core.models"},
    "core.engine.context": {"core.rules.dns"},
    "core.engine.setup": {"core.calls.calltest"},
    "core.document": {"core.calls.emodel"},
    "core.calls.emodel": {"core.models"},
    "core.models": set(),
    "core.rules.dns": {"core.models"},
}


def test_a_circle_between_two_modules_is_found() -> None:
    assert circles(WRONG) == [["lab.scenarios", "lab.scenarios_2026"]]


def test_a_circle_between_two_rooms_is_found() -> None:
    assert circles(WRONG) == [["lab.scenarios", "lab.scenarios_2026"]]  # no module circle...
    assert ["core.calls", "core.engine"] in circles(rooms(WRONG))  # ...but the rooms form one


def test_an_arrow_back_up_is_found() -> None:
    assert arrows_up(WRONG) == [
        "core.calls.calltest -> core.engine.context",
        "core.document -> core.calls.emodel",
    ]


def test_the_floors_follow_the_architecture() -> None:
    assert floor("core.models") == floor("core.texts.calls") == 0
    assert floor("core.rules") == floor("core.rules.calls") == floor("core.probes.stun") == 1
    assert floor("core.calls.calltest") == 2 and floor("core.engine.setup") == 3
    assert floor("core.history.store") == floor("core.report") == 4
    assert floor("gui.app") is None and floor("core") is None
