"""`make screenshots`: regenerate README's pictures from real lab runs (never the internet).

Each shot starts a lab scenario (or several at once: `mixed_lab`), drives the real window against
it offscreen, and grabs PNGs into docs/screenshots/: both languages, a 1366×768 and a 1024×600
window, a run with blocks, its details (both layers), the call test half-way and done, history,
export and its confirmation; the call view, history, Compare, Settings and Qt's own file
dialog in Russian (1024×600 too); watch mode's tray menu, its settings page and the outage diary
with its timeline (a planted diary: nothing is probed). Run by hand after a visible change, then
look at every picture; `--only watch` makes watch mode's alone, `--only history` History's (and
Settings').
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QCoreApplication, QEventLoop, QItemSelectionModel
from PySide6.QtWidgets import QApplication, QFileDialog, QWidget

from gui.i18n import install_translators
from gui.main_window import MainWindow
from gui.settings import GuiSettings
from gui.settings_dialog import SettingsDialog
from lab.lab import start_lab
from tests.gui_helpers import lab_window, mixed_lab

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


SIZES = ((1366, 768, ""), (1024, 600, "-1024"))


def shot_main(app: QApplication, work: Path, language: str) -> None:
    """A run with blocks, at 1366×768 and 1024×600; its details, both layers."""
    lab = mixed_lab(work / f"mixed-{language}")
    suffix = "" if language == "en" else f"-{language}"
    try:
        install_translators(app, GuiSettings(language=language))
        window = lab_window(lab, language=language)
        window.resize(1366, 768)
        window.show()
        run_and_wait(app, window)
        for width, height, size in SIZES:
            window.resize(width, height)
            pump(app, lambda: False, 0.3)
            save(window, f"main{suffix}{size}.png")
        window.show_details("whatsapp" if language == "en" else "wikipedia")
        pump(app, lambda: False, 0.3)
        dialog = window.last_details
        assert dialog is not None
        save(dialog, f"details{suffix}.png")
        if language == "en":
            dialog.show_technical(True)
            pump(app, lambda: False, 0.3)
            save(dialog, "details-technical.png")
        dialog.close()
        window.close()
    finally:
        lab.stop()


def shot_calls(app: QApplication, work: Path) -> None:
    """The call test half-way (live chart, countdown) and done (figures, verdicts); done again
    at 1024×600 (it scrolls: the top, and scrolled to the verdicts), in English and Russian."""
    lab = start_lab("call_lossy_5pct", work / "calls")
    try:
        window = lab_window(lab, call_duration_s=6.0)
        window.resize(1366, 768)
        window.show()
        window.tabs.setCurrentWidget(window.call_view)
        finished: list[str] = []
        samples: list[float] = []
        window.bridge.jobFinished.connect(finished.append)
        window.controller.callSample.connect(lambda sample: samples.append(sample.elapsed_s))
        window.start_call_test(("whatsapp", "telegram"))
        pump(app, lambda: bool(samples) and samples[-1] >= 3.0, 30)
        save(window, "calls-running.png")
        pump(app, lambda: "calltest" in finished, 60)
        save(window, "calls.png")
        snapshot = window.call_view.snapshot()
        shot_calls_small(app, window, "")
        window.close()
        install_translators(app, GuiSettings(language="ru"))
        russian = lab_window(lab, language="ru")
        russian.show()
        russian.tabs.setCurrentWidget(russian.call_view)
        russian.call_view.restore(snapshot)
        shot_calls_small(app, russian, "-ru")
        russian.close()
        install_translators(app, GuiSettings(language="en"))
    finally:
        lab.stop()


def shot_calls_small(app: QApplication, window: MainWindow, suffix: str) -> None:
    window.resize(1024, 600)
    pump(app, lambda: False, 0.3)
    save(window, f"calls{suffix}-1024.png")
    bar = window.call_view.scroller.verticalScrollBar()
    bar.setValue(bar.maximum())
    pump(app, lambda: False, 0.3)
    save(window, f"calls{suffix}-1024-end.png")
    bar.setValue(0)


def shot_history(app: QApplication, work: Path) -> None:
    """A week of lab runs (real runs, saved again with earlier dates), then the history tab."""
    os.environ["SVYAZ_HOME"] = str(work / "home-history")
    results = {}
    window = None
    for scenario in ("clean", "sni_reset", "youtube_throttled"):
        lab = start_lab(scenario, work / f"history-{scenario}")
        try:
            if window is None:
                window = lab_window(lab)
                window.resize(1366, 768)
                window.show()
            else:
                assert lab.info is not None
                window.use_catalog(Path(lab.info.catalog))
            run_and_wait(app, window)
            results[scenario] = window.state.result
        finally:
            lab.stop()
    assert window is not None
    now = datetime.now(UTC)
    week = ("clean", "clean", "youtube_throttled", "sni_reset", "youtube_throttled", "sni_reset")
    for days_ago, scenario in enumerate(week, start=1):
        run = results[scenario]
        assert run is not None
        start = now - timedelta(days=days_ago, hours=days_ago % 3)
        window.history.save(
            replace(
                run,
                run_id=f"{run.run_id[:8]}-{days_ago}",
                started_at=start.isoformat(timespec="seconds"),
                finished_at=(start + timedelta(seconds=5)).isoformat(timespec="seconds"),
            )
        )
    view = history_of_youtube(app, window)
    save(window, "history.png")
    dialog = window.export_report()
    assert dialog is not None
    pump(app, lambda: False, 0.3)
    save(dialog, "report-dialog.png")
    dialog.save_to(work / dialog.default_name())
    pump(app, lambda: False, 0.3)
    save(dialog.confirmation, "export-saved.png")
    dialog.confirmation.close()
    dialog.close()
    view.table.clearSelection()
    compare = compare_two_newest(app, view)
    save(compare, "compare.png")
    compare.close()
    window.close()
    shot_russian_history(app, work)


def history_of_youtube(app: QApplication, window: MainWindow) -> Any:
    """The History tab, read afresh, with YouTube chosen and the newest run selected."""
    window.tabs.setCurrentWidget(window.history_view)
    view = window.history_view
    view.after_save()
    view.service.setCurrentIndex(view.service.findData("youtube"))
    view.table.selectRow(0)
    pump(app, lambda: False, 0.3)
    return view


def compare_two_newest(app: QApplication, view: Any) -> Any:
    """The history's Compare window of its two newest runs, shown."""
    view.table.selectRow(0)
    view.table.selectionModel().select(
        view.model.index(1, 0),
        QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows,
    )
    compare = view.compare_selected()
    assert compare is not None
    pump(app, lambda: False, 0.3)
    return compare


def shot_russian_history(app: QApplication, work: Path) -> None:
    """History (one service chosen), Compare, Settings and Qt's own file dialog in Russian, at
    1024×600, over the history just made; the built-in catalog (nothing is run)."""
    install_translators(app, GuiSettings(language="ru"))
    window = MainWindow(GuiSettings(language="ru", first_run_seen=True))
    window.environment = {}
    window.resize(1024, 600)
    window.show()
    view = history_of_youtube(app, window)
    save(window, "history-ru-1024.png")
    view.service.setCurrentIndex(0)
    compare = compare_two_newest(app, view)
    save(compare, "compare-ru.png")
    compare.close()
    settings = SettingsDialog(window.settings, window.choice.catalog, window, "ru")
    settings.show()
    pump(app, lambda: False, 0.3)
    save(settings, "settings-ru.png")
    settings.close()
    folder = work / "Документы"
    (folder / "Отчёты").mkdir(parents=True, exist_ok=True)
    (folder / "svyaz-2026-12-05.html").write_text("<html></html>", encoding="utf-8")
    title = QCoreApplication.translate("ReportDialog", "Save report")
    files = QFileDialog(window, title, str(folder), "HTML (*.html)")
    files.setOption(QFileDialog.Option.DontUseNativeDialog)
    files.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    files.show()
    pump(app, lambda: False, 1.0)
    save(files, "file-dialog-ru.png")
    files.close()
    window.close()
    install_translators(app, GuiSettings(language="en"))


# Issue 21's cases: the network's one cause, a country refusal, calls that cannot be checked.
CASES = (
    ("system_dns_silent", "en", 1366, 768),
    ("system_dns_silent", "ru", 1024, 600),
    ("offline", "en", 1024, 600),
    ("whitelist_by_address", "ru", 1366, 768),
    ("geo_refused", "en", 1366, 768),
    ("calls_blocked_messages_ok", "ru", 1024, 600),
    # Issue 24: whitelist mode's "Works for you now" above the tiles
    ("whitelist_throttled", "en", 1366, 768),
    # issue 24: listed services whose tile servers and sign-in are cut partly work
    ("map_tiles_blocked", "ru", 1366, 768),
)


def shot_cases(app: QApplication, work: Path) -> None:
    """One window per case, in the language and size given: `case-<scenario>-<lang>.png`."""
    from lab.lab import start_lab

    for scenario, language, width, height in CASES:
        lab = start_lab(scenario, work / f"case-{scenario}-{language}")
        try:
            install_translators(app, GuiSettings(language=language))
            window = lab_window(lab, language=language)
            window.resize(width, height)
            window.show()
            run_and_wait(app, window)
            pump(app, lambda: False, 0.3)
            save(window, f"case-{scenario}-{language}.png")
            window.close()
        finally:
            lab.stop()


def plant_diary(history: Any) -> None:
    """A few days of watch mode on mobile data: whitelist mode, no internet, WhatsApp calls
    blocked (still going), Telegram slowed through a VPN."""
    from core.periods import DiaryCondition, Evidence, Period, Subject, SubjectKind

    day = datetime.now().astimezone().replace(hour=9, minute=12, second=0, microsecond=0)
    start = (day - timedelta(days=4)).timestamp()

    def period(subject: Subject, state: str, at: float, code: str, **more: Any) -> Any:
        return history.open_period(
            Period(subject, state, at, Evidence(f"run-{int(at)}", at, code), 1800.0, **more)
        )

    network = SubjectKind.NETWORK
    whitelist = period(
        Subject(network, condition=DiaryCondition.WHITELIST.value),
        "on",
        start,
        "whitelist_mode",
        link="cellular",
    )
    end = start + (57 * 60 + 28) * 60
    history.close_period(whitelist.id, Evidence("run-end", end, "ok"))
    offline = period(
        Subject(network, condition=DiaryCondition.OFFLINE.value), "on", end + 7200, "offline"
    )
    history.close_period(offline.id, Evidence("run-back", end + 7200 + 2400, "ok"))
    calls = Subject(SubjectKind.FUNCTION, "whatsapp", "calls", name="WhatsApp")
    period(calls, "blocked", end + 86_400, "udp_blocked", link="wifi")
    messages = Subject(SubjectKind.FUNCTION, "telegram", "messages", name="Telegram")
    period(messages, "slowed", end + 90_000, "throttled", link="wifi", through_vpn=True)


def shot_watch(app: QApplication, work: Path) -> None:
    """Watch mode: the tray's menu, Settings → Watch mode and History → Outage diary, in English
    (1366×768) and Russian (1024×600). The built-in catalog; nothing is run."""
    from gui.watch.tray import WatchTray

    os.environ["SVYAZ_HOME"] = str(work / "home-watch")
    for language, width, height, suffix in (("en", 1366, 768, ""), ("ru", 1024, 600, "-ru-1024")):
        install_translators(app, GuiSettings(language=language))
        settings = GuiSettings(language=language, first_run_seen=True, watch=True)
        window = MainWindow(settings)
        window.environment = {}
        if language == "en":
            plant_diary(window.history)
        window.resize(width, height)
        window.show()
        window.tabs.setCurrentWidget(window.history_view)
        # The planted days (four days ago to now): the timeline's bars wide enough to read.
        window.history_view.since.setDate(window.history_view.until.date().addDays(-5))
        window.history_view.pages.setCurrentWidget(window.history_view.diary)
        window.history_view.refresh()
        pump(app, lambda: False, 0.3)
        save(window, f"diary{suffix}.png")
        dialog = SettingsDialog(
            settings, window.choice.catalog, window, language, used_today_bytes=3_400_000
        )
        dialog.pages.setCurrentIndex(1)
        dialog.show()
        pump(app, lambda: False, 0.3)
        save(dialog, f"settings-watch{suffix}.png")
        dialog.close()
        tray = WatchTray(language)
        tray.menu.popup(window.mapToGlobal(window.rect().center()))
        pump(app, lambda: False, 0.3)
        save(tray.menu, f"tray-menu{suffix}.png")
        tray.menu.close()
        window.close()
    install_translators(app, GuiSettings(language="en"))


def main() -> int:
    parser = argparse.ArgumentParser(prog="python -m tests.screenshots")
    parser.add_argument("--only", choices=("watch", "history"), help="make only these pictures")
    only = parser.parse_args().only
    work = Path(tempfile.mkdtemp(prefix="svyaz-shots-"))
    os.environ["SVYAZ_HOME"] = str(work / "home")  # never touch the user's settings/history
    app = QApplication(sys.argv)
    if only == "watch":
        shot_watch(app, work)
        return 0
    if only == "history":
        shot_history(app, work)
        return 0
    for language in ("en", "ru"):
        shot_main(app, work, language)
    shot_cases(app, work)
    install_translators(app, GuiSettings(language="en"))
    shot_calls(app, work)
    shot_history(app, work)
    shot_watch(app, work)
    return 0


if __name__ == "__main__":
    sys.exit(main())
