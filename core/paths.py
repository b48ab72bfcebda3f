"""The one place that knows where user files live (platformdirs), overridable for tests.

Set SVYAZ_HOME to keep config, data and logs under one folder (tests and the lab do this);
SVYAZ_DATA_DIR moves only the data folder (the history database).
"""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

APP_NAME = "svyaz"


def _home_override() -> Path | None:
    value = os.environ.get("SVYAZ_HOME")
    return Path(value) if value else None


def config_dir() -> Path:
    home = _home_override()
    return home / "config" if home else Path(platformdirs.user_config_dir(APP_NAME, False))


def data_dir() -> Path:
    override = os.environ.get("SVYAZ_DATA_DIR")
    if override:
        return Path(override)
    home = _home_override()
    return home / "data" if home else Path(platformdirs.user_data_dir(APP_NAME, False))


def log_dir() -> Path:
    home = _home_override()
    return home / "log" if home else Path(platformdirs.user_log_dir(APP_NAME, False))


def user_catalog_path() -> Path:
    return config_dir() / "services.toml"
