"""One look at the line through a control (a site that is never blocked): how long the
connection took to set up, how long the first byte of an answer took (a round trip and the
server's time), how fast a slice of the page came and the longest silence inside it. Facts
only; core/rules/line.py says whether the line itself is slow or unstable."""

from __future__ import annotations

import itertools
import ssl
import time

import h11

from core.codes import Outcome
from core.models import Step
from core.probes import errors
from core.probes.dial import Dial, Target
from core.probes.h1 import Http1, Stalled, open_tls
from core.probes.throughput import pull_step

# A slice, not a download: enough reads for a rate on a slow line, a few round trips on a fast
# one (the run's data budget counts every byte).
SLICE_BYTES = 32 * 1024


async def sample(dial: Dial, target: Target, path: str, seconds: float, idle: float) -> Step:
    """GET `path` and read at most SLICE_BYTES of it, for at most `seconds`; a silence of
    `idle` seconds ends it (`stalled`)."""
    timer = dial.clock.step()
    detail: dict[str, object] = {"server_name": target.server_name or "", "purpose": "line"}
    stream = None
    outcome = Outcome.MEASURED
    chain: tuple[str, ...] = ()
    started = asked = time.monotonic()
    try:
        stream = await open_tls(dial, target)
        detail["setup_ms"] = _ms(time.monotonic() - started)
        client = Http1(stream, target.host)
        stream.log_reads = True
        asked = time.monotonic()
        await client.send_get(path)
        body = await client.read_response(idle, SLICE_BYTES, deadline=asked + seconds)
        detail.update(body_bytes=body.body_bytes, ended=body.ended, timed_out=body.timed_out)
        detail.update(_first_byte(stream.read_log, asked))
        rate = _rate_kbps(stream.read_log)
        if rate is not None:
            detail["rate_kbps"] = rate
        detail.update(_gaps(stream.read_log))
    except Stalled:
        outcome = Outcome.STALLED
        if stream is not None:
            detail.update(_first_byte(stream.read_log, asked), **_gaps(stream.read_log))
            detail["stalled_after_ms"] = _ms(idle)
    except (OSError, TimeoutError, ssl.SSLError, h11.ProtocolError) as exc:
        chain = errors.describe(exc)
        outcome = Outcome.FAILED
    finally:
        if stream is not None:
            detail["wire_received"] = stream.bytes_received
            detail["wire_sent"] = stream.bytes_sent
            stream.close()
    return pull_step(target, outcome, timer, detail, chain)


def _ms(seconds: float) -> float:
    return round(seconds * 1000, 1)


def _first_byte(log: list[tuple[float, int]], asked: float) -> dict[str, object]:
    """How long after the request its answer's first byte came (none came: nothing)."""
    return {"first_byte_ms": _ms(log[0][0] - asked)} if log else {}


def _rate_kbps(log: list[tuple[float, int]]) -> float | None:
    """kbit/s from the first read to the last (needs a few reads and 8 KB: fewer say nothing)."""
    if len(log) < 3 or log[-1][0] <= log[0][0] or log[-1][1] - log[0][1] < 8 * 1024:
        return None
    (t0, b0), (t1, b1) = log[0], log[-1]
    return round((b1 - b0) * 8 / 1000 / (t1 - t0), 1)


MAX_GAPS = 20  # the longest silences kept (a slice has a few dozen reads)


def _gaps(log: list[tuple[float, int]]) -> dict[str, object]:
    """The silences between reads of the answer: the median (the line's pace) and the longest
    ones (a lost segment waits out a retransmission timeout), in ms."""
    gaps = sorted(_ms(b[0] - a[0]) for a, b in itertools.pairwise(log))
    if not gaps:
        return {}
    return {"median_gap_ms": gaps[len(gaps) // 2], "longest_gaps_ms": gaps[::-1][:MAX_GAPS]}
