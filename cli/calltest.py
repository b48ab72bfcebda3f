"""`svyaz calltest`: the call-quality test alone — figures, MOS and a verdict per messenger."""

from __future__ import annotations

import argparse
import asyncio
import sys
import time
import uuid
from datetime import UTC, datetime
from typing import Any, TextIO

from cli.common import (
    UsageError,
    add_engine_options,
    build_catalog,
    build_config,
    check_output,
    requested_services,
    words_language,
    write_json,
)
from cli.marks import marks
from core.document import calls_to_dict, document_head
from core.engine.callpath import call_test
from core.messages import render, text
from core.models import (
    CallFigures,
    CallResults,
    CallSample,
    CallTestFinished,
    Catalog,
    FunctionKind,
    Protocol,
)
from core.rules.faces import call_works

DEFAULT_SERVICES = ("whatsapp", "telegram")
MIN_CLI_SECONDS, MAX_CLI_SECONDS = 5.0, 60.0


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = commands.add_parser(
        "calltest", help="measure the path calls take: loss, delay, jitter, MOS per messenger"
    )
    add_engine_options(parser)
    parser.add_argument(
        "--duration",
        type=float,
        default=10.0,
        metavar="SECONDS",
        help=f"length of the test stream ({MIN_CLI_SECONDS:g}-{MAX_CLI_SECONDS:g} s, default 10)",
    )
    parser.add_argument(
        "--json",
        metavar="FILE",
        help="also write the result as JSON to FILE ('-' for standard output)",
    )
    parser.add_argument("--quiet", action="store_true", help="no live progress")
    parser.set_defaults(handler=lambda args: asyncio.run(run_calltest(args)))


async def run_calltest(args: argparse.Namespace) -> int:
    if not MIN_CLI_SECONDS <= args.duration <= MAX_CLI_SECONDS:
        raise UsageError(
            f"--duration must be between {MIN_CLI_SECONDS:g} and {MAX_CLI_SECONDS:g} seconds"
        )
    catalog = build_catalog(args)
    config = build_config(args, catalog)
    check_output(args.json, "--json")
    services = (*(requested_services(args) or DEFAULT_SERVICES), *_control_ids(catalog))
    try:
        test = call_test(catalog, config, services, args.duration)
    except ValueError as exc:
        raise UsageError(str(exc)) from exc
    language = words_language(args)
    json_to_stdout = args.json == "-"
    out = sys.stderr if json_to_stdout else sys.stdout
    started_at = datetime.now(UTC)
    began = time.monotonic()  # the run's duration, as the diagnostic's document gives it
    finished: CallTestFinished | None = None
    last_progress = -1
    async for event in test.events():
        if isinstance(event, CallSample):
            second = int(event.elapsed_s)
            if not args.quiet and second != last_progress and event.elapsed_s == second:
                last_progress = second
                print(f"  {second:>3} s / {args.duration:g} s", file=sys.stderr, flush=True)
        elif isinstance(event, CallTestFinished):
            finished = event
    assert finished is not None
    print_result(finished, catalog, language, args.duration, out)
    if args.json:
        write_json(call_document(finished, args.duration, language, started_at, began), args.json)
    return 0


def _control_ids(catalog: Catalog) -> tuple[str, ...]:
    """Controls with STUN servers are shown too: they are what the verdicts lean on."""
    return tuple(
        s.id
        for s in catalog.services
        if s.control
        and (f := s.function(FunctionKind.CALLS)) is not None
        and any(ep.protocol == Protocol.STUN for ep in f.endpoints)
    )


def call_document(
    finished: CallTestFinished,
    duration: float,
    language: str,
    started_at: datetime,
    began: float,
) -> dict[str, Any]:
    """A run document (docs/report-schema.md) of kind "calltest": `calls` and no services."""
    timing = {
        "id": uuid.uuid4().hex[:12],
        "started_at": started_at.isoformat(timespec="seconds"),
        "finished_at": datetime.now(UTC).isoformat(timespec="seconds"),
        "duration_ms": round((time.monotonic() - began) * 1000, 1),
        "completed": finished.completed,
    }
    return {
        **document_head("calltest", language, timing),
        "calls": calls_to_dict(CallResults.of(finished, duration), language),
    }


def figures_line(label: str, f: CallFigures, language: str) -> str:
    if not f.received:
        return text("calls.cli.silent", {"target": label, "sent": f.sent}, language)
    band = f"mos_{f.band}" if f.band is not None else "not_tested"
    line = text(
        "calls.cli.figures",
        {
            "target": label,
            "received": f.received,
            "sent": f.sent,
            "loss": f"{f.loss_pct:g}",
            "rtt_min": f"{f.rtt_min_ms:g}",
            "rtt_median": f"{f.rtt_median_ms:g}",
            "rtt_p95": f"{f.rtt_p95_ms:g}",
            "jitter": f"{f.jitter_ms:g}",
            "mos": f.mos,
            "band_code": band,
        },
        language,
    )
    extras = []
    if f.reordered or f.duplicates or f.invalid:
        extras.append(
            text(
                "calls.cli.extra",
                {"reordered": f.reordered, "duplicates": f.duplicates, "invalid": f.invalid},
                language,
            )
        )
    if f.cut_after is not None:
        extras.append(text("calls.cli.cut", {"n": f.cut_after}, language))
    return line + ("; " + "; ".join(extras) if extras else "")


def print_result(
    finished: CallTestFinished, catalog: Catalog, language: str, duration: float, out: TextIO
) -> None:
    m = marks(out)
    print(text("calls.cli.title", {"seconds": f"{duration:g}"}, language), file=out)
    if not finished.completed:
        print("  ! " + text("calls.cli.incomplete", language=language), file=out)
    for v in finished.verdicts:
        service = catalog.service(v.service_id)
        name = service.name if service else v.service_id
        label = text(f"label.{v.code}", language=language)
        print(f"{m[v.status]} {name}: {label}", file=out)
        print(f"    {render(v.explanation, language)}", file=out)
        for target, figures in v.targets.items():
            print(f"    · {figures_line(target, figures, language)}", file=out)
        for message in v.evidence:
            print(f"    - {render(message, language)}", file=out)
        if not call_works(v.code):
            print(f"    → {render(v.advice, language)}", file=out)
