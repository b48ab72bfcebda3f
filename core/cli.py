"""`svyaz` command line: the same engine as the app, headless.

Exit status: 0 when a command completed (whatever a run found), 2 with a one-line reason on
bad arguments or bad input, 130 when interrupted. Each command lives in its own module with
`register(subparsers)`; the module sets `handler` to a function(args) -> exit status.
"""

from __future__ import annotations

import argparse
import importlib
import sys
from collections.abc import Sequence

from core import __version__
from core.cli_common import UsageError

COMMAND_MODULES = (
    "core.cli_diagnose",
    "core.cli_calltest",
    "core.cli_history",
    "core.cli_report",
)


def make_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="svyaz",
        description="Svyaz: what works, what is blocked, and at which layer.",
    )
    parser.add_argument("--version", action="version", version=f"svyaz {__version__}")
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    for module in COMMAND_MODULES:
        importlib.import_module(module).register(commands)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = make_parser().parse_args(argv)
    try:
        return int(args.handler(args))
    except UsageError as exc:
        print(f"svyaz: {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("svyaz: interrupted", file=sys.stderr)
        return 130


if __name__ == "__main__":
    sys.exit(main())
