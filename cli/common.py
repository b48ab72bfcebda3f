"""Shared pieces of the command line: engine options, catalog and config from arguments."""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import sys
from collections.abc import Iterator
from pathlib import Path

from core.catalog import CatalogError, load_catalog
from core.config import CatalogSettingsError, ProbeConfig
from core.config import build_config as build_run_config
from core.history import History, NotAHistory
from core.messages import render
from core.models import Catalog, Message


class UsageError(Exception):
    """Bad arguments or input: printed as one line, exit status 2."""


def add_engine_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--catalog",
        type=Path,
        metavar="FILE",
        help="use this catalog instead of the built-in one (and the user file)",
    )
    parser.add_argument(
        "--no-user-catalog",
        action="store_true",
        help="ignore the user catalog in the config folder",
    )
    parser.add_argument(
        "--services",
        metavar="IDS",
        help="comma-separated service ids to test (controls always run)",
    )
    parser.add_argument(
        "--resolver", metavar="HOST:PORT", help="DNS server standing in for the system resolver"
    )
    parser.add_argument(
        "--public-dns",
        action="append",
        metavar="HOST:PORT",
        help="public resolver asked over UDP/53 and TCP/53 (repeatable)",
    )
    parser.add_argument(
        "--canary-dns",
        metavar="HOST:PORT",
        help="an address that runs no DNS server (an answer = interception)",
    )
    parser.add_argument(
        "--doh",
        action="append",
        metavar="URL",
        help="DNS-over-HTTPS reference resolver URL (repeatable)",
    )
    parser.add_argument(
        "--ca-bundle",
        metavar="FILE",
        help="PEM file of CA certificates to trust instead of the default store",
    )
    parser.add_argument(
        "--timeout",
        type=float,
        metavar="SECONDS",
        help="per-step timeout: connect, TLS and HTTP each get SECONDS; DNS keeps its own "
        "shorter one unless SECONDS is shorter still (the GUI's 'Timeout per step' alike)",
    )
    parser.add_argument(
        "--deadline", type=float, metavar="SECONDS", help="bound on the whole run (1-900 s)"
    )
    parser.add_argument(
        "--repeats", type=int, metavar="N", help="tries of the transfer-cut test (default 3)"
    )
    parser.add_argument(
        "--proxy",
        metavar="URL",
        help="explicit proxy (http://HOST:PORT or socks5://HOST:PORT); "
        "a system proxy is never used silently",
    )
    parser.add_argument("--language", choices=("en", "ru"), help="language of the words")


def build_catalog(args: argparse.Namespace) -> Catalog:
    try:
        return load_catalog(replace_with=args.catalog, include_user=not args.no_user_catalog)
    except CatalogError as exc:
        raise UsageError(f"bad catalog: {exc.problems[0]}") from exc


def build_config(args: argparse.Namespace, catalog: Catalog) -> ProbeConfig:
    """Defaults, then the catalog's [settings] (labs), then the command-line flags
    (core.config.build_config, the builder the GUI uses too)."""
    flags: dict[str, object] = {}
    for key, value in (
        ("system_resolver", args.resolver),
        ("public_dns", args.public_dns),
        ("canary_dns", args.canary_dns),
        ("doh", args.doh),
        ("ca_bundle", args.ca_bundle),
        ("proxy", args.proxy),
        ("repeats", args.repeats),
    ):
        if value is not None:
            flags[key] = value
    if getattr(args, "light", False):  # `svyaz diagnose --light`
        flags["light"] = True
    if args.ca_bundle and not Path(args.ca_bundle).is_file():
        raise UsageError(f"--ca-bundle: no such file: {args.ca_bundle}")
    try:
        return build_run_config(
            catalog.settings, flags, step_timeout=args.timeout, overall=args.deadline
        )
    except CatalogSettingsError as exc:
        raise UsageError(f"bad catalog settings: {exc}") from exc
    except ValueError as exc:
        raise UsageError(str(exc)) from exc


def requested_services(args: argparse.Namespace) -> tuple[str, ...]:
    """`--services a,b`: the ids the run is asked for (empty: every service)."""
    return tuple(s.strip() for s in (args.services or "").split(",") if s.strip())


def words_language(args: argparse.Namespace) -> str:
    """The language of the words printed and written: `--language`, else English."""
    return str(args.language or "en")


def write_json(document: object, target: str) -> None:
    """`--json FILE`: the document as indented UTF-8 JSON to FILE, or to standard output for '-'."""
    text = json.dumps(document, ensure_ascii=False, indent=2) + "\n"
    if target == "-":
        sys.stdout.write(text)
        return
    try:
        Path(target).write_text(text, encoding="utf-8")
    except OSError as exc:
        raise UsageError(f"cannot write {target}: {exc.strerror or exc}") from exc


def check_output(target: str | None, option: str) -> None:
    """Refuse an output path that cannot be written before the run, not after it."""
    if target is None or target == "-":
        return
    path = Path(target)
    if path.is_dir():
        raise UsageError(f"{option}: {target} is a folder; give a file name")
    folder = path.parent if str(path.parent) else Path(".")
    if not folder.is_dir():
        raise UsageError(f"{option}: no such folder: {folder}")
    if not os.access(folder, os.W_OK) or (path.exists() and not os.access(path, os.W_OK)):
        raise UsageError(f"{option}: cannot write to {target} (permission denied)")


def add_history_options(parser: argparse.ArgumentParser) -> None:
    add_history_file_option(parser)
    parser.add_argument("--language", "--lang", choices=("en", "ru"), default="en")


def add_history_file_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--history-file",
        type=Path,
        metavar="FILE",
        help="history database to use (default: history.sqlite3 in the user data folder)",
    )


class Notices:
    """Prints each history notice once: the one found on opening, and any that arises later
    (corruption found, a write refused), so nobody is left guessing where runs went."""

    def __init__(self, language: str) -> None:
        self.language = language
        self.shown: list[Message] = []

    def tell(self, history: History) -> None:
        if history.notice is not None and history.notice not in self.shown:
            self.shown.append(history.notice)
            print(f"svyaz: {render(history.notice, self.language)}", file=sys.stderr)


@contextlib.contextmanager
def open_history(
    args: argparse.Namespace, language: str | None = None, notices: Notices | None = None
) -> Iterator[History]:
    """The history, its notices told on stderr (on opening and on closing); a --history-file
    that is not a Svyaz history is refused (exit 2) and left as it is."""
    path = getattr(args, "history_file", None)
    try:
        history = History.open(path, explicit=path is not None)
    except NotAHistory as exc:
        raise UsageError(f"--history-file: {exc}") from exc
    notices = notices or Notices(language or args.language)
    notices.tell(history)
    try:
        yield history
    finally:
        notices.tell(history)
        history.close()
