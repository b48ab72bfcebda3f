"""'Start with my computer': written where the system looks, removed when turned off; a temp
XDG_CONFIG_HOME and a fake Run key, never the real machine's."""

from __future__ import annotations

import shlex
from pathlib import Path

from gui.autostart import (
    RUN_KEY,
    RUN_VALUE,
    START_OPTION,
    Autostart,
    autostart_file,
    desktop_entry,
    windows_command,
)

PACKAGING = Path(__file__).resolve().parent.parent / "packaging"


class FakeRunKey:
    def __init__(self) -> None:
        self.values: dict[str, str] = {}

    def read(self, name: str) -> str | None:
        return self.values.get(name)

    def write(self, name: str, command: str) -> None:
        self.values[name] = command

    def delete(self, name: str) -> None:
        self.values.pop(name, None)


def test_windows_run_value_is_written_quoted_and_removed() -> None:
    key = FakeRunKey()
    exe = r"C:\Users\Анна Петрова\AppData\Local\Programs\Svyaz\svyaz.exe"
    autostart = Autostart("win32", run_key=key, arguments=[exe, START_OPTION])
    assert not autostart.enabled()
    autostart.set(True)
    assert key.values == {RUN_VALUE: f'"{exe}" {START_OPTION}'}
    assert autostart.enabled()
    autostart.set(False)
    assert key.values == {} and not autostart.enabled()
    autostart.set(False)  # already off: no error


def test_linux_entry_respects_xdg_config_home_and_is_removed(tmp_path: Path) -> None:
    environ = {"XDG_CONFIG_HOME": str(tmp_path / "config")}
    exe = "/home/anna/my apps/svyaz/svyaz"
    autostart = Autostart("linux", environ=environ, arguments=[exe, START_OPTION])
    path = tmp_path / "config" / "autostart" / "svyaz.desktop"
    assert autostart_file(environ) == path
    autostart.set(True)
    text = path.read_text(encoding="utf-8")
    exec_line = next(line for line in text.splitlines() if line.startswith("Exec="))
    assert shlex.split(exec_line.removeprefix("Exec=")) == [exe, START_OPTION]
    assert "Type=Application" in text and autostart.enabled()
    autostart.set(False)
    assert not path.exists() and not autostart.enabled()


def test_a_relative_xdg_config_home_is_ignored() -> None:
    assert autostart_file({"XDG_CONFIG_HOME": "relative"}).parts[-3:] == (
        ".config",
        "autostart",
        "svyaz.desktop",
    )


def test_exec_quoting_escapes_the_reserved_characters() -> None:
    entry = desktop_entry(['/opt/a "b"$c/svyaz', "--tray"])
    assert 'Exec="/opt/a \\"b\\"\\$c/svyaz" --tray' in entry
    assert windows_command([r"C:\Svyaz\svyaz.exe", "--tray"]) == r"C:\Svyaz\svyaz.exe --tray"


def test_an_unsupported_platform_sets_nothing(tmp_path: Path) -> None:
    autostart = Autostart("darwin", environ={"XDG_CONFIG_HOME": str(tmp_path)}, arguments=["x"])
    autostart.set(True)
    assert not autostart.supported() and not autostart.enabled()
    assert not any(tmp_path.iterdir())


def test_the_uninstallers_remove_the_entry() -> None:
    nsi = (PACKAGING / "installer" / "svyaz.nsi").read_text(encoding="utf-8")
    uninstall = nsi[nsi.index('Section "Uninstall"') :].split("SectionEnd", 1)[0]
    assert f'DeleteRegValue HKCU "{RUN_KEY}" "{RUN_VALUE}"' in uninstall
    script = (PACKAGING / "linux" / "install.sh").read_text(encoding="utf-8")
    removal = script[script.index('"--uninstall"') :].split("exit 0", 1)[0]
    assert "autostart/svyaz.desktop" in removal
