"""A listed service that only partly works: its front page answers while a host it needs does
not (issue 24).

An allow-list names the hosts it lets through, and the lists miss some a service needs beyond
its front page: a map's tiles, its saved places, the sign-in every state app sends people to
(docs/sources.md#sub-hosts-and-maps). The catalog marks those hosts (`needed_for`); this rule
says "partly works" and which part fails, instead of the generic "some endpoints fail".
"""

from __future__ import annotations

from collections.abc import Container, Sequence

from core.codes import Verdict
from core.models import EndpointResult, SubhostRole


def missing_role(tested: Sequence[EndpointResult], soft: Container[Verdict]) -> SubhostRole | None:
    """The role of the needed sub-host that fails while every front endpoint works, or None.

    `tested`: the function's judged endpoints; `soft`: the codes that only slow a host down (a
    slowed tile server is "slowed", not "partly works"). When several sub-hosts fail, the
    first role in `SubhostRole`'s order names the function (tiles before favorites)."""
    fronts = [e for e in tested if e.endpoint.needed_for is None]
    if not fronts or any(e.code != Verdict.OK for e in fronts):
        return None
    roles = {
        e.endpoint.needed_for
        for e in tested
        if e.endpoint.needed_for is not None and e.code != Verdict.OK and e.code not in soft
    }
    return next((role for role in SubhostRole if role in roles), None)


def missing_hosts(tested: Sequence[EndpointResult], soft: Container[Verdict]) -> str:
    """The failing sub-hosts, named in the evidence ("tile0.maps.2gis.com, ...")."""
    return ", ".join(
        sorted(
            {
                e.endpoint.host
                for e in tested
                if e.endpoint.needed_for is not None and e.code != Verdict.OK and e.code not in soft
            }
        )
    )
