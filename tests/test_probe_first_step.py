"""core/probes/firststep.py and its protocol modules: the messengers' first step against a
local server that answers properly, or with garbage, a huge length prefix, a slow drip,
silence, a close or a reset: each a clear outcome, within the deadline and a bounded read
(issue 22)."""

from __future__ import annotations

import asyncio
import ssl
from collections.abc import Awaitable, Callable

import pytest

from core.budget import TimeBudget
from core.codes import Outcome
from core.models import StepKind
from core.probes import firststep, mtproto, noise_hello, wsupgrade
from core.probes.dial import Dial, Target
from core.probes.firststep import Hello
from core.probes.noise_hello import NoiseHello
from lab import front, messengers

Handler = Callable[[asyncio.StreamReader, asyncio.StreamWriter], Awaitable[None]]
DEADLINE = 0.6


async def _run(handler: Handler, hello: Hello) -> tuple[firststep.Step, float]:
    async def serve(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        try:
            await handler(reader, writer)
        except (ConnectionError, asyncio.CancelledError):
            pass
        finally:
            writer.close()

    server = await asyncio.start_server(serve, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    dial = Dial(ssl.create_default_context(), TimeBudget(connect=2.0, tls=DEADLINE))
    loop = asyncio.get_running_loop()
    started = loop.time()
    try:
        step = await firststep.exchange(dial, Target("127.0.0.1", port), hello)
    finally:
        server.close()
    return step, loop.time() - started


async def _first_write(reader: asyncio.StreamReader) -> bytes:
    return await reader.read(4096)


def _replying(reply: bytes, drip: float = 0.0) -> Handler:
    async def handler(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        await _first_write(reader)
        for i in range(0, len(reply), 1 if drip else len(reply) or 1):
            writer.write(reply[i : i + (1 if drip else len(reply))])
            await writer.drain()
            if drip:
                await asyncio.sleep(drip)
        await reader.read(1)

    return handler


async def _silent(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
    await _first_write(reader)
    await asyncio.sleep(DEADLINE * 3)


async def _closing(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
    await _first_write(reader)


async def _resetting(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
    await _first_write(reader)
    front.reset(writer)


@pytest.mark.parametrize("hello", [mtproto.MtprotoHello, noise_hello.NoiseHello])
def test_the_lab_server_answers_the_first_step(hello: Callable[[], Hello]) -> None:
    step, _ = asyncio.run(_run(messengers.serve, hello()))
    assert step.kind == StepKind.FIRST_STEP
    assert step.ok and step.outcome == Outcome.ANSWERED, step
    assert 0 < int(step.detail["sent"]) < 200 and 0 < int(step.detail["received"]) < 400


@pytest.mark.parametrize(
    ("handler", "outcome"),
    [
        (_silent, Outcome.NO_ANSWER),
        (_closing, Outcome.CLOSED),
        (_resetting, Outcome.RESET),
        (_replying(b"garbage, not the service\r\n" * 4), Outcome.PROTOCOL_ERROR),
        # a length prefix of 16 MB: refused at once, never waited for or buffered
        (_replying(b"\xff\xff\xff" + b"x" * 64), Outcome.PROTOCOL_ERROR),
        # the first bytes of an answer, then silence: the data began and died
        (_replying(b"\x00\x01", drip=DEADLINE * 2), Outcome.STALLED),
    ],
)
def test_hostile_answers_are_clear_outcomes(handler: Handler, outcome: Outcome) -> None:
    step, _ = asyncio.run(_run(handler, noise_hello.NoiseHello()))
    assert step.outcome == outcome and not step.ok, step
    assert int(step.detail["received"]) <= firststep.MAX_REPLY


@pytest.mark.timing  # compares wall time: run alone, last (conftest.py)
def test_a_slow_drip_is_cut_at_the_deadline() -> None:
    """A server that sends one byte now and then never holds the probe past its deadline."""
    step, took = asyncio.run(_run(_replying(b"\x00\x00\x10" + b"x" * 16, drip=0.2), NoiseHello()))
    assert step.outcome == Outcome.STALLED and int(step.detail["received"]) > 0
    assert took < DEADLINE + 1.0


def test_a_wrong_nonce_or_a_transport_error_is_not_telegrams_answer() -> None:
    nonce = bytes(range(16))
    other = mtproto.read_res_pq(b"\x01" + (-404).to_bytes(4, "little", signed=True), nonce)
    assert other is not None and not other.ours and "-404" in other.note
    packet = bytes(20) + (mtproto.RES_PQ).to_bytes(4, "little") + bytes(16) + bytes(16)
    wrong = mtproto.read_res_pq(bytes([len(packet) // 4]) + packet, nonce)
    assert wrong is not None and not wrong.ours and "nonce" in wrong.note
    huge = mtproto.read_res_pq(b"\x7f\xff\xff\xff", nonce)
    assert huge is not None and not huge.ours


def test_each_first_step_is_fresh_and_names_nobody() -> None:
    a, b = mtproto.MtprotoHello(), mtproto.MtprotoHello()
    assert a.request != b.request and a.nonce != b.nonce
    assert len(a.request) == 64 + 1 + 40  # header, abridged length, the unencrypted message
    assert mtproto.good_start(a.request[:56] + bytes(8))
    c, d = noise_hello.NoiseHello(), noise_hello.NoiseHello()
    assert c.request[:4] == b"WA\x06\x03" and c.request != d.request
    assert len(c.request) == 4 + 3 + 36  # header, frame length, clientHello{ephemeral}


def test_the_websocket_answer_must_carry_the_right_accept() -> None:
    hello = wsupgrade.WebsocketUpgrade("chat.example")
    assert b"GET /v1/websocket/ HTTP/1.1\r\nHost: chat.example\r\n" in hello.request
    good = (
        "HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
        f"Sec-WebSocket-Accept: {wsupgrade.accept_for(hello.key)}\r\n\r\n"
    ).encode()
    answer = hello.feed(good)
    assert answer is not None and answer.ours
    # RFC 6455's own example key and accept value
    assert wsupgrade.accept_for("dGhlIHNhbXBsZSBub25jZQ==") == "s3pPLMBiTxaQ9kYGzzhZRbK+xOo="
    wrong = wsupgrade.read_upgrade(good.replace(b"101 Switching", b"200 OK"), hello.key)
    assert wrong is not None and not wrong.ours
    forged = wsupgrade.read_upgrade(good, "another key")
    assert forged is not None and not forged.ours
    endless = wsupgrade.read_upgrade(b"HTTP/1.1 101 " + b"x" * 9000, hello.key)
    assert endless is not None and not endless.ours


@pytest.mark.timing  # compares wall time: run alone, last (conftest.py)
def test_a_cancelled_first_step_closes_its_connection() -> None:
    """Cancel (the run stopped): the connection is closed at once, not left to the deadline."""

    async def scenario() -> bool:
        closed = asyncio.Event()

        async def handler(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
            try:
                await _first_write(reader)
                if not await reader.read(1):  # EOF: the client closed
                    closed.set()
            finally:
                writer.close()

        server = await asyncio.start_server(handler, "127.0.0.1", 0)
        port = server.sockets[0].getsockname()[1]
        dial = Dial(ssl.create_default_context(), TimeBudget(connect=2.0, tls=30.0))
        task = asyncio.create_task(
            firststep.exchange(dial, Target("127.0.0.1", port), mtproto.MtprotoHello())
        )
        await asyncio.sleep(0.2)
        task.cancel()
        with pytest.raises(asyncio.CancelledError):
            await task
        try:
            async with asyncio.timeout(2.0):
                await closed.wait()
        except TimeoutError:
            return False
        finally:
            server.close()
            await server.wait_closed()
        return True

    assert asyncio.run(scenario())
