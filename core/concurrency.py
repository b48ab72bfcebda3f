"""Structured concurrency for probes: no child outlives the call that started it.

`asyncio.gather` returns as soon as one child is cancelled, while the others may still be
running their clean-up; a cancelled run could then finish with probes still closing sockets.
A TaskGroup waits for every child, so cancel means "stopped", not "stopping".
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Iterable
from typing import TypeVar

T = TypeVar("T")


async def _wait(awaitable: Awaitable[T]) -> T:
    return await awaitable


async def gather_all(awaitables: Iterable[Awaitable[T]]) -> list[T]:
    """Run all concurrently and return their results in order (TaskGroup semantics)."""
    async with asyncio.TaskGroup() as group:
        tasks = [group.create_task(_wait(a)) for a in awaitables]
    return [task.result() for task in tasks]
