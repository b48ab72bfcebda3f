"""Throughput by server name: the same bytes from the same address, once with the service's
own name in the ClientHello and once with a control name. Throttling by name (Twitter 2021,
YouTube's video hosts since August 2024) shows as a rate far below the control's; that
judgment is core/rules/signatures.py's."""

from __future__ import annotations

import ssl
import time

import h11

from core.codes import Outcome
from core.models import Step, StepKind
from core.probes import errors
from core.probes.clock import StepTimer
from core.probes.dial import Dial, Target
from core.probes.h1 import Http1, Stalled, open_tls

# A small slice per pull (a Range request, so the server sends no more than that: bytes already
# in flight when a client hangs up are paid for too). A run's data budget is 3 MB in all
# (issue 20; up to 8 MB per pull before). One slice on a fast line lasts a few round trips, and
# one scheduling hiccup can put a clean name under a quarter of the control's rate (seen in the
# lab with 1 MB): the engine pulls a second pair only when the first looks throttled, and the
# rules call it throttled only when both agree (core/rules/signatures.py `both_pulls`).
SLICE_BYTES = 128 * 1024


async def measure(dial: Dial, target: Target, path: str, seconds: float, purpose: str) -> Step:
    """Download one slice (SLICE_BYTES) for at most `seconds`; report the body rate in kbit/s."""
    timer = dial.clock.step()
    detail: dict[str, object] = {"server_name": target.server_name or "", "purpose": purpose}
    stream = None
    before = 0
    outcome = Outcome.MEASURED
    chain: tuple[str, ...] = ()
    try:
        stream = await open_tls(dial, target)
        client = Http1(stream, target.host)
        stream.log_reads = True
        before = stream.bytes_received
        await client.send_get(path, [("Range", f"bytes=0-{SLICE_BYTES - 1}")])
        body = await client.read_response(
            idle=min(seconds, dial.budget.throughput_idle),
            limit=SLICE_BYTES,
            deadline=time.monotonic() + seconds,
        )
        detail.update(status=body.status, body_bytes=body.body_bytes, ended=body.ended)
        rate = wire_rate_kbps(stream.read_log)
        if rate is not None and body.body_bytes > 0:
            detail["seconds"] = round(stream.read_log[-1][0] - stream.read_log[0][0], 3)
            detail["rate_kbps"] = rate
        else:
            outcome = Outcome.TOO_LITTLE_DATA
    except Stalled:
        outcome = Outcome.STALLED
        if stream is not None:  # what came before the flow froze (response head included)
            detail["body_bytes"] = stream.bytes_received - before
    except (OSError, TimeoutError, ssl.SSLError, h11.ProtocolError) as exc:
        chain = errors.describe(exc)
        outcome = Outcome.FAILED
    finally:
        if stream is not None:
            detail["wire_received"] = stream.bytes_received
            stream.close()
    return pull_step(target, outcome, timer, detail, chain)


def pull_step(
    target: Target,
    outcome: Outcome,
    timer: StepTimer,
    detail: dict[str, object],
    chain: tuple[str, ...],
) -> Step:
    """A pull's step (this throttling pull, the line's slice): measured or why not."""
    return Step(
        StepKind.THROUGHPUT,
        target.label,
        outcome == Outcome.MEASURED,
        outcome,
        timer.duration_ms(),
        (target.address,),
        detail,
        chain,
        timer.started_ms,
    )


def wire_rate_kbps(log: list[tuple[float, int]]) -> float | None:
    """kbit/s between the first and the last read of the response (needs a few reads)."""
    if len(log) < 3 or log[-1][0] <= log[0][0]:
        return None
    (t0, b0), (t1, b1) = log[0], log[-1]
    return round((b1 - b0) * 8 / 1000 / (t1 - t0), 1)
