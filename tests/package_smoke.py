"""`make package-test`: run the built app's self-test against a lab (never the internet).

Starts a lab scenario in this process, then runs `dist/svyaz/svyaz --self-test --catalog LAB`
offscreen in a clean home folder; exits with the app's status.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from pathlib import Path

from lab.lab import start_lab

ROOT = Path(__file__).resolve().parent.parent


def main() -> int:
    binary = ROOT / "dist" / "svyaz" / ("svyaz.exe" if sys.platform == "win32" else "svyaz")
    if not binary.exists():
        print(f"package-test: {binary} is missing: run `make package` first", file=sys.stderr)
        return 2
    work = Path(tempfile.mkdtemp(prefix="svyaz-package-test-"))
    lab = start_lab("sni_reset", work / "lab")
    try:
        assert lab.info is not None
        env = {k: v for k, v in os.environ.items() if not k.startswith(("PYTHON", "VIRTUAL_ENV"))}
        env.update(QT_QPA_PLATFORM="offscreen", SVYAZ_HOME=str(work / "home"))
        done = subprocess.run(
            [
                str(binary),
                "--self-test",
                "--catalog",
                str(lab.info.catalog),
                "--report",
                str(work / "report.html"),
            ],
            env=env,
            timeout=240,
        )
        return done.returncode
    finally:
        lab.stop()


if __name__ == "__main__":
    sys.exit(main())
