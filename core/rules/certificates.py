"""Whose certificate a failed verification met: a root known to be used for state interception
of HTTPS (resources/interception_roots.toml), or just an authority nobody trusts.

The probe records facts (the problem OpenSSL named, the presented certificates' issuers, and
for a certificate failed on its dates or name whether its chain reached a trusted root); the
match against the known list is a judgment, so it lives here, and so is `site_fault`: an
expired or wrong-name certificate from a trusted root is the site's own (`core/rules/endpoint.py`
names it `site_certificate_invalid`); any other failure stays `tls_bad_certificate`.
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


# Problems a site makes itself with a certificate a trusted authority issued: it lapsed (or is
# not valid yet), or it is for another of the server's names (a default virtual host).
SITE_PROBLEMS = (
    CertificateProblem.EXPIRED,
    CertificateProblem.NOT_YET_VALID,
    CertificateProblem.WRONG_NAME,
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


def site_fault(
    problem: CertificateProblem | None,
    chain_trusted: bool | None,
    presented: Sequence[CertificateFacts],
    roots: Sequence[InterceptionRoot],
) -> bool:
    """The site's own certificate fault, not interception: failed only on its dates or its
    name, its chain measured to reach a trusted root (`chain_trusted`; not measured: no), and
    none of the presented certificates issued by a known interception root (a root some
    devices were made to trust)."""
    if problem not in SITE_PROBLEMS or chain_trusted is not True:
        return False
    return not any(issued_by(facts, root) for facts in presented for root in roots)


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
