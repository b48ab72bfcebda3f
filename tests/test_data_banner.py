"""The window says what a run used (issue 20): the banner's summary ends "2.1 MB used", in the
window's language and its decimal sign; a stored run from before the count says nothing."""

from __future__ import annotations

import dataclasses
from typing import Any

from gui.run.banner import NetworkBanner
from tests.test_data_words import _run


def test_the_banner_summary_says_what_the_run_used(qtbot: Any) -> None:
    banner = NetworkBanner()
    qtbot.addWidget(banner)
    old = _run()
    assert "used" not in banner.summary(old) and "трафика" not in banner.summary(old, "ru")
    run = dataclasses.replace(old, bytes_sent=200 * 1024, bytes_received=int(1.9 * 1024 * 1024))
    assert banner.summary(run).endswith(" · 2.1 MB used")
    assert banner.summary(run, "ru").endswith("2,1 МБ трафика")
    banner.show_network(run.network, "ru", True, banner.summary(run, "ru"))
    assert "2,1 МБ трафика" in banner._detail.text()
