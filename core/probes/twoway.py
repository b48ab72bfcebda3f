"""The two-way transfer: 256 KB down, then 256 KB up, on one connection, with rates.

A connect or a handshake proves little since 2026: Telegram's subnets drop random client-to-
server packets, so connections open while the app hangs (docs/sources.md, "2025–2026"). The
download reads a 256 KB slice (a Range request; a server that ignores it is read only that far);
the upload is sixteen 16 KB POSTs on the same keep-alive connection, each of which the server
must answer, so the bytes counted are bytes the server took — not bytes parked in a send buffer.
Each direction has its own deadline: a crawl is measured, not waited out.
"""

from __future__ import annotations

import os
import ssl
import time
from collections.abc import Mapping
from dataclasses import dataclass

import h11

from core.models import Step, StepKind
from core.probes import errors
from core.probes.dial import Dial, Target
from core.probes.h1 import Http1, Stalled, Stream, open_plain, open_tls

DOWN_BYTES = 256 * 1024
UP_CHUNK = 16 * 1024
UP_CHUNKS = 16  # 256 KB in all
# Below this a direction "crawls" (a 256 KB voice note or photo takes over 4 s); judged only
# when the other direction of the same connection is not as slow (then the line is slow).
CRAWL_KBPS = 500.0


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
    """Download the slice, then upload 256 KB, on one connection (a second one only when the
    server sent more than the slice)."""
    tls, download, upload = plan.tls, plan.download, plan.upload
    seconds, idle = plan.seconds, plan.idle
    timer = dial.clock.step()
    detail: dict[str, object] = {"server_name": target.server_name or "", "tls": tls}
    chain: tuple[str, ...] = ()
    streams: list[Stream] = []
    outcome = "complete"
    try:
        stream = await (open_tls(dial, target) if tls else open_plain(dial, target))
        streams.append(stream)
        client = Http1(stream, target.host)
        if download:
            ended = await _down(client, download, seconds, idle, detail)
            if detail["down_outcome"] == "stalled":
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
            "no_connection" if not streams else ("reset" if errors.is_reset(exc) else "failed")
        )
    finally:
        detail["wire_sent"] = sum(s.bytes_sent for s in streams)
        detail["wire_received"] = sum(s.bytes_received for s in streams)
        for s in streams:
            s.close()
    if outcome == "complete":
        outcome = _overall(detail)
    return Step(
        StepKind.TRANSFER,
        target.label,
        outcome in ("complete", "too_small"),
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
            state = "complete" if received >= DOWN_BYTES else "too_small"
        else:
            state = "slow"  # the deadline came first: it crawls
    except Stalled:
        state = "stalled"
        received = client.stream.bytes_received - before  # on the wire, as the cut test counts
    _direction(detail, "down", state, received, time.monotonic() - started)
    return ended


async def _up(
    client: Http1, path: str, seconds: float, idle: float, detail: dict[str, object]
) -> None:
    started = time.monotonic()
    deadline = started + seconds
    taken, state = 0, "complete"
    payload = os.urandom(UP_CHUNK)  # incompressible, like a photo
    try:
        for _ in range(UP_CHUNKS):
            if time.monotonic() >= deadline:
                state = "slow"
                break
            await client.send_post(path, payload, "application/octet-stream")
            body = await client.read_response(idle, 64 * 1024)
            if not body.ended:
                state = "closed"
                break
            taken += UP_CHUNK
    except Stalled:
        state = "stalled"
    _direction(detail, "up", state, taken, time.monotonic() - started)


def _direction(detail: dict[str, object], way: str, state: str, moved: int, elapsed: float) -> None:
    detail[f"{way}_outcome"] = state
    detail[f"{way}_kb"] = round(moved / 1024, 1)
    detail[f"{way}_seconds"] = round(elapsed, 3)
    if moved and elapsed > 0 and state != "stalled":
        detail[f"{way}_kbps"] = round(moved * 8 / 1000 / elapsed, 1)


def _overall(detail: dict[str, object]) -> str:
    states = {detail.get("down_outcome"), detail.get("up_outcome")}
    for state in ("stalled", "closed", "slow"):
        if state in states:
            return state
    return "too_small" if "too_small" in states else "complete"


def judge(step: Step) -> tuple[str, str, float | None]:
    """(verdict word, direction, figure): ("stalled", "up", KB moved before the freeze),
    ("throttled", "up", kbit/s), or ("ok", "", None). A slow direction is throttled only when
    the other direction was not as slow too (that is a slow line, not a brake)."""
    d = step.detail
    for way in ("up", "down"):
        if d.get(f"{way}_outcome") == "stalled":
            kb = d.get(f"{way}_kb")
            return "stalled", way, float(kb) if isinstance(kb, int | float) else None
    rates = {w: _rate(d, w) for w in ("down", "up")}
    for way, other in (("up", "down"), ("down", "up")):
        rate = rates[way]
        if rate is None or rate >= CRAWL_KBPS:
            continue
        if d.get(f"{way}_outcome") == "too_small":
            continue
        other_rate = rates[other]
        if other_rate is not None and other_rate < CRAWL_KBPS:
            return "ok", "", None  # both ways slow: the line, not a filter
        return "throttled", way, rate
    return "ok", "", None


def _rate(detail: Mapping[str, object], way: str) -> float | None:
    value = detail.get(f"{way}_kbps")
    if isinstance(value, int | float):
        return float(value)
    if detail.get(f"{way}_outcome") == "slow":  # nothing at all arrived before the deadline
        return 0.0
    return None
