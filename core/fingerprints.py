"""OONI's block-page and DNS-answer fingerprints (resources/blockpages/): who served this page?

A match names the page ("Rostelecom", "Iranian national") instead of guessing from words.
Rows of scope `fp` are false-positive guards: a body that matches one is an ordinary page
(a default web-server page, a hosting provider's footer), so no body fingerprint counts on it.
Shared by the probes (bodies, headers) and the DNS rules (answers), hence a top module.
"""

from __future__ import annotations

import csv
import functools
import re
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from core.resources import resource_path

SOURCE = "OONI blocking-fingerprints"


@dataclass(frozen=True)
class Fingerprint:
    name: str  # OONI's id, e.g. "ooni.ru_6"
    scope: str  # nat, isp, prod, inst, prov, fp
    location: str  # "body", "header.<name>" or "dns"
    kind: str  # full, prefix, contains, regexp
    pattern: str
    label: str  # who serves the page: "Rostelecom", "Russian national"

    def matches(self, value: str) -> bool:
        if self.kind == "full":
            return value == self.pattern
        if self.kind == "prefix":
            return value.startswith(self.pattern)
        if self.kind == "contains":
            return self.pattern in value
        if self.kind == "regexp":
            return _regexp(self.pattern).search(value) is not None
        return False


@dataclass(frozen=True)
class FingerprintMatch:
    name: str
    label: str
    location: str


@dataclass(frozen=True)
class Fingerprints:
    http: tuple[Fingerprint, ...]
    guards: tuple[Fingerprint, ...]  # scope fp
    dns: Mapping[str, Fingerprint]  # answer address -> fingerprint

    def match_http(self, headers: Mapping[str, str], body: str) -> FingerprintMatch | None:
        """The first fingerprint the response matches (headers first: a redirect to a known
        block host is the clearest sign), or None; headers use lower-case names."""
        for fp in self.http:
            if fp.location == "body":
                if not fp.matches(body):
                    continue
                if any(g.location == "body" and g.matches(body) for g in self.guards):
                    return None  # a known ordinary page: no body fingerprint counts on it
            else:
                value = headers.get(fp.location.removeprefix("header."))
                if value is None or not fp.matches(value):
                    continue
            return FingerprintMatch(fp.name, fp.label, fp.location)
        return None

    def match_dns(self, address: str) -> FingerprintMatch | None:
        fp = self.dns.get(address)
        return FingerprintMatch(fp.name, fp.label, "dns") if fp else None


@functools.cache
def _regexp(pattern: str) -> re.Pattern[str]:
    try:
        return re.compile(pattern)
    except re.error:
        return re.compile(r"(?!x)x")  # a broken row matches nothing


def parse(path: Path) -> Fingerprints:
    with path.open(encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(line for line in fh if not line.startswith("#")))
    prints = [
        Fingerprint(
            r["name"],
            r["scope"],
            r["location_found"],
            r["pattern_type"],
            r["pattern"],
            r["label"] or r["name"],
        )
        for r in rows
        if r.get("pattern")
    ]
    # header rows first: they are exact (a Location prefix) where body rows are substrings
    http = sorted(
        (p for p in prints if p.scope != "fp" and p.location != "dns"),
        key=lambda p: p.location == "body",
    )
    return Fingerprints(
        tuple(http),
        tuple(p for p in prints if p.scope == "fp"),
        {p.pattern: p for p in prints if p.location == "dns" and p.scope != "fp"},
    )


@functools.cache
def builtin() -> Fingerprints:
    """The shipped fingerprints (read once)."""
    return parse(resource_path("blockpages", "ooni-fingerprints.csv"))
