"""Recognise a service refusing people who use a VPN: a page or an error code saying "turn off
your VPN". The service's own choice, like a refusal of the country, and never censorship.

Since the ministry's deadline of 15 April 2026 Russian apps detect a VPN and refuse or limit
service (net4people/bbs#605, RKS Global: 30 of 30 apps); banks' own help says "отключите VPN"
(ria.ru 2026-03-01), EMIAS shows "выключите впн" (igareck/vpn-configs-for-russia#277). No
service publishes an error code for it: the codes below are the spellings such APIs use, and the
phrases carry the decision. Sources: docs/sources.md "Services refusing VPN users".
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from core.probes.georefusal import REGISTRY_WORDS

# Error codes in a JSON answer or a redirect's address.
ERROR_CODES = (
    "vpn_detected",
    "vpn_not_allowed",
    "vpn_forbidden",
    "vpn_blocked",
    "vpn_prohibited",
    "disable_vpn",
)
# "Turn off your VPN" and "a VPN was detected", lower case; "впн" is the Cyrillic spelling.
PHRASES = (
    # Russian
    "отключите vpn",
    "выключите vpn",
    "отключите впн",
    "выключите впн",
    "отключить vpn",
    "выключить vpn",
    "обнаружен vpn",
    "обнаружено vpn",
    "используете vpn",
    "включён vpn",
    "включен vpn",
    "с включённым vpn",
    "с включенным vpn",
    # English
    "turn off your vpn",
    "turn off the vpn",
    "disable your vpn",
    "disable the vpn",
    "switch off your vpn",
    "vpn detected",
    "you are using a vpn",
    "you appear to be using a vpn",
    "not available while using a vpn",
)
LOCATION_WORDS = re.compile(r"(disable|turn[-_]?off|no)[-_]?vpn|vpn[-_]?(detected|blocked)", re.I)
REFUSING_STATUS = frozenset({401, 403, 451})
# An ordinary page (HTTP 200) counts only when it is short: an article may mention a VPN.
SHORT_PAGE = 8 * 1024


def refusal(status: int, headers: Mapping[str, str], text: str) -> str:
    """Why this response is the service refusing VPN users ("error_code:<code>", "vpn_words",
    "redirect"), or "" when it is not one; `text` is the decoded body."""
    redirect = 300 <= status < 400
    if redirect and LOCATION_WORDS.search(headers.get("location", "")):
        return "redirect"
    lower = text.lower()
    if any(word in lower for word in REGISTRY_WORDS):
        return ""  # a page citing the law is the provider's block page
    refusing = status in REFUSING_STATUS or redirect or (status == 200 and len(text) <= SHORT_PAGE)
    if not refusing:
        return ""
    for code in ERROR_CODES:
        if code in lower:
            return f"error_code:{code}"
    if any(phrase in lower for phrase in PHRASES):
        return "vpn_words"
    return ""
