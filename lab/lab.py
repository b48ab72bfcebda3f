"""Start and stop a lab: real servers on loopback, run on their own thread and event loop (the
"internet" is not the engine's loop), playing the censor of one scenario."""

from __future__ import annotations

import asyncio
import contextlib
import errno
import socket
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from lab.censor import LAB_IPV6, Censor
from lab.dnsserver import DnsRule, DnsServer
from lab.front import Front
from lab.origin import Origin, OriginContent
from lab.pki import LabPKI
from lab.quic import QuicLab
from lab.stun import StunLab
from lab.world import World, build_world, catalog_toml

# Short timeouts: on loopback everything honest answers in milliseconds.
LAB_TIMEOUTS = {
    "dns": 1.0,
    "dns_late": 2.0,  # a late system answer (lab/scenarios_2026.py system_dns_slow: 1.5 s)
    "connect": 2.5,
    "tls": 2.5,
    "http": 3.0,
    "transfer": 4.0,
    "overall": 40.0,
}

START_ATTEMPTS = 3  # see start_lab

Extension = Callable[["Lab"], "asyncio.Future[None] | None"]


@dataclass
class LabInfo:
    catalog: Path
    ca_bundle: Path
    resolver: str
    public_dns: str
    canary_dns: str
    doh: str
    ports: dict[str, int] = field(default_factory=dict)

    def flags(self) -> list[str]:
        """The `svyaz diagnose` flags that point the engine at this lab."""
        return [
            "--catalog",
            str(self.catalog),
            "--resolver",
            self.resolver,
            "--public-dns",
            self.public_dns,
            "--canary-dns",
            self.canary_dns,
            "--doh",
            self.doh,
            "--ca-bundle",
            str(self.ca_bundle),
        ]


class Lab:
    def __init__(
        self, world: World, censor: Censor, workdir: Path, timeouts: dict[str, float] | None = None
    ) -> None:
        self.world = world
        self.censor = censor
        self.workdir = workdir
        self.timeouts = {**LAB_TIMEOUTS, **(timeouts or {})}
        self.loop = asyncio.new_event_loop()
        self._thread = threading.Thread(target=self.loop.run_forever, name="lab", daemon=True)
        self._stoppers: list[Callable[[], object]] = []
        self.info: LabInfo | None = None
        self.front: Front | None = None
        self.origin: Origin | None = None
        self.extensions: list[Callable[[Lab], object]] = []  # more servers (QUIC, STUN)

    # ---- life cycle ----

    def start(self) -> LabInfo:
        self.workdir.mkdir(parents=True, exist_ok=True)
        self._thread.start()
        future = asyncio.run_coroutine_threadsafe(self._start(), self.loop)
        self.info = future.result(timeout=30)
        return self.info

    def stop(self) -> None:
        if not self._thread.is_alive():
            return
        future = asyncio.run_coroutine_threadsafe(self._stop(), self.loop)
        with contextlib.suppress(Exception):
            future.result(timeout=15)
        self.loop.call_soon_threadsafe(self.loop.stop)
        self._thread.join(timeout=15)
        self.loop.close()

    def __enter__(self) -> LabInfo:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    def call(self, fn: Callable[[], object]) -> None:
        """Run `fn` on the lab loop (to change the censor mid-run safely)."""
        self.loop.call_soon_threadsafe(fn)

    # ---- servers ----

    async def _start(self) -> LabInfo:
        w, c = self.world, self.censor
        pki = LabPKI(self.workdir)
        self.pki = pki
        c.blockpage_address = w.blockpage
        c.lab_addresses |= {w.doh, w.system_dns, w.public_dns, w.canary, w.origin}
        content = OriginContent(
            doh_decide=lambda name: c.doh_dns.get(name) or self.truth(name),
            broken_hosts=c.broken_http,
            drip_upload_hosts=c.drip_upload,
            pages=c.service_pages,
            plain_pages=c.plain_service_pages,
        )
        for service in w.catalog.services:
            for function in service.functions:
                for ep in function.endpoints:
                    for path in (ep.throughput_path, ep.transfer_path):
                        if path:
                            content.large_paths.add(path)
        self.origin = Origin(pki, w.origin, content, ("default.lab.test", w.doh))
        await self.origin.start()
        self._stoppers.append(self.origin.stop)
        dns_port = _free_port(w.system_dns)
        servers = [
            DnsServer(w.system_dns, dns_port, self._system_rule),
            DnsServer(w.public_dns, dns_port, self._public_rule),
        ]
        if c.canary_answers:
            servers.append(DnsServer(w.canary, dns_port, self._public_rule, tcp=False))
        for server in servers:
            await server.start()
            self._stoppers.append(server.stop)
        self.front = Front(w.origin, self.origin.ports, c.on_connect, c.decide)
        self.front.line = c.line
        self._stoppers.append(self.front.stop)
        tcp_port = _free_port(w.doh)
        c.port = tcp_port
        listen = set(w.addresses.values()) | {w.doh, w.blockpage}
        listen |= {w.alternate(n) for n in w.addresses if not n[0].isdigit()}
        for address in sorted(listen):
            if address in c.refuse:
                continue
            if address in c.blackhole:
                self.front.blackhole(address, tcp_port)
            else:
                await self.front.listen(address, tcp_port)
        if c.ipv6_names:  # the names' IPv6 side: one address, the censor's rules are IPv4's
            await self.front.listen(LAB_IPV6, tcp_port)
        ports = {"tcp": tcp_port, "dns": dns_port, "udp_stun": tcp_port, "udp_quic": tcp_port}
        if c.plain_http_closed:  # a port nothing listens on: connects there are refused
            ports["closed"] = _free_port(w.addresses[min(c.plain_http_closed)])
        await self._start_quic(tcp_port)
        ports["udp_stun"] = await self._start_stun()
        self.ports = ports
        for extension in self.extensions:
            result = extension(self)
            if asyncio.iscoroutine(result):
                await result
        settings: dict[str, object] = {
            "system_resolver": f"{w.system_dns}:{dns_port}",
            "public_dns": [f"{w.public_dns}:{dns_port}"],
            "canary_dns": f"{w.canary}:{dns_port}",
            "doh": [f"https://{w.doh}:{tcp_port}/dns-query"],
            "ca_bundle": str(pki.bundle),
            "public_networks": [w.network],
            "call_reflectors": [w.network],
            "call_duration": c.call_duration,
            "ipv6": bool(c.ipv6_names),  # the same run on every machine, IPv6 or not
            "timeouts": dict(self.timeouts),
        }
        catalog = self.workdir / "lab-catalog.toml"
        toml = catalog_toml(
            w, settings, ports, closed_http=c.plain_http_closed, dtls_hosts=c.dtls_answers
        )
        catalog.write_text(toml, encoding="utf-8")
        return LabInfo(
            catalog,
            pki.bundle,
            f"{w.system_dns}:{dns_port}",
            f"{w.public_dns}:{dns_port}",
            f"{w.canary}:{dns_port}",
            f"https://{w.doh}:{tcp_port}/dns-query",
            ports,
        )

    async def _start_quic(self, port: int) -> None:
        """An HTTP/3 server for every endpoint marked `quic`, behind the Initial-reading relay."""
        w = self.world
        quic_hosts = {
            ep.host
            for s in w.catalog.services
            for f in s.functions
            for ep in f.endpoints
            if ep.quic
        }
        hosts = sorted(
            {w.addresses[h] for h in quic_hosts}
            | {w.alternate(h) for h in quic_hosts if not h[0].isdigit()}
        )
        if not hosts:
            return
        names = sorted(n for n in w.addresses if not n[0].isdigit())
        self.quic = QuicLab(self.pki, self.workdir, w.origin, names)
        await self.quic.start(hosts, port, _free_port(w.origin), self.censor.quic_drop)
        self._stoppers.append(self.quic.stop)

    async def _start_stun(self) -> int:
        """A STUN server behind an impairing relay on every address a `stun` endpoint uses."""
        hosts = sorted(self.world.stun_hosts())
        self.stun = StunLab()
        if not hosts:
            return 0
        port = _free_port(hosts[0])
        await self.stun.start(hosts, port, self.censor.udp)
        self._stoppers.append(self.stun.stop)
        return port

    async def _stop(self) -> None:
        for stop in reversed(self._stoppers):
            with contextlib.suppress(Exception):
                result = stop()
                if asyncio.iscoroutine(result):
                    await result
        current = asyncio.current_task()
        pending = [t for t in asyncio.all_tasks(self.loop) if t is not current]
        for task in pending:
            task.cancel()
        await asyncio.gather(*pending, return_exceptions=True)

    # ---- DNS truth and lies ----

    def truth(self, name: str) -> DnsRule:
        record = self.censor.records.get(name)
        if record is not None:
            return record
        address = self.world.addresses.get(name)
        if not address:
            return DnsRule("nxdomain")
        ipv6 = (LAB_IPV6,) if name in self.censor.ipv6_names else ()
        return DnsRule("answer", (address,), addresses6=ipv6)

    def _system_rule(self, name: str, transport: str) -> DnsRule:
        if self.censor.all_dns_silent:
            return DnsRule("silence")
        return self.censor.system_dns.get(name) or self.truth(name)

    def _public_rule(self, name: str, transport: str) -> DnsRule:
        if self.censor.all_dns_silent:
            return DnsRule("silence")
        if transport == "udp" and name in self.censor.udp_dns:
            return self.censor.udp_dns[name]
        return self.truth(name)


def _free_port(address: str) -> int:
    """A port free for both TCP and UDP on `address`."""
    for _ in range(50):
        with socket.socket() as tcp:
            tcp.bind((address, 0))
            port = int(tcp.getsockname()[1])
        with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as udp:
            try:
                udp.bind((address, port))
            except OSError:
                continue
        return port
    raise RuntimeError(f"no free port on {address}")


def start_lab(
    scenario: str,
    workdir: Path,
    world: World | None = None,
    timeouts: dict[str, float] | None = None,
) -> Lab:
    """A started lab playing `scenario`. A port found free can be taken before the lab binds it
    (labs start in parallel: xdist workers, other suites on the machine): then it starts anew,
    with a fresh censor, on other ports."""
    from lab.all_scenarios import SCENARIOS

    world = world or build_world()
    for attempt in range(START_ATTEMPTS):
        lab = Lab(world, SCENARIOS[scenario](world), workdir, timeouts)
        try:
            lab.start()
        except OSError as exc:
            lab.stop()
            if exc.errno != errno.EADDRINUSE or attempt == START_ATTEMPTS - 1:
                raise
            continue
        return lab
    raise AssertionError("unreachable")
