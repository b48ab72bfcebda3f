"""Whether a follow-up experiment still tells anything in this run.

A TLS failure is repeated (flaky filters) and its name is sent to a control's address (is the
name cut everywhere?). On a network that filters consistently — whitelist mode cuts every
unlisted name — both give the same answer at every endpoint, and doing them for each of a
hundred endpoints only holds connection slots: 220 stalled handshakes, 8 s of the run. So the
first few failures run them at once ("pilots"), later ones wait briefly for the pilots (their
paired tests take as long anyway) and skip the experiment once ENOUGH endpoints gave the same
answer and none a different one. A single different answer keeps it on for the whole run.
"""

from __future__ import annotations

import asyncio
import contextlib

ENOUGH = 6  # endpoints with the same answer before later ones skip the experiment


class Consistency:
    def __init__(self, pilot_wait: float) -> None:
        self._pilot_wait = pilot_wait  # how long a later failure waits for the pilots (budget)
        self._same = 0
        self._different = False
        self._pilots = 0
        self._known = asyncio.Event()

    def note(self, same: bool) -> None:
        """One endpoint's experiment came back with the usual answer (same) or another."""
        if same:
            self._same += 1
        else:
            self._different = True
        if self._different or self._same >= ENOUGH:
            self._known.set()

    async def settled(self) -> int:
        """How many endpoints gave the same answer (0: run the experiment for this one)."""
        if not self._known.is_set() and self._pilots >= ENOUGH:
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self._known.wait(), self._pilot_wait)
        if self._known.is_set():
            return 0 if self._different else self._same
        self._pilots += 1
        return 0
