"""Every lab scenario by name: the older scenarios (lab/scenarios.py) and the 2025–2026
censor's (lab/scenarios_2026.py, which builds on the older ones' helpers), and the line's own
(lab/scenarios_line.py: a slow or lossy line, an allow-listed service name). Importing each here
registers them; none imports another's table, so they form no import circle."""

from __future__ import annotations

from lab import scenarios, scenarios_2026, scenarios_line
from lab.registry import REGISTERED, Scenario

MODULES = (scenarios, scenarios_2026, scenarios_line)  # imported for their registrations
SCENARIOS: dict[str, Scenario] = REGISTERED
