"""Issue 22 item 5: WebRTC's DTLS handshake beside STUN on the call path. The hello is pion's
shape and parses back as it claims; only a real DTLS answer counts; the rule names
`dtls_blocked` only where STUN passes and DTLS dies; the lab's call server answers a hello
and its relay drops DTLS alone when told."""

from __future__ import annotations

import asyncio
import socket
import struct
from dataclasses import replace

import pytest

from core.codes import Verdict
from core.models import CallFigures, Endpoint, Protocol, Status
from core.probes import dtls, stun
from core.probes.meter import Meter
from core.rules import calls as call_rules
from core.rules.calls import TargetResult
from lab.stun import Impairment, StunRelay, answer

# ---- the hello ----


def _parse_hello(datagram: bytes) -> dict[str, object]:
    """A DTLS ClientHello read back field by field (RFC 6347 4.1 and 4.2.2, RFC 5246 7.4.1.2)."""
    content, version, epoch = struct.unpack("!BHH", datagram[:5])
    (length,) = struct.unpack("!H", datagram[11:13])
    assert length == len(datagram) - 13
    body = datagram[13:]
    kind, hs_length, seq, offset, frag = body[0], body[1:4], body[4:6], body[6:9], body[9:12]
    assert hs_length == frag and offset == b"\0\0\0" and seq == b"\0\0"
    hello = body[12:]
    assert int.from_bytes(hs_length, "big") == len(hello)
    at = 2 + 32
    session = hello[at]
    at += 1 + session
    cookie = hello[at]
    at += 1 + cookie
    (suites_len,) = struct.unpack("!H", hello[at : at + 2])
    suites = struct.unpack(f"!{suites_len // 2}H", hello[at + 2 : at + 2 + suites_len])
    at += 2 + suites_len
    compression = hello[at + 1 : at + 1 + hello[at]]
    at += 1 + hello[at]
    (ext_len,) = struct.unpack("!H", hello[at : at + 2])
    at += 2
    assert at + ext_len == len(hello)
    extensions: dict[int, bytes] = {}
    order = []
    while at < len(hello):
        ext, size = struct.unpack("!HH", hello[at : at + 4])
        extensions[ext] = hello[at + 4 : at + 4 + size]
        order.append(ext)
        at += 4 + size
    return {
        "content": content,
        "record_version": version,
        "epoch": epoch,
        "kind": kind,
        "version": struct.unpack("!H", hello[:2])[0],
        "session": session,
        "cookie": cookie,
        "suites": suites,
        "compression": compression,
        "order": tuple(order),
        "extensions": extensions,
    }


def _u16s(data: bytes) -> tuple[int, ...]:
    (length,) = struct.unpack("!H", data[:2])
    return struct.unpack(f"!{length // 2}H", data[2 : 2 + length])


def test_the_hello_is_pions_first_client_hello() -> None:
    hello = _parse_hello(dtls.client_hello(bytes(32)))
    assert hello["content"] == 22 and hello["record_version"] == 0xFEFD and hello["epoch"] == 0
    assert hello["kind"] == 1 and hello["version"] == 0xFEFD
    assert hello["session"] == 0 and hello["cookie"] == 0
    # pion/dtls v3 defaultCipherSuites, in order
    assert hello["suites"] == (0xC02B, 0xC02F, 0xCCA9, 0xCCA8, 0xC00A, 0xC014, 0xC02C, 0xC030)
    assert hello["compression"] == b"\x00"
    assert hello["order"] == (0x000D, 0xFF01, 0x000A, 0x000B, 0x000E, 0x0017)  # flight1 order
    ext = hello["extensions"]
    assert isinstance(ext, dict)
    assert _u16s(ext[0x000A]) == (0x001D, 0x0017, 0x0018)  # x25519, P-256, P-384
    assert _u16s(ext[0x000D])[:3] == (0x0403, 0x0503, 0x0603)  # ECDSA first
    assert _u16s(ext[0x000E]) == (0x0008, 0x0007, 0x0001) and ext[0x000E][-1] == 0  # no MKI
    assert ext[0x0017] == b"" and ext[0xFF01] == b"\x00" and ext[0x000B] == b"\x01\x00"


def test_each_hello_has_its_own_random() -> None:
    assert dtls.client_hello() != dtls.client_hello()
    with pytest.raises(ValueError):
        dtls.client_hello(b"short")


# ---- what counts as an answer ----

HVR = dtls.hello_verify_request(b"cookie12")
SERVER_HELLO = bytes([22]) + HVR[1:13] + bytes([2]) + HVR[14:]
ALERT = bytes([21, 0xFE, 0xFD]) + bytes(8) + b"\x00\x02\x02\x28"


@pytest.mark.parametrize(
    ("datagram", "kind"),
    [
        (HVR, "hello_verify_request"),
        (SERVER_HELLO, "server_hello"),
        (ALERT, "alert"),
        (dtls.client_hello(), None),  # our own hello echoed back: not an answer
        (stun.binding_request(stun.new_txid()), None),
        (HVR[:12], None),  # truncated header
        (HVR[:-3] if len(HVR) > 16 else b"", None),  # a record shorter than it says
        (b"\x17\xfe\xfd" + bytes(10), None),  # application data
        (b"\x16\x03\x03" + bytes(20), None),  # TLS over TCP's version, not DTLS
    ],
)
def test_only_a_dtls_answer_counts(datagram: bytes, kind: str | None) -> None:
    assert dtls.answer_kind(datagram) == kind


# ---- the rule ----

DTLS_SERVER = Endpoint("sfu.messenger.test", 3478, Protocol.STUN, "/", stun_answers="binding")
GOOD = CallFigures(
    sent=150, received=150, loss_pct=0.0, rtt_min_ms=20, rtt_median_ms=22, rtt_p95_ms=30,
    jitter_ms=1.0, mos=4.4, r_factor=92.0, jitter_buffer_ms=4.0, late_pct=0.0,
)  # fmt: skip
SILENT = CallFigures(sent=150, received=0, loss_pct=100.0)
POOR = replace(GOOD, received=127, loss_pct=15.0, mos=2.9, r_factor=58.0)
CONTROL = TargetResult(
    "control", Endpoint("stun.control.test", 3478, Protocol.STUN), "c:3478", GOOD
)


def _target(figures: CallFigures, dtls_answered: bool | None, host: str = "a") -> TargetResult:
    ep = replace(DTLS_SERVER, host=f"{host}.messenger.test", dtls_answers=dtls_answered is not None)
    return TargetResult("messenger", ep, f"{host}:3478", figures, None, None, "loss", dtls_answered)


@pytest.mark.parametrize(
    ("targets", "code", "why"),
    [
        # STUN passes, DTLS dies: WebRTC calls won't connect
        ([_target(GOOD, False)], Verdict.DTLS_BLOCKED, "dtls_blocked"),
        ([_target(POOR, False)], Verdict.DTLS_BLOCKED, "dtls_blocked"),
        # DTLS answered, or not sent: the STUN path decides, as before
        ([_target(GOOD, True)], Verdict.CALL_OK, "call_ok"),
        ([_target(GOOD, None)], Verdict.CALL_OK, "call_ok"),
        # one server answers DTLS: WebRTC finds its way
        ([_target(GOOD, False), _target(GOOD, True, "b")], Verdict.CALL_OK, "call_ok"),
        # STUN silent too: the UDP block, not a DTLS one
        ([_target(SILENT, False)], Verdict.UDP_BLOCKED, "udp_blocked"),
    ],
)
def test_dtls_blocked_only_where_stun_passes(
    targets: list[TargetResult], code: Verdict, why: str
) -> None:
    verdict = call_rules.judge("messenger", targets, [CONTROL])
    assert (verdict.code, verdict.explanation.key) == (code, f"calls.explain.{why}")
    assert verdict.status == (Status.BLOCKED if code != Verdict.CALL_OK else Status.WORKS)
    keys = {m.key for m in verdict.evidence}
    assert ("calls.evidence.dtls_dropped" in keys) is any(t.dtls_answered is False for t in targets)
    if code == Verdict.DTLS_BLOCKED:
        assert verdict.explanation.params["target"] == targets[0].label


# ---- the lab's call server and its relay ----


def test_the_lab_call_server_answers_a_hello() -> None:
    reply = answer(dtls.client_hello(), ("127.0.0.1", 1))
    assert reply is not None and dtls.answer_kind(reply) == "hello_verify_request"


@pytest.mark.parametrize(
    ("impairment", "answered"), [(None, True), (Impairment(silent=True, only="dtls"), False)]
)
def test_the_relay_drops_dtls_alone_when_told(
    impairment: Impairment | None, answered: bool, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(dtls, "RETRY_S", 0.05)  # a loopback answer takes a millisecond

    async def run() -> tuple[bool | None, bytes]:
        loop = asyncio.get_running_loop()
        relay = StunRelay("127.0.0.1", impairment)
        transport, _ = await loop.create_datagram_endpoint(
            lambda: relay, local_addr=("127.0.0.1", 0)
        )
        port = transport.get_extra_info("sockname")[1]
        try:
            got = await dtls.handshake_answered("127.0.0.1", port, Meter())
            with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as sock:
                sock.setblocking(False)
                sock.connect(("127.0.0.1", port))
                sock.send(stun.binding_request(stun.new_txid()))
                reply = await asyncio.wait_for(loop.sock_recv(sock, 2048), 2)
            return got, reply
        finally:
            relay.close()

    got, stun_reply = asyncio.run(run())
    assert got is answered
    assert stun.try_decode(stun_reply) is not None  # the same server still answers STUN
