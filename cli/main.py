"""`svyaz` command line: the same engine as the app, headless.

Exit status: 0 when a command completed (whatever a run found), 2 with a one-line reason on
bad arguments or bad input, 130 when interrupted. Each command lives in its own module with
`register(subparsers)`; the module sets `handler` to a function(args) -> exit status.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

from cli import calltest, diagnose, history, report
from cli.common import UsageError
from cli.console import prepare_streams
from core import __version__

COMMANDS = (diagnose, calltest, history, report)


def make_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="svyaz",
        description="Svyaz: what works, what is blocked, and at which layer.",
    )
    parser.add_argument("--version", action="version", version=f"svyaz {__version__}")
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    for command in COMMANDS:
        command.register(commands)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    prepare_streams()
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
