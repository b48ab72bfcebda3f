"""A run cancelled during the policing test's staggered burst leaves no probe behind: a
handshake whose start was still waiting its turn is never made (it used to be made up front
and left unawaited: "coroutine 'first_answer' was never awaited" in the cancel tests)."""

from __future__ import annotations

import asyncio
import gc
import warnings
from typing import Any

import pytest

from core.config import ProbeConfig
from core.engine import transfers as engine_transfers
from core.engine.context import RunContext
from core.models import Catalog, Endpoint, Protocol
from core.probes import browserhello


def test_a_cancel_during_the_burst_leaves_no_handshake_unawaited(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    made: list[Any] = []

    def hangs(*_: object, **__: object) -> Any:
        async def handshake() -> Any:
            await asyncio.sleep(3600)

        made.append(handshake())
        return made[-1]

    monkeypatch.setattr(browserhello, "first_answer", hangs)

    async def main() -> None:
        ctx = RunContext(ProbeConfig(), Catalog(services=()), lambda *_: None)
        ep = Endpoint("hosting.test", 443, Protocol.TLS)
        policing = asyncio.ensure_future(
            engine_transfers.check_policing(ctx, ep, "192.0.2.1", lambda step: step)
        )
        await asyncio.sleep(engine_transfers.POLICE_GAP * 1.5)  # the burst half started
        policing.cancel()
        with pytest.raises(asyncio.CancelledError):
            await policing

    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        asyncio.run(main())
        assert made  # the burst had begun
        made.clear()
        gc.collect()
    assert not [w for w in caught if "never awaited" in str(w.message)]
