"""Standard streams the command line can always write, on any code page and from a window build.

Python encodes pipes and files with the locale's code page: cp1252/cp1251 on Windows cannot
write Cyrillic, `→` or `·`, so `svyaz diagnose > run.txt` crashed there. Pipes and files get
UTF-8 (a JSON document must be UTF-8 anyway); a terminal with a legacy encoding keeps it but
never crashes on a character it lacks (cli/marks.py falls back to letters there). On Windows
the packaged app is a windowed program with no console of its own: the CLI borrows the console
it was started from.
"""

from __future__ import annotations

import codecs
import io
import sys
from typing import TextIO


def prepare_streams() -> None:
    """Make sys.stdout and sys.stderr safe to print anything the CLI or self-test says."""
    if sys.platform == "win32" and (sys.stdout is None or sys.stderr is None):
        _borrow_parent_console()
    for stream in (sys.stdout, sys.stderr):
        utf8_unless_terminal(stream)


def utf8_unless_terminal(stream: TextIO | None) -> None:
    """UTF-8 for a pipe or file; a legacy-encoded terminal keeps its encoding, with '?' for
    characters it cannot show."""
    if not isinstance(stream, io.TextIOWrapper):
        return
    try:
        encoding = codecs.lookup(stream.encoding).name
        terminal = stream.isatty()
    except (LookupError, ValueError):  # an unknown codec or a closed stream: leave it alone
        return
    if encoding == "utf-8":
        return
    if terminal:
        stream.reconfigure(errors="replace")
    else:
        stream.reconfigure(encoding="utf-8", errors="strict")


def _borrow_parent_console() -> None:
    """Attach to the console of the cmd/PowerShell that started a windowed svyaz.exe.

    Started from Explorer there is none, and output is dropped as before. `open("CONOUT$")`
    is Python's console writer (UTF-16 underneath): Cyrillic shows on any code page.
    """
    if sys.platform == "win32":
        import ctypes

        attach_parent_process = -1
        if not ctypes.windll.kernel32.AttachConsole(attach_parent_process):
            return
        # The files live as long as the process.
        if sys.stdout is None:
            sys.stdout = open("CONOUT$", "w", encoding="utf-8")  # noqa: SIM115
        if sys.stderr is None:
            sys.stderr = open("CONOUT$", "w", encoding="utf-8")  # noqa: SIM115
        if sys.stdin is None:
            sys.stdin = open("CONIN$", encoding="utf-8")  # noqa: SIM115
