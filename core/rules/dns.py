"""DNS rules: is the answer the system gave for a name the truth, a lie, or unknown yet?

Modelled on OONI's web_connectivity analysis (docs/sources.md): a bogon answer is spoofed; an
answer outside the trusted set is legitimate if a fully verified TLS handshake for the name
succeeds on it (a CDN giving another edge), and spoofed if it does not; one address handed out
for several unrelated names outside the trusted answers is a block-page address.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Final, Literal

from core import fingerprints
from core.codes import Outcome, Verdict
from core.models import Message
from core.netaddr import IPNetwork, is_bogon, site_of
from core.rules.facts import NameResolution

PENDING: Final = "pending"  # the answer differs from the trusted one: a TLS check decides
FAKE_NXDOMAIN_TCP: Final = "evidence.dns_fake_nxdomain_tcp"
_MISSING = (Outcome.NXDOMAIN, Outcome.NODATA)  # the name has no address, says the answer


@dataclass(frozen=True)
class DnsVerdict:
    code: Verdict | Literal["pending"]  # ok | dns_nxdomain | dns_timeout | dns_spoofed...
    reason: str
    addresses: tuple[str, ...]  # where to probe next (the truth when the system lied)
    to_validate: tuple[str, ...] = ()
    evidence: tuple[Message, ...] = ()

    @property
    def settled(self) -> Verdict:
        """The endpoint's DNS code; one still pending counts as ok, as `settle` decides it when
        no TLS check can be made (nothing disproved the answer)."""
        return self.code if isinstance(self.code, Verdict) else Verdict.OK


def shared_addresses(answers: Iterable[NameResolution]) -> set[str]:
    """Addresses the system resolver gave for names of two or more unrelated sites, where the
    trusted reference did not give them: the signature of a block-page address."""
    sites: dict[str, set[str]] = defaultdict(set)
    confirmed: set[str] = set()
    for res in answers:
        trusted = res.trusted() or ()
        confirmed.update(trusted)
        if res.system.ok:
            for address in res.system.addresses:
                sites[address].add(site_of(res.name))
    return {a for a, s in sites.items() if len(s) >= 2 and a not in confirmed}


def classify(
    res: NameResolution, shared: set[str], overrides: Iterable[IPNetwork] = ()
) -> DnsVerdict:
    overrides = tuple(overrides)
    name = res.name
    trusted = res.trusted()
    truth = trusted or ()
    system = res.system
    if system.outcome in _MISSING:
        if trusted:
            # Name the resolver that contradicted it: encrypted DNS only when DoH answered.
            key = "evidence.dns_fake_nxdomain" if res.doh_answered() else FAKE_NXDOMAIN_TCP
            return DnsVerdict(
                Verdict.DNS_NXDOMAIN,
                "fake_" + system.outcome,
                truth,
                evidence=(
                    Message(
                        key,
                        {"name": name, "outcome": system.outcome, "addresses": _join(truth)},
                    ),
                ),
            )
        if res.trusted_says_missing():
            return DnsVerdict(
                Verdict.DNS_NAME_GONE,
                "name_gone",
                (),
                evidence=(Message("evidence.dns_name_gone", {"name": name}),),
            )
        return DnsVerdict(
            Verdict.DNS_NXDOMAIN,
            "unconfirmed",
            (),
            evidence=(Message("evidence.dns_nxdomain_unconfirmed", {"name": name}),),
        )
    if not system.ok:
        return DnsVerdict(
            Verdict.DNS_TIMEOUT,
            system.outcome,
            truth,
            evidence=(
                Message("evidence.dns_no_answer", {"name": name, "outcome": system.outcome}),
            ),
        )
    answered = system.addresses
    known = _fingerprinted(name, answered, truth)
    if known is not None:
        return DnsVerdict(Verdict.DNS_SPOOFED, "fingerprint", truth, evidence=(known,))
    if _points_local(res, overrides):
        return _local(name, answered)
    bogons = [a for a in answered if is_bogon(a, overrides) and a not in truth]
    if bogons:
        return DnsVerdict(
            Verdict.DNS_SPOOFED,
            "bogon",
            truth,
            evidence=(Message("evidence.dns_bogon", {"name": name, "addresses": _join(bogons)}),),
        )
    if trusted and set(answered) & set(trusted):
        # A local address every source agrees on is never probed (the user's own machine/LAN).
        public = tuple(a for a in answered if not is_bogon(a, overrides))
        return DnsVerdict(Verdict.OK, "consistent", public) if public else _local(name, answered)
    outside = tuple(a for a in answered if a not in truth)
    shared_hits = [a for a in outside if a in shared]
    if shared_hits and trusted:
        return DnsVerdict(
            Verdict.DNS_SPOOFED,
            "shared_address",
            truth,
            evidence=(
                Message(
                    "evidence.dns_shared_address", {"name": name, "addresses": _join(shared_hits)}
                ),
            ),
        )
    if not trusted:
        evidence = Message("evidence.dns_unverified", {"name": name})
        return DnsVerdict(PENDING, "no_reference", answered, outside, (evidence,))
    return DnsVerdict(
        PENDING,
        "differs",
        answered,
        outside,
        (
            Message(
                "evidence.dns_differs",
                {"name": name, "addresses": _join(outside), "trusted": _join(truth)},
            ),
        ),
    )


def _local(name: str, answered: tuple[str, ...]) -> DnsVerdict:
    """Not a lie (the trusted reference says so too) and no server to test: no addresses to
    probe, so nothing connects to the user's own machine or network."""
    evidence = Message("evidence.dns_points_local", {"name": name, "addresses": _join(answered)})
    return DnsVerdict(Verdict.DNS_POINTS_LOCAL, "points_local", (), evidence=(evidence,))


def _points_local(res: NameResolution, overrides: tuple[IPNetwork, ...]) -> bool:
    """The system resolver and every other resolver that answered (public over UDP and TCP,
    encrypted) give only loopback, private or reserved addresses, and an independent
    reference (DoH or TCP/53) did answer: the name itself points to a local address. The
    system resolver alone saying so is tampering (`dns_spoofed`), not this."""
    if res.trusted() is None:
        return False
    answers = [res.system, *res.udp, *res.tcp, *((res.doh,) if res.doh else ())]
    answered = [a for a in answers if a.ok]
    return res.system.ok and all(
        a.addresses and all(is_bogon(x, overrides) for x in a.addresses) for a in answered
    )


def settle(verdict: DnsVerdict, validated: Mapping[str, bool], name: str) -> DnsVerdict:
    """Decide a pending verdict from fully verified TLS handshakes on the differing addresses.

    Any address that validates makes the answer legitimate (a CDN edge); if every checked one
    fails, the answer is spoofed. Unchecked (no TLS on this endpoint) stays unknown -> ok.
    """
    if verdict.code != PENDING:
        return verdict
    checked = {a: ok for a, ok in validated.items() if a in verdict.to_validate}
    if not checked or any(checked.values()):
        reason = "differs_but_valid" if checked else "differs_unchecked"
        note = Message(
            "evidence.dns_differs_valid" if checked else "evidence.dns_differs_unchecked",
            {"name": name, "addresses": _join(verdict.to_validate)},
        )
        return DnsVerdict(Verdict.OK, reason, verdict.addresses, evidence=(*verdict.evidence, note))
    return DnsVerdict(
        Verdict.DNS_SPOOFED,
        "fails_validation",
        _trusted_or_empty(verdict),
        evidence=(
            *verdict.evidence,
            Message(
                "evidence.dns_fails_validation", {"name": name, "addresses": _join(sorted(checked))}
            ),
        ),
    )


def _fingerprinted(name: str, answered: Iterable[str], truth: tuple[str, ...]) -> Message | None:
    """Evidence when the system answered a known block-page address (OONI's DNS rows)."""
    table = fingerprints.builtin()
    for address in answered:
        match = table.match_dns(address)
        if match is not None and address not in truth:
            params = {
                "name": name,
                "address": address,
                "provider": match.label,
                "fingerprint": match.name,
            }
            return Message("evidence.dns_fingerprint", params)
    return None


def _trusted_or_empty(verdict: DnsVerdict) -> tuple[str, ...]:
    return tuple(a for a in verdict.addresses if a not in verdict.to_validate)


def udp_forged(res: NameResolution, shared_udp: set[str], overrides: Iterable[IPNetwork]) -> bool:
    """UDP/53 to a public resolver answered differently from TCP/53 to the same resolver, and
    the UDP answer is a lie by itself (bogon, block-page address, or NXDOMAIN for a real name)."""
    overrides = tuple(overrides)
    tcp_ok = {x for a in res.tcp if a.ok for x in a.addresses}
    for udp in res.udp:
        if not tcp_ok:
            continue
        if udp.outcome in _MISSING:
            return True
        if (
            udp.ok
            and not set(udp.addresses) & tcp_ok
            and any(is_bogon(a, overrides) or a in shared_udp for a in udp.addresses)
        ):
            return True
    return False


def shared_udp_addresses(answers: Iterable[NameResolution]) -> set[str]:
    sites: dict[str, set[str]] = defaultdict(set)
    for res in answers:
        for udp in res.udp:
            if udp.ok:
                for address in udp.addresses:
                    sites[address].add(site_of(res.name))
    return {a for a, s in sites.items() if len(s) >= 2}


def _join(addresses: Iterable[str]) -> str:
    return ", ".join(addresses)
