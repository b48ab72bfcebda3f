"""Whose certificate a failed verification met: a root known to be used for state interception
of HTTPS (resources/interception_roots.toml), or just an authority nobody trusts.

The probe records facts (the problem OpenSSL named, the presented certificates' issuers); the
match against the known list is a judgment, so it lives here. The verdict stays
`tls_bad_certificate`: this only names the root in the evidence.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from core.codes import CertificateProblem
from core.interception_roots import InterceptionRoot
from core.models import CertificateFacts

# Problems about who issued the certificate. A certificate that chained up to a trusted root
# and then failed on its name or dates was not issued by an untrusted interception root.
ISSUER_PROBLEMS = (
    CertificateProblem.UNKNOWN_AUTHORITY,
    CertificateProblem.SELF_SIGNED,
    CertificateProblem.OTHER,
)


@dataclass(frozen=True)
class CertificateFinding:
    """Why the certificate was not trusted, and the known root that issued it, if any."""

    problem: CertificateProblem
    root: InterceptionRoot | None = None


def known_root(
    problem: CertificateProblem | None,
    presented: Sequence[CertificateFacts],
    roots: Sequence[InterceptionRoot],
) -> InterceptionRoot | None:
    """The known interception root that issued one of the presented certificates (leaf first,
    then the chain the server sent), when the problem is about the issuer; else None."""
    if problem not in ISSUER_PROBLEMS:
        return None
    for facts in presented:
        for root in roots:
            if issued_by(facts, root):
                return root
    return None


def issued_by(facts: CertificateFacts, root: InterceptionRoot) -> bool:
    """Its issuer's key identifier is the root's, or its issuer carries the root's names."""
    if facts.authority_key_id and facts.authority_key_id.lower() in root.key_ids:
        return True
    if not _same(facts.issuer_cn, root.issuer_cn):
        return False
    return not root.issuer_org or _same(facts.issuer_org, root.issuer_org)


def finding(
    problem: CertificateProblem | None,
    presented: Sequence[CertificateFacts],
    roots: Sequence[InterceptionRoot],
) -> CertificateFinding:
    """The problem to word: a known interception root names itself; otherwise the probe's."""
    root = known_root(problem, presented, roots)
    if root is not None:
        return CertificateFinding(CertificateProblem.KNOWN_INTERCEPTION_ROOT, root)
    return CertificateFinding(problem or CertificateProblem.OTHER)


def _same(presented: str, known: str) -> bool:
    return bool(presented) and presented.strip().casefold() == known.strip().casefold()
