"""Scenarios of a site's own faults and of limits that are not black holes (issue 20): none is
censorship, and each must read as what it is — an expired or wrong-name certificate from the
lab's trusted CA, a site with no plain HTTP, a name every resolver points at a local address,
and an ordinary server whose later connections hang once a few were opened."""

from __future__ import annotations

from lab.censor import Censor, Policing
from lab.dnsserver import DnsRule
from lab.registry import scenario
from lab.world import World

LOCAL_ADDRESS = "127.0.0.1"  # this machine: outside the lab's 127.B.0.0/16, so local to the engine
POLICED_NAME = "web.telegram-org.test"
ADDRESS_POLICE_LIMIT = 2  # connections that open and pass (the connect test, the handshake)
ADDRESS_POLICE_WINDOW = 60.0


@scenario
def site_certificate_expired(w: World) -> Censor:
    """Wikipedia's own certificate lapsed: issued by the lab's trusted CA, expired in 2024.
    Nobody intercepts; the site is at fault."""
    return Censor(site_certificates=dict.fromkeys(w.names("wikipedia"), "expired"))


@scenario
def site_certificate_wrong_name(w: World) -> Censor:
    """Wikipedia's servers answer with their default virtual host's certificate: valid, from
    the lab's trusted CA, for another name (lab/pki.py DEFAULT_HOST)."""
    return Censor(site_certificates=dict.fromkeys(w.names("wikipedia"), "wrong_name"))


@scenario
def site_no_plain_http(w: World) -> Censor:
    """X serves no plain HTTP: its port 80 is closed (connects are refused) while HTTPS on the
    same address answers."""
    return Censor(plain_http_closed={"x-com.test"})


@scenario
def dns_points_local(w: World) -> Censor:
    """Snapchat's name points to 127.0.0.1 in its own records: the provider's resolver, the
    public one (UDP and TCP) and DoH all say so. Svyaz must not connect to this machine."""
    record = DnsRule("answer", (LOCAL_ADDRESS,))
    return Censor(records=dict.fromkeys(w.names("snapchat"), record))


@scenario
def address_policing(w: World) -> Censor:
    """An ordinary server (Telegram's web app, not a hosting pool) polices new connections: the
    first two to its address within a minute open and pass, every later one opens and hangs."""
    police = Policing(ADDRESS_POLICE_LIMIT, ADDRESS_POLICE_WINDOW, every_connection=True)
    return Censor(police={w.addresses[POLICED_NAME]: police})
