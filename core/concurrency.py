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
# Once a run's deadline has passed or it was cancelled, its clean-up (closing sockets, stopping
# lookups) gets this long; a clean-up that hangs too is abandoned, so the deadline always fires.
CLEANUP_GRACE_S = 3.0


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
            event = await _next(queue, runner)
            yield event
            if isinstance(event, last):
                break
    finally:
        if not runner.done():
            cancel()
            runner.cancel()
        await _stopped(runner, "the event stream")


class StreamBroken(RuntimeError):
    """The work behind an event stream ended without its final event (a bug, not the network)."""


async def _next(queue: asyncio.Queue[E], runner: asyncio.Task[None]) -> E:
    """The next event; if the work dies first, say so instead of waiting forever."""
    if not queue.empty():
        return queue.get_nowait()
    getter = asyncio.ensure_future(queue.get())
    try:
        await asyncio.wait({getter, runner}, return_when=asyncio.FIRST_COMPLETED)
    finally:
        if not getter.done():
            getter.cancel()
    if getter.done() and not getter.cancelled():
        return getter.result()
    if not queue.empty():
        return queue.get_nowait()
    error = runner.exception() if not runner.cancelled() else None
    raise StreamBroken("the run ended without its final event") from error


async def close_within(closing: Awaitable[object], what: str) -> None:
    """Await a clean-up for at most CLEANUP_GRACE_S; a failure or a hang is logged, not raised."""
    try:
        async with asyncio.timeout(CLEANUP_GRACE_S):
            await closing
    except TimeoutError:
        log.warning("%s: clean-up did not finish within %.0f s", what, CLEANUP_GRACE_S)
    except Exception:
        log.exception("%s: clean-up failed", what)


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
                await _stopped(task, self.what)
                raise
        except Exception:  # a bug must not leave the caller waiting for its final event
            log.exception("%s failed", self.what)
        if not task.done():
            task.cancel()
        await _stopped(task, self.what)
        return completed


async def _stopped(task: asyncio.Task[Any], what: str) -> None:
    """Wait until `task` has finished its clean-up, even if we are cancelled meanwhile — but
    for at most CLEANUP_GRACE_S: a clean-up that hangs is abandoned, never waited on forever."""
    loop = asyncio.get_running_loop()
    until = loop.time() + CLEANUP_GRACE_S
    while not task.done():
        left = until - loop.time()
        if left <= 0:
            log.warning("%s: abandoned a clean-up that did not finish", what)
            return
        try:
            await asyncio.wait([task], timeout=left)  # unlike gather, leaves task be if cancelled
        except asyncio.CancelledError:
            task.cancel()  # whoever cancels us wants the work stopped: it is, then we go on
