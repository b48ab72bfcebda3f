"""Scenarios of the line itself (issue 20): a weak mobile cell that is slow or lossy for every
connection, the domestic controls included, and a service whose own name an address lets
through while a made-up name is cut there. The censor does nothing to any service: whatever
reads stalled, throttled or blocked here is the engine blaming the censor for the line."""

from __future__ import annotations

from lab.censor import Censor, Shaping
from lab.line import LineImpairment
from lab.origin import ServicePage
from lab.registry import scenario
from lab.scenarios import CUT_BYTES, YOUTUBE_VIDEO_NAME
from lab.world import World

EDGE_BYTES_PER_S = 50_000.0  # 400 kbit/s each way, shared by every connection (2G/EDGE class)
EDGE_DELAY = 0.15  # seconds each way: a 300 ms round trip
LOSS_SHARE = 0.2  # of segments lost on every flow, each costing a retransmission timeout
# The controls' pages as large as a slice of the real portals' (mail.ru's is hundreds of KB):
# the line is measured on them.
CONTROL_PAGE_BYTES = 32 * 1024


def _control_pages(w: World) -> dict[str, ServicePage]:
    filler = "<p>" + "lab control page " * 60 + "</p>\n"
    pages = {}
    for service in w.catalog.services:
        if not service.control:
            continue
        for name in w.names(service.id, ("web",)):
            body = f"<!doctype html><title>{name} (lab)</title>\n"
            body += filler * (CONTROL_PAGE_BYTES // len(filler))
            pages[name] = ServicePage(200, body)
    return pages


@scenario
def line_slow_edge(w: World) -> Censor:
    """A 2G/EDGE-class line: 400 kbit/s each way shared by every connection and 300 ms round
    trips, domestic sites as slow as foreign ones. Nothing is blocked."""
    line = LineImpairment(rate=EDGE_BYTES_PER_S, delay=EDGE_DELAY)
    return Censor(line=line, service_pages=_control_pages(w))


@scenario
def line_lossy(w: World) -> Censor:
    """A lossy mobile cell: a fifth of the segments on every connection, both ways, are lost
    and wait out a retransmission timeout (doubling while losses repeat). Nothing is blocked."""
    return Censor(line=LineImpairment(loss=LOSS_SHARE), service_pages=_control_pages(w))


@scenario
def allowlisted_service_name(w: World) -> Censor:
    """YouTube's Google front cuts every flow after 16 KB, except for YouTube's own names
    (allow-listed): YouTube works; only other names on that address are cut."""
    cut = Shaping(cut_down=CUT_BYTES, cut_up=CUT_BYTES)
    addresses = w.hosts("youtube")
    return Censor(
        shaping={a: cut for a in addresses},
        shaping_exempt=w.names("youtube") | {YOUTUBE_VIDEO_NAME},
    )
