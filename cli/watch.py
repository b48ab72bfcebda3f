"""`svyaz watch`: watch mode on the command line (a home server, a Raspberry Pi; docs/watch.md).

The same loop as the tray (core/watch/): light checks every interval with jitter, a change
printed once a second check confirms it, every check kept in the history, the diary kept there
too. Ctrl-C or SIGTERM stops it cleanly (a check under way is dropped, not half-saved).
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import re
import sys
from datetime import datetime

from cli.common import (
    Notices,
    UsageError,
    add_engine_options,
    add_history_file_option,
    build_catalog,
    build_config,
    open_history,
    requested_services,
    words_language,
)
from cli.interrupt import stop_on_signals
from core.messages import format_bytes, text
from core.watch import (
    BudgetExhausted,
    ChangesConfirmed,
    CheckFailed,
    CheckFinished,
    CheckKind,
    HeadlessNetworkSource,
    SystemClock,
    Watcher,
    WatchEvent,
    WatchSettings,
    change_words,
    clock_time,
    engine_check,
    poll_changes,
)

MIN_INTERVAL_S = 5 * 60
"""The shortest interval a person may ask for: watch mode is a companion, not a load test."""

_DURATION = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*(s|sec|m|min|h|hr)?\s*$", re.IGNORECASE)
_SIZE = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*(b|kb|mb|gb)?\s*$", re.IGNORECASE)


def parse_duration(value: str) -> float:
    """ "30m", "1h", "90s", "45" (minutes) to seconds."""
    match = _DURATION.match(value)
    if not match:
        raise argparse.ArgumentTypeError(f"not a duration: {value!r} (e.g. 30m, 1h)")
    number, unit = float(match.group(1)), (match.group(2) or "m").lower()
    return number * {"s": 1, "sec": 1, "m": 60, "min": 60, "h": 3600, "hr": 3600}[unit]


def parse_size(value: str) -> int:
    """ "20MB", "500KB", "1GB" (decimal units), bare numbers in MB."""
    match = _SIZE.match(value)
    if not match:
        raise argparse.ArgumentTypeError(f"not a size: {value!r} (e.g. 20MB)")
    number, unit = float(match.group(1)), (match.group(2) or "mb").lower()
    return int(number * {"b": 1, "kb": 1e3, "mb": 1e6, "gb": 1e9}[unit])


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = commands.add_parser(
        "watch",
        help="keep checking the connection and print what changes (Ctrl-C stops)",
        description="Checks at start and every INTERVAL (±20 %%), prints a line when a change "
        "is confirmed by a second check, and keeps every check and an outage diary in the "
        "history (`svyaz diary` exports it).",
    )
    add_engine_options(parser)
    parser.add_argument(
        "--interval",
        type=parse_duration,
        default=30 * 60,
        metavar="TIME",
        help="time between checks, e.g. 30m or 1h (default 30m, at least 5m)",
    )
    parser.add_argument(
        "--light",
        action="store_true",
        help="light checks only (by default a full run every 6 hours on an unmetered link)",
    )
    parser.add_argument(
        "--metered",
        action="store_true",
        help="this connection is paid by the megabyte: light checks only, under --budget",
    )
    parser.add_argument(
        "--budget",
        type=parse_size,
        default=20_000_000,
        metavar="SIZE",
        help="most data a day on a metered connection, e.g. 20MB (default)",
    )
    parser.add_argument("--quiet", action="store_true", help="print confirmed changes only")
    # Tests and the lab: seconds, below the 5-minute floor.
    parser.add_argument("--interval-seconds", type=float, help=argparse.SUPPRESS)
    add_history_file_option(parser)
    parser.set_defaults(handler=lambda args: asyncio.run(run_watch(args)))


def watch_settings(args: argparse.Namespace) -> WatchSettings:
    if args.interval_seconds is not None:
        interval = float(args.interval_seconds)
        confirm = max(interval / 10, 0.05)
    else:
        if args.interval < MIN_INTERVAL_S:
            raise UsageError("--interval: at least 5m")
        interval = float(args.interval)
        confirm = min(3 * 60.0, interval / 2)
    try:
        return WatchSettings(
            interval_s=interval,
            confirm_after_s=confirm,
            full_every_s=None if args.light else 6 * 3600,
            daily_budget_bytes=args.budget,
            notify_min_gap_s=0,
        )
    except ValueError as exc:
        raise UsageError(str(exc)) from exc


async def run_watch(args: argparse.Namespace) -> int:
    catalog = build_catalog(args)
    config = build_config(args, catalog)
    settings = watch_settings(args)
    language = words_language(args)
    services = requested_services(args)
    try:  # refuses unknown service ids before watching
        run_check = engine_check(catalog, config, services)
    except ValueError as exc:
        raise UsageError(str(exc)) from exc
    for problem in catalog.problems:
        print(f"svyaz: warning: catalog problem: {problem}", file=sys.stderr)
    with contextlib.ExitStack() as stack:
        notices = Notices(language)
        history = stack.enter_context(open_history(args, language, notices))
        printer = Printer(language, args.quiet)
        source = HeadlessNetworkSource(metered=args.metered)
        watcher = Watcher(
            settings,
            SystemClock(),
            source,
            run_check,
            history,
            printer,
            language=language,
        )
        if not args.quiet:
            interval = _minutes(settings.interval_s, language)
            print(text("watch.started", {"interval": interval}, language), file=sys.stderr)
        changes = asyncio.create_task(
            poll_changes(
                source.fingerprint,
                lambda: watcher.network_changed(source.current()),
                SystemClock(),
            )
        )
        try:
            with stop_on_signals(watcher.stop):
                await watcher.run()
        finally:
            changes.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await changes
        notices.tell(history)
        if not args.quiet:
            print(text("watch.stopped", language=language), file=sys.stderr)
        return 0
    raise AssertionError("unreachable")  # for mypy: ExitStack may swallow exceptions


def _minutes(seconds: float, language: str) -> str:
    if seconds < 60:
        return f"{seconds:g} s"
    return text("diary.duration.m", {"m": round(seconds / 60)}, language)


def _kind(event: CheckFinished) -> CheckKind:
    return "light" if event.run.settings.get("light") else "full"


class Printer:
    """One line per confirmed change on standard output; the loop's news on stderr."""

    def __init__(self, language: str, quiet: bool) -> None:
        self.language, self.quiet = language, quiet

    def __call__(self, event: WatchEvent) -> None:
        language = self.language
        if isinstance(event, ChangesConfirmed):
            stamp = datetime.fromtimestamp(event.at).strftime("%Y-%m-%d %H:%M")
            label = (
                f" ({text('watch.through_vpn', language=language)})" if event.through_vpn else ""
            )
            for change in event.changes:
                if change.worth_telling:
                    words = change_words(change, language, event.at)
                    print(f"{stamp} {words}{label}", flush=True)
        elif isinstance(event, CheckFinished) and not self.quiet:
            params = {
                "time": clock_time(event.at),
                "kind": text(f"watch.kind.{_kind(event)}", language=language),
                "used": format_bytes(event.bytes_used, language),
                "overall": text(f"watch.overall.{event.state.overall}", language=language),
            }
            line = text("watch.checked", params, language)
            if event.through_vpn:
                line += f" ({text('watch.through_vpn', language=language)})"
            print(line, file=sys.stderr, flush=True)
        elif isinstance(event, BudgetExhausted):
            params = {
                "used": format_bytes(event.used_bytes, language),
                "limit": format_bytes(event.limit_bytes, language),
                "time": clock_time(event.resumes_at, event.at),
            }
            print("svyaz: " + text("watch.budget_exhausted", params, language), file=sys.stderr)
        elif isinstance(event, CheckFailed) and not self.quiet:
            params = {"reason": event.reason}
            print("svyaz: " + text("watch.check_failed", params, language), file=sys.stderr)
