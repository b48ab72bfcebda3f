"""`make installer-windows`: Svyaz-<version>-setup.exe from dist-windows/svyaz, then under Wine
a silent per-user install, the installed app's self-test, and a silent uninstall that must
leave nothing behind (folder, shortcuts, the "Apps" entry, its own copy's ~nsuN.tmp folder).
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

# wine.py sits beside this script: packaging/ is no package (it must not shadow PyPI's).
import wine

ROOT = wine.ROOT
DIST = ROOT / "dist-windows"
SCRIPT = ROOT / "packaging" / "installer" / "svyaz.nsi"
UNINSTALL_KEY = r"HKCU\Software\Microsoft\Windows\CurrentVersion\Uninstall\Svyaz"


def version() -> str:
    text = (ROOT / "core" / "__init__.py").read_text()
    match = re.search(r'__version__ = "([^"]+)"', text)
    assert match, "core.__version__ not found"
    return match.group(1)


def build_installer() -> Path:
    target = DIST / f"Svyaz-{version()}-setup.exe"
    subprocess.run(
        ["makensis", "-V2", "-INPUTCHARSET", "UTF8", f"-DVERSION={version()}",
         f"-DSOURCE={DIST / 'svyaz'}", f"-DOUTFILE={target}", str(SCRIPT)],
        check=True,
    )  # fmt: skip
    return target


def user_folder() -> Path:
    users = wine.prefix() / "drive_c" / "users"
    return users / (Path.home().name if (users / Path.home().name).is_dir() else "root")


def registered() -> bool:
    done = wine.run(["reg", "query", UNINSTALL_KEY], echo=False, timeout=60)
    return done.returncode == 0 and "DisplayName" in done.stdout


def main() -> int:
    steps = wine.Steps()
    t = steps.start("makensis")
    setup = build_installer()
    steps.done("makensis", t)
    print(f"installer-windows: {setup.name} is {wine.megabytes(setup.stat().st_size)}")
    installed = user_folder() / "AppData" / "Local" / "Programs" / "Svyaz"
    shortcut = user_folder() / "AppData" / "Roaming" / "Microsoft" / "Windows" / "Start Menu"
    shortcut = shortcut / "Programs" / "Svyaz.lnk"
    shutil.rmtree(installed, ignore_errors=True)
    problems = []

    t = steps.start("silent install under Wine")
    done = wine.run([wine.winpath(setup), "/S"], timeout=300)
    wine.wait()
    steps.done("silent install under Wine", t)
    if done.returncode != 0 or not (installed / "svyaz.exe").exists():
        problems.append(f"install: exit {done.returncode}, {installed / 'svyaz.exe'} missing")
    if not shortcut.exists():
        problems.append(f"no Start-menu shortcut at {shortcut}")
    if not registered():
        problems.append("not listed in Apps (no uninstall key)")
    print(f"installer-windows: installed {wine.megabytes(wine.folder_size(installed))}")

    t = steps.start("installed app's self-test")
    smoke = [sys.executable, "-m", "tests.package_smoke", "--wine", "--skip-cli"]
    smoke += ["--app", str(installed / "svyaz.exe")]
    if subprocess.run(smoke, cwd=ROOT, check=False).returncode:
        problems.append("the installed app's self-test failed")
    steps.done("installed app's self-test", t)

    t = steps.start("silent uninstall under Wine")
    temporary = user_folder() / "AppData" / "Local" / "Temp"
    copies_before = set(temporary.glob("~nsu*.tmp"))
    wine.run([wine.winpath(installed / "Uninstall.exe"), "/S"], timeout=300)
    wine.wait()  # wineserver -w: also the hidden helper that removes the uninstaller's copy
    steps.done("silent uninstall under Wine", t)
    if installed.exists():
        left = sorted(str(p.relative_to(installed)) for p in installed.rglob("*"))[:10]
        problems.append(f"uninstall left {installed}: {left}")
    if shortcut.exists():
        problems.append("uninstall left the Start-menu shortcut")
    if registered():
        problems.append("uninstall left the Apps entry")
    # NSIS's uninstaller runs as a copy in %TEMP%\~nsuN.tmp (svyaz.nsi: un.RemoveOwnCopy)
    if left_copies := sorted(set(temporary.glob("~nsu*.tmp")) - copies_before):
        problems.append(f"uninstall left its temporary copy: {[p.name for p in left_copies]}")
    steps.summary()
    for problem in problems:
        print(f"FAIL {problem}")
    print("installer-windows: " + ("passed" if not problems else "FAILED"))
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
