"""Structured concurrency for probes: no child outlives the call that started it.

`asyncio.gather` returns as soon as one child is cancelled, while the others may still be
running their clean-up; a cancelled run could then finish with probes still closing sockets.
A TaskGroup waits for every child, so cancel means "stopped", not "stopping".
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncGenerator, Awaitable, Callable, Coroutine, Iterable
from typing import Any, TypeVar

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
