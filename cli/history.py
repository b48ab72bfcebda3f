"""`svyaz history`: list stored runs, delete one, clear them all, or recover runs from a file."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

from cli.common import UsageError, add_history_options, open_history
from cli.marks import marks
from core.history import Day, HistoryError, Retention, RunSummary, by_day
from core.messages import format_rate, text
from core.report import when

MAX_LIMIT = 1_000_000  # far above any real history; keeps the number inside SQLite's integers


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = commands.add_parser("history", help="list the runs kept in history")
    parser.add_argument("--service", metavar="ID", help="only runs that tested this service")
    parser.add_argument("--limit", type=int, metavar="N", help="show at most N runs (newest)")
    parser.add_argument("--since", metavar="DATE", help="only runs since this ISO date/time")
    parser.add_argument(
        "--timeline",
        action="store_true",
        help="with --service: one line per day, the worst state of each function",
    )
    action = parser.add_mutually_exclusive_group()
    action.add_argument("--delete", metavar="RUN_ID", help="delete this run")
    action.add_argument("--clear", action="store_true", help="delete every run")
    action.add_argument(
        "--keep",
        type=retention_setting,
        metavar="SETTING",
        help="apply a retention setting now: all, runs:N (the last N) or days:N",
    )
    action.add_argument(
        "--recover",
        type=Path,
        metavar="FILE",
        help="read every run still readable from FILE (a moved-aside history) into the history",
    )
    add_history_options(parser)
    parser.set_defaults(handler=run_history)


def run_history(args: argparse.Namespace) -> int:
    if args.limit is not None and not 1 <= args.limit <= MAX_LIMIT:
        raise UsageError(f"--limit must be between 1 and {MAX_LIMIT:,}")
    lang = args.language
    changes = args.delete or args.clear or args.keep or args.recover
    with open_history(args) as history:
        if changes and not history.persistent:
            raise UsageError(text("history.read_only_refused", language=lang))
        try:
            if args.recover:
                got = history.recover(args.recover)
                print(
                    text(
                        "history.recovered",
                        {
                            "path": str(args.recover),
                            "added": got.added,
                            "already": got.already,
                            "unreadable": got.unreadable,
                        },
                        lang,
                    )
                )
                return 0
            if args.delete:
                if not history.delete(args.delete):
                    raise UsageError(text("history.no_such_run", {"run_id": args.delete}, lang))
                print(text("history.deleted", {"run_id": args.delete}, lang))
                return 0
            if args.clear:
                print(text("history.cleared", {"n": history.clear()}, lang))
                return 0
            if args.keep:
                retention = args.keep
                deleted = history.apply_retention(retention)
                print(text("history.pruned", {"n": deleted, "setting": str(retention)}, lang))
                return 0
            try:
                if args.timeline:
                    if not args.service:
                        raise UsageError("--timeline needs --service ID")
                    days = by_day(history.timeline(args.service, since=args.since))
                    if not days:
                        print(_none_for(args.service, history.count(), lang))
                        return 0
                    print_days(days, lang)
                    return 0
                runs = history.list_runs(args.service, since=args.since, limit=args.limit)
                if not runs and args.service:
                    print(_none_for(args.service, history.count(), lang))
                    return 0
            except ValueError as exc:
                raise UsageError(f"--since: not a date: {args.since}") from exc
        except HistoryError as exc:
            raise UsageError(f"history: {exc}") from exc
    print_runs(runs, lang)
    return 0


def retention_setting(value: str) -> Retention:
    """--keep's argument: argparse turns the ValueError's words into its usage message."""
    try:
        return Retention.parse(value)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(
            f"{value!r} is not a retention setting: use all, runs:N (the last N runs) "
            "or days:N (the runs of the last N days), N at least 1"
        ) from exc


def _none_for(service: str, stored: int, lang: str) -> str:
    """An empty answer for one service: say whether history is empty or only that service."""
    if not stored:
        return text("history.empty", language=lang)
    return text("history.no_runs_for_service", {"service": service, "n": stored}, lang)


def print_runs(runs: Sequence[RunSummary], lang: str) -> None:
    if not runs:
        print(text("history.empty", language=lang))
        return
    heads = [
        text(f"history.col.{c}", language=lang)
        for c in ("run", "started", "network", "blocked", "degraded", "works", "type")
    ]
    rows = [
        [
            r.run_id,
            when(r.started_at),
            text(f"label.{r.network_code}", language=lang)
            + ("" if r.completed else f" ({text('history.cancelled', language=lang)})"),
            str(r.blocked),
            str(r.degraded),
            str(r.works),
            r.network_type or "—",
        ]
        for r in runs
    ]
    widths = [max(len(row[i]) for row in [heads, *rows]) for i in range(len(heads))]
    for row in [heads, *rows]:
        print("  ".join(cell.ljust(w) for cell, w in zip(row, widths, strict=True)).rstrip())


def print_days(days: list[Day], lang: str) -> None:
    """The per-service strip in a terminal: a mark per function per day."""
    if not days:
        print(text("history.empty", language=lang))
        return
    m = marks(sys.stdout)
    kinds = list(dict.fromkeys(k for d in days for k in d.functions))
    heads = [
        text("history.col.day", language=lang),
        text("history.col.runs", language=lang),
        *(text(f"function.{k}", language=lang) for k in kinds),
        "MOS",
        text("history.col.throttled", language=lang),
    ]
    rows = [
        [
            d.date,
            str(d.runs),
            *(m[d.functions[k]] if k in d.functions else "" for k in kinds),
            f"{d.mos:.1f}" if d.mos is not None else "",
            format_rate(d.throttled_kbps, lang) if d.throttled_kbps is not None else "",
        ]
        for d in days
    ]
    widths = [max(len(row[i]) for row in [heads, *rows]) for i in range(len(heads))]
    for row in [heads, *rows]:
        print("  ".join(cell.ljust(w) for cell, w in zip(row, widths, strict=True)).rstrip())
