"""`make screenshots`: regenerate README's pictures from real lab runs (never the internet).

Each shot starts a lab scenario, drives the real window against it offscreen, and grabs PNGs
into docs/screenshots/. Run by hand after a visible change, then look at the pictures.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QEventLoop
from PySide6.QtWidgets import QApplication, QWidget

from gui.i18n import install_translators
from gui.main_window import MainWindow
from gui.settings import GuiSettings
from tests.gui_helpers import lab_window
from tests.lab.lab import start_lab

OUT = Path(__file__).resolve().parent.parent / "docs" / "screenshots"


def pump(app: QApplication, until: Callable[[], bool], seconds: float) -> None:
    deadline = time.monotonic() + seconds
    while not until() and time.monotonic() < deadline:
        app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)
    for _ in range(20):
        app.processEvents()


def save(widget: QWidget, name: str) -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    widget.grab().save(str(OUT / name))
    print(f"wrote {OUT / name}")


def run_and_wait(app: QApplication, window: MainWindow, kind: str = "diagnostic") -> None:
    finished: list[str] = []
    window.bridge.jobFinished.connect(finished.append)
    if kind == "diagnostic":
        window.start_run()
    pump(app, lambda: kind in finished, 90)


def shot_main(app: QApplication, work: Path, language: str) -> None:
    lab = start_lab("calls_blocked_messages_ok" if _has_calls() else "sni_reset", work / language)
    try:
        install_translators(app, GuiSettings(language=language))
        window = lab_window(lab, language=language)
        window.resize(1120, 760)
        window.show()
        run_and_wait(app, window)
        suffix = "" if language == "en" else f"-{language}"
        save(window, f"main{suffix}.png")
        if language == "en":
            window.show_details("whatsapp" if _has_calls() else "instagram")
            pump(app, lambda: False, 0.3)
            assert window.last_details is not None
            save(window.last_details, "details.png")
            window.last_details.close()
        window.close()
    finally:
        lab.stop()


def shot_calls(app: QApplication, work: Path) -> None:
    if not _has_calls():
        return
    lab = start_lab("call_lossy_5pct", work / "calls")
    try:
        window = lab_window(lab, call_duration_s=5.0)
        window.resize(1000, 680)
        window.show()
        window.tabs.setCurrentWidget(window.call_view)
        finished: list[str] = []
        window.bridge.jobFinished.connect(finished.append)
        window.start_call_test(("whatsapp", "telegram"))
        pump(app, lambda: "calltest" in finished, 60)
        save(window, "calls.png")
        window.close()
    finally:
        lab.stop()


def _has_calls() -> bool:
    try:
        import core.calltest  # noqa: F401
    except ImportError:
        return False
    return True


def main() -> int:
    parser = argparse.ArgumentParser(prog="python -m tests.screenshots")
    parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="svyaz-shots-"))
    os.environ["SVYAZ_HOME"] = str(work / "home")  # never touch the user's settings/history
    app = QApplication(sys.argv)
    for language in ("en", "ru"):
        shot_main(app, work, language)
    install_translators(app, GuiSettings(language="en"))
    shot_calls(app, work)
    return 0


if __name__ == "__main__":
    sys.exit(main())
