"""A call path's figures in one line of words, shared by the call view and the details.

The MOS band comes with the figures (the core's rules named it, `core/rules/calls.py`; its words are
the `label.mos_*` texts), so the window, the CLI and the reports name the same band for the same
number.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import QCoreApplication

from core.messages import text
from gui.words import number


def band_words(band: str, language: str) -> str:
    return text(f"label.mos_{band}", language=language)


def figures_line(figures: Mapping[str, Any], language: str) -> str:
    """ "150 of 150 packets answered, loss 0.0 % · round trip 11 ms · jitter 0.3 ms · MOS 4.4
    (excellent)"; every number in the language's format ("потери 100,0 %", "MOS 4,4"); empty
    when nothing was sent (a path that was not measured)."""
    sent = figures.get("sent")
    if not isinstance(sent, int) or not sent:
        return ""
    line = QCoreApplication.translate("CallWords", "%1 of %2 packets answered, loss %3 %")
    received = int(figures.get("received") or 0)
    line = line.replace("%1", number(received, 0, language)).replace(
        "%2", number(sent, 0, language)
    )
    parts = [line.replace("%3", number(float(figures.get("loss_pct") or 0), 1, language))]
    if isinstance(rtt := figures.get("rtt_median_ms"), int | float):
        words = QCoreApplication.translate("CallWords", "round trip %1 ms")
        parts.append(words.replace("%1", number(rtt, 0, language)))
    if isinstance(jitter := figures.get("jitter_ms"), int | float):
        words = QCoreApplication.translate("CallWords", "jitter %1 ms")
        parts.append(words.replace("%1", number(jitter, 1, language)))
    mos, band = figures.get("mos"), figures.get("band")
    if isinstance(mos, int | float) and isinstance(band, str):
        parts.append(f"MOS {number(mos, 1, language)} ({band_words(band, language)})")
    if isinstance(cut := figures.get("cut_after"), int):
        words = QCoreApplication.translate("CallWords", "cut after %1 packets")
        parts.append(words.replace("%1", number(cut, 0, language)))
    return " · ".join(parts)
