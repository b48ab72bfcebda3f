"""One endpoint's judgments between its layers: what the page, a followed redirect, a failed
handshake and its paired experiments (control name, no name, the real name elsewhere) mean.

core/engine/endpoint.py runs the probes in order and asks these pure functions what each result
means; tests/test_rules_endpoint.py feeds them hand-written steps.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from core.codes import CertificateProblem, Outcome, Verdict
from core.interception_roots import InterceptionRoot
from core.models import CertificateFacts, JsonValue, Message, Step
from core.rules import certificates, verdict

# A handshake that got any answer from a server (the address and the name are not cut).
REPLIED = (
    Outcome.HANDSHAKE_OK,
    Outcome.ALERT,
    Outcome.PROTOCOL_ERROR,
    Outcome.BAD_CERTIFICATE,
)
# After the handshake: the request went unanswered or was cut.
CUT_REQUEST = (Outcome.TIMEOUT, Outcome.RESET, Outcome.ERROR)
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
    """The request was cut with the real name; the same request with a control name on the
    same address (`paired`) answered -> a filter by name (tls_timeout / tls_reset); it failed
    too -> None (the server is failing; the page's own code stands)."""
    if request_cut(paired) or paired.outcome.connect_failed:
        return None
    return Verdict.TLS_TIMEOUT if step.outcome == Outcome.TIMEOUT else Verdict.TLS_RESET


def followed_page(page: Step, code: Verdict) -> Verdict:
    """A plain-HTTP redirect followed to another host: a block page there makes it one."""
    return Verdict.HTTP_BLOCKPAGE if page.outcome == Outcome.BLOCKPAGE else code


def needs_pairing(code: Verdict) -> bool:
    """A handshake cut or hung with the real name: paired experiments tell name from address."""
    return code in _PAIRED


def bad_certificate(code: Verdict) -> bool:
    return code == Verdict.TLS_BAD_CERTIFICATE


def certificate_evidence(step: Step, name: str, roots: Sequence[InterceptionRoot] = ()) -> Message:
    """Why the certificate presented for `name` was not trusted, in the core's words; when a
    known interception root (`roots`) issued it, which one, where and when."""
    found = certificates.finding(step.certificate, CertificateFacts.presented(step), roots)
    params: dict[str, JsonValue] = {"name": name}
    if found.root is not None:
        params |= {"root": found.root.name, "country": found.root.country}
        params["years"] = found.root.years
    elif found.problem == CertificateProblem.KNOWN_INTERCEPTION_ROOT:
        # named before, but no root to name now: say only what the probe saw
        found = certificates.CertificateFinding(CertificateProblem.UNKNOWN_AUTHORITY)
    return Message(f"evidence.bad_certificate.{found.problem}", params)


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
