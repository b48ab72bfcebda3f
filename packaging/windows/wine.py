"""The Wine prefix Svyaz's Windows build and smoke tests run in (build tooling, never shipped).

Everything Wine-only lives here and in standins/: the prefix, the stand-in DLLs Wine 8.0 lacks,
Windows paths for Linux files, and running a Windows program with its output piped (Wine
cannot hand a Windows program a redirected file as stdout).
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
from pathlib import Path, PurePath

ROOT = Path(__file__).resolve().parents[2]
CACHE = Path(os.environ.get("SVYAZ_WINDOWS_CACHE", Path.home() / ".cache" / "svyaz-windows"))
# No Mono/Gecko download prompts, no crash debugger waiting for minutes.
OVERRIDES = "mscoree,mshtml=;winedbg.exe=d"
# PyInstaller warns for every Windows API-set DLL it cannot find on Wine (~300 lines): expected.
EXPECTED_NOISE = "Library not found: could not resolve 'api-ms-win-"


def wine_version() -> str:
    done = subprocess.run(["wine", "--version"], capture_output=True, text=True, check=True)
    return done.stdout.strip().replace(" ", "_").replace("(", "").replace(")", "")


def prefix() -> Path:
    """The prefix folder for this Wine version (created by `ensure_prefix`)."""
    return Path(os.environ.get("SVYAZ_WINEPREFIX", CACHE / f"prefix-{wine_version()}"))


def wine_env(extra: dict[str, str] | None = None) -> dict[str, str]:
    env = dict(os.environ)
    for name in list(env):
        if name.startswith(("PYTHON", "VIRTUAL_ENV")):
            del env[name]
    env.update(WINEPREFIX=str(prefix()), WINEDEBUG="-all", WINEDLLOVERRIDES=OVERRIDES)
    env.update(extra or {})
    return env


def winpath(path: Path | str) -> str:
    """A Linux path as Wine's Z: drive sees it."""
    return "Z:" + str(PurePath(Path(path).resolve())).replace("/", "\\")


def system32() -> Path:
    return prefix() / "drive_c" / "windows" / "system32"


def ensure_prefix(standins: list[Path]) -> None:
    """Create the prefix once, then (re)place the stand-in DLLs in its system32."""
    if not (prefix() / "system.reg").exists():
        prefix().parent.mkdir(parents=True, exist_ok=True)
        subprocess.run(["wineboot", "-i"], env=wine_env(), check=True, capture_output=True)
    # Wine 8.0's new prefix says Windows 7 (build 7601) in the registry and to programs without
    # a Windows 10 manifest: Svyaz and its installer need 10 version 1903 or later.
    subprocess.run(["wine", "winecfg", "/v", "win10"], env=wine_env(), check=True)
    subprocess.run(["wineserver", "-w"], env=wine_env(), check=True)
    for dll in standins:
        shutil.copy2(dll, system32() / dll.name)


def run(
    command: list[str],
    *,
    env: dict[str, str] | None = None,
    timeout: float = 600,
    echo: bool = True,
    cwd: Path | None = None,
) -> subprocess.CompletedProcess[str]:
    """Run `wine COMMAND` with stdout/stderr piped back; echo the output as it was."""
    done = subprocess.run(
        ["wine", *command],
        env=wine_env(env),
        stdin=subprocess.DEVNULL,
        capture_output=True,
        timeout=timeout,
        cwd=cwd,
        check=False,
    )
    out = done.stdout.decode("utf-8", "replace")
    err = done.stderr.decode("utf-8", "replace")
    if echo:
        for line in (out + err).splitlines(keepends=True):
            if EXPECTED_NOISE not in line:
                sys.stdout.write(line)
        sys.stdout.flush()
    return subprocess.CompletedProcess(done.args, done.returncode, out, err)


def wait() -> None:
    """Until every program in the prefix has ended (an uninstaller runs after its caller)."""
    subprocess.run(["wineserver", "-w"], env=wine_env(), check=False, timeout=300)


class Steps:
    """Prints each step's time, and a table of them at the end (the CI log shows both)."""

    def __init__(self) -> None:
        self.times: list[tuple[str, float]] = []
        self.started = time.monotonic()

    def start(self, name: str) -> float:
        print(f"== {name}", flush=True)
        return time.monotonic()

    def done(self, name: str, started: float) -> None:
        took = time.monotonic() - started
        self.times.append((name, took))
        print(f"== {name}: {took:.1f} s", flush=True)

    def summary(self) -> None:
        total = time.monotonic() - self.started
        for name, took in self.times:
            print(f"   {name:<34}{took:7.1f} s")
        print(f"   {'total':<34}{total:7.1f} s", flush=True)


def folder_size(path: Path) -> int:
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file() and not p.is_symlink())


def megabytes(size: int) -> str:
    return f"{size / 1_000_000:.1f} MB"
