"""`make package-test` / `make package-windows`: the built app's self-test and its CLI, run
against a lab on loopback (never the internet).

Starts a lab scenario in this process, then runs the packaged app in a clean home folder:
`svyaz --self-test --catalog LAB` (window offscreen, diagnostic, history, report),
`svyaz --help`, `-h` and `--version` with no display (they print, never open the window or hang)
and `svyaz diagnose LAB-FLAGS --language ru --json -` (the frozen app is also the command line;
the JSON on a pipe must be UTF-8). `--wine` runs a Windows build under Wine (packaging/windows/),
with Russian Windows' code page (cp1251) for the CLI.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from lab.lab import Lab, start_lab

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "packaging" / "windows"))


def default_app() -> Path:
    return ROOT / "dist" / "svyaz" / ("svyaz.exe" if sys.platform == "win32" else "svyaz")


DISPLAY_VARIABLES = ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")


class Native:
    """Runs the app directly, offscreen (or with no display at all)."""

    def path(self, path: Path | str) -> str:
        return str(path)

    def run(
        self,
        command: list[str],
        env: dict[str, str],
        timeout: float = 240,
        display: bool = True,
    ) -> subprocess.CompletedProcess[bytes]:
        clean = {k: v for k, v in os.environ.items() if not k.startswith(("PYTHON", "VIRTUAL_ENV"))}
        if display:
            clean["QT_QPA_PLATFORM"] = "offscreen"
        else:  # a terminal with no display: the window could not open, only the CLI can answer
            clean = {k: v for k, v in clean.items() if k not in DISPLAY_VARIABLES}
        clean.update(env)
        return subprocess.run(command, env=clean, capture_output=True, timeout=timeout, check=False)


class Wine:
    """Runs a Windows build under Wine: Windows paths, output piped (see packaging/windows)."""

    def __init__(self) -> None:
        import wine

        self.wine = wine

    def path(self, path: Path | str) -> str:
        return self.wine.winpath(path)

    def run(
        self,
        command: list[str],
        env: dict[str, str],
        timeout: float = 240,
        display: bool = True,
    ) -> subprocess.CompletedProcess[bytes]:
        """`display` is ignored: Windows always has one; a window opened instead of help shows
        as a timeout."""
        try:
            done = subprocess.run(
                ["wine", self.path(command[0]), *command[1:]],
                env=self.wine.wine_env(env),
                stdin=subprocess.DEVNULL,
                capture_output=True,
                timeout=timeout,
                check=False,
                cwd="/",
            )
        except subprocess.TimeoutExpired:  # end what still runs in the prefix, then say so
            subprocess.run(["wineserver", "-k"], env=self.wine.wine_env(), check=False)
            raise
        self.wine.wait()
        return done


def self_test(runner: Native | Wine, app: Path, lab: Lab, work: Path) -> bool:
    info = lab.info
    assert info is not None
    report = work / "report.html"
    done = runner.run(
        [
            str(app),
            "--self-test",
            "--catalog",
            runner.path(info.catalog),
            "--report",
            runner.path(report),
        ],
        {"SVYAZ_HOME": runner.path(work / "home")},
    )
    print(done.stdout.decode("utf-8", "replace") + done.stderr.decode("utf-8", "replace"))
    return done.returncode == 0 and report.is_file()


HELP_TIMEOUT = 60  # seconds: printing help takes one; a window opened instead would never end


def cli_help(runner: Native | Wine, app: Path, lab: Lab, work: Path) -> bool:
    """`svyaz --help`, `-h`, `--version` print and exit 0 with no display (issue 21: the packaged
    app opened its window or said "no display found" on Linux and hung on Windows)."""
    env = {"SVYAZ_HOME": runner.path(work / "help-home")}
    passed = True
    expectations = (("--help", "usage: svyaz"), ("-h", "usage: svyaz"), ("--version", "svyaz "))
    for flag, expected in expectations:
        try:
            done = runner.run([str(app), flag], env, timeout=HELP_TIMEOUT, display=False)
        except subprocess.TimeoutExpired:
            print(f"FAIL svyaz {flag}: still running after {HELP_TIMEOUT} s (a window?)")
            passed = False
            continue
        out = done.stdout.decode("utf-8", "replace")
        ok = done.returncode == 0 and out.startswith(expected)
        commands = ("diagnose", "calltest", "watch", "diary")
        ok = ok and (flag == "--version" or all(c in out for c in commands))
        said = out.strip() or done.stderr.decode("utf-8", "replace").strip()
        first = said.splitlines()[0][:100] if said else ""
        print(("ok   " if ok else "FAIL ") + f"svyaz {flag}: exit {done.returncode}, {first!r}")
        passed = passed and ok
    return passed


def cli_diagnose(runner: Native | Wine, app: Path, lab: Lab, work: Path) -> bool:
    """The frozen app as `svyaz diagnose`: a Russian run, the JSON on standard output."""
    assert lab.info is not None
    flags = lab.info.flags()
    for index in (1, len(flags) - 1):  # the catalog and the CA bundle: files
        flags[index] = runner.path(flags[index])
    env = {"SVYAZ_HOME": runner.path(work / "cli-home"), "LANG": "ru_RU.UTF-8"}
    done = runner.run([str(app), "diagnose", *flags, "--language", "ru", "--json", "-"], env)
    err = done.stderr.decode("utf-8", "replace")
    print(err.strip())
    try:
        document = json.loads(done.stdout.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        print(f"FAIL svyaz diagnose --json -: not UTF-8 JSON ({exc}); exit {done.returncode}")
        return False
    services = {s["id"]: s["status"] for s in document.get("services", [])}
    ok = done.returncode == 0 and bool(services) and "Сохранено" in err
    print(("ok   " if ok else "FAIL ") + f"svyaz diagnose (frozen CLI): {services}")
    return ok


def cli_diary(runner: Native | Wine, app: Path, lab: Lab, work: Path) -> bool:
    """The frozen app's `svyaz diary` on the history the frozen diagnose just wrote: the
    history (schema 5, the outage diary's table) opens and the dated report is JSON."""
    env = {"SVYAZ_HOME": runner.path(work / "cli-home")}
    done = runner.run([str(app), "diary", "--format", "json"], env)
    try:
        document = json.loads(done.stdout.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        print(f"FAIL svyaz diary --format json: not JSON ({exc}); exit {done.returncode}")
        print(done.stderr.decode("utf-8", "replace").strip())
        return False
    ok = done.returncode == 0 and document.get("kind") == "svyaz-diary"
    print(("ok   " if ok else "FAIL ") + f"svyaz diary (frozen CLI): {document.get('kind')}")
    return ok


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="package_smoke")
    parser.add_argument("--app", type=Path, default=None, help="the packaged svyaz executable")
    parser.add_argument("--wine", action="store_true", help="a Windows build, run under Wine")
    parser.add_argument("--skip-cli", action="store_true", help="only the self-test")
    args = parser.parse_args(argv)
    app = args.app or default_app()
    if not app.exists():
        print(f"package-test: {app} is missing: build it first", file=sys.stderr)
        return 2
    runner: Native | Wine = Wine() if args.wine else Native()
    work = Path(tempfile.mkdtemp(prefix="svyaz-package-test-"))
    lab = start_lab("sni_reset", work / "lab")
    checks: list[tuple[str, Callable[[Native | Wine, Path, object, Path], bool]]] = [
        ("self-test", self_test)
    ]
    if not args.skip_cli:
        checks.append(("frozen CLI help", cli_help))
        checks.append(("frozen CLI", cli_diagnose))
        checks.append(("frozen CLI diary", cli_diary))
    failed = []
    try:
        for name, check in checks:
            started = time.monotonic()
            passed = check(runner, app, lab, work)
            print(f"package-test: {name} {'passed' if passed else 'FAILED'}", end="")
            print(f" in {time.monotonic() - started:.1f} s", flush=True)
            if not passed:
                failed.append(name)
    finally:
        lab.stop()
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
