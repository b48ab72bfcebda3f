"""core/rules/fingerprints.py: hand-written hello-shape steps -> the finding, no socket."""

from __future__ import annotations

import pytest

from core.codes import Outcome, Verdict
from core.messages import text
from core.models import Step, StepKind
from core.rules import fingerprints

CLIENTS = {
    "openssl": "Svyaz (Python ssl)",
    "chrome": "Chrome",
    "firefox": "Firefox",
    "telegram_desktop": "Telegram Desktop",
}


def hello(shape: str, outcome: Outcome) -> Step:
    ok = outcome == Outcome.ANSWERED
    detail = {"shape": shape, "client": CLIENTS[shape], "purpose": "hello_shape"}
    return Step(StepKind.TLS, "10.0.0.1:443", ok, outcome, 40.0, ("10.0.0.1",), detail)


OK, RESET, HUNG = Outcome.ANSWERED, Outcome.RESET, Outcome.STALL_NO_SERVER_HELLO
NO_CONNECT = Outcome.CONNECT_TIMEOUT


@pytest.mark.parametrize(
    ("chrome", "firefox", "telegram", "code", "words"),
    [
        (OK, OK, OK, Verdict.OK, None),  # all pass: nothing to say
        (RESET, RESET, RESET, Verdict.OK, None),  # all cut: the name or address is (elsewhere)
        (OK, OK, RESET, Verdict.BLOCKED_BY_FINGERPRINT, "app"),
        (OK, OK, HUNG, Verdict.BLOCKED_BY_FINGERPRINT, "app"),
        (RESET, OK, RESET, Verdict.BLOCKED_BY_FINGERPRINT, "chrome"),
        (HUNG, OK, OK, Verdict.BLOCKED_BY_FINGERPRINT, "chrome"),
        (OK, RESET, OK, Verdict.BLOCKED_BY_FINGERPRINT, "firefox"),
        # a connection that never opened says nothing about its hello
        (OK, OK, NO_CONNECT, Verdict.OK, None),
        (NO_CONNECT, OK, RESET, Verdict.BLOCKED_BY_FINGERPRINT, None),
        (OK, RESET, RESET, Verdict.BLOCKED_BY_FINGERPRINT, "firefox"),
    ],
)
def test_shapes_to_finding(
    chrome: Outcome, firefox: Outcome, telegram: Outcome, code: Verdict, words: str | None
) -> None:
    steps = [
        hello("chrome", chrome),
        hello("firefox", firefox),
        hello("telegram_desktop", telegram),
    ]
    found = fingerprints.hello_shapes(steps, "10.0.0.1")
    assert found.code == code
    assert found.words == words
    if code == Verdict.BLOCKED_BY_FINGERPRINT:
        assert found.evidence[0].key == "evidence.hello_shapes"
        cut = [CLIENTS[s.detail["shape"]] for s in steps if s.outcome in (RESET, HUNG)]
        assert found.figures["cut"] == ", ".join(cut)
    else:
        assert not found.evidence


def test_our_own_hello_cut_while_browsers_pass_is_the_librarys() -> None:
    steps = [hello("openssl", RESET), hello("chrome", OK), hello("firefox", OK)]
    steps.append(hello("telegram_desktop", OK))
    found = fingerprints.hello_shapes(steps, "10.0.0.1")
    assert found.code == Verdict.BLOCKED_BY_FINGERPRINT and found.words == "library"
    assert found.figures["cut"] == "Svyaz (Python ssl)"
    only_chrome = [hello("openssl", RESET), hello("chrome", OK), hello("firefox", RESET)]
    assert fingerprints.hello_shapes(only_chrome, "10.0.0.1").words == "firefox"


@pytest.mark.parametrize("words", [None, "app", "chrome", "firefox", "library"])
@pytest.mark.parametrize("language", ["en", "ru"])
def test_every_words_variant_has_its_texts(words: str | None, language: str) -> None:
    suffix = f".{words}" if words else ""
    params = {"passed": "Chrome, Firefox", "cut": "Telegram Desktop", "address": "10.0.0.1"}
    for kind in ("explain", "advice"):
        said = text(f"{kind}.blocked_by_fingerprint{suffix}", params, language)
        assert said and "{" not in said
    assert text("evidence.hello_shapes", params, language)


def tls(ok: bool, address: str) -> Step:
    outcome = Outcome.HANDSHAKE_OK if ok else Outcome.RESET
    return Step(StepKind.TLS, f"{address}:443", ok, outcome, 30.0, (address,), {})


@pytest.mark.parametrize(
    ("cut_ok", "home_ok", "address", "code"),
    [
        (False, True, "10.0.0.9", Verdict.NOT_TESTED),  # cut only away from home
        (False, False, "10.0.0.9", Verdict.OK),  # cut at home too: the name (ordinary tests)
        (False, True, "10.0.0.1", Verdict.OK),  # the address is the name's own
        (True, True, "10.0.0.9", Verdict.OK),  # nothing was cut
    ],
)
def test_name_address(cut_ok: bool, home_ok: bool, address: str, code: Verdict) -> None:
    home = ("10.0.0.1", "10.0.0.2")
    found = fingerprints.name_address(
        tls(cut_ok, address), tls(home_ok, home[0]), "video.test", address, home
    )
    assert found.code == code
    if code == Verdict.NOT_TESTED:
        (message,) = found.evidence
        assert message.key == "evidence.name_address_mismatch"
        assert message.params == {"name": "video.test", "address": address, "home": home[0]}
        for language in ("en", "ru"):
            said = text(message.key, message.params, language)
            assert "video.test" in said and "{" not in said
    else:
        assert not found.evidence
    assert fingerprints.name_address(tls(False, address), None, "v.test", address, home).code == (
        Verdict.OK
    )
