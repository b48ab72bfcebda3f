"""The verdict vocabulary as enums, so mypy checks every code the source writes (docs/verdicts.md).

The results in `core.models` carry them; the JSON document holds their plain string values.
"""

from __future__ import annotations

from enum import StrEnum
from typing import Any, Self


class _Vocabulary(StrEnum):
    """A stable code set: mypy checks every code written in the source against it.

    A code this version does not know (a document from a newer Svyaz, or a code retired since)
    is kept as it was by `parse`: it round-trips unchanged, and its status and words come from
    the document that carried it. Only `parse` builds such a stranger; `Cls(value)` still raises.
    """

    @classmethod
    def parse(cls, value: str) -> Self:
        try:
            return cls(value)
        except ValueError:
            stranger = str.__new__(cls, value)
            stranger._name_ = value
            stranger._value_ = value
            return stranger

    def __reduce_ex__(self, protocol: object) -> tuple[Any, ...]:
        # Strangers are not in the value table: rebuild through `parse`, not `Cls(value)`.
        return type(self).parse, (str(self),)


class Verdict(_Vocabulary):
    """Verdict codes (docs/verdicts.md): a function's, an endpoint's, a call path's, the network's.

    Words for each live in the message table: `label.<code>`, and `explain.<code>` with
    `advice.<code>` (function codes) or `network.<code>` with `network_advice.<code>`.
    """

    OK = "ok"
    OK_CONNECT_ONLY = "ok_connect_only"  # reachable; only the connection was tested
    # name lookup
    DNS_NXDOMAIN = "dns_nxdomain"
    DNS_TIMEOUT = "dns_timeout"
    DNS_SPOOFED = "dns_spoofed"
    DNS_NAME_GONE = "dns_name_gone"
    # connection
    TCP_REFUSED = "tcp_refused"
    TCP_RESET = "tcp_reset"
    TCP_TIMEOUT = "tcp_timeout"
    TCP_UNREACHABLE = "tcp_unreachable"
    # secure connection
    TLS_RESET = "tls_reset"
    TLS_TIMEOUT = "tls_timeout"
    TLS_BAD_CERTIFICATE = "tls_bad_certificate"
    TLS_ERROR = "tls_error"
    # the page and the data
    HTTP_BLOCKPAGE = "http_blockpage"
    GEO_BLOCKED = "geo_blocked"  # the service refuses the country: never censorship
    HTTP_ERROR = "http_error"
    QUIC_BLOCKED = "quic_blocked"
    THROTTLED = "throttled"
    STALLED = "stalled"
    CONNECTION_LIMITED = "connection_limited"  # new TLS connections cut after a few (policing)
    # the call path
    CALL_OK = "call_ok"
    CALL_POOR = "call_poor"
    UDP_BLOCKED = "udp_blocked"
    # no verdict, or the network's
    NOT_TESTED = "not_tested"
    OFFLINE = "offline"
    CAPTIVE_PORTAL = "captive_portal"
    WHITELIST_MODE = "whitelist_mode"  # the network's only, never a function's


NETWORK_VERDICTS = frozenset(
    {Verdict.OK, Verdict.OFFLINE, Verdict.CAPTIVE_PORTAL, Verdict.WHITELIST_MODE}
)
"""The codes a `NetworkResult` can carry."""


class Condition(_Vocabulary):
    """What colours every result of a run (docs/verdicts.md; words: `condition.<code>`)."""

    DNS_ENCRYPTED_BLOCKED = "dns_encrypted_blocked"
    DNS_INTERCEPTED = "dns_intercepted"
    DNS_SYSTEM_SILENT = "dns_system_silent"
    VPN_DETECTED = "vpn_detected"
    PROXY_DETECTED = "proxy_detected"
    PROXY_FAILED = "proxy_failed"
    FAKE_IP = "fake_ip"
    BYPASS_TOOL = "bypass_tool"
