"""The call view fits a 1024 × 600 screen in both languages (issue 21): its verdicts are never
cut (it scrolls), and the chart keeps its height when they appear."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication

from core.codes import Verdict
from core.models import CallFigures, CallSample, CallTestFinished, CallVerdict, Message, Status
from gui.settings import GuiSettings

pytestmark = pytest.mark.gui

PATHS = {
    "whatsapp": "157.240.0.53:3478",
    "telegram": "149.154.167.91:3478",
    "control-foreign": "74.125.250.129:19302",
}


def _verdict(service_id: str, code: str, status: Status, received: int) -> CallVerdict:
    figures = CallFigures(
        sent=500,
        received=received,
        loss_pct=100.0 * (500 - received) / 500,
        rtt_median_ms=42.0 if received else None,
        jitter_ms=0.1 if received else None,
        mos=4.4 if received else None,
        band="excellent" if received else None,
    )
    return CallVerdict(
        service_id,
        Verdict.parse(code),
        status,
        Message(f"explain.{code}"),
        Message(f"advice.{code}"),
        figures,
    )


def finished() -> CallTestFinished:
    """Both messengers' calls blocked beside a working control: the longest verdicts."""
    return CallTestFinished(
        (
            _verdict("whatsapp", "udp_blocked", Status.BLOCKED, 0),
            _verdict("telegram", "udp_blocked", Status.BLOCKED, 0),
            _verdict("control-foreign", "call_ok", Status.WORKS, 500),
        ),
        completed=True,
        duration_s=10.0,
    )


@pytest.mark.parametrize("language", ["en", "ru"])
def test_the_call_view_fits_1024_by_600_and_keeps_the_chart(qtbot: Any, language: str) -> None:
    from gui.i18n import install_translators
    from gui.main_window import MainWindow

    app = QCoreApplication.instance()
    assert app is not None
    install_translators(app, GuiSettings(language=language))
    try:
        window = MainWindow(GuiSettings(language=language, first_run_seen=True))
        qtbot.addWidget(window)
        window.resize(1024, 600)
        window.show()
        window.tabs.setCurrentWidget(window.call_view)
        view = window.call_view
        view.set_running(True, 10.0)
        for second in range(1, 6):
            for service_id, path in PATHS.items():
                view.show_sample(
                    CallSample(service_id, path, float(second), None, 100.0, None, 25 * second, 0)
                )
        qtbot.waitUntil(lambda: window.width() == 1024)
        QCoreApplication.processEvents()
        chart_height = view.chart.height()
        view.show_finished(finished())
        QCoreApplication.processEvents()
        QCoreApplication.processEvents()
        assert view.chart.height() == chart_height  # the verdicts do not squeeze the chart
        verdict = view.verdict
        assert verdict.height() >= verdict.heightForWidth(verdict.width()), "verdicts cut"
        assert verdict.geometry().bottom() <= view.body.height()
        viewport = view.scroller.viewport()
        bar = view.scroller.verticalScrollBar()
        assert view.body.height() > viewport.height()  # taller than the tab at 1024 × 600...
        assert bar.maximum() == view.body.height() - viewport.height()  # ...so it scrolls
        assert view.body.width() <= viewport.width()  # and never sideways
        assert view.row("telegram").name.text() == "Telegram"
        window.close()
    finally:
        install_translators(app, GuiSettings(language="en"))
