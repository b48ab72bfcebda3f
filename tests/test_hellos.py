"""The shipped hello templates (resources/hellos/) are what they claim: each built hello parses
back with the shape's ciphers, extension order, groups, ALPN and GREASE, and hashes to the JA3 and
JA4 published for that client's version. A wrong template (one cipher, one extension, one
signature algorithm off) fails here."""

from __future__ import annotations

import ssl
from dataclasses import replace
from pathlib import Path

import pytest

from core import hellos
from core.clienthello import HelloFacts, hello_facts, is_grease, ja3, ja3_string, ja4
from core.hellos import Extension

BROWSERS = ("chrome", "firefox", "telegram_desktop")


def facts_of(
    shape: hellos.HelloTemplate, name: str | None = "example.com", **kw: bool
) -> HelloFacts:
    facts = hello_facts(hellos.build(shape, name, **kw))
    assert facts is not None
    return facts


@pytest.mark.parametrize("name", hellos.SHAPES)
def test_each_template_hashes_to_its_published_ja4_and_ja3(name: str) -> None:
    shape = hellos.template(name)
    assert shape.sources and all(s.startswith("https://") for s in shape.sources)
    for _ in range(4):  # fresh GREASE, keys and order each time: the fingerprints hold
        facts = facts_of(shape)
        assert ja4(facts) == shape.ja4
        if shape.ja3n:
            assert ja3(facts, sort_extensions=True) == shape.ja3n
    ordered = facts_of(shape, permute=False)
    if shape.ja3:
        assert ja3(ordered) == shape.ja3


def test_ja4_follows_foxios_worked_parts() -> None:
    """JA4_a's fields and JA4_b/c's hashing, against the values FoxIO's spec derives."""
    facts = facts_of(hellos.template("chrome"))
    part_a, part_b, part_c = ja4(facts).split("_")
    assert part_a == "t13d1516h2" and part_b == "8daaf6152771"
    no_name = facts_of(hellos.template("chrome"), None)
    assert ja4(no_name).startswith("t13i1515h2_")  # no SNI: "i", one extension fewer
    assert ja4(replace(facts, alpn=())).split("_")[0].endswith("00")
    assert ja4(replace(facts, signature_algorithms=())).split("_")[2] != part_c


def test_chrome_is_chrome_143() -> None:
    facts = facts_of(hellos.template("chrome"))
    assert is_grease(facts.ciphers[0]) and facts.ciphers[1:4] == (0x1301, 0x1302, 0x1303)
    assert is_grease(facts.extensions[0]) and is_grease(facts.extensions[-1])
    assert facts.extensions[0] != facts.extensions[-1]
    assert facts.alpn == ("h2", "http/1.1")
    assert is_grease(facts.groups[0]) and facts.groups[1:] == (0x11EC, 0x001D, 0x0017, 0x0018)
    assert facts.key_shares[1:] == (0x11EC, 0x001D) and facts.key_share_sizes[1:] == (1216, 32)
    assert facts.groups[0] == facts.key_shares[0]  # one GREASE group for both, as BoringSSL
    assert is_grease(facts.versions[0]) and facts.versions[1:] == (0x0304, 0x0303)
    assert {0x44CD, 0xFE0D} <= set(facts.extensions) and 0x4469 not in facts.extensions
    orders = {facts_of(hellos.template("chrome")).extensions[1:-1] for _ in range(6)}
    assert len(orders) > 1  # permuted per connection


def test_firefox_sends_no_grease_and_keeps_its_order() -> None:
    one, two = (facts_of(hellos.template("firefox")) for _ in range(2))
    assert one.extensions == two.extensions and one.extensions[0] == 0x0000
    assert not any(map(is_grease, (*one.ciphers, *one.extensions, *one.groups)))
    assert one.key_shares == (0x11EC, 0x001D, 0x0017) and one.alpn == ("h2", "http/1.1")
    assert ja3_string(one).startswith("771,4865-4867-4866-49195-")


def test_telegram_desktop_shares_chromes_ja4_but_not_its_shape() -> None:
    """The same JA4 as Chrome 131-147 (tdesktop#30733), and yet a different hello: no ML-KEM
    share, so a censor that reads further than JA4 tells them apart (and so does the lab)."""
    chrome, telegram = (facts_of(hellos.template(n)) for n in ("chrome", "telegram_desktop"))
    assert ja4(chrome) == ja4(telegram)
    assert ja3(chrome, sort_extensions=True) != ja3(telegram, sort_extensions=True)
    assert 0x11EC not in telegram.key_shares and telegram.length < 600


def test_openssl_template_is_the_hello_python_sends() -> None:
    """The template of 'Svyaz today' against the live hello of this Python's ssl."""
    context = ssl.create_default_context()
    incoming, outgoing = ssl.MemoryBIO(), ssl.MemoryBIO()
    obj = context.wrap_bio(incoming, outgoing, server_hostname="example.com")
    with pytest.raises(ssl.SSLWantReadError):
        obj.do_handshake()
    live = hello_facts(outgoing.read())
    built = facts_of(hellos.template("openssl"))
    assert live is not None
    assert ja4(live) == ja4(built) == hellos.template("openssl").ja4
    assert live.extensions == built.extensions and live.length == built.length == 512


def test_a_wrong_template_fails_its_fingerprint(tmp_path: Path) -> None:
    shape = hellos.template("firefox")
    one_cipher_less = replace(shape, ciphers=shape.ciphers[:-1])
    assert ja4(facts_of(one_cipher_less)) != shape.ja4
    swapped = list(shape.extensions)
    swapped[1], swapped[2] = swapped[2], swapped[1]
    reordered = facts_of(replace(shape, extensions=tuple(swapped)))
    assert ja4(reordered) == shape.ja4 and ja3(reordered) != shape.ja3  # order: JA3 sees it
    extra = replace(shape, extensions=(*shape.extensions, Extension(0x0015, body=b"\0")))
    assert ja4(facts_of(extra)) != shape.ja4
    text = Path(hellos.resource_path("hellos", "firefox.toml")).read_text(encoding="utf-8")
    broken = hellos.parse_template("firefox", text.replace("0x0203, 0x0201]", "0x0201]"))
    assert ja4(facts_of(broken)) != shape.ja4
