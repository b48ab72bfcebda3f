"""The window's banner names a line condition once, in both languages (issue 20): the banner
lists the network's conditions generically, so slow_line and unstable_line need no GUI code."""

from __future__ import annotations

import pytest

from core.codes import Condition, Verdict
from core.messages import LANGUAGES, text
from core.models import Message, NetworkResult


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("condition", [Condition.SLOW_LINE, Condition.UNSTABLE_LINE])
def test_the_banner_names_the_line_once(condition: Condition, language: str, qtbot: object) -> None:
    from PySide6.QtWidgets import QLabel

    from gui.run.banner import NetworkBanner

    banner = NetworkBanner()
    network = NetworkResult(
        Verdict.OK, Message("network.ok"), Message("network_advice.ok"), (condition,)
    )
    banner.show_network(network, language)
    words = text(f"condition.{condition}", language=language)
    shown = "\n".join(label.text() for label in banner.findChildren(QLabel))
    assert shown.count(words) == 1
