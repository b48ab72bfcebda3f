"""The hello-shape pair: the endpoint's handshake again, to the same address with the same
name, in other clients' ClientHello shapes (resources/hellos/), one connection each, stopping at
the server's first record. A censor that classifies clients by fingerprint answers some shapes
and cuts others; core/rules/fingerprints.py says what that means."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable

from core import hellos
from core.concurrency import gather_all
from core.engine.context import RunContext
from core.models import Endpoint, Step
from core.probes import browserhello
from core.probes.dial import Target
from core.rules import fingerprints
from core.rules.facts import Finding

Record = Callable[[Step], Step]

# The shapes sent; Svyaz's own (OpenSSL) handshake already passed before this test runs.
PAIR_SHAPES = ("chrome", "firefox", "telegram_desktop")
# After our own handshake was cut: do the browsers pass? (Two: the cut handshake and these two
# stand for the real-name repeats, within the per-address budget.)
BROWSER_SHAPES = ("chrome", "firefox")


async def check_hello_shapes(
    ctx: RunContext,
    ep: Endpoint,
    address: str,
    record: Record,
    own: Step | None = None,
    sent: tuple[str, ...] = PAIR_SHAPES,
) -> Finding:
    """The pair after the endpoint's ordinary handshake passed, or, with `own`, after it was
    cut (Svyaz's own OpenSSL hello, judged beside the others)."""
    # An honest server answers a ClientHello within a round trip: the paired deadline.
    dial = ctx.dial.with_budget(tls=min(ctx.dial.budget.tls, ctx.dial.budget.paired_tls))
    target = Target.of(ep, address)
    steps = await gather_all(
        ctx.guarded(browserhello.first_answer(dial, target, "hello_shape", shape)) for shape in sent
    )
    named = [
        record(
            dataclasses.replace(
                step,
                detail={**step.detail, "shape": shape, "client": hellos.template(shape).client},
            )
        )
        for shape, step in zip(sent, steps, strict=True)
    ]
    if own is not None:
        detail = {**own.detail, "shape": "openssl", "client": hellos.template("openssl").client}
        named.insert(0, dataclasses.replace(own, detail=detail))
    return fingerprints.hello_shapes(named, address)
