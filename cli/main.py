"""`svyaz` command line: the same engine as the app, headless.

Exit status: 0 when a command completed (whatever a run found), 2 with a one-line reason on
bad arguments or bad input, 130 when interrupted. Each command lives in its own module with
`register(subparsers)`; the module sets `handler` to a function(args) -> exit status.
"""

from __future__ import annotations

import argparse
import contextlib
import os
import sys
from collections.abc import Sequence

from cli import calltest, diagnose, diary, history, report, watch
from cli.common import UsageError
from cli.console import prepare_streams
from core import __version__
from core.concurrency import StreamBroken

COMMANDS = (diagnose, calltest, history, report, watch, diary)


def make_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="svyaz",
        description="Svyaz: what works, what is blocked, and at which layer.",
        epilog="Without a command the app opens its window (svyaz-gui in a source checkout).",
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
        status = int(args.handler(args))
        # Flushed here, not at exit: `svyaz history | true` closes the pipe before the first
        # write, and the interpreter's own final flush would print "Exception ignored".
        sys.stdout.flush()
        return status
    except UsageError as exc:
        print(f"svyaz: {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("svyaz: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return _reader_went_away()
    except StreamBroken as exc:  # a bug in the engine: one line, the cause, no hang
        print(f"svyaz: the run stopped: {exc.__cause__ or exc}", file=sys.stderr)
        return 1


def _reader_went_away() -> int:
    """`svyaz history | head`: the reader stopped reading; end quietly, as a shell tool does.

    Standard output is pointed at the null device so the interpreter's final flush cannot raise
    a second BrokenPipeError on the way out (the Python docs' recipe for SIGPIPE).
    """
    devnull = os.open(os.devnull, os.O_WRONLY)
    with contextlib.suppress(OSError, ValueError):
        os.dup2(devnull, sys.stdout.fileno())
    return 0


if __name__ == "__main__":
    sys.exit(main())
