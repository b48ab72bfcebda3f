"""`svyaz-gui --self-test --catalog LAB.toml`: prove a build (frozen or not) works end to end.

Opens the main window offscreen, runs a diagnostic of the given catalog (the lab: never the
real catalog in CI), checks that the resources, the Russian translation and SQLite are found,
saves a report, and exits 0 — or prints what failed and exits 1. Its temporary home (and the
report, unless --report names where to keep it) is removed when it ends.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
import tempfile
from pathlib import Path

from PySide6.QtCore import QCollator, QCoreApplication, QEventLoop, QLocale, QTimer
from PySide6.QtWidgets import QApplication

from core.catalog import load_catalog
from core.report import build_report
from core.resources import resource_path
from gui.i18n import install_translators
from gui.settings import GuiSettings
from gui.window_host import WindowHost

HOME_PREFIX = "svyaz-self-test-home-"
_HOME_VARIABLES = ("SVYAZ_HOME", "SVYAZ_DATA_DIR")


def run_self_test(app: QApplication, catalog: Path, report: Path | None) -> int:
    """The checks in a temporary home of their own (the run, its history and settings never
    touch the person's), removed when they end, pass or fail: each self-test used to leave a
    `svyaz-self-test-home-*` folder behind (issue 25)."""
    home = Path(tempfile.mkdtemp(prefix=HOME_PREFIX))
    before = {name: os.environ.get(name) for name in _HOME_VARIABLES}
    os.environ["SVYAZ_HOME"] = str(home)
    os.environ["SVYAZ_DATA_DIR"] = str(home / "data")
    try:
        return _run_checks(app, catalog, report, home)
    finally:
        for name, value in before.items():
            if value is None:
                os.environ.pop(name, None)
            else:
                os.environ[name] = value
        _remove_home(home)


def _remove_home(home: Path) -> None:
    """Remove the temporary home; if a file in it is still held (Windows), say so, never fail."""
    try:
        shutil.rmtree(home)
    except OSError as exc:
        print(f"note: the temporary folder {home} could not be removed: {exc}", flush=True)


# Qt's file dialog's words: one from qtbase_ru.qm, one Qt's Russian lacks and ours gives
# (gui/qt_words.py); tuples keep them out of lupdate's sight
QT_OWN_WORDS = (("QFileDialog", "File &name:"), ("QFileDialog", "Files of &type:"))


def _run_checks(app: QApplication, catalog: Path, report: Path | None, home: Path) -> int:
    problems: list[str] = []

    def check(ok: bool, what: str) -> None:
        print(("ok   " if ok else "FAIL ") + what, flush=True)
        if not ok:
            problems.append(what)

    builtin = load_catalog(include_user=False)
    check(len(builtin.services) > 10 and not builtin.problems, "built-in catalog loads")
    check(resource_path("report-schema.json").is_file(), "report schema found")
    check(resource_path("icons", "svyaz.svg").is_file(), "icon found")
    install_translators(app, GuiSettings(language="ru"))
    russian = QCoreApplication.translate("RunBar", "Run diagnostic")
    check(russian == "Запустить проверку", f"Russian translation loads ({russian!r})")
    qt_own = [QCoreApplication.translate(*words) for words in QT_OWN_WORDS]
    check(qt_own == ["&Имя файла:", "&Типы файлов:"], f"Qt's own dialogs in Russian ({qt_own!r})")
    install_translators(app, GuiSettings(language="en"))
    russian_locale = QLocale(QLocale.Language.Russian, QLocale.Country.Russia)
    upper = russian_locale.toUpper("ёлка связь")
    order = QCollator(russian_locale).compare("яблоко", "ёлка")
    check(upper == "ЁЛКА СВЯЗЬ" and order > 0, f"ICU data for Russian ({upper!r}, {order})")
    with sqlite3.connect(":memory:") as db:
        check(db.execute("select sqlite_version()").fetchone() is not None, "SQLite works")

    settings = GuiSettings(catalog=str(catalog), first_run_seen=True)
    host = WindowHost(settings)
    window = host.window
    window.environment = {}
    window.show()
    check(window.choice.path is not None, f"catalog {catalog} opens")
    if window.choice.path is None:  # never fall back to the real catalog: that would probe
        window.close()
        host.bridge.shutdown()
        window.history.close()
        print("self-test FAILED: " + "; ".join(problems))
        return 1
    loop = QEventLoop()
    host.bridge.jobFinished.connect(loop.quit)
    QTimer.singleShot(120_000, loop.quit)
    window.start_run()
    loop.exec()
    result = window.state.result
    check(result is not None and result.completed, "diagnostic completes in the window")
    if result is not None:
        dns_steps = [
            step
            for service in result.services
            for function in service.functions
            for endpoint in function.endpoints
            for step in endpoint.steps
            if step.kind.value == "dns" and step.ok
        ]
        check(bool(dns_steps), "real DNS queries answered (dnspython's record types are bundled)")
        stored = window.history
        check(
            stored.path is not None and stored.count() >= 1, f"run saved in history ({stored.path})"
        )
        # a report nobody asked for (no --report) is written into the home and goes with it
        target = report or home / "report.html"
        fmt = {".json": "json", ".txt": "text"}.get(target.suffix, "html")
        target.write_text(build_report(result, fmt, "ru"), "utf-8")
        check(target.stat().st_size > 1000, f"{fmt} report (template found) saved to {target}")
    window.close()
    host.bridge.shutdown()
    window.history.close()  # its file is in the home: Windows cannot remove an open file
    print("self-test " + ("passed" if not problems else f"FAILED: {'; '.join(problems)}"))
    return 0 if not problems else 1


def main_self_test(app: QApplication, argv: list[str]) -> int:
    import argparse

    parser = argparse.ArgumentParser(prog="svyaz-gui --self-test")
    parser.add_argument("--self-test", action="store_true")
    parser.add_argument("--catalog", type=Path, required=True, help="a lab catalog")
    parser.add_argument("--report", type=Path, help="where to save the report")
    args = parser.parse_args(argv)
    return run_self_test(app, args.catalog, args.report)
