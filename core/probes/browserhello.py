"""A browser's (or an app's) ClientHello, and a handshake that stops at the server's first answer.

Since 2026 providers score each ClientHello by address range, server name and browser
fingerprint, and cut new TLS connections to hosting once a few were opened (docs/sources.md,
"connection policing"). Python's ssl cannot speak with Chrome's voice, and the maintained
impersonation libraries (curl_cffi, tls-client) ship native builds that do not fit the bundle
and cannot stop after the first reply; so the hellos are templates shipped as data
(resources/hellos/, built by core/hellos.py): Chrome's of 2024 for the policing test, and
Chrome 143's, Firefox's, Telegram Desktop's and our own OpenSSL one beside it.
tests/test_hellos.py reads each back and checks its published JA3/JA4; the lab's OpenSSL server
answers them with a ServerHello.

We never finish the handshake: a TLS record back (ServerHello or alert) means the connection
was let through, silence means it was cut.
"""

from __future__ import annotations

import asyncio
import contextlib
import random
import secrets
import string

from core import hellos
from core.codes import Outcome
from core.models import Step, StepKind
from core.probes import errors
from core.probes.dial import Dial, Target
from core.probes.tcp import ProxyError, open_stream, proxy_detail, unreachable_proxy
from core.probes.tlsstream import TLS_RECORD_TYPES


def random_name() -> str:
    """An unlisted server name: random letters under a common top-level domain."""
    label = "".join(secrets.choice(string.ascii_lowercase) for _ in range(random.randint(8, 12)))
    return f"{label}.{secrets.choice(('com', 'net', 'org'))}"


# The policing test's shape: Chrome's hello of 2024 (512 bytes; Chrome 143's is 1.8 KB).
POLICING_SHAPE = "chrome_2024"


def client_hello(server_name: str | None, shape: str = POLICING_SHAPE) -> bytes:
    """A whole TLS record holding `shape`'s ClientHello for `server_name` (resources/hellos/)."""
    return hellos.build(hellos.template(shape), server_name)


async def first_answer(
    dial: Dial, target: Target, purpose: str, shape: str = POLICING_SHAPE
) -> Step:
    """Send one ClientHello of `shape` and wait for the first TLS record back.

    Outcomes: answered (a ServerHello or an alert: the connection was let through),
    stall_no_server_hello (no reply within the TLS deadline), reset, closed, non_tls_reply, or
    connect_<tcp outcome>."""
    timer = dial.clock.step()
    detail: dict[str, object] = {"server_name": target.server_name or "", "purpose": purpose}
    if shape != POLICING_SHAPE:  # the policing test's hellos read as before
        detail["shape"] = shape
    chain: tuple[str, ...] = ()
    writer = None
    try:
        reader, writer = await open_stream(dial, target)
        writer.write(client_hello(target.server_name, shape))
        await writer.drain()
        async with asyncio.timeout(dial.budget.tls):
            first = await reader.read(5)
        if not first:
            outcome = Outcome.CLOSED
        elif first[0] in TLS_RECORD_TYPES:
            outcome = Outcome.ANSWERED
            detail["record_type"] = first[0]
        else:
            outcome = Outcome.NON_TLS_REPLY
    except TimeoutError as exc:
        outcome = Outcome.STALL_NO_SERVER_HELLO if writer is not None else Outcome.CONNECT_TIMEOUT
        chain = errors.describe(exc)
    except (OSError, asyncio.IncompleteReadError, ProxyError) as exc:
        chain = errors.describe(exc)
        if writer is None:
            outcome = Outcome.connect_failure(errors.connect_outcome(exc))
            if unreachable_proxy(exc):
                outcome = Outcome.CONNECT_PROXY_ERROR
                detail.update(proxy_detail(exc))
        else:
            outcome = Outcome.RESET if errors.is_reset(exc) else Outcome.FAILED
    finally:
        if writer is not None:
            writer.close()
            with contextlib.suppress(Exception):
                await writer.wait_closed()
    return Step(
        StepKind.TLS,
        target.label,
        outcome == Outcome.ANSWERED,
        outcome,
        timer.duration_ms(),
        (target.address,),
        detail,
        chain,
        timer.started_ms,
    )
