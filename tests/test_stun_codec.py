"""The STUN codec: requests are well formed, replies are read strictly, hostile bytes are
counted invalid and never raise."""

from __future__ import annotations

import struct
import zlib
from collections.abc import Callable

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from core.probes import stun


def test_binding_request_shape() -> None:
    txid = stun.new_txid()
    packet = stun.binding_request(txid)
    assert len(packet) == stun.VOICE_PACKET_SIZE
    method, klass, got = stun.parse_header(packet)
    assert (method, klass, got) == (stun.BINDING, stun.CLASS_REQUEST, txid)
    assert struct.unpack_from("!I", packet, 4)[0] == stun.MAGIC_COOKIE
    # ends with a FINGERPRINT that matches the CRC of everything before it
    assert struct.unpack_from("!HH", packet, len(packet) - 8) == (stun.FINGERPRINT, 4)
    crc = (zlib.crc32(packet[:-8]) ^ stun.FINGERPRINT_XOR) & 0xFFFFFFFF
    assert struct.unpack_from("!I", packet, len(packet) - 4)[0] == crc


def test_txids_are_random() -> None:
    assert len({stun.new_txid() for _ in range(1000)}) == 1000


@pytest.mark.parametrize("address", [("127.0.0.1", 40000), ("2001:db8::5", 3478)])
def test_success_round_trip(address: tuple[str, int]) -> None:
    txid = stun.new_txid()
    reply = stun.decode(stun.binding_success(txid, address, software="lab"))
    assert reply.success and reply.txid == txid and reply.method == stun.BINDING
    assert reply.mapped == address
    assert reply.software == "lab"


def test_allocate_401() -> None:
    txid = stun.new_txid()
    request = stun.allocate_request(txid)
    assert stun.parse_header(request)[:2] == (stun.ALLOCATE, stun.CLASS_REQUEST)
    reply = stun.decode(stun.error_response(stun.ALLOCATE, txid, 401, "Unauthorized"))
    assert not reply.success and reply.error_code == 401 and reply.method == stun.ALLOCATE


def _valid() -> bytes:
    return stun.binding_success(b"\x01" * 12, ("127.0.0.1", 5000))


@pytest.mark.parametrize(
    ("mutate", "reason"),
    [
        (lambda b: b[:19], "shorter"),
        (lambda b: b"\xc0" + b[1:], "first two bits"),
        (lambda b: b[:4] + b"\x00\x00\x00\x00" + b[8:], "magic cookie"),
        (lambda b: b + b"\x00\x00\x00\x00", "length"),
        (lambda b: b[:-1] + bytes([b[-1] ^ 1]), "FINGERPRINT"),
        (lambda b: stun.binding_request(b"\x01" * 12), "not a response"),
    ],
)
def test_malformed_replies_name_the_problem(mutate: Callable[[bytes], bytes], reason: str) -> None:
    with pytest.raises(stun.StunError, match=reason):
        stun.decode(mutate(_valid()))
    assert stun.try_decode(mutate(_valid())) is None


def test_success_without_address_is_invalid() -> None:
    txid = b"\x02" * 12
    packet = stun._message(stun.BINDING | stun.CLASS_SUCCESS, txid, b"", True)
    with pytest.raises(stun.StunError, match="mapped address"):
        stun.decode(packet)


def test_unknown_required_attribute_is_invalid() -> None:
    txid = b"\x03" * 12
    attrs = stun._attribute(stun.XOR_MAPPED_ADDRESS, stun._xor_address(("1.2.3.4", 1), txid))
    attrs += stun._attribute(0x7777, b"abcd")
    with pytest.raises(stun.StunError, match="comprehension-required"):
        stun.decode(stun._message(stun.BINDING | stun.CLASS_SUCCESS, txid, attrs, False))
    # unknown comprehension-optional attributes are ignored
    optional = attrs[:-8] + stun._attribute(0x8777, b"abcd")
    reply = stun.decode(stun._message(stun.BINDING | stun.CLASS_SUCCESS, txid, optional, False))
    assert reply.mapped == ("1.2.3.4", 1)


def test_attribute_running_past_the_end_is_invalid() -> None:
    txid = b"\x04" * 12
    attr = struct.pack("!HH", stun.XOR_MAPPED_ADDRESS, 200) + b"\x00" * 8
    packet = struct.pack("!HHI", 0x0101, len(attr), stun.MAGIC_COOKIE) + txid + attr
    with pytest.raises(stun.StunError, match="past the end"):
        stun.decode(packet)


@settings(max_examples=400, deadline=None)
@given(st.binary(max_size=600))
def test_random_bytes_never_raise(data: bytes) -> None:
    stun.try_decode(data)


_attr = st.tuples(st.integers(0, 0xFFFF), st.binary(max_size=40))


@settings(max_examples=400, deadline=None)
@given(
    st.sampled_from([0x0101, 0x0111, 0x0103, 0x0113, 0x0001, 0x0011]),
    st.lists(_attr, max_size=6),
    st.booleans(),
    st.integers(-8, 8),
)
def test_hostile_stun_shaped_replies_never_raise(
    kind: int, attrs: list[tuple[int, bytes]], fingerprint: bool, skew: int
) -> None:
    """Valid headers with arbitrary attributes (and sometimes a lying length field)."""
    body = b"".join(stun._attribute(t, v) for t, v in attrs)
    packet = bytearray(stun._message(kind, b"\x05" * 12, body, fingerprint))
    if skew:
        struct.pack_into("!H", packet, 2, max(0, len(packet) - 20 + skew) & 0xFFFF)
    reply = stun.try_decode(bytes(packet))
    if reply is not None:
        assert reply.txid == b"\x05" * 12
        assert reply.success == (kind & 0x0110 == 0x0100)
