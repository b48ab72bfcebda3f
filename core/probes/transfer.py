"""The "16–20 KB cut": does a flow to this host die after a few kilobytes, with no reset?

Pull: one GET of the first 40 KB of a large resource (a Range request: the server sends no
more, and bytes in flight cost the user too). Push: ten requests on one keep-alive
connection, each padded by ~4 KB of headers (the dpi-detector method), each of which must be
answered (asked for one byte of the page, so the answers stay small). Both go past the cut's
14-34 KB (docs/sources.md) at about 40 KB, within the run's 3 MB data budget (issue 20). A flow
that goes silent before the target is `stalled`, reported with the kilobytes on the wire at
which it stopped. HEAD requests never reach the cut: real bytes.
"""

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

PULL_TARGET = 40 * 1024
PUSH_REQUESTS = 10
PUSH_PADDING = 4000
ONE_BYTE = ("Range", "bytes=0-0")  # a push's answer: the server says "received", no more


async def pull(dial: Dial, target: Target, path: str, idle: float) -> Step:
    """GET `path` on one TLS connection and read at least PULL_TARGET bytes; a silence of
    `idle` seconds before that is the cut."""
    timer = dial.clock.step()
    detail: dict[str, object] = {"direction": "down", "server_name": target.server_name or ""}
    stream = None
    outcome = Outcome.COMPLETE
    chain: tuple[str, ...] = ()
    try:
        stream = await open_tls(dial, target)
        client = Http1(stream, target.host)
        await client.send_get(path, [("Range", f"bytes=0-{PULL_TARGET - 1}")])
        body = await client.read_response(idle, PULL_TARGET, deadline=_deadline(dial, idle))
        detail.update(status=body.status, body_bytes=body.body_bytes)
        if body.timed_out:
            outcome = Outcome.SLOW  # it dripped: neither a cut nor a measure
        elif body.body_bytes < PULL_TARGET and not body.ended:
            outcome = Outcome.CLOSED
        elif body.body_bytes < PULL_TARGET:
            outcome = Outcome.TOO_SMALL  # the resource ended before 64 KB: no verdict
    except Stalled:
        outcome = Outcome.STALLED
    except (OSError, TimeoutError, ssl.SSLError, h11.ProtocolError) as exc:
        chain = errors.describe(exc)
        outcome = Outcome.RESET if errors.is_reset(exc) else Outcome.FAILED
        if stream is None:
            outcome = Outcome.NO_CONNECTION
    finally:
        if stream is not None:
            detail["wire_received"] = stream.bytes_received
            detail["wire_sent"] = stream.bytes_sent
            stream.close()
    return _step(target, outcome, timer, detail, chain)


async def push(dial: Dial, target: Target, path: str, idle: float) -> Step:
    """PUSH_REQUESTS padded GETs of `path` on one keep-alive TLS connection, each answered
    within `idle` seconds, or the upload was cut."""
    timer = dial.clock.step()
    detail: dict[str, object] = {"direction": "up", "server_name": target.server_name or ""}
    stream = None
    outcome = Outcome.COMPLETE
    chain: tuple[str, ...] = ()
    acknowledged = 0
    try:
        stream = await open_tls(dial, target)
        client = Http1(stream, target.host)
        deadline = _deadline(dial, idle)
        for i in range(PUSH_REQUESTS):
            await client.send_get(path, [("X-Padding", "a" * PUSH_PADDING), ONE_BYTE])
            body = await client.read_response(idle, 1024 * 1024, deadline=deadline)
            if body.timed_out:
                outcome = Outcome.SLOW
                break
            if not body.ended:
                outcome = Outcome.CLOSED
                break
            acknowledged = stream.bytes_sent
            detail["answered"] = i + 1
    except Stalled:
        outcome = Outcome.STALLED
    except (OSError, TimeoutError, ssl.SSLError, h11.ProtocolError) as exc:
        chain = errors.describe(exc)
        outcome = Outcome.RESET if errors.is_reset(exc) else Outcome.FAILED
        if stream is None:
            outcome = Outcome.NO_CONNECTION
    finally:
        if stream is not None:
            detail["wire_sent"] = stream.bytes_sent
            detail["wire_acknowledged"] = acknowledged
            stream.close()
    return _step(target, outcome, timer, detail, chain)


def _step(
    target: Target,
    outcome: Outcome,
    timer: StepTimer,
    detail: dict[str, object],
    chain: tuple[str, ...],
) -> Step:
    ok = outcome in (Outcome.COMPLETE, Outcome.TOO_SMALL)
    return Step(
        StepKind.TRANSFER,
        target.label,
        ok,
        outcome,
        timer.duration_ms(),
        (target.address,),
        detail,
        chain,
        timer.started_ms,
    )


def _deadline(dial: Dial, idle: float) -> float:
    """When a pull or push step ends whatever the server does (time.monotonic): the test's
    `transfer` time plus one silence, so a cut that begins late is still seen whole, and a
    server dripping a byte inside each silence cannot hold the run (issue 25)."""
    return time.monotonic() + dial.budget.transfer + idle
