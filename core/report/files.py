"""Report files that never replace one another: a second report of the same minute (or of the
same run) gets a new name, `…-1930-2.html`, instead of silently overwriting the first."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from core.models import RunResult
from core.report.render import EXTENSIONS, report_filename

# More reports of one minute in one folder than anyone makes; past it, the write is refused.
MAX_NUMBERED = 1000


def report_names(run: RunResult, fmt: str) -> Iterator[str]:
    """`svyaz-report-2026-11-24-1930.html`, then `…-1930-2.html`, `…-1930-3.html`, …"""
    first = report_filename(run, fmt)
    yield first
    stem = first.removesuffix(f".{EXTENSIONS[fmt]}")
    for number in range(2, MAX_NUMBERED + 1):
        yield f"{stem}-{number}.{EXTENSIONS[fmt]}"


def free_report_path(folder: Path, run: RunResult, fmt: str) -> Path:
    """The first report name not yet taken in `folder` (what the app proposes to save as)."""
    for name in report_names(run, fmt):
        if not (folder / name).exists():
            return folder / name
    return folder / report_filename(run, fmt)  # the save dialog asks before replacing it


def write_new_report(folder: Path, run: RunResult, fmt: str, report: str) -> Path:
    """Write `report` into `folder` under the first free name and return its path.

    Each name is created exclusively (mode "x"), so two reports written at once cannot take
    the same name either. Raises FileExistsError when every numbered name is taken, OSError
    when the folder cannot be written.
    """
    for name in report_names(run, fmt):
        path = folder / name
        try:
            with path.open("x", encoding="utf-8") as file:
                file.write(report)
        except FileExistsError:
            continue
        return path
    raise FileExistsError(f"{MAX_NUMBERED} reports of this minute are already in {folder}")
