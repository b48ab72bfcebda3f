"""core/rules/endpoint.py: an endpoint's judgments between its layers, from hand-written
steps and paired results, no socket (issue #19)."""

from __future__ import annotations

import pytest

from core.codes import Outcome, Verdict
from core.models import Step, StepKind
from core.rules import endpoint

PARAMS = {"name": "site.test", "control": "control.test", "address": "10.0.0.1"}


@pytest.mark.parametrize(
    ("code", "answered", "expected", "keys", "swap_same"),
    [
        # the control name answered on the same address: a filter by name, the code stands
        (
            Verdict.TLS_RESET,
            {"control_name": True},
            Verdict.TLS_RESET,
            ["evidence.paired_by_name"],
            None,
        ),
        # only no name answered (the control failed too): still by name
        (
            Verdict.TLS_TIMEOUT,
            {"control_name": False, "no_name": True},
            Verdict.TLS_TIMEOUT,
            ["evidence.paired_by_name"],
            None,
        ),
        # a control that failed too, and no name too: the address is cut
        (
            Verdict.TLS_RESET,
            {"control_name": False, "no_name": False},
            Verdict.TCP_RESET,
            ["evidence.paired_by_address"],
            None,
        ),
        (
            Verdict.TLS_TIMEOUT,
            {"no_name": False},
            Verdict.TCP_TIMEOUT,
            ["evidence.paired_by_address"],
            None,
        ),
        # the real name on a control's address: cut there too (the usual answer) ...
        (
            Verdict.TLS_RESET,
            {"control_name": True, "swap": False},
            Verdict.TLS_RESET,
            ["evidence.paired_by_name", "evidence.swap_name_fails_elsewhere"],
            True,
        ),
        # ... or it passes there
        (
            Verdict.TLS_RESET,
            {"control_name": True, "swap": True},
            Verdict.TLS_RESET,
            ["evidence.paired_by_name"],
            False,
        ),
        (
            Verdict.TLS_RESET,
            {"control_name": False, "no_name": False, "swap": True},
            Verdict.TCP_RESET,
            ["evidence.paired_by_address", "evidence.swap_name_ok_elsewhere"],
            None,
        ),
        # nothing paired ran: the code stands, nothing said
        (Verdict.TLS_RESET, {"swap": True}, Verdict.TLS_RESET, [], None),
    ],
)
def test_paired_handshakes(
    code: Verdict,
    answered: dict[str, bool],
    expected: Verdict,
    keys: list[str],
    swap_same: bool | None,
) -> None:
    found = endpoint.paired(code, answered, PARAMS)
    assert found.code == expected
    assert [m.key for m in found.evidence] == keys
    assert found.swap_same is swap_same


def http(outcome: Outcome, ok: bool = False) -> Step:
    return Step(StepKind.HTTP, "https://site.test/", ok, outcome, 10.0)


@pytest.mark.parametrize(
    ("step", "paired", "expected"),
    [
        # cut with the real name, answered with the control name: a filter by name
        (http(Outcome.TIMEOUT), http(Outcome.RESPONSE, True), Verdict.TLS_TIMEOUT),
        (http(Outcome.RESET), http(Outcome.UNEXPECTED_STATUS), Verdict.TLS_RESET),
        # the control failed too: the server is failing, the page's code stands
        (http(Outcome.TIMEOUT), http(Outcome.TIMEOUT), None),
        (http(Outcome.RESET), http(Outcome.ERROR), None),
        (http(Outcome.RESET), http(Outcome.CONNECT_REFUSED), None),
    ],
)
def test_request_by_name(step: Step, paired: Step, expected: Verdict | None) -> None:
    assert endpoint.request_by_name(step, paired) == expected


@pytest.mark.parametrize(
    ("step", "expected"),
    [
        (http(Outcome.RESPONSE, True), Verdict.OK),
        (http(Outcome.BLOCKPAGE), Verdict.HTTP_BLOCKPAGE),
        (http(Outcome.GEO_REFUSED), Verdict.GEO_BLOCKED),
        (http(Outcome.CONNECT_RESET), Verdict.TCP_RESET),
        (http(Outcome.UNEXPECTED_STATUS), Verdict.HTTP_ERROR),
        (http(Outcome.parse("a_word_from_a_newer_version")), Verdict.HTTP_ERROR),
    ],
)
def test_page_code(step: Step, expected: Verdict) -> None:
    assert endpoint.page_code(step) == expected


@pytest.mark.parametrize(
    ("outcome", "expected"),
    [(Outcome.BLOCKPAGE, Verdict.HTTP_BLOCKPAGE), (Outcome.RESPONSE, Verdict.HTTP_ERROR)],
)
def test_a_followed_redirect(outcome: Outcome, expected: Verdict) -> None:
    assert endpoint.followed_page(http(outcome), Verdict.HTTP_ERROR) == expected


@pytest.mark.parametrize(
    ("tries", "passed", "share"),
    [
        (3, 0, None),  # failed every time: not flaky
        (3, 1, 0.67),  # one flaky repeat passed
        (3, 2, 0.33),
        (2, 1, 0.5),
    ],
)
def test_flaky_share(tries: int, passed: int, share: float | None) -> None:
    assert endpoint.flaky_share(tries, passed) == share


@pytest.mark.parametrize(
    ("outcome", "replied"),
    [
        (Outcome.HANDSHAKE_OK, True),
        (Outcome.ALERT, True),
        (Outcome.BAD_CERTIFICATE, True),
        (Outcome.PROTOCOL_ERROR, True),
        (Outcome.RESET_AFTER_CLIENT_HELLO, False),
        (Outcome.STALL_NO_SERVER_HELLO, False),
        (Outcome.CONNECT_TIMEOUT, False),
    ],
)
def test_a_paired_handshake_replied(outcome: Outcome, replied: bool) -> None:
    step = Step(StepKind.TLS, "10.0.0.1:443", outcome == Outcome.HANDSHAKE_OK, outcome, 5.0)
    assert endpoint.replied(step) is replied


@pytest.mark.parametrize(
    ("code", "pairing"),
    [
        (Verdict.TLS_RESET, True),
        (Verdict.TLS_TIMEOUT, True),
        (Verdict.TLS_BAD_CERTIFICATE, False),
        (Verdict.TCP_RESET, False),
    ],
)
def test_which_failures_are_paired(code: Verdict, pairing: bool) -> None:
    assert endpoint.needs_pairing(code) is pairing


@pytest.mark.parametrize(
    ("layer", "key"),
    [
        (Verdict.OK, "evidence.true_address_works"),
        (Verdict.TLS_RESET, "evidence.true_address_fails"),
    ],
)
def test_the_true_address_after_a_dns_lie(layer: Verdict, key: str) -> None:
    message = endpoint.true_address("site.test", layer)
    assert message.key == key and message.params == {"name": "site.test", "what_code": layer}


# ---- plain HTTP: the request cut by Host, the page against the same page over HTTPS ----


def test_a_request_closed_unanswered_is_cut_and_paired() -> None:
    assert endpoint.request_cut(http(Outcome.CLOSED))
    assert not endpoint.request_cut(http(Outcome.PROTOCOL_ERROR))  # garbage: the server's
    assert endpoint.request_by_name(http(Outcome.CLOSED), http(Outcome.RESPONSE, True)) == (
        Verdict.TLS_RESET
    )


@pytest.mark.parametrize(
    ("plain_http", "key"),
    [(True, "evidence.host_cut_by_name"), (False, "evidence.request_cut_by_name")],
)
def test_the_cut_request_says_which_name(plain_http: bool, key: str) -> None:
    assert endpoint.request_cut_evidence(plain_http, PARAMS).key == key


SITE_TITLE = "LinkedIn: Log In or Sign Up"


def page(
    title: str = "Access denied",
    size: int = 80,
    status: int = 200,
    outcome: Outcome = Outcome.RESPONSE,
    **extra: object,
) -> Step:
    detail: dict[str, object] = {"status": status, "title": title, "body_bytes": size, **extra}
    ok = outcome == Outcome.RESPONSE
    return Step(StepKind.HTTP, "http://site.test/", ok, outcome, 10.0, detail=detail)


def site(title: str = SITE_TITLE, size: int = 7000, **extra: object) -> Step:
    return page(title, size, **extra)


@pytest.mark.parametrize(
    ("plain", "secure", "replaced"),
    [
        # another title, a much shorter body, HTTPS shows the site: replaced
        (page(), site(), True),
        (page(title=""), site(), True),  # no title at all is another title
        (page(size=1750), site(size=7000), True),  # a quarter: still much shorter
        # the size from Content-Length when the server gave one (the twin reads a prefix)
        (page(), site(size=16384, content_length=90000), True),
        # the same title: the site's own (a lighter version of it, say)
        (page(title=SITE_TITLE), site(), False),
        (page(title="  linkedin:  LOG IN or Sign Up "), site(), False),  # spacing and case
        # not much shorter
        (page(size=1751), site(size=7000), False),
        # the plain page is big: never a page put in the site's place, never compared
        (page(size=4097), site(size=90000), False),
        # the site's own CAPTCHA or bot check
        (page(title="Just a moment...", challenge=True), site(), False),
        # redirects are the site's answer: to HTTPS, a loop, a broken Location
        (page(title="", size=0, status=301, location="https://site.test/"), site(), False),
        (page(title="", size=0, status=302, location="http://[broken/"), site(), False),
        # a page that redirects by itself (meta refresh, script): the site's redirect
        (page(title="", client_redirect=True), site(), False),
        # a notice linking to the same site over HTTPS ("use https://..."): the site's own
        (page(title="HTTPS required", links_https_site=True), site(), False),
        # an error status over plain HTTP is not compared
        (page(status=403), site(), False),
        (page(status=503), site(), False),
        # HTTPS does not show the site: nothing to compare with
        (page(), site(outcome=Outcome.RESET), False),
        (page(), site(outcome=Outcome.BAD_CERTIFICATE), False),
        (page(), site(status=302, title=""), False),
        (page(), site(title=""), False),  # no title to hold the page against
        (page(), site(size=900), False),  # a tiny site page: too little to call "much shorter"
        (page(), site(challenge=True), False),
        # the plain page failed or is a known block page: its own code, not this rule
        (page(outcome=Outcome.BLOCKPAGE), site(), False),
        (page(outcome=Outcome.RESET), site(), False),
    ],
)
def test_a_replaced_plain_page(plain: Step, secure: Step, replaced: bool) -> None:
    found = endpoint.replaced_page(plain, secure, "site.test")
    assert (found is not None) is replaced
    if found is not None:
        code, evidence = found
        assert code == Verdict.HTTP_PAGE_REPLACED
        assert evidence.params["site_title"] == SITE_TITLE
        assert evidence.params["title"] == plain.detail["title"]
        untitled = not plain.detail["title"]
        assert evidence.key.endswith(".untitled") is untitled


def test_only_a_small_ordinary_plain_page_costs_an_https_fetch() -> None:
    assert endpoint.page_worth_comparing(page())
    assert not endpoint.page_worth_comparing(page(status=301, location="https://site.test/"))
    assert not endpoint.page_worth_comparing(page(challenge=True))
    assert not endpoint.page_worth_comparing(page(size=5000))
    assert not endpoint.page_worth_comparing(page(size=100, content_length=50000))


def test_titles_in_the_evidence_are_one_short_printable_line() -> None:
    hostile = "Access\u202e denied\x1b[2J\n" + "x" * 200
    found = endpoint.replaced_page(page(title=hostile), site(), "site.test")
    assert found is not None
    title = str(found[1].params["title"])
    assert len(title) <= endpoint.TITLE_CHARS
    assert title.endswith("…")
    assert "\u202e" not in title and "\x1b" not in title and "\n" not in title
