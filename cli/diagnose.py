"""`svyaz diagnose`: live progress on stderr, a readable table, and the JSON document."""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import sys
from typing import TextIO

from cli.common import (
    Notices,
    UsageError,
    add_engine_options,
    add_history_file_option,
    build_catalog,
    build_config,
    check_output,
    open_history,
    requested_services,
    words_language,
    write_json,
)
from cli.interrupt import stop_on_first_interrupt
from cli.marks import marks
from core.config import ProbeConfig
from core.engine.diagnostic import Diagnostic
from core.environment import gather as gather_environment
from core.history import History, HistoryError
from core.messages import data_used, render, text
from core.models import (
    Catalog,
    FunctionFinished,
    FunctionKind,
    RunFinished,
    RunResult,
    ServiceFinished,
    ServiceResult,
)
from core.report import (
    cause_lines,
    name_of,
    report_document,
    section_lines,
    service_heading,
    works_now_lines,
)
from core.rules.faces import (
    function_label_key,
    is_tested,
    measured_through,
    needs_no_words,
    tunnel_before_run,
)
from core.rules.summary import (
    shown_conditions,
    shown_function_status,
    standing_rank,
    summarize,
)


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = commands.add_parser("diagnose", help="run the diagnostic and print the results")
    add_engine_options(parser)
    parser.add_argument(
        "--json",
        metavar="FILE",
        help="also write the run as JSON to FILE ('-' for standard output); private like "
        "every report: your addresses, DNS servers and provider are hidden",
    )
    parser.add_argument(
        "--include-network-details",
        action="store_true",
        help="with --json: keep your addresses, your network's DNS servers and your provider "
        "(passwords are never written)",
    )
    parser.add_argument(
        "--light",
        action="store_true",
        help="a light check (a few hundred KB instead of a few MB of data): whether each "
        "service connects, without the transfer, speed, QUIC and call tests",
    )
    parser.add_argument("--quiet", action="store_true", help="no live progress")
    parser.add_argument(
        "--no-history", action="store_true", help="do not keep this run in the history"
    )
    add_history_file_option(parser)
    parser.set_defaults(handler=lambda args: asyncio.run(run_diagnose(args)))


async def run_diagnose(args: argparse.Namespace) -> int:
    catalog = build_catalog(args)
    config = build_config(args, catalog)
    check_output(args.json, "--json")
    with contextlib.ExitStack() as stack:
        notices = Notices(words_language(args))
        # Opened before the run: a bad --history-file is refused, and a history that cannot
        # be written is said, before anything is probed.
        history = (
            None
            if args.no_history
            else stack.enter_context(open_history(args, words_language(args), notices))
        )
        return await _diagnose(args, catalog, config, history, notices)
    raise AssertionError("unreachable")  # for mypy: ExitStack may swallow exceptions


async def _diagnose(
    args: argparse.Namespace,
    catalog: Catalog,
    config: ProbeConfig,
    history: History | None,
    notices: Notices,
) -> int:
    environment = gather_environment()
    try:
        diagnostic = Diagnostic(catalog, config, environment, services=requested_services(args))
    except ValueError as exc:
        raise UsageError(str(exc)) from exc
    language = words_language(args)
    tunnel = tunnel_before_run(environment)
    if tunnel is not None and not args.quiet:  # the header: said before anything is probed
        print("svyaz: " + render(tunnel, language), file=sys.stderr)
    json_to_stdout = args.json == "-"
    table_out = sys.stderr if json_to_stdout else sys.stdout
    for problem in catalog.problems:
        print(f"svyaz: warning: catalog problem: {problem}", file=sys.stderr)
    progress = Progress(len(diagnostic.services), language, diagnostic.runs_call_test)
    result: RunResult | None = None
    with stop_on_first_interrupt(diagnostic.cancel) as interrupted:
        async for event in diagnostic.events():
            if isinstance(event, ServiceFinished):
                if not args.quiet:
                    progress.finished(event.result)
            elif isinstance(event, FunctionFinished):
                continue
            elif isinstance(event, RunFinished):
                result = event.result
    assert result is not None
    if not args.quiet:
        progress.flush(result)
    print_table(result, language, table_out)
    if args.json:
        write_json(report_document(result, language, args.include_network_details), args.json)
    if history is not None:
        save_to_history(result, history, language, notices)
    return 130 if interrupted else 0


def save_to_history(result: RunResult, history: History, language: str, notices: Notices) -> None:
    """Keep the run (completed or cancelled); "Saved" only once it is read back from the file.
    A failure to save is a warning, not an error."""
    try:
        history.save(result)
    except HistoryError as exc:
        notices.tell(history)
        print(
            "svyaz: " + text("history.not_saved", {"reason": str(exc)}, language), file=sys.stderr
        )
        return
    notices.tell(history)  # the file was found corrupt or unwritable while saving
    if history.persistent:
        print(text("history.saved", {"run_id": result.run_id}, language), file=sys.stderr)
    else:
        print("svyaz: " + text("history.kept_in_memory", language=language), file=sys.stderr)


class Progress:
    """One line per service as it finishes, each service once: `[n/total]` never passes its
    total. A service whose calls the run's call test has yet to judge waits for that verdict
    (or the run's end), so its line shows its final result."""

    def __init__(self, total: int, language: str, call_test: bool) -> None:
        self.total, self.language, self.call_test = total, language, call_test
        self.printed: set[str] = set()
        self.waiting: set[str] = set()

    def finished(self, service: ServiceResult) -> None:
        sid = service.service_id
        if sid in self.printed:
            return
        if sid not in self.waiting and self.call_test and _calls_untested(service):
            self.waiting.add(sid)
            return
        self.waiting.discard(sid)
        self._print(service)

    def flush(self, run: RunResult) -> None:
        for service in run.services:
            if service.service_id in self.waiting:
                self._print(service)
        self.waiting.clear()

    def _print(self, service: ServiceResult) -> None:
        self.printed.add(service.service_id)
        done = len(self.printed)
        line = service_line(service, self.language, sys.stderr)
        print(f"[{done:>2}/{self.total}] {line}", file=sys.stderr, flush=True)


def _calls_untested(service: ServiceResult) -> bool:
    return any(f.kind is FunctionKind.CALLS and not is_tested(f.code) for f in service.functions)


def service_line(service: ServiceResult, language: str, stream: TextIO) -> str:
    m = marks(stream)
    chips = "  ".join(
        f"{text(f'function.{f.kind.value}', language=language)} {m[shown_function_status(f)]}"
        for f in service.functions
    )
    return f"{name_of(service, language)}: {chips}"


def table_order(run: RunResult) -> list[ServiceResult]:
    """Problems first, in the summary's order (blocked, slowed, refused, not judged, calls
    unchecked, works), the catalog's order within each; untested services last."""

    return sorted(run.services, key=standing_rank)


def print_table(run: RunResult, language: str, out: TextIO) -> None:
    m = marks(out)
    summary = summarize(run)
    tunnel = measured_through(run.network)
    if tunnel is not None:  # the whole run's label, before any verdict
        print("! " + render(tunnel, language), file=out)
    for line in cause_lines(summary, run.network, language):
        print(line, file=out)
    for line in works_now_lines(summary, language):  # whitelist mode: before the problems
        print(line, file=out)
    for condition in shown_conditions(run.network):
        words = text(f"condition.{condition}", dict(run.network.details), language)
        print("  ! " + words, file=out)
    if not run.completed:
        print("  ! " + text("run.incomplete", language=language), file=out)
    width = max((len(name_of(s, language)) for s in run.services), default=10) + 2
    for service in table_order(run):
        status = service_heading(service, language, summary)
        print(f"{name_of(service, language):<{width}}{status}", file=out)
        for f in service.functions:
            label = text(f"function.{f.kind.value}", language=language)
            words = text(function_label_key(f), language=language)
            detail = "" if needs_no_words(f.code) else f" — {words}"
            print(f"    {m[shown_function_status(f)]} {label}{detail}", file=out)
    print(file=out)
    for line in section_lines(summary, language):
        print(line, file=out)
    if run.settings.get("light"):
        print(text("data.light", language=language), file=out)
    if run.bytes_sent is not None and run.bytes_received is not None:
        print(data_used(run.bytes_sent, run.bytes_received, language, both_ways=True), file=out)
