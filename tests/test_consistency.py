"""The run-level rule that stops repeating an experiment once the network answered it the same
way at enough endpoints (core/engine/consistency.py): pilots first, later ones wait, one
different answer keeps it on, and a pilot that never reports cannot hang anyone."""

from __future__ import annotations

import asyncio

from core.budget import TimeBudget
from core.engine.consistency import ENOUGH, Consistency

WAIT = TimeBudget().consistency_wait  # the run's budget: how long later failures wait


def test_the_first_failures_run_the_experiment_then_it_settles() -> None:
    async def scenario() -> list[int]:
        rule = Consistency(WAIT)
        pilots = [await rule.settled() for _ in range(ENOUGH)]
        for _ in range(ENOUGH):
            rule.note(same=True)
        return [*pilots, await rule.settled()]

    answers = asyncio.run(scenario())
    assert answers[:ENOUGH] == [0] * ENOUGH  # every pilot runs it
    assert answers[-1] == ENOUGH  # then it is skipped, with the count the evidence names


def test_one_different_answer_keeps_the_experiment_on_for_the_run() -> None:
    async def scenario() -> int:
        rule = Consistency(WAIT)
        for _ in range(ENOUGH):
            await rule.settled()
        for _ in range(ENOUGH - 1):
            rule.note(same=True)
        rule.note(same=False)  # one flaky filter seen
        for _ in range(10 * ENOUGH):
            rule.note(same=True)
        return await rule.settled()

    assert asyncio.run(scenario()) == 0


def test_a_later_failure_waits_for_the_pilots_and_uses_their_answer() -> None:
    async def scenario() -> tuple[int, bool]:
        rule = Consistency(WAIT)
        for _ in range(ENOUGH):
            await rule.settled()
        waiter = asyncio.create_task(rule.settled())
        await asyncio.sleep(0.05)
        waiting = not waiter.done()
        for _ in range(ENOUGH):
            rule.note(same=True)
        return await waiter, waiting

    settled, waited = asyncio.run(scenario())
    assert waited and settled == ENOUGH


def test_pilots_that_never_report_cannot_hang_a_later_failure() -> None:
    async def scenario() -> int:
        rule = Consistency(0.05)  # a budget's consistency_wait, short for the test
        for _ in range(ENOUGH):
            await rule.settled()  # pilots whose results never come (cancelled, errors)
        return await asyncio.wait_for(rule.settled(), 5)

    assert asyncio.run(scenario()) == 0  # it runs the experiment itself
