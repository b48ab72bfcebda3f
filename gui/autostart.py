""" "Start with my computer": the per-user Run key on Windows, an XDG autostart entry on Linux.

Off by default and removed when turned off, so that turning watch mode off leaves nothing set to
start. Only per-user places (no administrator rights): `HKCU\\...\\Run` and
`$XDG_CONFIG_HOME/autostart/svyaz.desktop`; the Windows uninstaller deletes the same Run value
(packaging/installer/svyaz.nsi) and `install.sh --uninstall` the same file. The writers are
injectable so that tests never touch the real registry or the real home folder.
"""

from __future__ import annotations

import importlib
import os
import subprocess
import sys
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any, Protocol

RUN_KEY = r"Software\Microsoft\Windows\CurrentVersion\Run"
RUN_VALUE = "Svyaz"  # the uninstaller deletes this very name
START_OPTION = "--tray"  # started by the system: straight to the tray, watch mode on
DESKTOP_NAME = "svyaz.desktop"


class RunKey(Protocol):
    """The per-user Run key: one string value per program started at logon."""

    def read(self, name: str) -> str | None: ...

    def write(self, name: str, command: str) -> None: ...

    def delete(self, name: str) -> None: ...


def _winreg() -> Any:
    """The winreg module, imported where it exists (its stubs are Windows-only for mypy)."""
    return importlib.import_module("winreg")


class WindowsRunKey:
    """HKCU's Run key through winreg (Windows only; imported when used)."""

    def read(self, name: str) -> str | None:
        winreg = _winreg()
        try:
            with winreg.OpenKey(winreg.HKEY_CURRENT_USER, RUN_KEY) as key:
                value, _kind = winreg.QueryValueEx(key, name)
        except OSError:
            return None
        return str(value)

    def write(self, name: str, command: str) -> None:
        winreg = _winreg()
        with winreg.CreateKey(winreg.HKEY_CURRENT_USER, RUN_KEY) as key:
            winreg.SetValueEx(key, name, 0, winreg.REG_SZ, command)

    def delete(self, name: str) -> None:
        winreg = _winreg()
        try:
            with winreg.OpenKey(winreg.HKEY_CURRENT_USER, RUN_KEY, 0, winreg.KEY_SET_VALUE) as key:
                winreg.DeleteValue(key, name)
        except FileNotFoundError:
            pass


def start_arguments() -> list[str]:
    """How this Svyaz is started again: the packaged exe itself, else this Python with `-m gui`."""
    if getattr(sys, "frozen", False):
        return [sys.executable, START_OPTION]
    return [sys.executable, "-m", "gui", START_OPTION]


def windows_command(arguments: Sequence[str]) -> str:
    """The Run value: the exe path quoted (it may hold spaces), then the start option."""
    return subprocess.list2cmdline(list(arguments))


def _desktop_quote(argument: str) -> str:
    """An Exec argument per the Desktop Entry spec: quoted when it holds a reserved character,
    with `"`, backquote, `$` and backslash escaped inside the quotes."""
    if argument and not any(c in argument for c in " \t\n\"'\\><~|&;$*?#()`="):
        return argument
    escaped = "".join("\\" + c if c in '"`$\\' else c for c in argument)
    return f'"{escaped}"'


def desktop_entry(arguments: Sequence[str]) -> str:
    """The autostart file's text (a `%` in a path is doubled: Exec field codes)."""
    command = " ".join(_desktop_quote(a).replace("%", "%%") for a in arguments)
    return (
        "[Desktop Entry]\n"
        "Type=Application\n"
        "Name=Svyaz\n"
        "Comment=Watches which services work on this connection\n"
        f"Exec={command}\n"
        "Icon=svyaz\n"
        "Terminal=false\n"
        "X-GNOME-Autostart-enabled=true\n"
    )


def autostart_file(environ: Mapping[str, str] | None = None) -> Path:
    """`$XDG_CONFIG_HOME/autostart/svyaz.desktop` (`~/.config` when unset or not absolute)."""
    environ = os.environ if environ is None else environ
    base = environ.get("XDG_CONFIG_HOME", "")
    root = Path(base) if base and Path(base).is_absolute() else Path.home() / ".config"
    return root / "autostart" / DESKTOP_NAME


class Autostart:
    """Turns "start with my computer" on and off for this platform."""

    def __init__(
        self,
        platform: str | None = None,
        run_key: RunKey | None = None,
        environ: Mapping[str, str] | None = None,
        arguments: Sequence[str] | None = None,
    ) -> None:
        self.platform = platform or sys.platform
        self._run_key = run_key
        self._environ = environ
        self._arguments = list(arguments) if arguments is not None else start_arguments()

    def supported(self) -> bool:
        return self.platform == "win32" or self.platform.startswith(("linux", "freebsd"))

    def _key(self) -> RunKey:
        if self._run_key is None:
            self._run_key = WindowsRunKey()
        return self._run_key

    def enabled(self) -> bool:
        if self.platform == "win32":
            return self._key().read(RUN_VALUE) is not None
        return self.supported() and autostart_file(self._environ).is_file()

    def set(self, on: bool) -> None:
        """Write or remove the entry; raises OSError when the place cannot be written."""
        if not self.supported():
            return
        if self.platform == "win32":
            if on:
                self._key().write(RUN_VALUE, windows_command(self._arguments))
            else:
                self._key().delete(RUN_VALUE)
            return
        path = autostart_file(self._environ)
        if on:
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(desktop_entry(self._arguments), encoding="utf-8")
        else:
            path.unlink(missing_ok=True)
