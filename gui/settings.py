"""The app's settings: a small JSON file in the platformdirs config dir.

A file rather than QSettings so the CLI, the tests and a volunteer can read it; a broken file is
reported and replaced by defaults (the old one is kept beside it), never fatal.
"""

from __future__ import annotations

import json
import logging
from dataclasses import asdict, dataclass, field, fields
from pathlib import Path
from typing import Any

from core.paths import config_dir

log = logging.getLogger(__name__)

LANGUAGES = ("auto", "en", "ru")


@dataclass
class GuiSettings:
    step_timeout_s: float = 5.0  # TimeBudget.with_step_timeout: connect, TLS, HTTP (DNS capped)
    overall_timeout_s: float = 45.0
    repeats: int = 3  # tries of the transfer-cut test
    services: list[str] = field(default_factory=list)  # empty: every service
    doh: list[str] = field(default_factory=list)  # empty: the built-in resolvers
    proxy: str = ""  # explicit proxy URL; empty: none (a system proxy is never used silently)
    call_duration_s: float = 10.0
    language: str = "auto"
    retention: str = "all"  # history: "all", "runs:N" or "days:N" (core.history.Retention)
    catalog: str = ""  # a catalog file opened with File → Open catalog…; empty: built-in
    first_run_seen: bool = False
    window_geometry: str = ""  # the main window's size and position (Qt's saveGeometry, base64)
    # Watch mode (docs/watch.md): off by default; the tray, the checks and the diary.
    watch: bool = False
    watch_interval_min: int = 30  # minutes between checks (the core adds its jitter)
    watch_budget_mb: float = 20.0  # a day's data on a metered or mobile link, never exceeded
    muted_services: list[str] = field(default_factory=list)  # no notifications for these
    start_with_computer: bool = False  # the Run key / XDG autostart entry (gui/autostart.py)
    tray_note_seen: bool = False  # "Svyaz keeps watching from the tray" said once

    def engine_overrides(self) -> dict[str, Any]:
        """The probing settings the user changed, as ProbeConfig overrides (the time budget's
        are `chosen_step_timeout` and `chosen_overall`; the services are the run's request).

        Only changed values override: a catalog's own `[settings]` (a lab's short timeouts)
        stay in force unless the user asked for something else.
        """
        defaults = GuiSettings()
        overrides: dict[str, Any] = {}
        if self.repeats != defaults.repeats:
            overrides["repeats"] = self.repeats
        if self.doh:
            overrides["doh"] = list(self.doh)
        if self.proxy:
            overrides["proxy"] = self.proxy
        return overrides

    def chosen_step_timeout(self) -> float | None:
        """The per-step timeout when the user changed it (None: the catalog's or the default)."""
        return None if self.step_timeout_s == GuiSettings.step_timeout_s else self.step_timeout_s

    def chosen_overall(self) -> float | None:
        """The whole run's deadline when the user changed it."""
        changed = self.overall_timeout_s != GuiSettings.overall_timeout_s
        return self.overall_timeout_s if changed else None


def settings_path() -> Path:
    return config_dir() / "settings.json"


def load_settings(path: Path | None = None) -> tuple[GuiSettings, str]:
    """The stored settings, and a problem to tell the user about ("" when all is well)."""
    path = path or settings_path()
    try:
        raw = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        return GuiSettings(), ""
    except OSError as exc:
        return GuiSettings(), f"{path}: {exc.strerror or exc}"
    try:
        data = json.loads(raw)
        if not isinstance(data, dict):
            raise ValueError("not a JSON object")
        return _from_dict(data), ""
    except (ValueError, TypeError) as exc:
        backup = path.with_name(path.name + ".broken")
        try:
            path.replace(backup)
        except OSError:
            backup = path
        return GuiSettings(), f"{path}: {exc}; defaults used, the old file is {backup}"


def save_settings(settings: GuiSettings, path: Path | None = None) -> None:
    path = path or settings_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    temporary = path.with_name(path.name + ".tmp")
    temporary.write_text(json.dumps(asdict(settings), indent=2), encoding="utf-8")
    temporary.replace(path)


def _from_dict(data: dict[str, Any]) -> GuiSettings:
    defaults = GuiSettings()
    values: dict[str, Any] = {}
    for spec in fields(GuiSettings):
        if spec.name not in data:
            continue
        value = data[spec.name]
        default = getattr(defaults, spec.name)
        if isinstance(default, bool):
            ok = isinstance(value, bool)
        elif isinstance(default, int | float):
            ok = isinstance(value, int | float) and not isinstance(value, bool) and value > 0
            value = type(default)(value) if ok else value
        elif isinstance(default, list):
            ok = isinstance(value, list) and all(isinstance(v, str) for v in value)
        else:
            ok = isinstance(value, str)
        if not ok:
            raise ValueError(f"setting {spec.name!r} has a bad value: {value!r}")
        values[spec.name] = value
    if "retention" in values:
        from core.history import Retention

        Retention.parse(values["retention"])  # raises ValueError naming the bad setting
    if values.get("language", "auto") not in LANGUAGES:
        raise ValueError(f"unknown language {values['language']!r}")
    return GuiSettings(**values)
