"""`svyaz diary`: the outage diary watch mode keeps, as a dated report for a complaint."""

from __future__ import annotations

import argparse
import sys
import time
from datetime import datetime
from pathlib import Path

from cli.common import UsageError, add_history_options, open_history
from core.history import HistoryError
from core.messages import text
from core.report import DIARY_FORMATS, diary_document, period_line, render_diary

DAY = 86400.0


def parse_moment(value: str) -> float:
    """ "2026-12-01" (local midnight) or "2026-12-01 09:12" / ISO 8601, to epoch seconds."""
    try:
        moment = datetime.fromisoformat(value.strip())
    except ValueError as exc:
        raise argparse.ArgumentTypeError(
            f"not a date: {value!r} (e.g. 2026-12-01 or 2026-12-01 09:12)"
        ) from exc
    return moment.timestamp()  # naive: local time


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = commands.add_parser(
        "diary",
        help="the outage diary watch mode kept, as a dated report (text, HTML, CSV, JSON)",
    )
    parser.add_argument(
        "--since", type=parse_moment, metavar="DATE", help="from (local; default: 30 days ago)"
    )
    parser.add_argument("--until", type=parse_moment, metavar="DATE", help="to (default: now)")
    parser.add_argument(
        "--format", choices=("text", *DIARY_FORMATS), default="text", help="default: text"
    )
    parser.add_argument(
        "--output",
        type=Path,
        metavar="FILE",
        help="write here instead of standard output (never replaces a file unless --overwrite)",
    )
    parser.add_argument("--overwrite", action="store_true", help="replace the --output file")
    add_history_options(parser)
    parser.set_defaults(handler=run_diary)


def run_diary(args: argparse.Namespace) -> int:
    language = args.language
    now = time.time()
    until = args.until if args.until is not None else now
    since = args.since if args.since is not None else until - 30 * DAY
    if since > until:
        raise UsageError("--since is after --until")
    with open_history(args) as history:
        try:
            periods = history.diary(since, until)
        except HistoryError as exc:
            raise UsageError(f"history: {exc}") from exc
    if args.format == "text":
        lines = [period_line(p, now, language) for p in periods]
        report = "\n".join(lines or [text("diary.empty", language=language)]) + "\n"
    else:
        document = diary_document(periods, since, until, now, language)
        report = render_diary(document, args.format)
    if args.output is None:
        sys.stdout.write(report)
        return 0
    try:
        with args.output.open("w" if args.overwrite else "x", encoding="utf-8") as file:
            file.write(report)
    except FileExistsError as exc:
        raise UsageError(text("report.exists", {"path": str(args.output)}, language)) from exc
    except OSError as exc:
        raise UsageError(f"cannot write {args.output}: {exc.strerror or exc}") from exc
    print(text("report.written", {"path": str(args.output)}, language), file=sys.stderr)
    return 0
