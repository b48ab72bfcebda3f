"""The lab's small internet: every catalog host gets a loopback address and a `.test` name.

The lab catalog is made from the real one (same services, functions and endpoint kinds), with
names mapped to `.test` (RFC 6761: never resolvable on the internet) and addresses to
127.B.x.y, so a lab run exercises exactly the shapes a real run does.
"""

from __future__ import annotations

import json
import random
from collections.abc import Container
from dataclasses import dataclass, field, replace
from pathlib import Path

from core.catalog import builtin_catalog_path, parse_file
from core.models import Catalog, Endpoint, Protocol, Service
from core.netaddr import is_ip_literal


def lab_name(real: str) -> str:
    """ "web.whatsapp.com" -> "web.whatsapp-com.test" (keeps one site per real site)."""
    labels = real.lower().rstrip(".").split(".")
    if len(labels) < 2:
        return f"{real}.test"
    return ".".join([*labels[:-2], f"{labels[-2]}-{labels[-1]}", "test"])


@dataclass
class World:
    base: int  # second octet of this lab's 127.B.0.0/16
    catalog: Catalog  # the lab catalog (lab names and addresses)
    addresses: dict[str, str]  # lab name or lab IP -> address
    ip_map: dict[str, str] = field(default_factory=dict)  # real IP -> lab address

    def special(self, third: int, fourth: int) -> str:
        return f"127.{self.base}.{third}.{fourth}"

    @property
    def network(self) -> str:
        return f"127.{self.base}.0.0/16"

    @property
    def system_dns(self) -> str:
        return self.special(0, 53)

    @property
    def public_dns(self) -> str:
        return self.special(0, 8)

    @property
    def canary(self) -> str:
        return self.special(0, 9)

    @property
    def doh(self) -> str:
        return self.special(0, 3)

    @property
    def origin(self) -> str:
        return self.special(0, 200)

    @property
    def blockpage(self) -> str:
        return self.special(250, 1)

    def alternate(self, name: str) -> str:
        """A second valid address for `name` (a CDN handing out another edge)."""
        return self.special(240, 1 + sorted(self.addresses).index(name) % 250)

    def service(self, service_id: str) -> Service:
        found = self.catalog.service(service_id)
        if found is None:
            raise KeyError(f"no service {service_id!r} in the lab catalog")
        return found

    def endpoints(self, service_id: str, kinds: tuple[str, ...] = ()) -> list[Endpoint]:
        return [
            ep
            for f in self.service(service_id).functions
            if not kinds or f.kind.value in kinds
            for ep in f.endpoints
        ]

    def names(self, service_id: str, kinds: tuple[str, ...] = ()) -> set[str]:
        result = set()
        for ep in self.endpoints(service_id, kinds):
            if not is_ip_literal(ep.host):
                result.add(ep.host)
            for extra in (ep.sni,):
                if extra:
                    result.add(extra)
        return result

    def hosts(self, service_id: str, kinds: tuple[str, ...] = ()) -> set[str]:
        """Addresses of a service's endpoints (by name or literal)."""
        return {
            self.addresses[ep.host]
            for ep in self.endpoints(service_id, kinds)
            if ep.protocol not in (Protocol.STUN,)
        }

    def stun_hosts(self, service_id: str | None = None, *, control: bool | None = None) -> set[str]:
        """Addresses of STUN endpoints (call paths): of one service, or of every service that
        is (or is not) a control."""
        services = (
            [self.service(service_id)]
            if service_id
            else [s for s in self.catalog.services if control is None or s.control == control]
        )
        return {
            self.addresses[ep.host]
            for s in services
            for f in s.functions
            for ep in f.endpoints
            if ep.protocol == Protocol.STUN
        }

    def services_where(
        self,
        *,
        region: str | None = None,
        control: bool | None = None,
        allowlisted: bool | None = None,
    ) -> list[Service]:
        return [
            s
            for s in self.catalog.services
            if (region is None or s.region.value == region)
            and (control is None or s.control == control)
            and (allowlisted is None or s.allowlisted == allowlisted)
        ]


def build_world(source: Path | None = None, base: int | None = None) -> World:
    real = parse_file(source or builtin_catalog_path())
    if real.problems:
        raise ValueError(f"cannot build the lab from a broken catalog: {real.problems[0]}")
    base = base if base is not None else random.randint(64, 126)
    addresses: dict[str, str] = {}
    ip_map: dict[str, str] = {}

    def allocate() -> str:
        index = len(addresses)
        return f"127.{base}.{1 + index // 250}.{1 + index % 250}"

    def map_host(host: str) -> str:
        if is_ip_literal(host):
            if host not in ip_map:
                ip_map[host] = allocate()
                addresses[ip_map[host]] = ip_map[host]
            return ip_map[host]
        name = lab_name(host)
        if name not in addresses:
            addresses[name] = allocate()
        return name

    services = []
    for service in real.services:
        functions = []
        for function in service.functions:
            endpoints = []
            for ep in function.endpoints:
                endpoints.append(
                    replace(
                        ep,
                        host=map_host(ep.host),
                        sni=lab_name(ep.sni) if ep.sni else None,
                        control_sni=lab_name(ep.control_sni) if ep.control_sni else None,
                        source=f"lab copy of {ep.host}",
                    )
                )
            functions.append(replace(function, endpoints=tuple(endpoints)))
        services.append(replace(service, functions=tuple(functions)))
    for service in services:  # names used only as SNI still need a certificate and an address
        for function in service.functions:
            for ep in function.endpoints:
                for name in (ep.sni, ep.control_sni):
                    if name and name not in addresses:
                        addresses[name] = allocate()
    return World(base, Catalog(tuple(services)), addresses, ip_map)


# ---- writing the lab catalog file ----


def _toml(value: object) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int | float):
        return repr(value)
    if isinstance(value, str):
        return json.dumps(value)
    if isinstance(value, list | tuple):
        return "[" + ", ".join(_toml(v) for v in value) + "]"
    raise TypeError(f"cannot write {value!r} as TOML")


def catalog_toml(
    world: World,
    settings: dict[str, object],
    ports: dict[str, int],
    closed_http: Container[str] = (),
    dtls_hosts: Container[str] = (),
) -> str:
    """The lab catalog as TOML; `ports` maps protocol kinds to the lab's ports; the plain-HTTP
    endpoints of `closed_http` hosts get `ports["closed"]`, where nothing listens; the STUN
    endpoints of `dtls_hosts` are marked `dtls_answers` (the lab's call servers answer DTLS;
    the shipped catalog knows no public one that does)."""
    lines = [
        "# Lab catalog, generated by lab from resources/services.toml.",
        "version = 1",
        "",
        "[settings]",
    ]
    nested = {k: v for k, v in settings.items() if isinstance(v, dict)}
    for key, value in settings.items():
        if key not in nested:
            lines.append(f"{key} = {_toml(value)}")
    for key, table in nested.items():
        lines += ["", f"[settings.{key}]"]
        lines += [f"{k} = {_toml(v)}" for k, v in table.items()]
    for service in world.catalog.services:
        lines += [
            "",
            "[[service]]",
            f"id = {_toml(service.id)}",
            f"name = {_toml(service.name)}",
            f"category = {_toml(service.category.value)}",
            f"region = {_toml(service.region.value)}",
            f"control = {_toml(service.control)}",
            f"allowlisted = {_toml(service.allowlisted)}",
            f"icon = {_toml(service.icon)}",
        ]
        for function in service.functions:
            lines += ["", "[[service.function]]", f"kind = {_toml(function.kind.value)}"]
            if function.draw:
                lines.append(f"draw = {function.draw}")
            if function.police:
                lines.append("police = true")
            for ep in function.endpoints:
                port = _port(ep, ports, closed_http)
                if ep.protocol == Protocol.STUN and ep.host in dtls_hosts:
                    ep = replace(ep, dtls_answers=True)
                lines += ["[[service.function.endpoint]]", *_endpoint_lines(ep, port)]
    return "\n".join(lines) + "\n"


def _port(ep: Endpoint, ports: dict[str, int], closed_http: Container[str]) -> int:
    if ep.protocol == Protocol.STUN:
        return ports["udp_stun"]
    if ep.protocol == Protocol.HTTP and ep.host in closed_http:
        return ports["closed"]
    return ports["tcp"]


def _endpoint_lines(ep: Endpoint, port: int) -> list[str]:
    fields: dict[str, object] = {"host": ep.host, "port": port, "protocol": ep.protocol.value}
    if ep.path != "/":
        fields["path"] = ep.path
    optional: dict[str, object] = {
        "sni": ep.sni,
        "control_sni": ep.control_sni,
        "transfer_path": ep.transfer_path,
        "throughput_path": ep.throughput_path,
        "stun_answers": ep.stun_answers,
        "upload_path": ep.upload_path,
        "provider": ep.provider,
        "needed_for": ep.needed_for.value if ep.needed_for else None,
    }
    fields.update({k: v for k, v in optional.items() if v})
    if ep.expect_status:
        fields["expect_status"] = list(ep.expect_status)
    if ep.captive_check:
        fields["captive_check"] = True
    if ep.quic:
        fields["quic"] = True
    if ep.no_udp:
        fields["no_udp"] = True
    if ep.dtls_answers:
        fields["dtls_answers"] = True
    if ep.first_step:
        fields["first_step"] = ep.first_step.value
    if ep.hello_shapes:
        fields["hello_shapes"] = True
    fields["source"] = ep.source
    return [f"{k} = {_toml(v)}" for k, v in fields.items()]
