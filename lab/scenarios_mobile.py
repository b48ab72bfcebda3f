"""Scenarios of the phone's own traps (issue 24 item 4): the mobile operator's SIM verification
page in front of everything, and a service that refuses people who use a VPN; and the call
path's (issue 22 item 5): WebRTC's DTLS handshake dropped while STUN passes."""

from __future__ import annotations

from core.models import Protocol
from lab.censor import Censor
from lab.origin import ServicePage
from lab.registry import scenario
from lab.scenarios import CALL_SECONDS
from lab.stun import Impairment
from lab.world import World

# The operator's page: a name on its own site (never resolved: the redirect is what counts).
OPERATOR_VERIFICATION_URL = "http://antifraud.mts.ru/cooling?msisdn=hidden"
# Services' "turn off your VPN" answers (docs/sources.md "Services refusing VPN users").
RUSSIAN_VPN_PAGE = (
    "<!doctype html><title>Доступ ограничен</title>"
    "<p>Похоже, вы используете VPN. Отключите VPN и обновите страницу.</p>"
)
VPN_ERROR = '{"error": {"code": "vpn_detected", "message": "Disable VPN to continue"}}'


@scenario
def operator_verification(w: World) -> Censor:
    """A SIM in its 24-hour "cooling period": DNS answers, every plain-HTTP request is sent to
    the operator's verification page (MTS's site), every TLS connection is reset."""
    return Censor(captive=True, portal_url=OPERATOR_VERIFICATION_URL)


@scenario
def refuses_vpn(w: World) -> Censor:
    """Russian services refuse a person with a VPN on (since April 2026): Gosuslugi answers
    403 with «Отключите VPN», Ozon a 403 JSON code `vpn_detected`, Yandex redirects to its
    "turn off VPN" page. The provider does nothing."""
    return Censor(
        service_pages={
            "www.gosuslugi-ru.test": ServicePage(403, RUSSIAN_VPN_PAGE),
            "www.ozon-ru.test": ServicePage(403, VPN_ERROR, "application/json"),
            "ya-ru.test": ServicePage(302, "", location="https://ya-ru.test/disable-vpn"),
        }
    )


@scenario
def dtls_dropped(w: World) -> Censor:
    """Signal's call server answers STUN (its TURN Allocate), but every DTLS handshake record
    to it (content type 22) is dropped, as the 2026 censor drops WebRTC's ClientHello by its
    fingerprint. The lab catalog marks that server `dtls_answers` (every lab call server
    answers a ClientHello with a HelloVerifyRequest)."""
    names = {ep.host for ep in w.endpoints("signal", ("calls",)) if ep.protocol == Protocol.STUN}
    return Censor(
        udp={a: Impairment(silent=True, only="dtls") for a in w.stun_hosts("signal")},
        dtls_answers=names,
        call_duration=CALL_SECONDS,
    )
