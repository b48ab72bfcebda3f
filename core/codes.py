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
    REFUSES_VPN = "refuses_vpn"  # the service refuses people who use a VPN: never censorship
    # plain HTTP shows another, much shorter page while HTTPS shows the site (no fingerprint)
    HTTP_PAGE_REPLACED = "http_page_replaced"
    HTTP_ERROR = "http_error"
    QUIC_BLOCKED = "quic_blocked"
    THROTTLED = "throttled"
    STALLED = "stalled"
    CONNECTION_LIMITED = "connection_limited"  # new connections hang after a few (policing)
    # the connection opens, the service's own first step gets no answer (or dies after N bytes)
    SERVICE_DATA_DROPPED = "service_data_dropped"
    # the front works, a needed sub-host (map tiles, sign-in) does not: "partly works"
    SUBHOST_BLOCKED = "subhost_blocked"
    # the same handshake passes in one client's hello shape and is cut in another's
    BLOCKED_BY_FINGERPRINT = "blocked_by_fingerprint"
    # the site's own faults: never censorship
    SITE_CERTIFICATE_INVALID = "site_certificate_invalid"  # expired / wrong name, trusted root
    SITE_NO_PLAIN_HTTP = "site_no_plain_http"  # port 80 refused, HTTPS on the address answers
    DNS_POINTS_LOCAL = "dns_points_local"  # every resolver: a loopback/private/reserved address
    # the call path
    CALL_OK = "call_ok"
    CALL_POOR = "call_poor"
    UDP_BLOCKED = "udp_blocked"
    # STUN passes, WebRTC's DTLS handshake is dropped: WebRTC calls never connect
    DTLS_BLOCKED = "dtls_blocked"
    # no verdict, or the network's
    NOT_TESTED = "not_tested"
    OFFLINE = "offline"
    CAPTIVE_PORTAL = "captive_portal"
    # every request sent to the mobile operator's SIM verification ("cooling period") page
    OPERATOR_VERIFICATION = "operator_verification"
    WHITELIST_MODE = "whitelist_mode"  # the network's only, never a function's


NETWORK_VERDICTS = frozenset(
    {
        Verdict.OK,
        Verdict.OFFLINE,
        Verdict.CAPTIVE_PORTAL,
        Verdict.WHITELIST_MODE,
        Verdict.OPERATOR_VERIFICATION,
    }
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
    LOCAL_TRUST_FAILED = "local_trust_failed"
    MACHINE_BUSY = "machine_busy"
    FAKE_IP = "fake_ip"
    BYPASS_TOOL = "bypass_tool"
    SLOW_LINE = "slow_line"
    UNSTABLE_LINE = "unstable_line"


class Outcome(_Vocabulary):
    """What one probe action found (`Step.outcome`, `DnsAnswer.outcome`): one spelling per fact.

    Probes write these; rules read them. A document may carry an older spelling of the same fact
    (`LEGACY_OUTCOMES`) or a word this version does not know: `parse_outcome` reads both.
    """

    # shared by several probes
    OK = "ok"  # a DNS answer with addresses
    ERROR = "error"
    FAILED = "failed"
    TIMEOUT = "timeout"
    RESET = "reset"
    REFUSED = "refused"
    CLOSED = "closed"
    UNREACHABLE = "unreachable"
    PROXY_ERROR = "proxy_error"
    # name lookup
    NXDOMAIN = "nxdomain"
    NODATA = "nodata"
    SERVFAIL = "servfail"
    # connection
    CONNECTED = "connected"
    CONNECT_REFUSED = "connect_refused"  # the connection under a TLS/HTTP probe failed
    CONNECT_RESET = "connect_reset"
    CONNECT_TIMEOUT = "connect_timeout"
    CONNECT_UNREACHABLE = "connect_unreachable"
    CONNECT_ERROR = "connect_error"
    CONNECT_PROXY_ERROR = "connect_proxy_error"
    # secure connection
    HANDSHAKE_OK = "handshake_ok"
    ANSWERED = "answered"  # a ServerHello or an alert came back (the policing test)
    NON_TLS_REPLY = "non_tls_reply"
    BAD_CERTIFICATE = "bad_certificate"
    ALERT = "alert"
    PROTOCOL_ERROR = "protocol_error"
    RESET_AFTER_CLIENT_HELLO = "reset_after_client_hello"
    RESET_DURING_HANDSHAKE = "reset_during_handshake"
    CLOSED_AFTER_CLIENT_HELLO = "closed_after_client_hello"
    CLOSED_DURING_HANDSHAKE = "closed_during_handshake"
    STALL_NO_SERVER_HELLO = "stall_no_server_hello"  # the ClientHello went unanswered
    STALL_DURING_HANDSHAKE = "stall_during_handshake"  # a reply began, then froze
    NO_ANSWER = "no_answer"  # QUIC: no reply to the Initial
    # the page
    RESPONSE = "response"
    UNEXPECTED_STATUS = "unexpected_status"
    BLOCKPAGE = "blockpage"
    GEO_REFUSED = "geo_refused"
    VPN_REFUSED = "vpn_refused"  # a "turn off your VPN" page or code
    # data
    COMPLETE = "complete"
    TOO_SMALL = "too_small"  # the resource ended before enough bytes: no verdict
    STALLED = "stalled"  # the flow froze after it began
    SLOW = "slow"  # the deadline came before the bytes did: it crawls
    NO_CONNECTION = "no_connection"
    MEASURED = "measured"
    TOO_LITTLE_DATA = "too_little_data"

    @classmethod
    def connect_failure(cls, tcp_outcome: str) -> Outcome:
        """A TLS/HTTP probe whose connection failed (`refused` -> `connect_refused`)."""
        return cls.parse(f"connect_{tcp_outcome}")

    @property
    def connect_failed(self) -> bool:
        """The probe never got a connection to speak on."""
        return self.startswith("connect_")


class CertificateProblem(_Vocabulary):
    """Why a certificate was not trusted, classified at the TLS probe from OpenSSL's verify code
    (core/probes/tls.py), or named by the rules when its issuer is a known interception root;
    words: `evidence.bad_certificate.<problem>` (core/texts)."""

    EXPIRED = "expired"
    NOT_YET_VALID = "not_yet_valid"
    WRONG_NAME = "wrong_name"
    UNKNOWN_AUTHORITY = "unknown_authority"  # an interceptor's CA, or a chain nobody trusts
    SELF_SIGNED = "self_signed"
    OTHER = "other"
    # Not a probe's classification: the rules name it when the presented certificate was
    # issued by a root known to be used for state interception (core/rules/certificates.py).
    KNOWN_INTERCEPTION_ROOT = "known_interception_root"

    @classmethod
    def from_message(cls, message: str) -> CertificateProblem:
        """From OpenSSL's verify message alone: for documents written before the problem was
        classified (they kept only the message) and for an error that carries no verify code."""
        low = message.lower()
        for needles, problem in _MESSAGE_WORDS:
            if any(needle in low for needle in needles):
                return problem
        return cls.OTHER


_MESSAGE_WORDS = (
    (("self-signed", "self signed"), CertificateProblem.SELF_SIGNED),
    (("local issuer", "unknown ca", "unable to get issuer"), CertificateProblem.UNKNOWN_AUTHORITY),
    (("mismatch", "doesn't match"), CertificateProblem.WRONG_NAME),
    (("not yet valid",), CertificateProblem.NOT_YET_VALID),
    (("expired",), CertificateProblem.EXPIRED),
)


LEGACY_OUTCOMES: dict[str, Outcome] = {
    # documents written before issue #19: the policing test spelled this fact its own way
    "stall": Outcome.STALL_NO_SERVER_HELLO,
}


def parse_outcome(value: str) -> Outcome:
    """A stored outcome: an older spelling becomes today's member; an unknown word is kept."""
    return LEGACY_OUTCOMES.get(value) or Outcome.parse(value)
