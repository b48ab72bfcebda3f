"""The shipped list of certificate authorities states have used to intercept HTTPS
(resources/interception_roots.toml), each with the public source that documents it.

Data only: the rules match a presented certificate's issuer against it
(core/rules/certificates.py); the engine loads it once per process and hands it down.
"""

from __future__ import annotations

import functools
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from core.resources import resource_path
from core.toml_lines import decode_error_line, strip_position

FILE_NAME = "interception_roots.toml"


class InterceptionRootsError(ValueError):
    """The list is broken: the message names the file, the entry and what is wrong."""


@dataclass(frozen=True)
class InterceptionRoot:
    """One known interception root: the name people know it by, how a certificate names it
    (its common name and, when given, its organization; or its key identifier), where and
    when it was used (`country`: an ISO 3166 code worded as `country.<code>` in core/texts),
    and the public report that documents it."""

    id: str
    name: str
    issuer_cn: str
    country: str
    years: str
    source: str
    issuer_org: str = ""  # when given, the organization must match too
    key_ids: tuple[str, ...] = ()  # the root's Subject Key Identifier(s), lowercase hex
    see_also: tuple[str, ...] = ()  # further public reports (browser makers' bugs, posts)


def load_interception_roots(path: Path | None = None) -> tuple[InterceptionRoot, ...]:
    """The list at `path` (the shipped one by default); raises InterceptionRootsError."""
    if path is None:
        return shipped()
    return _load(path)


@functools.cache
def shipped() -> tuple[InterceptionRoot, ...]:
    """The shipped list, read once."""
    return _load(resource_path(FILE_NAME))


def _load(path: Path) -> tuple[InterceptionRoot, ...]:
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise InterceptionRootsError(f"{path}: cannot read: {exc.strerror or exc}") from exc
    except UnicodeDecodeError as exc:
        raise InterceptionRootsError(f"{path}: not UTF-8 text") from exc
    except tomllib.TOMLDecodeError as exc:
        line = decode_error_line(exc)
        where = f" (line {line})" if line else ""
        raise InterceptionRootsError(f"{path}{where}: {strip_position(exc)}") from exc
    entries = data.get("root")
    if not isinstance(entries, list) or not entries:
        raise InterceptionRootsError(f"{path}: no [[root]] entries")
    roots = tuple(_entry(path, number, entry) for number, entry in enumerate(entries, 1))
    seen: set[str] = set()
    for root in roots:
        if root.id in seen:
            raise InterceptionRootsError(f"{path}: two [[root]] entries with id {root.id!r}")
        seen.add(root.id)
    return roots


_REQUIRED = ("id", "name", "issuer_cn", "country", "years", "source")


def _entry(path: Path, number: int, entry: Any) -> InterceptionRoot:
    where = f"{path}: [[root]] #{number}"
    if not isinstance(entry, Mapping):
        raise InterceptionRootsError(f"{where}: not a table")
    for key in _REQUIRED:
        value = entry.get(key)
        if not isinstance(value, str) or not value.strip():
            raise InterceptionRootsError(f"{where}: `{key}` must be non-empty text")
    unknown = set(entry) - {*_REQUIRED, "issuer_org", "key_ids", "see_also"}
    if unknown:
        raise InterceptionRootsError(f"{where}: unknown key(s) {', '.join(sorted(unknown))}")
    org = entry.get("issuer_org", "")
    if not isinstance(org, str):
        raise InterceptionRootsError(f"{where}: `issuer_org` must be text")
    key_ids = entry.get("key_ids", [])
    if not isinstance(key_ids, list) or not all(_is_hex(k) for k in key_ids):
        raise InterceptionRootsError(f"{where}: `key_ids` must be a list of hex strings")
    see_also = entry.get("see_also", [])
    if not isinstance(see_also, list):
        raise InterceptionRootsError(f"{where}: `see_also` must be a list of addresses")
    for address in [entry["source"], *see_also]:
        if not isinstance(address, str) or not address.startswith("https://"):
            raise InterceptionRootsError(f"{where}: {address!r} is not a public https:// address")
    return InterceptionRoot(
        id=str(entry["id"]),
        name=str(entry["name"]),
        issuer_cn=str(entry["issuer_cn"]),
        country=str(entry["country"]).lower(),
        years=str(entry["years"]),
        source=str(entry["source"]),
        issuer_org=org,
        key_ids=tuple(_hex(k) for k in key_ids),
        see_also=tuple(see_also),
    )


def _hex(value: str) -> str:
    return value.replace(":", "").replace(" ", "").lower()


def _is_hex(value: object) -> bool:
    if not isinstance(value, str):
        return False
    digits = _hex(value)
    return bool(digits) and all(ch in "0123456789abcdef" for ch in digits)
