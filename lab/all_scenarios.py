"""Every lab scenario by name: the older scenarios (lab/scenarios.py) and the 2025–2026
censor's (lab/scenarios_2026.py, which builds on the older ones' helpers). Importing both here
registers them; neither imports the other's table, so they form no import circle."""

from __future__ import annotations

from lab import scenarios, scenarios_2026, scenarios_plain_http
from lab.registry import REGISTERED, Scenario

MODULES = (scenarios, scenarios_2026, scenarios_plain_http)  # imported for their registrations
SCENARIOS: dict[str, Scenario] = REGISTERED
