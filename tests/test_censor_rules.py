"""Issue 11's rules on hand-written facts: geo-refusal words, OONI fingerprints and their
false-positive guards, calls in the network's context, the jitter buffer."""

from __future__ import annotations

import dataclasses

import pytest

from core import fingerprints
from core.calls import emodel
from core.codes import Outcome, Verdict
from core.engine.pages import redirect_target
from core.models import FunctionKind, FunctionResult, Message, Status, Step, StepKind
from core.probes.blockpage import (
    examine,
    location_host,
    looks_like_challenge,
    points_to_https_site,
    redirects_by_itself,
    reply_is_blockpage,
)
from core.probes.georefusal import refusal
from core.rules import calls as call_rules
from core.rules import verdict

JSON = {"content-type": "application/json"}


@pytest.mark.parametrize(
    ("status", "headers", "body", "reason"),
    [
        (403, JSON, '{"error":{"code":"unsupported_country_region_territory"}}', "error_code"),
        (403, {}, "<p>Sorry, Claude isn't available in your region.</p>", "region_words"),
        (451, {}, "<p>Spotify is not available in your country</p>", "region_words"),
        (403, {}, "<p>Сервис недоступен в вашей стране</p>", "region_words"),
        (403, {}, "<p>Leider ist der Dienst in Ihrem Land nicht verfügbar</p>", "region_words"),
        (302, {"location": "https://www.canva.com/unsupported-country"}, "", "redirect"),
        (200, JSON, '{"error":{"code":"unsupported_country_region_territory"}}', "error_code"),
    ],
)
def test_a_refusal_of_the_country_is_recognised(
    status: int, headers: dict[str, str], body: str, reason: str
) -> None:
    assert refusal(status, headers, body).startswith(reason)


@pytest.mark.parametrize(
    ("status", "body"),
    [
        (200, "<p>Our app is not available in your country yet? Read on.</p>"),  # an article
        (404, "<p>not available in your region</p>"),  # not a refusal status
        (451, "<p>Доступ ограничен: недоступен в вашей стране согласно 149-ФЗ</p>"),  # the law
        (403, "<p>Forbidden</p>"),
    ],
)
def test_pages_that_are_not_a_refusal(status: int, body: str) -> None:
    assert refusal(status, {}, body) == ""


def test_registry_block_pages_stay_block_pages() -> None:
    page = "<title>Blocked</title>Доступ ограничен на основании 149-ФЗ".encode()
    finding = examine(451, {}, page, "site.test", tls=False)
    assert (finding.outcome, finding.reason) == ("blockpage", "status_451")


def test_fingerprints_name_the_page_and_respect_false_positive_guards() -> None:
    table = fingerprints.builtin()
    redirect = table.match_http({"location": "http://warning.rt.ru/?id=17"}, "")
    assert redirect is not None and redirect.label == "Rostelecom"
    body = '<img src="//mc.yandex.ru/watch/38740850">'
    assert (table.match_http({}, body) or redirect).label == "Rostelecom"
    # an ordinary nginx page that happens to carry the same counter is not a block page
    guarded = body + "<p><em>Thank you for using nginx.</em></p>"
    assert table.match_http({}, guarded) is None
    assert table.match_dns("10.10.34.34") is not None
    assert table.match_dns("8.8.8.8") is None
    countries = {fp.name.split("_")[0] for fp in table.http if fp.name.startswith("ooni.")}
    assert {"ooni.ru", "ooni.by", "ooni.ir", "ooni.uz"} <= countries


def test_a_fingerprinted_reply_to_a_client_hello_is_named() -> None:
    reply = b"HTTP/1.1 302 Found\r\nLocation: http://fz139.ttk.ru/?u=x\r\n\r\n"
    finding = reply_is_blockpage(reply, "site.test")
    assert finding.outcome == "blockpage" and finding.fingerprint is not None
    assert finding.fingerprint.label == "TTK"


def _call(code: Verdict) -> FunctionResult:
    return FunctionResult(
        "whatsapp",
        FunctionKind.CALLS,
        code,
        Status.UNKNOWN if code == Verdict.NOT_TESTED else Status.BLOCKED,
        Message("calls.explain.no_udp"),
        Message("calls.advice.no_udp"),
    )


def test_calls_are_read_in_the_networks_context() -> None:
    offline = verdict.calls_in_context(_call(Verdict.NOT_TESTED), Verdict.OFFLINE)
    assert (offline.code, offline.status) == (Verdict.OFFLINE, Status.UNKNOWN)
    assert offline.explanation.key == "explain.offline"
    whitelist = verdict.calls_in_context(_call(Verdict.NOT_TESTED), Verdict.WHITELIST_MODE)
    assert (whitelist.code, whitelist.status) == (Verdict.UDP_BLOCKED, Status.BLOCKED)
    assert whitelist.explanation.key == "explain.whitelist_context"
    assert whitelist.evidence[0].key == "calls.evidence.in_context"
    measured = _call(Verdict.CALL_OK)
    assert verdict.calls_in_context(measured, Verdict.WHITELIST_MODE) is measured
    assert verdict.calls_in_context(_call(Verdict.UDP_BLOCKED), None).code == "udp_blocked"


def test_the_jitter_buffer_covers_the_spread_up_to_a_realistic_depth() -> None:
    steady = [40.0] * 100
    assert emodel.jitter_buffer(steady) == (0.0, 0.0, 0.0)
    spread = [20.0 + i for i in range(100)]  # one-way spread 0..49.5 ms
    buffer, late, _ = emodel.jitter_buffer(spread)
    assert buffer == pytest.approx(47.0) and late == 0.0
    wild = [20.0 + 12 * i for i in range(100)]  # one-way spread up to ~600 ms
    buffer, late, _ = emodel.jitter_buffer(wild)
    assert buffer == emodel.BUFFER_MAX_MS and 55 <= late <= 60
    good = emodel.quality(20.0, 0.0, 0.0, buffer_ms=47.0)
    poor = emodel.quality(20.0, 0.0, 0.0, buffer_ms=buffer, late_pct=late)
    assert good.mos > 4.3 and poor.mos < call_rules.POOR_MOS
    assert poor.dragged_by() == "jitter"


def test_a_busy_loop_is_not_taken_for_path_jitter() -> None:
    from core.calls.metrics import LAG_LIMIT_S, LoopLag

    assert not LoopLag([0.001] * 100).busy()
    assert LoopLag([0.001] * 90 + [LAG_LIMIT_S * 4] * 10).busy()


@pytest.mark.parametrize(
    ("body", "challenge"),
    [
        (b"<title>Just a moment...</title><script src='/cdn-cgi/challenge-platform/x'>", True),
        (b"<title>Attention</title><div class='g-recaptcha'></div>", True),
        ("<title>Проверка</title><p>Подтвердите, что вы не робот</p>".encode(), True),
        (b"<title>Access denied</title><p>Access to this page is denied.</p>", False),
        (b"<title>LinkedIn</title><p>Welcome to your professional community.</p>", False),
    ],
)
def test_a_sites_own_captcha_is_recognised(body: bytes, challenge: bool) -> None:
    assert looks_like_challenge(body) is challenge


@pytest.mark.parametrize(
    ("body", "redirects"),
    [
        (b'<meta http-equiv="refresh" content="0; url=https://x.test/">', True),
        (b"<META HTTP-EQUIV=Refresh CONTENT='0;URL=/home'>", True),
        (b"<script>window.location.replace('https://x.test/')</script>", True),
        (b'<script>location.href = "https://x.test/"</script>', True),
        (b"<script>document.location='https://x.test/'</script>", True),
        (b"<title>Access denied</title><p>Access to this page is denied.</p>", False),
        (b"<script>if (location.protocol == 'http:') log()</script>", False),
    ],
)
def test_a_page_that_redirects_by_itself_is_recognised(body: bytes, redirects: bool) -> None:
    assert redirects_by_itself(body) is redirects


@pytest.mark.parametrize(
    ("body", "host", "links"),
    [
        (b'<a href="https://www.example.com/">use HTTPS</a>', "example.com", True),
        (b'<a href="HTTPS://example.com">here</a>', "www.example.com", True),
        (b'<a href="https://example.com.evil.test/">here</a>', "example.com", False),
        (b'<a href="https://notexample.com/">here</a>', "example.com", False),
        (b'<a href="http://www.example.com/">here</a>', "example.com", False),
        (b"<title>Access denied</title>", "example.com", False),
        (b'<a href="https://example.com/">here</a>', "", False),  # no host: nothing to match
    ],
)
def test_a_page_linking_to_the_https_site_is_recognised(
    body: bytes, host: str, links: bool
) -> None:
    assert points_to_https_site(body, host) is links


def test_a_broken_redirect_is_the_sites_not_a_crash() -> None:
    for location in ("http://[broken/", "http://x.test:99999/", "https://[::1"):
        finding = examine(302, {"location": location}, b"", "x.test", tls=False)
        assert finding.outcome is None
        assert location_host(location) in ("", "x.test")
        step = Step(StepKind.HTTP, "http://x.test/", True, Outcome.RESPONSE, 1.0)
        step = dataclasses.replace(step, detail={"status": 302, "location": location})
        assert redirect_target(step, "x.test") is None
