"""One deadline that always fires: setup failures, dead work and clean-ups that hang cannot keep
a run from ending (issue 13; docs/reliability.md)."""

from __future__ import annotations

import asyncio
import dataclasses
import time
from pathlib import Path
from typing import Any

import pytest

from core import concurrency
from core.catalog import load_catalog
from core.concurrency import BoundedRun, StreamBroken, stream
from core.config import ProbeConfig, apply_settings
from core.engine.diagnostic import Diagnostic


@pytest.mark.timing  # compares wall time: run alone, last (conftest.py)
def test_a_bad_trust_store_that_slips_past_validation_ends_the_run(
    shared_lab: Any, tmp_path: Path
) -> None:
    """The CA bundle used to be loaded outside the deadline: a bad one hung `svyaz diagnose`."""
    lab = shared_lab("clean")
    catalog = load_catalog(replace_with=lab.info.catalog)
    config = apply_settings(ProbeConfig(), catalog.settings)
    bad = tmp_path / "ca.pem"
    bad.write_text("not a certificate")
    config = dataclasses.replace(config, ca_bundle=str(bad))  # as if validation had a hole

    async def run() -> Any:
        return await asyncio.wait_for(Diagnostic(catalog, config, {}).run(), 30)

    started = time.monotonic()
    result = asyncio.run(run())
    assert not result.completed
    assert time.monotonic() - started < 10


def test_a_stream_whose_work_dies_raises_instead_of_waiting_forever() -> None:
    class Last:
        pass

    async def broken() -> None:
        raise OSError("the trust store could not be read")

    async def consume() -> None:
        queue: asyncio.Queue[object] = asyncio.Queue()
        async for _ in stream(broken(), queue, Last, lambda: None):
            pass

    async def guarded() -> None:
        await asyncio.wait_for(consume(), 5)

    with pytest.raises(StreamBroken) as caught:
        asyncio.run(guarded())
    assert isinstance(caught.value.__cause__, OSError)


@pytest.mark.timing  # compares wall time: run alone, last (conftest.py)
def test_a_clean_up_that_hangs_is_abandoned(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(concurrency, "CLEANUP_GRACE_S", 0.3)

    async def main() -> tuple[bool, float]:
        released = asyncio.Event()

        async def stubborn() -> None:
            while not released.is_set():  # ignores cancellation, as a hung clean-up would
                try:
                    await asyncio.sleep(10)
                except asyncio.CancelledError:
                    continue

        bounded = BoundedRun("test")
        started = time.monotonic()
        completed = await bounded.run(stubborn(), 0.2)
        took = time.monotonic() - started
        released.set()  # let the loop close
        return completed, took

    completed, took = asyncio.run(main())
    assert not completed
    assert took < 2.0  # deadline 0.2 s + grace 0.3 s, not forever
