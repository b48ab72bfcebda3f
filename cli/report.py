"""`svyaz report RUN_ID`: a stored run as JSON, HTML or a short text, private by default."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from cli.common import UsageError, add_history_options, open_history
from core.history import HistoryError, RunNotFound
from core.messages import text
from core.report import FORMATS, build_report, write_new_report


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = commands.add_parser("report", help="write a report of a stored run")
    parser.add_argument("run_id", metavar="RUN_ID", help="a run id from `svyaz history`, or last")
    parser.add_argument("--format", choices=FORMATS, default="text", help="default: text")
    parser.add_argument(
        "--output",
        type=Path,
        metavar="FILE",
        help="write here instead of standard output (a folder: a new file named by the run's "
        "start, never replacing one already there; a file that exists is replaced only with "
        "--overwrite)",
    )
    parser.add_argument(
        "--overwrite",
        action="store_true",
        help="replace the --output file if it already exists",
    )
    parser.add_argument(
        "--include-network-details",
        action="store_true",
        help="keep your addresses, your network's DNS servers and your provider in the report",
    )
    add_history_options(parser)
    parser.set_defaults(handler=run_report)


def run_report(args: argparse.Namespace) -> int:
    lang = args.language
    with open_history(args) as history:
        try:
            run_id = history.latest() if args.run_id == "last" else args.run_id
            if run_id is None:
                raise UsageError(text("history.empty", language=lang))
            run = history.load(run_id)
        except RunNotFound as exc:
            raise UsageError(text("history.no_such_run", {"run_id": exc.run_id}, lang)) from exc
        except HistoryError as exc:
            raise UsageError(f"history: {exc}") from exc
    report = build_report(run, args.format, lang, args.include_network_details)
    if args.output is None:
        sys.stdout.write(report)
        return 0
    # A folder: a new file each time, never one replacing another of the same minute. A file
    # named outright is created as named, and one already there is replaced only when asked
    # (issue 25): a report never silently takes the place of another file.
    path = args.output
    try:
        if args.output.is_dir():
            path = write_new_report(args.output, run, args.format, report)
        else:
            with path.open("w" if args.overwrite else "x", encoding="utf-8") as file:
                file.write(report)
    except FileExistsError as exc:
        raise UsageError(text("report.exists", {"path": str(path)}, lang)) from exc
    except OSError as exc:
        raise UsageError(f"cannot write {path}: {exc.strerror or exc}") from exc
    print(text("report.written", {"path": str(path)}, lang), file=sys.stderr)
    return 0
