"""Hostile networks and a hostile machine: the cause is named, never mistaken for a block.

Issue 25's engine cases, each fed the input the issue tried: a DNS server that sets the TC bit
and then sends garbage over TCP, ...
"""

from __future__ import annotations

import asyncio
import socket
from typing import Any

from core.codes import Outcome
from core.probes.dial import Dial
from core.probes.dns import TRUNCATED_NOTE, plain_query
from core.probes.tlsstream import make_context
from core.rules.dns import classify
from core.rules.facts import NameResolution
from lab.dnsserver import DnsRule, DnsServer


def _free_port() -> int:
    """A port free for both TCP and UDP on 127.0.0.1 (the server listens on both)."""
    for _ in range(50):
        with socket.socket() as tcp:
            tcp.bind(("127.0.0.1", 0))
            port = int(tcp.getsockname()[1])
        with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as udp:
            try:
                udp.bind(("127.0.0.1", port))
            except OSError:
                continue
        return port
    raise OSError("no port free for both TCP and UDP")


async def _ask_truncating_server(transport: str) -> Any:
    port = _free_port()
    server = DnsServer("127.0.0.1", port, lambda name, how: DnsRule("truncated"))
    await server.start()
    try:
        dial = Dial(make_context(None, verify=False))
        return await plain_query(dial, "example.lab.test", f"127.0.0.1:{port}", transport, "system")
    finally:
        await server.stop()


def test_a_truncated_answer_then_garbage_over_tcp_is_no_answer_not_a_missing_name() -> None:
    answer = asyncio.run(_ask_truncating_server("udp"))
    assert answer.outcome not in (Outcome.NXDOMAIN, Outcome.NODATA, Outcome.OK)
    assert answer.outcome in (Outcome.ERROR, Outcome.TIMEOUT)
    assert answer.errors[0] == TRUNCATED_NOTE
    verdict = classify(NameResolution("example.lab.test", answer, (), (), None), set())
    assert verdict.code == "dns_timeout"  # "the resolver did not answer", never "no such name"
