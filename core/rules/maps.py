"""What to say about maps (issue 24): when they fail with no internet, in whitelist mode or in a
shutdown, name the apps that keep maps on the phone and say to download the region before the
next shutdown; when the maps' servers answer, the one thing a run cannot see is the satellite
signal, jammed in city centres (positions wrong while data works;
docs/sources.md#sub-hosts-and-maps).

A pure table from the function's facts to an advice key (`advice.maps.<case>`, core/texts/maps.py);
None keeps the code's own advice.
"""

from __future__ import annotations

from core.codes import Verdict
from core.models import FunctionKind, Status

OFFLINE = "advice.maps.offline"
WHITELIST = "advice.maps.whitelist"
JAMMING = "advice.maps.jamming"

# Codes whose own advice already speaks of maps (a blocked tile server: download the region).
_OWN_WORDS = frozenset({Verdict.SUBHOST_BLOCKED})


def advice_key(
    kind: FunctionKind, code: Verdict, status: Status, context: Verdict | None
) -> str | None:
    """The maps advice for a function, or None (not maps, or the code's advice fits better)."""
    if kind is not FunctionKind.MAPS or code in _OWN_WORDS:
        return None
    if context == Verdict.OFFLINE and code == Verdict.OFFLINE:
        return OFFLINE
    if context == Verdict.WHITELIST_MODE and status in (Status.BLOCKED, Status.DEGRADED):
        return WHITELIST
    if context is None and code == Verdict.OK:
        return JAMMING
    return None
