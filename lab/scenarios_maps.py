"""Maps and sub-hosts (issue 24): a listed service whose front page passes while a host it
needs beyond it (map tiles, sign-in) does not, as when an allow-list misses the map tile
servers (hxehex/russia-mobile-internet-whitelist#1, #41). A plain block, not whitelist mode:
whitelist mode's timeouts make a run of ~8 s, and the rule reads the same in its context
(tests/test_rules_subhosts.py); whitelist mode's maps advice is checked on `whitelist_by_name`."""

from __future__ import annotations

from core.models import SubhostRole
from lab.censor import Censor
from lab.registry import scenario
from lab.world import World

# The listed services whose needed sub-hosts the scenarios cut, and which roles.
MAPS = ("yandex-maps", "2gis")


def needed_names(w: World, service_ids: tuple[str, ...], roles: set[SubhostRole]) -> set[str]:
    """The lab names of the services' needed sub-hosts of these roles."""
    return {
        ep.host
        for service_id in service_ids
        for ep in w.endpoints(service_id)
        if ep.needed_for in roles
    }


@scenario
def map_tiles_blocked(w: World) -> Censor:
    """Yandex Maps' and 2GIS's tile servers and Gosuslugi's sign-in (ESIA) are reset by name;
    their front pages pass: each reads "partly works" with its part named."""
    tiles = needed_names(w, MAPS, {SubhostRole.TILES})
    sign_in = needed_names(w, ("gosuslugi",), {SubhostRole.SIGN_IN})
    return Censor(name_reset=tiles | sign_in)
