"""The two-way transfer: 128 KB down, then 128 KB up, on one connection, with rates.

A connect or a handshake proves little since 2026: Telegram's subnets drop random client-to-
server packets, so connections open while the app hangs (docs/sources.md, "2025–2026"). The
download reads a 128 KB slice (a Range request; a server that ignores it is read only that far);
the upload is eight 16 KB POSTs on the same keep-alive connection, each of which the server
must answer, so the bytes counted are bytes the server took — not bytes parked in a send buffer.
Each direction has its own deadline: a crawl is measured, not waited out. 128 KB each way
(256 KB before issue 20) keeps a run within its 3 MB data budget; a direction must still take
its whole 2 s deadline to fall under the 500 kbit/s that reads as throttled.
"""

from __future__ import annotations

import os
import ssl
import time
from dataclasses import dataclass

import h11

from core.codes import Outcome
from core.models import Step, StepKind
from core.probes import errors
from core.probes.dial import Dial, Target
from core.probes.h1 import Http1, Stalled, Stream, open_plain, open_tls

DOWN_BYTES = 128 * 1024
UP_CHUNK = 16 * 1024
UP_CHUNKS = 8  # 128 KB in all
UP_ANSWER_LIMIT = 64 * 1024  # the most of one upload's answer read: it only says "received"


@dataclass(frozen=True)
class Plan:
    """What to move: the slice to download and where to upload (either may be None), over TLS
    or plain HTTP, with each direction's deadline and the silence that counts as a freeze."""

    download: str | None
    upload: str | None
    tls: bool = True
    seconds: float = 2.0
    idle: float = 1.5


async def exchange(dial: Dial, target: Target, plan: Plan) -> Step:
    """Download the slice, then upload 128 KB, on one connection (a second one only when the
    server sent more than the slice)."""
    tls, download, upload = plan.tls, plan.download, plan.upload
    seconds, idle = plan.seconds, plan.idle
    timer = dial.clock.step()
    detail: dict[str, object] = {"server_name": target.server_name or "", "tls": tls}
    chain: tuple[str, ...] = ()
    streams: list[Stream] = []
    outcome = Outcome.COMPLETE
    try:
        stream = await (open_tls(dial, target) if tls else open_plain(dial, target))
        streams.append(stream)
        client = Http1(stream, target.host)
        if download:
            ended = await _down(client, download, seconds, idle, detail)
            if detail["down_outcome"] == Outcome.STALLED:
                upload = None  # the connection is dead; a second one would be a second test
            elif upload and not ended:
                stream = await (open_tls(dial, target) if tls else open_plain(dial, target))
                streams.append(stream)
                client = Http1(stream, target.host)
                detail["second_connection"] = True
        if upload:
            await _up(client, upload, seconds, idle, detail)
    except (OSError, TimeoutError, ssl.SSLError, h11.ProtocolError) as exc:
        chain = errors.describe(exc)
        outcome = (
            Outcome.NO_CONNECTION
            if not streams
            else (Outcome.RESET if errors.is_reset(exc) else Outcome.FAILED)
        )
    finally:
        detail["wire_sent"] = sum(s.bytes_sent for s in streams)
        detail["wire_received"] = sum(s.bytes_received for s in streams)
        for s in streams:
            s.close()
    if outcome == Outcome.COMPLETE:
        outcome = _overall(detail)
    return Step(
        StepKind.TRANSFER,
        target.label,
        outcome in (Outcome.COMPLETE, Outcome.TOO_SMALL),
        outcome,
        timer.duration_ms(),
        (target.address,),
        {"purpose": "two_way", **detail},
        chain,
        timer.started_ms,
    )


async def _down(
    client: Http1, path: str, seconds: float, idle: float, detail: dict[str, object]
) -> bool:
    """GET the slice; True when the response ended (the connection can carry the upload)."""
    started = time.monotonic()
    before = client.stream.bytes_received
    await client.send_get(path, [("Range", f"bytes=0-{DOWN_BYTES - 1}")])
    received, ended = 0, False
    try:
        # One byte past the slice: a server that honoured the Range ends right there.
        body = await client.read_response(idle, DOWN_BYTES + 1, deadline=started + seconds)
        received, ended = body.body_bytes, body.ended
        if received >= DOWN_BYTES or ended:
            state = Outcome.COMPLETE if received >= DOWN_BYTES else Outcome.TOO_SMALL
        else:
            state = Outcome.SLOW  # the deadline came first: it crawls
    except Stalled:
        state = Outcome.STALLED
        received = client.stream.bytes_received - before  # on the wire, as the cut test counts
    _direction(detail, "down", state, received, time.monotonic() - started)
    return ended


async def _up(
    client: Http1, path: str, seconds: float, idle: float, detail: dict[str, object]
) -> None:
    started = time.monotonic()
    deadline = started + seconds
    taken, state = 0, Outcome.COMPLETE
    payload = os.urandom(UP_CHUNK)  # incompressible, like a photo
    try:
        for _ in range(UP_CHUNKS):
            if time.monotonic() >= deadline:
                state = Outcome.SLOW
                break
            await client.send_post(path, payload, "application/octet-stream")
            # The answer is held to the direction's deadline and to UP_ANSWER_LIMIT bytes: a
            # server dripping one byte of a huge body inside the idle window must not hold
            # the run (issue 25: 1 GB announced, a byte every 0.5 s).
            body = await client.read_response(idle, UP_ANSWER_LIMIT, deadline=deadline)
            if body.timed_out:
                state = Outcome.SLOW  # the deadline came before the server took the bytes
                break
            if not body.ended:
                state = Outcome.CLOSED
                break
            taken += UP_CHUNK
    except Stalled:
        state = Outcome.STALLED
    _direction(detail, "up", state, taken, time.monotonic() - started)


def _direction(detail: dict[str, object], way: str, state: str, moved: int, elapsed: float) -> None:
    detail[f"{way}_outcome"] = state
    detail[f"{way}_kb"] = round(moved / 1024, 1)
    detail[f"{way}_seconds"] = round(elapsed, 3)
    if moved and elapsed > 0 and state != Outcome.STALLED:
        detail[f"{way}_kbps"] = round(moved * 8 / 1000 / elapsed, 1)


def _overall(detail: dict[str, object]) -> Outcome:
    states = {detail.get("down_outcome"), detail.get("up_outcome")}
    for state in (Outcome.STALLED, Outcome.CLOSED, Outcome.SLOW):
        if state in states:
            return state
    return Outcome.TOO_SMALL if Outcome.TOO_SMALL in states else Outcome.COMPLETE
