"""Structured concurrency for probes: no child outlives the call that started it.

`asyncio.gather` returns as soon as one child is cancelled, while the others may still be
running their clean-up; a cancelled run could then finish with probes still closing sockets.
A TaskGroup waits for every child, so cancel means "stopped", not "stopping".
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import AsyncGenerator, Awaitable, Callable, Coroutine, Iterable
from typing import Any, TypeVar

log = logging.getLogger(__name__)
T = TypeVar("T")


async def _wait(awaitable: Awaitable[T]) -> T:
    return await awaitable


async def gather_all(awaitables: Iterable[Awaitable[T]]) -> list[T]:
    """Run all concurrently and return their results in order (TaskGroup semantics)."""
    async with asyncio.TaskGroup() as group:
        tasks = [group.create_task(_wait(a)) for a in awaitables]
    return [task.result() for task in tasks]


E = TypeVar("E")


async def stream(
    work: Coroutine[Any, Any, None],
    queue: asyncio.Queue[E],
    last: type,
    cancel: Callable[[], None],
) -> AsyncGenerator[E, None]:
    """Run `work` and yield what it puts on `queue` until an event of type `last`.

    A consumer that stops early (or is cancelled) cancels the work and waits for it, so no
    probe outlives the stream. Diagnostic and CallTest stream their events through this.
    """
    runner = asyncio.create_task(work)
    try:
        while True:
            event = await queue.get()
            yield event
            if isinstance(event, last):
                break
    finally:
        if not runner.done():
            cancel()
            runner.cancel()
        await asyncio.gather(runner, return_exceptions=True)


class BoundedRun:
    """Work bounded by a deadline and stoppable by `cancel()`, that always ends in an answer.

    Diagnostic and CallTest must send their final event whatever happens: the deadline passes,
    the user cancels, or a bug raises. `run` returns only once the work has stopped (its
    clean-up has closed its sockets), and says whether it completed.
    """

    def __init__(self, what: str) -> None:
        self.what = what  # for the log, when the work fails
        self.cancelled = False
        self._task: asyncio.Task[object] | None = None

    def cancel(self) -> None:
        """Stop the work (now, or as soon as it starts); call it on the work's loop."""
        self.cancelled = True
        if self._task is not None:
            self._task.cancel()

    async def run(self, work: Coroutine[Any, Any, object], deadline_s: float) -> bool:
        """Run `work` for at most `deadline_s` seconds; True if it completed in time."""
        task = self._task = asyncio.create_task(work)
        if self.cancelled:
            task.cancel()
        completed = False
        try:
            # shield: the deadline cancels only the wait; the work is cancelled below and
            # then waited for, so nothing it opened outlives this call.
            async with asyncio.timeout(deadline_s):
                await asyncio.shield(task)
            completed = True
        except TimeoutError:
            pass
        except asyncio.CancelledError:
            if not self.cancelled:  # our caller is being cancelled: stop the work, then obey
                task.cancel()
                await _stopped(task)
                raise
        except Exception:  # a bug must not leave the caller waiting for its final event
            log.exception("%s failed", self.what)
        if not task.done():
            task.cancel()
        await _stopped(task)
        return completed


async def _stopped(task: asyncio.Task[object]) -> None:
    """Wait until `task` has finished its clean-up, even if we are cancelled meanwhile."""
    while not task.done():
        try:
            await asyncio.wait([task])  # unlike gather, being cancelled here leaves task be
        except asyncio.CancelledError:
            task.cancel()  # whoever cancels us wants the work stopped: it is, then we go on
