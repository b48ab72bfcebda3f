"""Start the window: `svyaz-gui`, `python -m gui`, `make run`, the packaged `svyaz`.

With no display it says so in one line, shows the terminal command, and probes nothing. Given a
CLI command (`svyaz diagnose`, `calltest`, `history`, `report`) or `--help`, `-h`, `--version` it
is the command line: the packaged app is one program on every platform. With `--tray` ("Start with
my computer", gui/autostart.py) it starts watch mode in the tray without showing the window.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Sequence

EXIT_NO_DISPLAY = 3
# cli.main's commands (tests/test_cli_windows.py checks the list); named here so that starting
# the window does not import the CLI and the engine behind it.
CLI_COMMANDS = ("diagnose", "calltest", "history", "report", "watch", "diary")
# cli.main's own options: help and version are printed by its argparse before anything imports
# Qt, so `svyaz --help` answers in a terminal without a display and never opens the window.
CLI_OPTIONS = ("-h", "--help", "--version")

NO_DISPLAY_MESSAGE = (
    "svyaz: no display found, so the window cannot open. "
    "Run the same diagnostic in the terminal with: svyaz diagnose   "
    "(./svyaz diagnose in the app's folder, .venv/bin/svyaz diagnose in the source folder)"
)


def display_available() -> bool:
    """False on a Linux/BSD session without X11 or Wayland (unless a Qt platform is forced)."""
    if os.environ.get("QT_QPA_PLATFORM"):
        return True
    if sys.platform.startswith(("win", "darwin")):
        return True
    return bool(os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))


def is_command_line(args: Sequence[str]) -> bool:
    """True when the arguments (program name first) ask for the command line, not the window."""
    return len(args) > 1 and args[1] in CLI_COMMANDS + CLI_OPTIONS


def main(argv: Sequence[str] | None = None) -> int:
    args = list(sys.argv if argv is None else argv)
    if is_command_line(args):
        from cli.main import main as cli_main

        return cli_main(args[1:])
    self_test = "--self-test" in args
    if self_test:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        from cli.console import prepare_streams

        prepare_streams()  # the self-test prints Cyrillic, also to a cp1252 pipe
    from gui.system_check import refuse_if_too_old

    if (too_old := refuse_if_too_old()) is not None:
        return too_old
    if not display_available():
        print(NO_DISPLAY_MESSAGE, file=sys.stderr)
        return EXIT_NO_DISPLAY
    from gui import x11_libraries as x11

    if x11.uses_xcb() and (absent := x11.missing()):
        print(x11.message(absent, x11.distribution()), file=sys.stderr)
        return x11.EXIT_MISSING_LIBRARIES

    from PySide6.QtCore import QCoreApplication, QTimer
    from PySide6.QtWidgets import QApplication

    from core.crashlog import setup_logging
    from gui.autostart import START_OPTION
    from gui.crash_dialog import install_crash_handler
    from gui.i18n import install_translators
    from gui.settings import load_settings
    from gui.window_host import WindowHost

    setup_logging()
    app = QApplication.instance() or QApplication(args)
    assert isinstance(app, QApplication)
    app.setApplicationName("Svyaz")
    app.setOrganizationName("Svyaz")
    app.setDesktopFileName("svyaz")
    settings, problem = load_settings()
    install_translators(app, settings)
    if self_test:
        from gui.self_test import main_self_test

        return main_self_test(app, args[1:])
    install_crash_handler()
    # The app ends when the window closes for good (WindowHost), not when the last window
    # hides: in watch mode closing the window keeps Svyaz in the tray.
    app.setQuitOnLastWindowClosed(False)
    to_tray = START_OPTION in args  # started with the computer: watch from the tray
    if to_tray:
        settings.watch = True
    host = WindowHost(settings)
    window = host.window
    if not (to_tray and host.keeps_in_tray()):
        window.show()
    if problem:
        note = QCoreApplication.translate("App", "Settings file problem: %1")
        window.statusBar().showMessage(note.replace("%1", problem))
    if "--exit-when-shown" in args:  # `make bench`: cold start to a painted window
        QTimer.singleShot(0, app.quit)
    elif window.isVisible():
        window.show_first_run_note_if_new()
    status = app.exec()
    host.bridge.shutdown()
    return status


if __name__ == "__main__":
    sys.exit(main())
