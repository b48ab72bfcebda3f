"""Packaged-app figures: the size of dist/svyaz/ (target <= 100 MB) with its biggest parts, and
the cold start of the built app to a shown window (target <= 2 s), offscreen and, when Xvfb is
installed, on a real X server. Run `make package` first; without a build it says so."""

from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DIST = ROOT / "dist" / "svyaz"
SIZE_TARGET_MB = 100.0
START_TARGET_S = 2.0


def folder_mb(path: Path) -> float:
    return (
        sum(f.stat().st_size for f in path.rglob("*") if f.is_file() and not f.is_symlink()) / 1e6
    )


def biggest(path: Path, count: int = 8) -> list[tuple[float, str]]:
    sizes = [
        (f.stat().st_size / 1e6, str(f.relative_to(path)))
        for f in path.rglob("*")
        if f.is_file() and not f.is_symlink()
    ]
    return sorted(sizes, reverse=True)[:count]


def cold_start(env: dict[str, str], runs: int = 3) -> float:
    best = float("inf")
    for _ in range(runs):
        started = time.monotonic()
        subprocess.run([str(DIST / "svyaz"), "--exit-when-shown"], env=env, timeout=60, check=True)
        best = min(best, time.monotonic() - started)
    return best


def main() -> None:
    if not (DIST / "svyaz").exists():
        print("package: no build in dist/svyaz — run `make package` first")
        return
    total = folder_mb(DIST)
    verdict = "OK" if total <= SIZE_TARGET_MB else "OVER TARGET"
    print(f"package: dist/svyaz is {total:.1f} MB (target <= {SIZE_TARGET_MB:.0f} MB) {verdict}")
    for size, name in biggest(DIST):
        print(f"    {size:6.1f} MB  {name}")
    home = tempfile.mkdtemp(prefix="svyaz-bench-home-")
    env = {k: v for k, v in os.environ.items() if not k.startswith(("PYTHON", "VIRTUAL_ENV"))}
    env.update(SVYAZ_HOME=home, QT_QPA_PLATFORM="offscreen")
    seconds = cold_start(env)
    verdict = "OK" if seconds <= START_TARGET_S else "OVER TARGET"
    print(
        f"package: cold start to a shown window, offscreen: {seconds:.2f} s "
        f"(target <= {START_TARGET_S:.0f} s) {verdict}"
    )
    if shutil.which("xvfb-run"):
        env.pop("QT_QPA_PLATFORM")
        started = time.monotonic()
        done = subprocess.run(
            ["xvfb-run", "-a", str(DIST / "svyaz"), "--exit-when-shown"],
            env=env,
            timeout=60,
            check=False,
        )
        seconds = time.monotonic() - started
        print(
            f"package: cold start on Xvfb (xcb plugin, includes Xvfb's own start): "
            f"{seconds:.2f} s, exit status {done.returncode}"
        )
