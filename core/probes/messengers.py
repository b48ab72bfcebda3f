"""Which first step each catalog endpoint speaks (`Endpoint.first_step`), and its probe."""

from __future__ import annotations

from core.catalog_model import FirstStep
from core.models import Endpoint, Step
from core.probes import firststep
from core.probes.dial import Dial, Target
from core.probes.firststep import Hello
from core.probes.mtproto import MtprotoHello
from core.probes.noise_hello import NoiseHello
from core.probes.wsupgrade import WebsocketUpgrade


def hello_for(endpoint: Endpoint) -> Hello:
    """A fresh first step (new nonce, new ephemeral key, new websocket key) for the endpoint."""
    if endpoint.first_step == FirstStep.MTPROTO:
        return MtprotoHello()
    if endpoint.first_step == FirstStep.WHATSAPP_NOISE:
        return NoiseHello()
    return WebsocketUpgrade(endpoint.server_name or endpoint.host)


async def first_step(dial: Dial, endpoint: Endpoint, address: str) -> Step:
    """The endpoint's first step on a fresh connection to `address`."""
    tls = endpoint.first_step == FirstStep.SIGNAL_WEBSOCKET
    return await firststep.exchange(
        dial, Target.of(endpoint, address), hello_for(endpoint), tls=tls
    )
