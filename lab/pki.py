"""The lab's certificates: a trusted CA (the engine is told to trust it), a rogue one that
plays an intercepting middlebox, and a local stand-in for a known state interception root (the
same names as its entry in resources/interception_roots.toml, a key made here: never real
keys). Leaf certificates are issued on demand, per server name."""

from __future__ import annotations

import datetime
import ssl
import tempfile
import threading
from pathlib import Path

import trustme
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID

# The lab's copy of Kazakhstan's 2019 root (resources/interception_roots.toml, kz-qaznet-2019).
KNOWN_ROOT_NAME = x509.Name(
    [
        x509.NameAttribute(NameOID.COUNTRY_NAME, "KZ"),
        x509.NameAttribute(NameOID.COMMON_NAME, "Qaznet Trust Network"),
    ]
)


class NamedCA:
    """A CA with the subject name we choose (trustme names its CAs itself): a self-signed
    root with a fresh key, issuing leaves for server names straight from the root, as the
    2019 interception did."""

    def __init__(self, name: x509.Name) -> None:
        self._key = ec.generate_private_key(ec.SECP256R1())
        now = datetime.datetime.now(datetime.UTC)
        public = self._key.public_key()
        self.certificate = (
            x509.CertificateBuilder()
            .subject_name(name)
            .issuer_name(name)
            .public_key(public)
            .serial_number(x509.random_serial_number())
            .not_valid_before(now - datetime.timedelta(days=1))
            .not_valid_after(now + datetime.timedelta(days=3650))
            .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
            .add_extension(x509.SubjectKeyIdentifier.from_public_key(public), critical=False)
            .sign(self._key, hashes.SHA256())
        )

    @property
    def key_id(self) -> str:
        """The root's Subject Key Identifier (hex): its leaves' Authority Key Identifier."""
        ski = self.certificate.extensions.get_extension_for_class(x509.SubjectKeyIdentifier)
        return ski.value.digest.hex()

    def configure(self, context: ssl.SSLContext, *names: str) -> None:
        """Load a fresh leaf for `names` (the first is its common name) into `context`."""
        key = ec.generate_private_key(ec.SECP256R1())
        now = datetime.datetime.now(datetime.UTC)
        leaf = (
            x509.CertificateBuilder()
            .subject_name(x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, names[0])]))
            .issuer_name(self.certificate.subject)
            .public_key(key.public_key())
            .serial_number(x509.random_serial_number())
            .not_valid_before(now - datetime.timedelta(days=1))
            .not_valid_after(now + datetime.timedelta(days=30))
            .add_extension(
                x509.SubjectAlternativeName([x509.DNSName(n) for n in names]), critical=False
            )
            .add_extension(
                x509.AuthorityKeyIdentifier.from_issuer_public_key(self._key.public_key()),
                critical=False,
            )
            .sign(self._key, hashes.SHA256())
        )
        pem = leaf.public_bytes(serialization.Encoding.PEM)
        key_pem = key.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption(),
        )
        with tempfile.TemporaryDirectory() as folder:
            cert_file, key_file = Path(folder, "leaf.pem"), Path(folder, "key.pem")
            cert_file.write_bytes(pem)
            key_file.write_bytes(key_pem)
            context.load_cert_chain(str(cert_file), str(key_file))


# A default virtual host's name: what a server answers with when it has no certificate for the
# name asked (the `wrong_name` authority: the lab's trusted CA, another name).
DEFAULT_HOST = "default-host.lab.test"
EXPIRED_BEFORE = datetime.datetime(2023, 1, 1)
EXPIRED_AFTER = datetime.datetime(2024, 1, 1)
# Who signs an origin's certificates, one origin port each (lab/origin.py): the lab CA, the
# rogue CA, the known root's copy; the lab CA's lapsed leaf and its leaf for another name.
AUTHORITIES = ("lab", "rogue", "known_root", "expired", "wrong_name")


class LabPKI:
    def __init__(self, workdir: Path) -> None:
        self.ca = trustme.CA(organization_name="Svyaz Lab CA")
        self.rogue = trustme.CA(organization_name="Interceptor CA")
        self.known_root = NamedCA(KNOWN_ROOT_NAME)
        self.bundle = workdir / "lab-ca.pem"
        self.ca.cert_pem.write_to_path(str(self.bundle))
        self._contexts: dict[tuple[str, str], ssl.SSLContext] = {}
        self._lock = threading.Lock()

    def server_context(
        self, *identities: str, authority: str = "lab", alpn: tuple[str, ...] = ("http/1.1",)
    ) -> ssl.SSLContext:
        """A server context whose certificate covers `identities`, signed by `authority`
        (`AUTHORITIES`; cached): `expired` is the lab CA's leaf that lapsed in 2024,
        `wrong_name` the lab CA's valid leaf for `DEFAULT_HOST` whatever the name asked."""
        key = ("|".join(identities), authority)
        with self._lock:
            ctx = self._contexts.get(key)
            if ctx is None:
                ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
                if authority == "known_root":
                    self.known_root.configure(ctx, *identities)
                elif authority == "expired":
                    leaf = self.ca.issue_cert(
                        *identities, not_before=EXPIRED_BEFORE, not_after=EXPIRED_AFTER
                    )
                    leaf.configure_cert(ctx)
                elif authority == "wrong_name":
                    self.ca.issue_cert(DEFAULT_HOST).configure_cert(ctx)
                else:
                    ca = self.rogue if authority == "rogue" else self.ca
                    ca.issue_cert(*identities).configure_cert(ctx)
                if alpn:
                    ctx.set_alpn_protocols(list(alpn))
                self._contexts[key] = ctx
            return ctx

    def cert_files(self, workdir: Path, *identities: str) -> tuple[Path, Path]:
        """PEM files (chain, key) for servers that load from disk (aioquic)."""
        leaf = self.ca.issue_cert(*identities)
        chain = workdir / f"{identities[0]}.chain.pem"
        key = workdir / f"{identities[0]}.key.pem"
        chain.write_bytes(b"".join(b.bytes() for b in leaf.cert_chain_pems))
        key.write_bytes(leaf.private_key_pem.bytes())
        return chain, key
