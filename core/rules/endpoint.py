"""One endpoint's judgments between its layers: what the page, a followed redirect, a failed
handshake and its paired experiments (control name, no name, the real name elsewhere) mean,
whether a plain-HTTP page is the site's own (against the same page over HTTPS); whose fault a
failed certificate is, whether a refused port 80 beside an open secure port is a site with no
plain HTTP, and whether an address that hangs after earlier connections to it answered is
limiting connections rather than a black hole (issue 20).

core/engine/endpoint.py runs the probes in order and asks these pure functions what each result
means; tests/test_rules_endpoint.py feeds them hand-written steps.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from core.codes import CertificateProblem, Outcome, Verdict
from core.interception_roots import InterceptionRoot
from core.models import CertificateFacts, JsonValue, Message, Protocol, Step, StepKind
from core.rules import certificates, verdict
from core.rules.facts import Finding
from core.safetext import plain

# A handshake that got any answer from a server (the address and the name are not cut).
REPLIED = (
    Outcome.HANDSHAKE_OK,
    Outcome.ALERT,
    Outcome.PROTOCOL_ERROR,
    Outcome.BAD_CERTIFICATE,
)
# After the connection (and the handshake) opened: the request went unanswered or was cut
# (reset, or closed before any response).
CUT_REQUEST = (Outcome.TIMEOUT, Outcome.RESET, Outcome.ERROR, Outcome.CLOSED)
# Failures the paired handshakes are for: a name filter or an address block?
_PAIRED = (Verdict.TLS_RESET, Verdict.TLS_TIMEOUT)


def replied(step: Step) -> bool:
    return step.outcome in REPLIED


def request_cut(step: Step) -> bool:
    """The request after a handshake went unanswered or was reset (worth a control name)."""
    return step.outcome in CUT_REQUEST


def page_code(step: Step) -> Verdict:
    """The verdict of the page itself (HTTP or HTTPS GET)."""
    return Verdict.OK if step.ok else verdict.http_code(step.outcome)


def request_by_name(step: Step, paired: Step) -> Verdict | None:
    """The request was cut with the real name (the server name over HTTPS, the Host header
    over plain HTTP); the same request with a control name on the same address (`paired`)
    answered -> a filter by name (tls_timeout / tls_reset: "cut by server name"); it failed
    too -> None (the server or the line is failing; the page's own code stands)."""
    if request_cut(paired) or paired.outcome.connect_failed:
        return None
    return Verdict.TLS_TIMEOUT if step.outcome == Outcome.TIMEOUT else Verdict.TLS_RESET


def request_cut_evidence(plain_http: bool, params: Mapping[str, JsonValue]) -> Message:
    """Why the request reads as cut by name: the server name over HTTPS, the Host over HTTP."""
    key = "evidence.host_cut_by_name" if plain_http else "evidence.request_cut_by_name"
    return Message(key, params)


# ---- a plain-HTTP page against the same page over HTTPS ----

# A page put in a site's place is small ("Access denied", a notice): a bigger plain page is
# not compared, so no HTTPS page is fetched for it (the run's data budget).
SMALL_PAGE = 4 * 1024
# "Much shorter": at most this share of the site's own page, which is at least MIN_SITE_PAGE.
SHORTER_SHARE = 0.25
MIN_SITE_PAGE = 1024
TITLE_CHARS = 60  # a title quoted in evidence: network text, sanitised and cut


def page_size(step: Step) -> int:
    """The body's size: its Content-Length when the server gave one, else the bytes read."""
    length = step.detail.get("content_length")
    if isinstance(length, int) and not isinstance(length, bool):
        return length
    read = step.detail.get("body_bytes")
    return read if isinstance(read, int) and not isinstance(read, bool) else 0


def _status(step: Step) -> int:
    status = step.detail.get("status")
    return status if isinstance(status, int) and not isinstance(status, bool) else 0


def _title(step: Step) -> str:
    return " ".join(str(step.detail.get("title") or "").split()).casefold()


def page_worth_comparing(page: Step) -> bool:
    """A plain-HTTP page answered as an ordinary small page: 2xx (a redirect, to HTTPS or
    anywhere, a loop or a broken one, is the site's answer, and so is a page that redirects
    by itself with a meta refresh or a script, or links to the same site over HTTPS), not the
    site's own CAPTCHA, small enough to be a page put in the site's place. Only then is the
    HTTPS page fetched."""
    return (
        page.ok
        and page.outcome == Outcome.RESPONSE
        and 200 <= _status(page) < 300
        and not page.detail.get("challenge")
        and not page.detail.get("client_redirect")
        and not page.detail.get("links_https_site")
        and page_size(page) <= SMALL_PAGE
    )


def quoted_title(step: Step) -> str:
    """A page's title for the words: one printable line, cut short; "" when it has none."""
    title = plain(" ".join(str(step.detail.get("title") or "").split()))
    return title if len(title) <= TITLE_CHARS else title[: TITLE_CHARS - 1].rstrip() + "…"


def replaced_page(page: Step, secure: Step, host: str) -> tuple[Verdict, Message] | None:
    """The plain-HTTP `page` against the same site's page over verified HTTPS (`secure`):
    another title and a much shorter body, while HTTPS shows the site -> the unencrypted page
    was replaced (http_page_replaced, both titles as evidence); else None (the site's own)."""
    if not page_worth_comparing(page) or not secure.ok or secure.outcome != Outcome.RESPONSE:
        return None
    if not 200 <= _status(secure) < 300 or secure.detail.get("challenge"):
        return None
    site_title = _title(secure)
    site_size = page_size(secure)
    if not site_title or _title(page) == site_title or site_size < MIN_SITE_PAGE:
        return None
    if page_size(page) > site_size * SHORTER_SHARE:
        return None
    params: dict[str, JsonValue] = {
        "name": host,
        "title": quoted_title(page),
        "site_title": quoted_title(secure),
        "bytes": page_size(page),
        "site_bytes": site_size,
    }
    key = (
        "evidence.plain_page_replaced"
        if params["title"]
        else "evidence.plain_page_replaced.untitled"
    )
    return Verdict.HTTP_PAGE_REPLACED, Message(key, params)


def followed_page(page: Step, code: Verdict) -> Verdict:
    """A plain-HTTP redirect followed to another host: a block page there makes it one."""
    return Verdict.HTTP_BLOCKPAGE if page.outcome == Outcome.BLOCKPAGE else code


def needs_pairing(code: Verdict) -> bool:
    """A handshake cut or hung with the real name: paired experiments tell name from address."""
    return code in _PAIRED


def bad_certificate(code: Verdict) -> bool:
    """The certificate failed verification: whose fault it is, `certificate_code` says."""
    return code == Verdict.TLS_BAD_CERTIFICATE


def certificate_code(step: Step, roots: Sequence[InterceptionRoot] = ()) -> Verdict:
    """A failed verification: the site's own certificate (expired or for another name, from a
    trusted root: `site_certificate_invalid`), else possible interception."""
    trusted = step.detail.get("chain_trusted")
    if certificates.site_fault(
        step.certificate,
        trusted if isinstance(trusted, bool) else None,
        CertificateFacts.presented(step),
        roots,
    ):
        return Verdict.SITE_CERTIFICATE_INVALID
    return Verdict.TLS_BAD_CERTIFICATE


def certificate_evidence(step: Step, name: str, roots: Sequence[InterceptionRoot] = ()) -> Message:
    """Why the certificate presented for `name` was not trusted, in the core's words; when a
    known interception root (`roots`) issued it, which one, where and when; when it is the
    site's own fault, which (expired, not yet valid, another name: the name it is for)."""
    presented = CertificateFacts.presented(step)
    if certificate_code(step, roots) == Verdict.SITE_CERTIFICATE_INVALID:
        subject = presented[0].subject_cn if presented else ""
        return Message(
            f"evidence.site_certificate.{step.certificate}", {"name": name, "subject": subject}
        )
    found = certificates.finding(step.certificate, presented, roots)
    params: dict[str, JsonValue] = {"name": name}
    if found.root is not None:
        params |= {"root": found.root.name, "country": found.root.country}
        params["years"] = found.root.years
    elif found.problem == CertificateProblem.KNOWN_INTERCEPTION_ROOT:
        # named before, but no root to name now: say only what the probe saw
        found = certificates.CertificateFinding(CertificateProblem.UNKNOWN_AUTHORITY)
    return Message(f"evidence.bad_certificate.{found.problem}", params)


def plain_http_refused(protocol: Protocol, code: Verdict) -> bool:
    """A plain-HTTP endpoint refused on every address: worth asking the secure port."""
    return protocol == Protocol.HTTP and code == Verdict.TCP_REFUSED


def no_plain_http(code: Verdict, secure_connects: Sequence[Step]) -> Verdict:
    """Port 80 refused while the site's secure port on the same address opens: the site
    serves no plain HTTP (`site_no_plain_http`); nothing opens there either: the code stands."""
    if code == Verdict.TCP_REFUSED and any(s.ok for s in secure_connects):
        return Verdict.SITE_NO_PLAIN_HTTP
    return code


def tcp_reset(code: Verdict) -> bool:
    return code == Verdict.TCP_RESET


@dataclass(frozen=True)
class Paired:
    """What the paired handshakes say: the code, the evidence, and whether the run learnt that
    the real name fails on a control's address too (`swap_same`; None: not learnt here)."""

    code: Verdict
    evidence: tuple[Message, ...] = ()
    swap_same: bool | None = None


def paired(code: Verdict, answered: Mapping[str, bool], params: Mapping[str, JsonValue]) -> Paired:
    """`answered` by purpose: control_name / no_name on the same address, swap (the real name
    on a domestic control's address). Another name answering -> by name (the code stands);
    every other name failing too -> by address (tls_* -> tcp_*)."""
    if answered.get("control_name") or answered.get("no_name"):
        evidence = [Message("evidence.paired_by_name", params)]
        swap_same = None
        if "swap" in answered:
            # By name, the usual answer is that the name is cut on the control's address too.
            swap_same = not answered["swap"]
        if answered.get("swap") is False:
            evidence.append(Message("evidence.swap_name_fails_elsewhere", params))
        return Paired(code, tuple(evidence), swap_same)
    if "control_name" not in answered and "no_name" not in answered:
        return Paired(code)
    evidence = [Message("evidence.paired_by_address", params)]
    if answered.get("swap"):
        evidence.append(Message("evidence.swap_name_ok_elsewhere", params))
    return Paired(verdict.tls_code_by_address(code), tuple(evidence))


def flaky_share(tries: int, passed: int) -> float | None:
    """Some of the real-name tries went through: the share that failed (never "works" or
    "blocked" by one try); None when none passed."""
    if not passed:
        return None
    return round((tries - passed) / tries, 2)


def true_address(name: str, layer_code: Verdict) -> Message:
    """DNS lied; the true addresses were probed: does fixing DNS suffice?"""
    works = verdict.is_ok(layer_code)
    key = "evidence.true_address_works" if works else "evidence.true_address_fails"
    return Message(key, {"name": name, "what_code": layer_code})


def passed() -> Verdict:
    """The layer (or every signature test) passed."""
    return Verdict.OK


def unprobed() -> Verdict:
    """An endpoint this engine cannot probe on its own (a STUN relay: the call test does), or
    whose probe broke on something unforeseen: not tested, never a guess."""
    return Verdict.NOT_TESTED


def addresses_failing(connects: Sequence[Step]) -> str:
    return ", ".join(s.addresses[0] for s in connects if not s.ok)


# ---- connection limiting wherever it happens ----

# Codes that say "everything to this address hangs": a black hole needs every attempt to fail.
_HANG_CODES = (Verdict.TCP_TIMEOUT, Verdict.HTTP_ERROR)
# Words of `connection_limited` reached on an ordinary endpoint (not the policing test's pool).
LIMITED_WORDS = "address"


def _layer(step: Step) -> str | None:
    """Which layer a connection-bearing step failed or passed at: "connect" (a bare TCP
    connect, or a probe whose connect failed) or "data" (a probe that got a connection);
    None: not a TCP connection of an endpoint (DNS, QUIC, STUN)."""
    if step.kind in (StepKind.DNS, StepKind.STUN, StepKind.QUIC) or not step.addresses:
        return None
    if step.kind == StepKind.TCP or step.outcome.connect_failed:
        return "connect"
    return "data"


def _hung(step: Step, layer: str) -> bool:
    """A new connection opened (or tried to) and nothing came back at `layer`: its connect, or
    the first bytes it sent (a ClientHello with no ServerHello, a plain request with no
    answer). A request that timed out after its own handshake passed is a failing server's."""
    if layer == "connect":
        return step.outcome in (Outcome.TIMEOUT, Outcome.CONNECT_TIMEOUT)
    if _layer(step) != "data":
        return False
    if step.kind == StepKind.TLS:
        return step.outcome == Outcome.STALL_NO_SERVER_HELLO
    plain_request = step.kind == StepKind.HTTP and step.target.startswith("http://")
    return plain_request and step.outcome == Outcome.TIMEOUT


def _answered(step: Step, layer: str) -> bool:
    """Something came back at `layer`: a connect opened (a bare connect, or any probe that got
    a connection), or a handshake or request got any reply."""
    if layer == "connect":
        return _layer(step) == "data" or (step.kind == StepKind.TCP and step.ok)
    if _layer(step) != "data":
        return False
    return step.ok or step.outcome in (*REPLIED, *_PAGE_ANSWERS)


_PAGE_ANSWERS = (
    Outcome.UNEXPECTED_STATUS,
    Outcome.BLOCKPAGE,
    Outcome.GEO_REFUSED,
    Outcome.VPN_REFUSED,
)


def _first_hang(code: Verdict, steps: Sequence[Step]) -> Step | None:
    if code not in _HANG_CODES:
        return None
    for step in sorted(steps, key=lambda s: s.started_ms):
        layer = _layer(step)
        if layer and _hung(step, layer):
            return step
    return None


def hung_address(code: Verdict, steps: Sequence[Step]) -> str | None:
    """The address whose connections hung, when the endpoint's code says the address hangs
    (`tcp_timeout`, or an `http_error` of unanswered requests); None otherwise."""
    first = _first_hang(code, steps)
    return first.addresses[0] if first else None


def limited(code: Verdict, own: Sequence[Step], seen: Sequence[Step]) -> Finding | None:
    """Connections that passed, then later ones that hang, on one address: `connection_limited`
    (a policer), not a black hole or a failing server. `own`: the endpoint's steps; `seen`:
    every connection this run made to the address its connections hung on (its own
    included). At one layer at a time: a hung handshake or request is compared with earlier
    handshakes and requests that were answered (a bare connect proves nothing about them), a
    hung connect with earlier connects that opened. Every attempt hung, or one answered after
    the first hang: None (the code stands)."""
    first = _first_hang(code, own)
    if first is None:
        return None
    layer, address = _layer(first) or "data", first.addresses[0]
    same = [s for s in (*seen, *own) if s.addresses and s.addresses[0] == address]
    same = list({id(s): s for s in same}.values())
    passed = [s for s in same if _answered(s, layer) and s.started_ms < first.started_ms]
    later = [s for s in same if s.started_ms >= first.started_ms]
    if not passed or any(_answered(s, layer) for s in later):
        return None
    figures: dict[str, JsonValue] = {
        "passed": len(passed),
        "hung": sum(_hung(s, layer) for s in later),
    }
    evidence = Message("evidence.connections_limited", {**figures, "address": address})
    return Finding(
        Verdict.CONNECTION_LIMITED, evidence=(evidence,), figures=figures, words=LIMITED_WORDS
    )


# ---- a messenger's own first step (issue 22) ----

# Outcomes of a first step that opened a connection and then got no answer of the service's
# own: silence, data that began and died, a close, a reply that is not the service's.
_DATA_DROPPED = (
    Outcome.NO_ANSWER,
    Outcome.STALLED,
    Outcome.CLOSED,
    Outcome.PROTOCOL_ERROR,
    Outcome.ERROR,
)


def first_step_again(step: Step) -> bool:
    """Try the first step once more on a fresh connection: a lossy line loses one exchange now
    and then, a censor that drops the service's data drops every one."""
    return not step.ok and Outcome.parse(step.outcome) in (*_DATA_DROPPED, Outcome.RESET)


def first_step(steps: Sequence[Step], endpoint: str) -> Finding:
    """The service's own first step (`core/probes/firststep.py`), tried once or twice.

    Answered on any try: the service answers (a miss before it is the line's). Otherwise the
    last try says what: its connection failed (the connection's code), it was reset (a reset
    after the data, `tcp_reset`), or the data went unanswered, died after N bytes, was closed
    or replaced: `service_data_dropped`, with the bytes as evidence. That code rests on the
    clock (`rules.load.TIMING_CODES`), so a busy computer or a slow, unstable line (the
    controls' reading) holds it back instead of blaming the censor."""
    if not steps or any(s.ok for s in steps):
        return Finding(Verdict.OK)
    last = steps[-1]
    outcome = Outcome.parse(last.outcome)
    if outcome.connect_failed:
        return Finding(verdict.tcp_code(outcome.removeprefix("connect_")))
    if outcome == Outcome.RESET:
        return Finding(Verdict.TCP_RESET)
    if outcome not in _DATA_DROPPED:
        return Finding(Verdict.NOT_TESTED)
    received = max(_count(s, "received") for s in steps)
    params: dict[str, JsonValue] = {
        "endpoint": endpoint,
        "protocol": str(last.detail.get("protocol", "")),
        "sent": _count(last, "sent"),
        "received": received,
        "outcome": outcome.value,
        "tries": len(steps),
    }
    return Finding(
        Verdict.SERVICE_DATA_DROPPED,
        evidence=(Message("evidence.service_data_dropped", params),),
        figures={"received": received, "sent": _count(last, "sent")},
    )


def _count(step: Step, key: str) -> int:
    value = step.detail.get(key, 0)
    return value if isinstance(value, int) and not isinstance(value, bool) else 0
