"""What a shared report must not say about the person who shares it.

By default a report hides the user's own addresses (local and public), the resolvers of their
own network (the system's and the one the run used as "the provider's"), the system proxy
(its address, maybe its password) and the home folder in file paths; the provider's name and
AS number are left out entirely. Server addresses stay: they are the evidence (a forged DNS
answer, a black-holed data centre). `include_network_details=True` keeps everything.

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

HIDDEN = "[hidden]"
_NETWORK_DETAILS = ("provider", "asn")


def private_values(document: dict[str, Any]) -> list[str]:
    """The strings that identify the user's network, found in the document itself."""
    env = document.get("environment", {}) or {}
    settings = document.get("settings", {}) or {}
    values: list[str] = []
    values += _strings(env.get("local_addresses"))
    values += _strings(env.get("public_address"))
    values += _strings(env.get("resolvers"))
    values += _strings(settings.get("system_resolver"))
    proxy = env.get("proxy")
    if isinstance(proxy, str) and proxy:
        values.append(proxy)
        host = urlsplit(proxy if "://" in proxy else f"//{proxy}").hostname
        if host:
            values.append(host)
    for value in list(values):
        host = _host_of(value)
        if host and host != value:
            values.append(host)
    return sorted({v for v in values if v}, key=len, reverse=True)


def redact_document(document: dict[str, Any], include_network_details: bool) -> dict[str, Any]:
    """A copy of `document` safe to share (unchanged when details are included)."""
    if include_network_details:
        return copy.deepcopy(document)
    pattern = _pattern(private_values(document))
    doc = copy.deepcopy(document)
    env = doc.get("environment")
    if isinstance(env, dict):
        for key in _NETWORK_DETAILS:
            env.pop(key, None)
        if env.get("proxy"):
            env["proxy"] = True
    redacted: dict[str, Any] = _walk(doc, pattern)
    return redacted


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
