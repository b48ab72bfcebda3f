"""Ctrl-C stops a run, which then ends as a cancelled run (shown and saved); a second Ctrl-C
interrupts at once. The same on Linux, macOS and Windows.

The selector loops take the signal through `loop.add_signal_handler`. Windows' Proactor loop
has no such thing (NotImplementedError), so there a plain `signal.signal` handler hands the
stop to the loop with `call_soon_threadsafe` (the Proactor loop wakes on Ctrl-C); without
it, asyncio.run's own handler cancelled the whole command and nothing was saved.
"""

from __future__ import annotations

import asyncio
import contextlib
import functools
import signal
from collections.abc import Callable, Iterator
from types import FrameType


@contextlib.contextmanager
def stop_on_first_interrupt(stop: Callable[[], None]) -> Iterator[list[bool]]:
    """Within the block the first Ctrl-C calls `stop` (once); yields a list that is non-empty
    once interrupted. Must run inside the event loop, in the main thread."""
    interrupted: list[bool] = []
    loop = asyncio.get_running_loop()
    restore: Callable[[], object] = _nothing

    def first() -> None:
        if interrupted:
            return
        interrupted.append(True)
        restore()  # the next Ctrl-C is what it was before: a KeyboardInterrupt
        stop()

    try:
        loop.add_signal_handler(signal.SIGINT, first)
        restore = functools.partial(loop.remove_signal_handler, signal.SIGINT)
    except NotImplementedError:  # Windows' Proactor loop
        restore = _plain_handler(loop, first)
    except (RuntimeError, ValueError):  # not the main thread: Ctrl-C keeps its default
        pass
    try:
        yield interrupted
    finally:
        restore()


def _plain_handler(
    loop: asyncio.AbstractEventLoop, first: Callable[[], None]
) -> Callable[[], None]:
    previous = signal.getsignal(signal.SIGINT)

    def handler(_signum: int, _frame: FrameType | None) -> None:
        loop.call_soon_threadsafe(first)

    signal.signal(signal.SIGINT, handler)
    restored: list[bool] = []

    def restore() -> None:
        if not restored and signal.getsignal(signal.SIGINT) is handler:
            restored.append(True)
            signal.signal(signal.SIGINT, previous)

    return restore


def _nothing() -> None:
    return None


@contextlib.contextmanager
def stop_on_signals(stop: Callable[[], None]) -> Iterator[None]:
    """Within the block Ctrl-C and SIGTERM (a service manager's stop) call `stop`; a second
    Ctrl-C interrupts at once. For long-running commands (`svyaz watch`). Must run inside the
    event loop, in the main thread."""
    loop = asyncio.get_running_loop()
    undo: list[Callable[[], object]] = []
    wanted = [signal.SIGINT] + ([signal.SIGTERM] if hasattr(signal, "SIGTERM") else [])
    stopped: list[bool] = []

    def first() -> None:
        if not stopped:
            stopped.append(True)
            stop()
        else:
            raise KeyboardInterrupt

    for signum in wanted:
        try:
            loop.add_signal_handler(signum, first)
            undo.append(functools.partial(loop.remove_signal_handler, signum))
        except NotImplementedError:  # Windows' Proactor loop
            previous = signal.getsignal(signum)

            def handler(_signum: int, _frame: FrameType | None) -> None:
                loop.call_soon_threadsafe(first)

            signal.signal(signum, handler)
            undo.append(functools.partial(signal.signal, signum, previous))
        except (RuntimeError, ValueError):  # not the main thread
            pass
    try:
        yield
    finally:
        for restore in undo:
            restore()
