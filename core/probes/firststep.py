"""A messenger's first protocol step on a fresh connection: send it, read the first answer,
check it is the service's own, stop and close.

A connection alone proves little since 2026: the censor lets connections open and drops the
service's data after them (docs/sources.md, "Mid-2026"). The protocol modules (`mtproto`,
`noise_hello`, `wsupgrade`) build the bytes and check the answer; this module measures: answered,
no answer, data that began and died (after how many bytes), closed, reset, or a reply that is
not the service's. Time (the TLS deadline: both are a first exchange) and memory (`MAX_REPLY`)
are bounded whatever comes back: garbage, a huge length prefix, a slow drip.
"""

from __future__ import annotations

import asyncio
import ssl
from dataclasses import dataclass
from typing import Protocol

from core.codes import Outcome
from core.models import Step, StepKind
from core.probes import errors
from core.probes.dial import Dial, Target
from core.probes.h1 import Stream, open_plain, open_tls
from core.probes.tcp import ProxyError, proxy_detail

MAX_REPLY = 32 * 1024  # the most read of a first answer; each protocol's own limit is lower


@dataclass(frozen=True)
class Answer:
    """What the protocol module made of the bytes: its own answer or not, and why."""

    ours: bool
    note: str


class Hello(Protocol):
    name: str
    request: bytes

    def feed(self, data: bytes) -> Answer | None: ...


async def exchange(dial: Dial, target: Target, hello: Hello, tls: bool = False) -> Step:
    """One first step; the step's detail says how many bytes went out and came back."""
    timer = dial.clock.step()
    detail: dict[str, object] = {"protocol": hello.name, "purpose": "first_step"}
    stream: Stream | None = None
    sent = received = 0
    answer: Answer | None = None
    outcome = Outcome.NO_ANSWER
    chain: tuple[str, ...] = ()
    try:
        stream = await (open_tls(dial, target) if tls else open_plain(dial, target))
        detail["connect_ms"] = timer.duration_ms()
        await stream.send(hello.request)
        sent = len(hello.request)
        async with asyncio.timeout(dial.budget.tls):
            while answer is None and received < MAX_REPLY:
                data = await stream.recv(min(4096, MAX_REPLY - received))
                if not data:
                    outcome = Outcome.CLOSED
                    break
                received += len(data)
                answer = hello.feed(data)
        if answer is not None:
            outcome = Outcome.ANSWERED if answer.ours else Outcome.PROTOCOL_ERROR
            detail["answer"] = answer.note
        elif received >= MAX_REPLY:
            outcome = Outcome.PROTOCOL_ERROR
            detail["answer"] = f"over {MAX_REPLY} bytes without an answer"
    except TimeoutError as exc:
        chain = errors.describe(exc)
        if stream is None:
            outcome = Outcome.CONNECT_TIMEOUT
        else:  # the data began and died, or never came
            outcome = Outcome.STALLED if received else Outcome.NO_ANSWER
    except (OSError, ssl.SSLError, asyncio.IncompleteReadError, ProxyError) as exc:
        chain = errors.describe(exc)
        detail.update(proxy_detail(exc))
        if stream is None:
            failure = (
                Outcome.PROXY_ERROR if isinstance(exc, ProxyError) else errors.connect_outcome(exc)
            )
            outcome = Outcome.connect_failure(failure)
        else:
            outcome = Outcome.RESET if errors.is_reset(exc) else Outcome.ERROR
    finally:
        if stream is not None:
            stream.close()
            await stream.wait_closed()
    detail.update({"sent": sent, "received": received})
    return Step(
        StepKind.FIRST_STEP,
        target.label,
        outcome == Outcome.ANSWERED,
        outcome,
        timer.duration_ms(),
        (target.address,),
        detail,
        chain,
        started_ms=timer.started_ms,
    )
