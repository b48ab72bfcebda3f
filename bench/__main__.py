"""`make bench`: print every speed, size and accuracy figure the issues set targets for.

`make bench` runs them all; `python -m bench NAME...` runs some (engine, gui, ...).
"""

from __future__ import annotations

import importlib
import sys

SUITES = ("engine", "calls", "gui", "package", "history", "limits", "watch")


def main(names: list[str]) -> None:
    for name in names or list(SUITES):
        if name not in SUITES:
            raise SystemExit(f"unknown bench {name!r}; choose from {', '.join(SUITES)}")
        importlib.import_module(f"bench.{name}").main()


if __name__ == "__main__":
    main(sys.argv[1:])
