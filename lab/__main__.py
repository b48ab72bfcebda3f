"""Start a lab by hand and print the flags that point Svyaz at it (docs/lab.md).

python -m lab serve --scenario clean
"""

from __future__ import annotations

import argparse
import shlex
import sys
import tempfile
import time
from pathlib import Path

from lab.all_scenarios import SCENARIOS
from lab.lab import start_lab


def cli_command(python: str | None = None, cwd: Path | None = None) -> str:
    """The `svyaz` that runs from here: a source checkout has it in the venv beside this Python
    (`.venv/bin/svyaz`), not on PATH; without that script, the same Python's `-m cli`."""
    interpreter = Path(python or sys.executable)
    script = interpreter.parent / ("svyaz.exe" if sys.platform == "win32" else "svyaz")
    here = (cwd or Path.cwd()).resolve()

    def shown(path: Path) -> str:
        absolute = path.absolute()
        try:
            return str(absolute.relative_to(here))
        except ValueError:
            return str(absolute)

    if script.is_file():
        return shlex.quote(shown(script))
    return shlex.quote(shown(interpreter)) + " -m cli"


def main() -> int:
    parser = argparse.ArgumentParser(prog="python -m lab")
    commands = parser.add_subparsers(dest="command", required=True)
    serve = commands.add_parser("serve", help="run a lab until interrupted")
    serve.add_argument("--scenario", default="clean", choices=sorted(SCENARIOS))
    serve.add_argument("--workdir", type=Path, help="where to write the lab catalog and CA")
    serve.add_argument("--seconds", type=float, default=0, help="stop after this long (0: never)")
    commands.add_parser("list", help="list the scenarios")
    args = parser.parse_args()
    if args.command == "list":
        for name in sorted(SCENARIOS):
            doc = (SCENARIOS[name].__doc__ or "").strip().splitlines()
            print(f"{name:28} {doc[0] if doc else ''}")
        return 0
    workdir = args.workdir or Path(tempfile.mkdtemp(prefix="svyaz-lab-"))
    lab = start_lab(args.scenario, workdir)
    assert lab.info is not None
    print(f"Lab '{args.scenario}' is running (Ctrl+C stops it). Catalog: {lab.info.catalog}")
    svyaz = cli_command()
    print("Run the diagnostic against it with:")
    print(f"  {svyaz} diagnose --catalog " + shlex.quote(str(lab.info.catalog)))
    print("or, with every flag spelled out:")
    print(f"  {svyaz} diagnose " + " ".join(shlex.quote(f) for f in lab.info.flags()))
    sys.stdout.flush()
    try:
        deadline = time.monotonic() + args.seconds if args.seconds else None
        while deadline is None or time.monotonic() < deadline:
            time.sleep(0.5)
    except KeyboardInterrupt:
        pass
    finally:
        lab.stop()
    return 0


if __name__ == "__main__":
    sys.exit(main())
