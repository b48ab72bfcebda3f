"""The lab's certificates: a trusted CA (the engine is told to trust it) and a rogue one that
plays an intercepting middlebox. Leaf certificates are issued on demand, per server name."""

from __future__ import annotations

import ssl
import threading
from pathlib import Path

import trustme


class LabPKI:
    def __init__(self, workdir: Path) -> None:
        self.ca = trustme.CA(organization_name="Svyaz Lab CA")
        self.rogue = trustme.CA(organization_name="Interceptor CA")
        self.bundle = workdir / "lab-ca.pem"
        self.ca.cert_pem.write_to_path(str(self.bundle))
        self._contexts: dict[tuple[str, bool], ssl.SSLContext] = {}
        self._lock = threading.Lock()

    def server_context(
        self, *identities: str, rogue: bool = False, alpn: tuple[str, ...] = ("http/1.1",)
    ) -> ssl.SSLContext:
        """A server context whose certificate covers `identities` (cached)."""
        key = ("|".join(identities), rogue)
        with self._lock:
            ctx = self._contexts.get(key)
            if ctx is None:
                ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
                (self.rogue if rogue else self.ca).issue_cert(*identities).configure_cert(ctx)
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
