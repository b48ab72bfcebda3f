"""A process that saves runs into a history database in a loop, for the kill -9 test.

Usage: python -m tests.history_writer DB RUN.json FIRST — prints "begin N" before and
"saved N" after each save of run id `run-N`, forever.
"""

from __future__ import annotations

import dataclasses
import json
import sys
from pathlib import Path

from core.document import run_from_dict
from core.history import History


def main() -> None:
    db, document, first = Path(sys.argv[1]), Path(sys.argv[2]), int(sys.argv[3])
    template = run_from_dict(json.loads(document.read_text(encoding="utf-8")))
    history = History.open(db)
    assert history.notice is None, history.notice
    n = first
    while True:
        print(f"begin {n}", flush=True)
        history.save(dataclasses.replace(template, run_id=f"run-{n}"))
        print(f"saved {n}", flush=True)
        n += 1


if __name__ == "__main__":
    main()
