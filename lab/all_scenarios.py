"""Every lab scenario by name: the older scenarios (lab/scenarios.py), the 2025–2026
censor's (lab/scenarios_2026.py, which builds on the older ones' helpers), plain HTTP's
(lab/scenarios_plain_http.py), a site's own faults (lab/scenarios_site.py) and the line's own
(lab/scenarios_line.py: a slow or lossy line, an allow-listed service name) and the phone's own
traps (lab/scenarios_mobile.py). Importing each here
registers them; none imports another's table, so they form no import circle."""

from __future__ import annotations

from lab import (
    scenarios,
    scenarios_2026,
    scenarios_line,
    scenarios_maps,
    scenarios_mobile,
    scenarios_plain_http,
    scenarios_site,
    scenarios_whitelist,
)
from lab.registry import REGISTERED, Scenario

# imported for their registrations
MODULES = (
    scenarios,
    scenarios_2026,
    scenarios_plain_http,
    scenarios_site,
    scenarios_line,
    scenarios_mobile,
    scenarios_whitelist,
    scenarios_maps,
)
SCENARIOS: dict[str, Scenario] = REGISTERED
