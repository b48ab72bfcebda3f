"""IPv4 against IPv6 (core/rules/family.py): when the other family is worth a try, what the
difference means, and whether the machine has IPv6 at all."""

from __future__ import annotations

import pytest

from core.codes import Verdict
from core.messages import render
from core.rules.family import compare, has_ipv6, worth_other_family


@pytest.mark.parametrize(
    ("code", "worth"),
    [
        (Verdict.TCP_TIMEOUT, True),
        (Verdict.TCP_RESET, True),
        (Verdict.TCP_REFUSED, True),
        (Verdict.TLS_RESET, True),
        (Verdict.TLS_TIMEOUT, True),
        (Verdict.OK, False),  # nothing to explain
        (Verdict.DNS_SPOOFED, False),  # the same lie over either family
        (Verdict.HTTP_BLOCKPAGE, False),
        (Verdict.THROTTLED, False),
    ],
)
def test_worth_other_family(code: Verdict, worth: bool) -> None:
    assert worth_other_family(code) is worth


@pytest.mark.parametrize(
    ("ipv4", "ipv6", "key"),
    [
        (Verdict.TCP_TIMEOUT, Verdict.OK, "evidence.family.ipv6_works"),
        (Verdict.TLS_RESET, Verdict.OK_CONNECT_ONLY, "evidence.family.ipv6_works"),
        (Verdict.TCP_TIMEOUT, Verdict.TCP_TIMEOUT, "evidence.family.both_blocked"),
        (Verdict.TLS_RESET, Verdict.TLS_RESET, "evidence.family.both_blocked"),
        (Verdict.TCP_TIMEOUT, None, None),  # no IPv6 address: nothing to say
        (Verdict.OK, Verdict.OK, None),  # works over IPv4: never tried
    ],
)
def test_compare(ipv4: Verdict, ipv6: Verdict | None, key: str | None) -> None:
    said = compare("x.com", ipv4, ipv6)
    if key is None:
        assert said is None
        return
    assert said is not None and said.key == key
    for language in ("en", "ru"):
        words = render(said, language)
        assert "x.com" in words and "{" not in words
    if key.endswith("ipv6_works"):
        assert "IPv4" in render(said, "en") and "IPv6" in render(said, "en")


@pytest.mark.parametrize(
    ("addresses", "has"),
    [
        (["2a02:6b8::1"], True),
        (["192.168.1.5", "2001:db8::5"], False),  # documentation range: not global
        (["fd00::2"], False),  # unique-local: reaches no internet
        (["fe80::1%eth0"], False),  # link-local
        (["10.0.0.2", "not an address"], False),
        ([], False),
    ],
)
def test_has_ipv6(addresses: list[str], has: bool) -> None:
    assert has_ipv6(addresses) is has
