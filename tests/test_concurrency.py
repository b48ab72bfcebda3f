"""BoundedRun: the deadline, cancel() and a bug all end the work and wait for its clean-up."""

from __future__ import annotations

import asyncio
import logging
import time

import pytest

from core.concurrency import BoundedRun


class Work:
    """Holds a UDP socket toward loopback open until it ends, with a slow clean-up."""

    def __init__(self, seconds: float = 60.0, fail: bool = False) -> None:
        self.seconds = seconds
        self.fail = fail
        self.transport: asyncio.DatagramTransport | None = None
        self.cleaned = False

    async def __call__(self) -> None:
        loop = asyncio.get_running_loop()
        self.transport, _ = await loop.create_datagram_endpoint(
            asyncio.DatagramProtocol, remote_addr=("127.0.0.1", 9)
        )
        try:
            await asyncio.sleep(self.seconds)
            if self.fail:
                raise RuntimeError("a bug")
        finally:
            self.transport.close()
            await asyncio.sleep(0.1)  # clean-up that takes time must still be waited for
            self.cleaned = True


def _others() -> set[asyncio.Task[object]]:
    return {t for t in asyncio.all_tasks() if t is not asyncio.current_task()}


@pytest.mark.timing  # compares wall time: run alone, last (conftest.py)
def test_the_deadline_stops_the_work_and_waits_for_its_clean_up() -> None:
    async def main() -> tuple[bool, float, Work]:
        work = Work()
        started = time.monotonic()
        completed = await BoundedRun("test").run(work(), 0.3)
        assert _others() == set()
        return completed, time.monotonic() - started, work

    completed, elapsed, work = asyncio.run(main())
    assert not completed and 0.3 <= elapsed < 1.0
    assert work.cleaned and work.transport is not None and work.transport.is_closing()


def test_work_that_ends_in_time_completes() -> None:
    assert asyncio.run(BoundedRun("test").run(Work(0.05)(), 5.0)) is True


@pytest.mark.timing  # compares wall time: run alone, last (conftest.py)
def test_cancel_stops_the_work_now_and_before_it_starts() -> None:
    async def main() -> tuple[bool, float, Work, Work]:
        bounded, work = BoundedRun("test"), Work()
        asyncio.get_running_loop().call_later(0.2, bounded.cancel)
        started = time.monotonic()
        completed = await bounded.run(work(), 30.0)
        elapsed = time.monotonic() - started
        early, never = BoundedRun("test"), Work(0.0)
        early.cancel()
        assert not await early.run(never(), 30.0)
        return completed, elapsed, work, never

    completed, elapsed, work, never = asyncio.run(main())
    assert not completed and elapsed < 1.0 and work.cleaned
    assert never.transport is None  # cancelled before it opened anything


def test_a_bug_is_logged_and_ends_the_run(caplog: pytest.LogCaptureFixture) -> None:
    with caplog.at_level(logging.ERROR):
        assert asyncio.run(BoundedRun("the test").run(Work(0.01, fail=True)(), 5.0)) is False
    assert "the test failed" in caplog.text


def test_a_cancelled_caller_is_cancelled_after_the_work_has_stopped() -> None:
    work = Work()

    async def main() -> None:
        caller = asyncio.create_task(BoundedRun("test").run(work(), 30.0))
        await asyncio.sleep(0.2)
        caller.cancel()
        with pytest.raises(asyncio.CancelledError):
            await caller
        assert work.cleaned and _others() == set()

    asyncio.run(main())
