"""What Windows does differently, tried on Linux: legacy code pages on pipes, Ctrl-C without
loop.add_signal_handler, the packaged app as the command line, the minimum Windows build."""

from __future__ import annotations

import io
import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from cli.console import utf8_unless_terminal
from cli.main import main as cli_main
from cli.main import make_parser
from gui import system_check
from gui.app import CLI_COMMANDS, CLI_OPTIONS, is_command_line
from gui.app import main as app_main
from tests.conftest import ROOT
from tests.interrupt_helpers import assert_ctrl_c_saves_a_cancelled_run


class _Terminal(io.TextIOWrapper):
    def isatty(self) -> bool:
        return True


def test_a_cp1252_pipe_is_written_as_utf8() -> None:
    raw = io.BytesIO()
    stream = io.TextIOWrapper(raw, encoding="cp1252")
    utf8_unless_terminal(stream)
    stream.write("Связь → ok · ✓")
    stream.flush()
    assert raw.getvalue().decode("utf-8") == "Связь → ok · ✓"


def test_a_legacy_terminal_keeps_its_encoding_and_never_crashes() -> None:
    raw = io.BytesIO()
    stream = _Terminal(raw, encoding="cp1252")
    utf8_unless_terminal(stream)
    stream.write("Svyaz → ✓")
    stream.flush()
    assert stream.encoding == "cp1252"
    assert raw.getvalue() == b"Svyaz ? ?"


def test_diagnose_in_russian_to_a_cp1251_pipe(
    shared_lab: Any, guarded_env: dict[str, str], tmp_path: Path
) -> None:
    """PYTHONIOENCODING=cp1251 stands in for Russian Windows: the table, the progress and the
    JSON on standard output are UTF-8, whatever the code page."""
    lab = shared_lab("sni_reset")
    env = {**guarded_env, "PYTHONIOENCODING": "cp1251"}
    command = [sys.executable, "-m", "cli", "diagnose", *lab.info.flags(), "--language", "ru"]
    done = subprocess.run(
        [*command, "--no-history", "--json", "-"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        timeout=90,
    )
    assert done.returncode == 0, done.stderr.decode("utf-8", "replace")
    document = json.loads(done.stdout.decode("utf-8"))
    assert document["services"]
    err = done.stderr.decode("utf-8")
    assert "✓" in err or "✗" in err  # the live progress, with marks: the pipe is UTF-8
    assert "—" in err  # the table (on stderr when the JSON takes stdout)


def test_ctrl_c_without_add_signal_handler_saves_a_cancelled_run(
    make_lab: Any, guarded_env: dict[str, str]
) -> None:
    """Windows' Proactor loop raises NotImplementedError from add_signal_handler: the plain
    signal handler must still end the run as a saved, cancelled one."""
    # a fresh lab: a cancelled run's unfinished flows stay with it, not a shared one
    lab = make_lab("foreign_blackholed")  # slow: every foreign connect waits for its timeout
    script = (
        "import asyncio, sys\n"
        "def refuse(*args, **kwargs):\n"
        "    raise NotImplementedError\n"
        "asyncio.unix_events._UnixSelectorEventLoop.add_signal_handler = refuse\n"
        "from cli.main import main\n"
        "sys.exit(main(sys.argv[1:]))\n"
    )
    command = [sys.executable, "-c", script, "diagnose", *lab.info.flags()]
    assert_ctrl_c_saves_a_cancelled_run(command, guarded_env)


def test_the_app_entry_is_also_the_command_line(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_info:
        app_main(["svyaz", "--version"])
    assert exit_info.value.code == 0
    assert capsys.readouterr().out.startswith("svyaz ")
    assert app_main(["svyaz", "history"]) == 0


def test_the_app_knows_every_cli_command() -> None:
    commands = next(
        action.choices
        for action in make_parser()._actions
        if getattr(action, "choices", None) and action.dest == "command"
    )
    assert set(commands) == set(CLI_COMMANDS)
    options = {flag for action in make_parser()._actions for flag in action.option_strings}
    assert options == set(CLI_OPTIONS)
    assert cli_main(["history"]) == 0


@pytest.mark.parametrize(
    ("args", "command_line"),
    [
        (["svyaz", "--help"], True),
        (["svyaz", "-h"], True),
        (["svyaz", "--version"], True),
        (["svyaz", "diagnose", "--help"], True),
        (["svyaz"], False),
        (["svyaz", "--self-test"], False),
        (["svyaz", "--exit-when-shown"], False),
    ],
)
def test_the_app_routes_help_and_commands_to_the_cli(args: list[str], command_line: bool) -> None:
    assert is_command_line(args) is command_line


@pytest.mark.parametrize("flag", ["--help", "-h"])
def test_the_app_prints_help(flag: str, capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_info:
        app_main(["svyaz", flag])
    assert exit_info.value.code == 0
    out = capsys.readouterr().out
    assert out.startswith("usage: svyaz") and "diagnose" in out and "window" in out


def test_help_needs_no_display_and_no_qt(guarded_env: dict[str, str]) -> None:
    """The packaged app's entry with no display: help, not "no display found", and Qt never
    imported (under Windows the window opened instead and the console waited forever)."""
    script = (
        "import sys\n"
        "from gui.app import main\n"
        "try:\n"
        "    main(['svyaz', '--help'])\n"
        "except SystemExit as exit:\n"
        "    assert 'PySide6' not in sys.modules, 'Qt imported'\n"
        "    sys.exit(exit.code)\n"
    )
    env = {k: v for k, v in guarded_env.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY")}
    env.pop("QT_QPA_PLATFORM", None)
    done = subprocess.run(
        [sys.executable, "-c", script], cwd=ROOT, env=env, capture_output=True, timeout=60
    )
    assert done.returncode == 0, done.stderr.decode("utf-8", "replace")
    assert done.stdout.decode("utf-8").startswith("usage: svyaz")
    assert b"no display" not in done.stderr


@pytest.mark.parametrize(
    ("build", "refused"),
    [(None, False), (17763, True), (18362, False), (19045, False), (22631, False)],
)
def test_minimum_windows_build(build: int | None, refused: bool) -> None:
    assert system_check.too_old(build) is refused


def test_too_old_windows_is_told_in_words(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr(system_check, "windows_build", lambda: 17763)
    assert app_main(["svyaz"]) == system_check.EXIT_TOO_OLD
    err = capsys.readouterr().err
    assert "Windows 10 version 1903" in err and "17763" in err and "svyaz diagnose" in err
