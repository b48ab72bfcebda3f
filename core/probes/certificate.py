"""Who a presented certificate names: its subject, its issuer and the issuer's key identifier,
read from the DER bytes a server sent (`cryptography` parses them; ssl only verifies).

The TLS probe reads these only after a verification failed (core/probes/tls.py), so the rules
can tell a known state interception root from any other unknown authority.
"""

from __future__ import annotations

from cryptography import x509
from cryptography.x509.oid import ExtensionOID, NameOID

from core.models import CertificateFacts


def facts_from_der(der: bytes) -> CertificateFacts | None:
    """The facts of one DER certificate (its subject: the common name, or the first name it
    covers when it has none); None when the bytes are not a certificate."""
    try:
        cert = x509.load_der_x509_certificate(der)
    except ValueError:
        return None
    return CertificateFacts(
        subject_cn=_attribute(cert.subject, NameOID.COMMON_NAME) or _first_dns_name(cert),
        issuer_cn=_attribute(cert.issuer, NameOID.COMMON_NAME),
        issuer_org=_attribute(cert.issuer, NameOID.ORGANIZATION_NAME),
        authority_key_id=_authority_key_id(cert),
    )


def _attribute(name: x509.Name, oid: x509.ObjectIdentifier) -> str:
    try:
        values = name.get_attributes_for_oid(oid)
    except ValueError:  # a malformed name: nothing to match on
        return ""
    return str(values[0].value) if values else ""


def _first_dns_name(cert: x509.Certificate) -> str:
    """The first name a certificate covers, for one whose subject has no common name."""
    try:
        extension = cert.extensions.get_extension_for_class(x509.SubjectAlternativeName)
    except (x509.ExtensionNotFound, ValueError):
        return ""
    names = extension.value.get_values_for_type(x509.DNSName)
    return str(names[0]) if names else ""


def _authority_key_id(cert: x509.Certificate) -> str:
    try:
        extension = cert.extensions.get_extension_for_oid(ExtensionOID.AUTHORITY_KEY_IDENTIFIER)
    except (x509.ExtensionNotFound, ValueError):
        return ""
    value = extension.value
    if isinstance(value, x509.AuthorityKeyIdentifier) and value.key_identifier:
        return value.key_identifier.hex()
    return ""
