"""Recognise a service refusing the user's country itself (not the provider): a 403/451 or a
redirect whose page, address or JSON error names an unsupported country or region.

Sources: docs/sources.md "Blocked by the service itself" (ChatGPT, Claude, Gemini, Notion, Spotify,
JetBrains, Canva... answer 403, redirect, or `unsupported_country_region_territory`). Registry
block words always win: a page that cites a law is the provider's, never the service's.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

# JSON error codes services return to a refused country (OpenAI's is the best known).
ERROR_CODES = (
    "unsupported_country_region_territory",
    "unsupported_country",
    "unsupported_region",
    "country_not_supported",
    "region_not_supported",
    "geo_restricted",
    "georestricted",
    "geoblocked",
)
# Region words, lower case, in the languages such pages come in.
REGION_PHRASES = (
    # English
    "not available in your country",
    "not available in your region",
    "not available in your location",
    "isn't available in your country",
    "isn't available in your region",
    "isn’t available in your country",
    "isn’t available in your region",
    "not supported in your country",
    "not supported in your region",
    "unsupported country",
    "unsupported region",
    "country, region, or territory",
    "country or region is not supported",
    "not available in russia",
    "unavailable in your country",
    "unavailable in your region",
    # Russian
    "недоступен в вашей стране",
    "недоступна в вашей стране",
    "недоступно в вашей стране",
    "недоступен в вашем регионе",
    "недоступна в вашем регионе",
    "недоступно в вашем регионе",
    "не поддерживается в вашей стране",
    "не поддерживается в вашем регионе",
    "не работает в вашей стране",
    "в вашей стране недоступ",
    "в вашем регионе недоступ",
    # German, French, Spanish, Chinese
    "in ihrem land nicht verfügbar",
    "in deinem land nicht verfügbar",
    "pas disponible dans votre pays",
    "pas disponible dans votre région",
    "no está disponible en tu país",
    "no está disponible en su país",
    "您所在的国家或地区",
    "你所在的地区",
)
# Words in a redirect's address.
LOCATION_WORDS = re.compile(
    r"unsupported[-_]?(country|region)|(country|region)[-_]?(not[-_]?supported|restricted|"
    r"unavailable|blocked)|not[-_]?available[-_]?in[-_]?your|unavailable[-_]?in[-_]?your|"
    r"geo[-_]?(block|restrict)",
    re.I,
)
# A page citing the law is the provider's block page, whatever else it says.
REGISTRY_WORDS = ("149-фз", "роскомнадзор", "eais.rkn.gov.ru", "единый реестр", "федеральн")
REFUSING_STATUS = frozenset({401, 403, 451})


def refusal(status: int, headers: Mapping[str, str], text: str) -> str:
    """Why this response is the service refusing the country ("error_code:<code>",
    "region_words", "redirect"), or "" when it is not one; `text` is the decoded body."""
    lower = text.lower()
    if any(word in lower for word in REGISTRY_WORDS):
        return ""
    redirect = 300 <= status < 400
    location = headers.get("location", "")
    if redirect and LOCATION_WORDS.search(location):
        return "redirect"
    code = _error_code(lower)
    if code and (status in REFUSING_STATUS or redirect or status >= 400 or _is_json(headers)):
        return f"error_code:{code}"
    if (status in REFUSING_STATUS or redirect) and any(p in lower for p in REGION_PHRASES):
        return "region_words"
    return ""


def _error_code(lower: str) -> str:
    for code in ERROR_CODES:
        if code in lower:
            return code
    return ""


def _is_json(headers: Mapping[str, str]) -> bool:
    return "json" in headers.get("content-type", "").lower()
