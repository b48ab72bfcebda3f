"""The one place that knows where bundled resources live, from source or from a frozen bundle."""

from __future__ import annotations

import os
import sys
from pathlib import Path


def resource_dir() -> Path:
    """`resources/` beside the code, or inside the PyInstaller bundle when frozen."""
    override = os.environ.get("SVYAZ_RESOURCES")
    if override:
        return Path(override)
    bundle = getattr(sys, "_MEIPASS", None)
    if getattr(sys, "frozen", False) and bundle:
        return Path(bundle) / "resources"
    return Path(__file__).resolve().parent.parent / "resources"


def resource_path(*parts: str) -> Path:
    return resource_dir().joinpath(*parts)
