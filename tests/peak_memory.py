"""`svyaz ARGS` in a child process under an address-space cap, with the child's own peak RSS.

The peak is the child's VmHWM (/proc/self/status), written when it exits. `os.wait4`'s
`ru_maxrss` is not the child's own figure: Linux carries the parent's high-water mark into a
child across fork and exec, so a child of a 364 MB pytest process "peaked" at 364 MB whatever
it did (seen in the unit tier, where one process runs a thousand tests).
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from collections.abc import Mapping
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

_CAPPED = (
    "import atexit, resource, runpy, sys\n"
    "peak_file = sys.argv.pop(1); cap = int(sys.argv.pop(1))\n"
    "def _peak():\n"
    "    with open('/proc/self/status') as status:\n"
    "        kb = next(int(line.split()[1]) for line in status if line.startswith('VmHWM:'))\n"
    "    with open(peak_file, 'w') as out:\n"
    "        out.write(str(kb))\n"
    "atexit.register(_peak)\n"
    "resource.setrlimit(resource.RLIMIT_AS, (cap, cap)); sys.argv[0] = 'svyaz'\n"
    "runpy.run_module('cli.main', run_name='__main__')\n"
)


def run_capped_cli(
    args: list[str], cap_bytes: int, env: Mapping[str, str], *, merge_output: bool = True
) -> tuple[int, str, float]:
    """Exit code, output (stdout and stderr merged, or stderr alone) and peak RSS in MB."""
    with tempfile.TemporaryDirectory() as tmp:
        peak_file = Path(tmp) / "peak"
        done = subprocess.run(
            [sys.executable, "-c", _CAPPED, str(peak_file), str(cap_bytes), *args],
            cwd=ROOT,
            env=dict(env),
            stdout=subprocess.PIPE if merge_output else subprocess.DEVNULL,
            stderr=subprocess.STDOUT if merge_output else subprocess.PIPE,
            check=False,
        )
        output = (done.stdout if merge_output else done.stderr).decode("utf-8", "replace")
        assert peak_file.exists(), f"the child wrote no peak figure: {output}"
        return done.returncode, output, int(peak_file.read_text()) / 1024


def environment(**changes: str) -> dict[str, str]:
    """This environment with `changes`, for a child that imports the project from the tree."""
    return {**os.environ, "PYTHONPATH": str(ROOT), **changes}
