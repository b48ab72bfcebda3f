"""Shared pieces of the GUI tests: activating a window, a tile's status, a lab with many blocks."""

from __future__ import annotations

import dataclasses
from pathlib import Path
from typing import Any

from core.models import ServiceResult, Status
from gui.main_window import MainWindow
from lab.gui import StallMeter, lab_window

__all__ = ["MIXED", "StallMeter", "activate", "lab_window", "mixed_lab", "status_of"]

# A network with a bit of everything: Instagram and Facebook cut by name, Telegram's addresses
# reset, YouTube's video throttled, the messengers' calls dropped, Wikipedia intercepted, Twitch
# answered with a non-TLS reply (both of which carry error text the first layer must not show).
MIXED = (
    "sni_reset",
    "ip_blocked_reset",
    "youtube_throttled",
    "calls_blocked_messages_ok",
    "tls_intercepted",
    "tls_non_tls_reply",
)


def mixed_lab(workdir: Path, scenarios: tuple[str, ...] = MIXED) -> Any:
    """A started lab whose censor does what each named scenario does, all at once."""
    from lab.all_scenarios import SCENARIOS
    from lab.lab import Lab
    from lab.world import build_world

    world = build_world()
    censors = [SCENARIOS[name](world) for name in scenarios]
    merged = censors[0]
    for other in censors[1:]:
        for spec in dataclasses.fields(merged):
            mine, theirs = getattr(merged, spec.name), getattr(other, spec.name)
            if isinstance(mine, set):
                mine |= theirs
            elif isinstance(mine, dict):
                mine.update(theirs)
            elif isinstance(mine, bool):
                setattr(merged, spec.name, mine or theirs)
            elif isinstance(mine, float):
                setattr(merged, spec.name, max(mine, theirs))
            elif mine is None:
                setattr(merged, spec.name, theirs)
    lab = Lab(world, merged, workdir)
    lab.start()
    return lab


def activate(qtbot: Any, window: MainWindow) -> None:
    """Make the window the active one (offscreen too): window shortcuts only act there."""
    from PySide6.QtGui import QGuiApplication

    window.show()
    window.activateWindow()
    handle = window.windowHandle()
    assert handle is not None
    handle.requestActivate()
    qtbot.waitUntil(lambda: QGuiApplication.focusWindow() is handle, timeout=3_000)


def status_of(window: Any, service_id: str) -> Status:
    """The overall status a window (or a stored-run window) shows for a judged service."""
    result: ServiceResult | None = window.state.services[service_id].result
    assert result is not None, f"{service_id} was not judged"
    return result.status
