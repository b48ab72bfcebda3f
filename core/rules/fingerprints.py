"""What a censor that classifies connections reads (2026): the client's fingerprint, and whether a
server name matches the address it is sent to.

The hello-shape pair: one handshake to one address with one name, sent in several clients'
ClientHello shapes (Chrome, Firefox, Telegram Desktop; resources/hellos/). Some shapes answered
and others were cut -> `blocked_by_fingerprint`: the censor classifies the client by its hello
(docs/sources.md, "Hello fingerprints"), and which shapes were cut says who is hit.

Pure: hand-written steps in tests/test_rules_fingerprints.py. A shape whose connection did not
even open says nothing about its hello and is left out.
"""

from __future__ import annotations

from collections.abc import Sequence

from core.codes import Outcome, Verdict
from core.models import JsonValue, Message, Step
from core.rules.facts import Finding

# Words by who is cut (explain/advice.blocked_by_fingerprint.<words>).
APP_WORDS = "app"  # browsers pass, Telegram Desktop's own hello is cut
CHROME_WORDS = "chrome"  # Chrome's shape cut (and apps copying it), Firefox passes
FIREFOX_WORDS = "firefox"  # Firefox's shape cut, Chrome's passes
LIBRARY_WORDS = "library"  # Svyaz's own (OpenSSL) hello cut, every browser's passes


def _said_something(step: Step) -> bool:
    """The connection opened, so the hello itself was answered or cut."""
    return not str(step.outcome).startswith("connect_") and step.outcome != Outcome.CONNECT_TIMEOUT


def _words(passed: set[str], cut: set[str]) -> str | None:
    if "openssl" in cut and {"chrome", "firefox"} <= passed:
        return LIBRARY_WORDS
    if cut == {"telegram_desktop"} and "chrome" in passed:
        return APP_WORDS
    if "chrome" in cut and "firefox" in passed:
        return CHROME_WORDS
    if "firefox" in cut and "chrome" in passed:
        return FIREFOX_WORDS
    return None


def hello_shapes(steps: Sequence[Step], address: str) -> Finding:
    """Steps of one hello each (detail: `shape`, `client`) -> blocked_by_fingerprint when some
    shapes were answered and others cut; nothing when all passed or all were cut (then the
    name or the address is what is cut, and the ordinary tests say so)."""
    heard = [s for s in steps if _said_something(s)]
    passed = [s for s in heard if s.ok]
    cut = [s for s in heard if not s.ok]
    if not passed or not cut:
        return Finding()

    def clients(group: list[Step]) -> str:
        return ", ".join(str(s.detail.get("client", s.detail.get("shape", "?"))) for s in group)

    params: dict[str, JsonValue] = {
        "passed": clients(passed),
        "cut": clients(cut),
        "address": address,
    }
    words = _words(
        {str(s.detail.get("shape")) for s in passed}, {str(s.detail.get("shape")) for s in cut}
    )
    figures = {k: v for k, v in params.items() if k != "address"}
    return Finding(
        Verdict.BLOCKED_BY_FINGERPRINT,
        evidence=(Message("evidence.hello_shapes", params),),
        figures=figures,
        words=words,
    )


def name_address(
    cut: Step, at_home: Step | None, name: str, address: str, home: Sequence[str]
) -> Finding:
    """A handshake sending `name` to `address`, which the name's honest DNS does not give
    (`home`), was cut (`cut`); the same name at one of its own addresses (`at_home`) was
    answered -> the censor checks that a name matches its address (2026), and the cut says
    nothing about the name or the service: `not_tested`, evidence `name_address_mismatch`.
    The address is the name's own, or the name was cut at home too: no finding."""
    if at_home is None or address in home or cut.ok or not at_home.ok:
        return Finding()
    params: dict[str, JsonValue] = {
        "name": name,
        "address": address,
        "home": at_home.addresses[0] if at_home.addresses else ", ".join(home),
    }
    return Finding(
        Verdict.NOT_TESTED, evidence=(Message("evidence.name_address_mismatch", params),)
    )
