"""Load the service catalog (TOML) into models, reporting every problem with file, line, reason.

The built-in catalog always runs; a user file in the config dir adds or overrides services by id,
and a broken user file (or a broken service in it) is reported, never fatal.
"""

from __future__ import annotations

import os
import re
import stat
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TypeVar

from core.catalog_model import FIRST_STEP_PROTOCOL
from core.models import (
    Catalog,
    CatalogProblem,
    Category,
    Endpoint,
    FirstStep,
    Function,
    FunctionKind,
    Protocol,
    Region,
    Service,
    SubhostRole,
)
from core.netaddr import check_host
from core.paths import user_catalog_path
from core.resources import resource_path
from core.toml_lines import Locator, decode_error_line, strip_position

SUPPORTED_VERSION = 1
# Limits checked before a catalog is parsed or run (docs/catalog.md): the built-in catalog is
# ~20 KB with a few dozen services; a file 50x larger is a mistake or an attack, and a run of it
# could not finish within any sane deadline.
MAX_CATALOG_BYTES = 1_000_000
MAX_SERVICES = 300
MAX_ENDPOINTS = 2_000
# The most bytes read of a catalog file: UTF-8 spends at most 4 bytes on a character, so a larger
# file holds more than MAX_CATALOG_BYTES characters. A regular file is refused by its size before
# a byte is read; a pipe or a device (/dev/zero, a FIFO) is read up to this cap and no further.
MAX_CATALOG_READ = 4 * MAX_CATALOG_BYTES
_TOO_LARGE = f"file too large (over {MAX_CATALOG_BYTES:,} characters)"
_E = TypeVar("_E", Category, Region, FunctionKind, Protocol, FirstStep, SubhostRole)
_ID_RE = re.compile(r"^[a-z0-9][a-z0-9_-]{0,40}$")
_ENDPOINT_KEYS = {
    "host",
    "port",
    "protocol",
    "path",
    "sni",
    "expect_status",
    "captive_check",
    "control_sni",
    "transfer_path",
    "throughput_path",
    "quic",
    "stun_answers",
    "source",
    "upload_path",
    "provider",
    "no_udp",
    "dtls_answers",
    "first_step",
    "needed_for",
    "hello_shapes",
}
_SERVICE_KEYS = {"id", "name", "category", "region", "control", "allowlisted", "icon", "function"}


class CatalogError(Exception):
    """A catalog that cannot be used at all (syntax error, wrong version, no usable service)."""

    def __init__(self, problems: list[CatalogProblem]) -> None:
        super().__init__("; ".join(str(p) for p in problems))
        self.problems = problems


def builtin_catalog_path() -> Path:
    return resource_path("services.toml")


def load_catalog(
    replace_with: Path | None = None, user_file: Path | None = None, include_user: bool = True
) -> Catalog:
    """The catalog to run.

    With `replace_with`, only that file is used and any problem in it raises CatalogError
    (the user asked for exactly that file). Otherwise the built-in catalog plus the user file.
    """
    if replace_with is not None:
        parsed = parse_file(replace_with)
        if parsed.problems:
            raise CatalogError(list(parsed.problems))
        if not parsed.services:
            raise CatalogError([CatalogProblem(str(replace_with), None, "no services defined")])
        return parsed
    base = parse_file(builtin_catalog_path())
    if not include_user:
        return base
    user = user_file if user_file is not None else user_catalog_path()
    if not user.exists():
        return base
    extra = parse_file(user)
    return merge(base, extra)


def merge(base: Catalog, extra: Catalog) -> Catalog:
    """Services from `extra` replace same-id services in `base` (in place) or are appended."""
    by_id = {s.id: s for s in extra.services}
    services = [by_id.pop(s.id, s) for s in base.services]
    services.extend(s for s in extra.services if s.id in by_id)
    return Catalog(
        services=tuple(services),
        settings={**base.settings, **extra.settings},
        sources=base.sources + extra.sources,
        problems=base.problems + extra.problems,
    )


def parse_file(path: Path) -> Catalog:
    """Parse a catalog file, its size checked before it is read (a 200 MB file used to cost
    448 MB, and `--catalog /dev/zero` a MemoryError)."""
    try:
        data = _read_capped(path)
        if data is None:
            return _refuse(str(path), None, _TOO_LARGE)
        # as read_text() read it: universal newlines
        text = data.decode("utf-8").replace("\r\n", "\n").replace("\r", "\n")
    except (OSError, UnicodeDecodeError) as exc:
        reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)
        return _refuse(str(path), None, reason)
    return parse_text(text, str(path))


def _read_capped(path: Path) -> bytes | None:
    """The file's bytes, or None when it holds more than MAX_CATALOG_READ: a regular file is
    judged by its size first; anything else is read up to the cap plus one byte."""
    with path.open("rb") as file:
        info = os.fstat(file.fileno())
        if stat.S_ISREG(info.st_mode) and info.st_size > MAX_CATALOG_READ:
            return None
        data = file.read(MAX_CATALOG_READ + 1)
    return None if len(data) > MAX_CATALOG_READ else data


def _refuse(filename: str, line: int | None, reason: str) -> Catalog:
    return Catalog((), sources=(filename,), problems=(CatalogProblem(filename, line, reason),))


def parse_text(text: str, filename: str) -> Catalog:
    if len(text) > MAX_CATALOG_BYTES:
        return _refuse(filename, None, _TOO_LARGE)
    locator = Locator(text)
    if len(locator.services) > MAX_SERVICES or len(locator.endpoints) > MAX_ENDPOINTS:
        return _refuse(
            filename,
            None,
            f"too many services or endpoints (at most {MAX_SERVICES} services and "
            f"{MAX_ENDPOINTS} endpoints)",
        )
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        line = decode_error_line(exc) or max(1, len(text.splitlines()))
        return _refuse(filename, line, strip_position(exc))
    except RecursionError:
        return _refuse(filename, None, "values nested too deeply")
    problems: list[CatalogProblem] = []
    version = data.get("version", SUPPORTED_VERSION)
    if version != SUPPORTED_VERSION:
        version_line = locator.key_line(0, "version")
        msg = f"catalog version {version!r} is not supported (expected {SUPPORTED_VERSION})"
        return Catalog(
            (), sources=(filename,), problems=(CatalogProblem(filename, version_line, msg),)
        )
    settings = data.get("settings", {})
    if not isinstance(settings, dict):
        problems.append(CatalogProblem(filename, None, "'settings' must be a table"))
        settings = {}
    settings = _resolve_relative_paths(settings, Path(filename).parent)
    raw_services = data.get("service", [])
    if not isinstance(raw_services, list):
        problems.append(CatalogProblem(filename, None, "'service' must be an array of tables"))
        raw_services = []
    if len(raw_services) > MAX_SERVICES or _endpoint_count(raw_services) > MAX_ENDPOINTS:
        # inline tables get past the header count above
        return _refuse(filename, None, f"too many services or endpoints (at most {MAX_SERVICES})")
    services: list[Service] = []
    seen: set[str] = set()
    for index, raw in enumerate(raw_services):
        try:
            service = _parse_service(raw, index, locator)
        except _Problem as p:
            problems.append(CatalogProblem(filename, p.line, p.reason))
            continue
        if service.id in seen:
            dup_line = locator.service_line(index)
            problems.append(
                CatalogProblem(filename, dup_line, f"duplicate service id {service.id!r}")
            )
            continue
        seen.add(service.id)
        services.append(service)
    return Catalog(tuple(services), settings, (filename,), tuple(problems))


def _endpoint_count(raw_services: list[Any]) -> int:
    count = 0
    for service in raw_services:
        functions = service.get("function", []) if isinstance(service, dict) else []
        for function in functions if isinstance(functions, list) else []:
            endpoints = function.get("endpoint", []) if isinstance(function, dict) else []
            count += len(endpoints) if isinstance(endpoints, list) else 0
    return count


def _resolve_relative_paths(settings: Mapping[str, Any], base: Path) -> dict[str, Any]:
    result = dict(settings)
    ca = result.get("ca_bundle")
    if isinstance(ca, str) and ca and not Path(ca).is_absolute():
        result["ca_bundle"] = str(base / ca)
    return result


@dataclass
class _Problem(Exception):
    line: int | None
    reason: str


def _parse_service(raw: Any, index: int, loc: Locator) -> Service:
    line = loc.service_line(index)
    if not isinstance(raw, dict):
        raise _Problem(line, "a service must be a table")
    unknown = set(raw) - _SERVICE_KEYS
    if unknown:
        key = sorted(unknown)[0]
        raise _Problem(loc.key_line(line, key), f"unknown key {key!r} in service")
    sid = raw.get("id")
    if not isinstance(sid, str) or not _ID_RE.match(sid):
        raise _Problem(loc.key_line(line, "id") or line, f"bad or missing service id {sid!r}")
    name = raw.get("name")
    if not isinstance(name, str) or not name.strip():
        raise _Problem(loc.key_line(line, "name") or line, f"service {sid!r}: missing name")
    category = _enum(Category, raw.get("category", "reference"), "category", sid, loc, line)
    region = _enum(Region, raw.get("region"), "region", sid, loc, line)
    functions_raw = raw.get("function", [])
    if not isinstance(functions_raw, list) or not functions_raw:
        raise _Problem(line, f"service {sid!r}: needs at least one [[service.function]]")
    functions = tuple(_parse_function(f, sid, index, fi, loc) for fi, f in enumerate(functions_raw))
    kinds = [f.kind for f in functions]
    if len(set(kinds)) != len(kinds):
        raise _Problem(line, f"service {sid!r}: a function kind is listed twice")
    return Service(
        id=sid,
        name=name.strip(),
        category=category,
        region=region,
        functions=functions,
        control=_bool(raw, "control", sid, loc, line),
        allowlisted=_bool(raw, "allowlisted", sid, loc, line),
        icon=str(raw.get("icon", "")),
    )


def _parse_function(raw: Any, sid: str, si: int, fi: int, loc: Locator) -> Function:
    line = loc.function_line(si, fi)
    if not isinstance(raw, dict):
        raise _Problem(line, f"service {sid!r}: a function must be a table")
    kind = _enum(FunctionKind, raw.get("kind"), "kind", sid, loc, line)
    eps = raw.get("endpoint", [])
    if not isinstance(eps, list) or not eps:
        raise _Problem(line, f"service {sid!r}, function {kind.value!r}: needs an endpoint")
    unknown = set(raw) - {"kind", "endpoint", "draw", "police"}
    if unknown:
        key = sorted(unknown)[0]
        raise _Problem(loc.key_line(line, key), f"unknown key {key!r} in function")
    draw = raw.get("draw", 0)
    hosts = len({e.get("host") for e in eps if isinstance(e, dict)})
    if not isinstance(draw, int) or isinstance(draw, bool) or not 0 <= draw <= hosts:
        raise _Problem(
            loc.key_line(line, "draw") or line,
            f"service {sid!r}: draw must be a number of hosts (0 to {hosts})",
        )
    return Function(
        kind,
        tuple(
            _parse_endpoint(e, sid, loc.endpoint_line(si, fi, ei), loc) for ei, e in enumerate(eps)
        ),
        draw=draw,
        police=_bool(raw, "police", sid, loc, line),
    )


def _parse_endpoint(raw: Any, sid: str, line: int | None, loc: Locator) -> Endpoint:
    if not isinstance(raw, dict):
        raise _Problem(line, f"service {sid!r}: an endpoint must be a table")
    unknown = set(raw) - _ENDPOINT_KEYS
    if unknown:
        key = sorted(unknown)[0]
        raise _Problem(loc.key_line(line, key), f"service {sid!r}: unknown endpoint key {key!r}")
    host = raw.get("host")
    if not isinstance(host, str) or not host:
        raise _Problem(loc.key_line(line, "host") or line, f"service {sid!r}: missing host")
    try:
        check_host(host)
    except ValueError as exc:
        raise _Problem(loc.key_line(line, "host") or line, f"service {sid!r}: {exc}") from None
    protocol = _enum(Protocol, raw.get("protocol"), "protocol", sid, loc, line)
    port = raw.get("port", _default_port(protocol))
    if not isinstance(port, int) or isinstance(port, bool) or not 0 < port < 65536:
        raise _Problem(loc.key_line(line, "port") or line, f"service {sid!r}: bad port {port!r}")
    path = raw.get("path", "/")
    if not isinstance(path, str) or not path.startswith("/"):
        raise _Problem(
            loc.key_line(line, "path") or line, f"service {sid!r}: path must start with /"
        )
    expect = raw.get("expect_status", [])
    if not isinstance(expect, list) or not all(
        isinstance(s, int) and 100 <= s <= 599 for s in expect
    ):
        raise _Problem(
            loc.key_line(line, "expect_status") or line,
            f"service {sid!r}: expect_status must be a list of HTTP status codes",
        )
    texts = {}
    text_keys = (
        "sni",
        "control_sni",
        "transfer_path",
        "throughput_path",
        "stun_answers",
        "source",
        "upload_path",
        "provider",
    )
    for key in text_keys:
        value = raw.get(key)
        if value is not None and not isinstance(value, str):
            raise _Problem(loc.key_line(line, key) or line, f"service {sid!r}: {key} must be text")
        texts[key] = value
    for key in ("transfer_path", "throughput_path", "upload_path"):
        value = texts[key]
        if value is not None and not value.startswith("/"):
            raise _Problem(
                loc.key_line(line, key) or line, f"service {sid!r}: {key} must start with /"
            )
    no_udp = _bool(raw, "no_udp", sid, loc, line)
    if no_udp and (protocol in (Protocol.QUIC, Protocol.STUN) or raw.get("quic")):
        raise _Problem(
            loc.key_line(line, "no_udp") or line,
            f"service {sid!r}: an endpoint marked no_udp cannot be probed over UDP",
        )
    dtls_answers = _bool(raw, "dtls_answers", sid, loc, line)
    if dtls_answers and protocol != Protocol.STUN:
        raise _Problem(
            loc.key_line(line, "dtls_answers") or line,
            f"service {sid!r}: dtls_answers is for a stun endpoint (a call server)",
        )
    first_step = None
    if raw.get("first_step") is not None:
        first_step = _enum(FirstStep, raw.get("first_step"), "first_step", sid, loc, line)
        if protocol.value != FIRST_STEP_PROTOCOL[first_step]:
            raise _Problem(
                loc.key_line(line, "first_step") or line,
                f"service {sid!r}: first_step {first_step.value!r} needs protocol "
                f"{FIRST_STEP_PROTOCOL[first_step]!r}",
            )
    needed_for = raw.get("needed_for")
    role = (
        None if needed_for is None else _enum(SubhostRole, needed_for, "needed_for", sid, loc, line)
    )
    return Endpoint(
        host=host,
        port=port,
        protocol=protocol,
        path=path,
        sni=texts["sni"],
        expect_status=tuple(expect),
        captive_check=_bool(raw, "captive_check", sid, loc, line),
        control_sni=texts["control_sni"],
        transfer_path=texts["transfer_path"],
        throughput_path=texts["throughput_path"],
        quic=_bool(raw, "quic", sid, loc, line),
        stun_answers=texts["stun_answers"],
        source=texts["source"] or "",
        upload_path=texts["upload_path"],
        provider=texts["provider"] or "",
        no_udp=no_udp,
        dtls_answers=dtls_answers,
        first_step=first_step,
        needed_for=role,
        hello_shapes=_bool(raw, "hello_shapes", sid, loc, line),
    )


def _default_port(protocol: Protocol) -> int:
    return {Protocol.HTTP: 80, Protocol.STUN: 3478}.get(protocol, 443)


def _enum(cls: type[_E], value: Any, key: str, sid: str, loc: Locator, line: int | None) -> _E:
    try:
        return cls(value)
    except ValueError:
        allowed = ", ".join(m.value for m in cls)
        raise _Problem(
            loc.key_line(line, key) or line,
            f"service {sid!r}: {key} {value!r} is not one of {allowed}",
        ) from None


def _bool(raw: Mapping[str, Any], key: str, sid: str, loc: Locator, line: int | None) -> bool:
    value = raw.get(key, False)
    if not isinstance(value, bool):
        raise _Problem(
            loc.key_line(line, key) or line, f"service {sid!r}: {key} must be true/false"
        )
    return value
