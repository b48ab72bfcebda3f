"""What a shared report must not say about the person who shares it.

By default a report hides the user's own addresses (local and public), the resolvers of their
own network (the system's and the one the run used as "the provider's"), the system proxy
(its address, maybe its password) and the home folder in file paths; the provider's name and
AS number are left out entirely. Server addresses stay: they are the evidence (a forged DNS
answer, a black-holed data centre) — except the answers only the user's own resolver gave, which
point at their provider. Text that came from the network (page titles and bodies, redirect
targets, error text) may show the user's public address or contract number, so any address and
any long digit run in it is hidden. `include_network_details=True` keeps everything except
credentials: a password in a proxy URL never leaves the machine (core/credentials.py: with or
without a scheme, '@' or ':' inside the password, and the password itself wherever it appears).

Redaction works on the run document, so the JSON, HTML and text reports share one path.
"""

from __future__ import annotations

import copy
import ipaddress
import re
from collections.abc import Iterable
from typing import Any
from urllib.parse import urlsplit

from core.crashlog import redact_home
from core.credentials import (
    HIDDEN,
    hide_proxy_credentials,
    hide_secrets,
    proxy_secrets,
    strip_credentials_in_text,
)

_NETWORK_DETAILS = ("provider", "asn")
# Step details whose text a server chose (core/probes: http, tls).
NETWORK_TEXT_KEYS = ("title", "body_start", "location", "first_reply", "verify_message")
_IPV4 = r"(?<![\d.])(?:\d{1,3}\.){3}\d{1,3}(?![\d.])"
_IPV6 = r"(?<![\w:])(?:[0-9A-Fa-f]{0,4}:){2,7}[0-9A-Fa-f]{0,4}(?![\w:])"
# Contract and account numbers: six digits in a row, or ten in groups ("8 800 555 35 35");
# a date (2026-11-27, eight digits in groups) stays.
_LONG_DIGITS = r"(?<![\d-])(?:\d{6,}|\d+(?:[ -]\d+){2,})(?![\d])"
_NETWORK_SECRETS = re.compile(f"{_IPV4}|{_IPV6}|{_LONG_DIGITS}")


def scrub_network_text(text: str) -> str:
    """Hide every address and long digit run in text a server wrote."""
    return _NETWORK_SECRETS.sub(_hide_if_secret, text)


def _hide_if_secret(match: re.Match[str]) -> str:
    candidate = match.group(0)
    if candidate[0].isdigit() and ":" not in candidate and "." not in candidate:
        return (
            HIDDEN
            if sum(ch.isdigit() for ch in candidate) >= 10 or candidate.isdigit()
            else candidate
        )
    if ":" in candidate or "." in candidate:
        try:
            ipaddress.ip_address(candidate)
        except ValueError:
            return candidate  # a time of day or a version number, not an address
    return HIDDEN


def strip_credentials(value: Any, secrets: Iterable[str] = ()) -> Any:
    """`socks5://user:pass@host:1080` -> `socks5://[hidden]@host:1080`, anywhere in a document;
    each of `secrets` (a known proxy's user info and password) is hidden wherever it stands."""
    if isinstance(value, str):
        return strip_credentials_in_text(hide_secrets(value, list(secrets)))
    if isinstance(value, list):
        return [strip_credentials(v, secrets) for v in value]
    if isinstance(value, dict):
        return {k: strip_credentials(v, secrets) for k, v in value.items()}
    return value


def credential_secrets(document: dict[str, Any]) -> list[str]:
    """The secrets of every proxy URL the document names (the system's and the chosen one)."""
    found: set[str] = set()
    for section in ("environment", "settings"):
        proxy = (document.get(section) or {}).get("proxy")
        if isinstance(proxy, str):
            found.update(proxy_secrets(proxy))
    return sorted(found, key=len, reverse=True)


def private_values(document: dict[str, Any]) -> list[str]:
    """The strings that identify the user's network, found in the document itself."""
    env = document.get("environment", {}) or {}
    settings = document.get("settings", {}) or {}
    values: list[str] = []
    values += _strings(env.get("local_addresses"))
    values += _strings(env.get("public_address"))
    values += _strings(env.get("resolvers"))
    values += _strings(settings.get("system_resolver"))
    values += _own_resolver_answers(document)
    proxy = env.get("proxy")
    if isinstance(proxy, str) and proxy:
        values += [proxy, hide_proxy_credentials(proxy)]
        try:
            host = urlsplit(proxy if "://" in proxy else f"//{proxy}").hostname
        except ValueError:  # a system setting no URL parser accepts ("[bad")
            host = None
        if host:
            values.append(host)
    for value in list(values):
        host = _host_of(value)
        if host and host != value:
            values.append(host)
    return sorted({v for v in values if v}, key=len, reverse=True)


def redact_document(document: dict[str, Any], include_network_details: bool) -> dict[str, Any]:
    """A copy of `document` safe to share (only credentials go when details are included)."""
    secrets = credential_secrets(document)
    if include_network_details:
        kept: dict[str, Any] = strip_credentials(copy.deepcopy(document), secrets)
        return kept
    pattern = _pattern(private_values(document))
    doc: dict[str, Any] = strip_credentials(copy.deepcopy(document), secrets)
    _scrub_steps(doc)
    env = doc.get("environment")
    if isinstance(env, dict):
        for key in _NETWORK_DETAILS:
            env.pop(key, None)
        if env.get("proxy"):
            env["proxy"] = True
    redacted: dict[str, Any] = _walk(doc, pattern)
    return redacted


def _steps(value: Any) -> list[dict[str, Any]]:
    """Every step in a document, wherever it sits (endpoints, the network's own steps)."""
    found: list[dict[str, Any]] = []
    if isinstance(value, dict):
        if isinstance(value.get("detail"), dict) and "outcome" in value and "kind" in value:
            found.append(value)
        for child in value.values():
            found += _steps(child)
    elif isinstance(value, list):
        for child in value:
            found += _steps(child)
    return found


def _scrub_steps(document: dict[str, Any]) -> None:
    for step in _steps(document):
        detail = step["detail"]
        for key in NETWORK_TEXT_KEYS:
            if isinstance(detail.get(key), str):
                detail[key] = scrub_network_text(detail[key])
        for certificate in detail.get("presented") or ():
            # names a server wrote into the certificates it presented (core/probes/tls.py)
            if isinstance(certificate, dict):
                for key, value in certificate.items():
                    if isinstance(value, str) and key != "authority_key_id":
                        certificate[key] = scrub_network_text(value)
        if isinstance(step.get("errors"), list):
            step["errors"] = [
                scrub_network_text(e) if isinstance(e, str) else e for e in step["errors"]
            ]


def _own_resolver_answers(document: dict[str, Any]) -> list[str]:
    """Addresses only the system resolver gave for a name: they lead to the user's provider."""
    by_name: dict[str, tuple[set[str], set[str]]] = {}
    for step in _steps(document):
        if step.get("kind") != "dns" or not isinstance(step.get("addresses"), list):
            continue
        own, others = by_name.setdefault(str(step.get("target")), (set(), set()))
        system = step["detail"].get("source") == "system"
        (own if system else others).update(str(a) for a in step["addresses"])
    return sorted({a for own, others in by_name.values() for a in own - others})


def _walk(value: Any, pattern: re.Pattern[str] | None) -> Any:
    if isinstance(value, str):
        value = redact_home(value)
        return pattern.sub(HIDDEN, value) if pattern else value
    if isinstance(value, list):
        return [_walk(v, pattern) for v in value]
    if isinstance(value, dict):
        return {k: _walk(v, pattern) for k, v in value.items()}
    return value


def _pattern(values: Iterable[str]) -> re.Pattern[str] | None:
    """Each value as a whole token: 10.0.0.1 must not eat the start of 10.0.0.15."""
    alternatives = [re.escape(v) for v in values]
    if not alternatives:
        return None
    # Not inside a longer token: no word character, dot-digit or IPv6 group continues it
    # (a following ":53" is fine, it is the same address with a port).
    return re.compile(
        r"(?<![\w.:])(?:" + "|".join(alternatives) + r")(?!\w|\.\d|:[0-9a-fA-F]{0,4}:)"
    )


def _strings(value: Any) -> list[str]:
    if isinstance(value, str):
        return [value]
    if isinstance(value, list | tuple):
        return [str(v) for v in value if v]
    return []


def _host_of(value: str) -> str | None:
    """`1.2.3.4:53` -> `1.2.3.4`; `[::1]:53` -> `::1`; an address stays itself."""
    text = value.strip()
    if text.startswith("["):
        return text[1:].partition("]")[0]
    try:
        return str(ipaddress.ip_address(text.split("%")[0]))
    except ValueError:
        pass
    host, sep, port = text.rpartition(":")
    if sep and port.isdigit() and ":" not in host:
        return host
    return None
