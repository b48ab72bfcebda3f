"""The probes' shared inputs: one step clock, and a frozen Dial (how) and Target (where)."""

from __future__ import annotations

import asyncio
import dataclasses
from typing import Any

import pytest

from core.budget import TimeBudget
from core.models import Endpoint, Protocol
from core.probes import clock as clock_module
from core.probes import dns, tcp, tls
from core.probes.clock import Clock
from core.probes.dial import Dial, Target
from core.probes.tlsstream import make_context


class _Ticks:
    """A stand-in for time.monotonic that returns the values it is given, in order."""

    def __init__(self, *values: float) -> None:
        self.values = list(values)

    def __call__(self) -> float:
        return self.values.pop(0)


def test_a_step_is_timed_from_the_run_zero(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(clock_module, "monotonic", _Ticks(100.0, 100.25, 100.5, 101.0))
    clock = Clock.start()  # zero at 100.0
    timer = clock.step()  # the step begins at 100.25
    assert timer.started_ms == 250.0
    assert timer.duration_ms() == 250.0  # now 100.5
    assert timer.ms_until(100.3) == 50.0
    assert clock.elapsed_ms() == 1000.0  # now 101.0


def test_without_a_run_a_step_starts_at_zero(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(clock_module, "monotonic", _Ticks(5000.0, 5000.01234))
    timer = Clock().step()
    assert timer.started_ms == 0.0  # no run: no meaningless offset from the machine's boot
    assert timer.duration_ms() == 12.3  # one decimal, like every step's timings


def test_dial_and_target_are_frozen_and_derive_variants() -> None:
    context = make_context(None, verify=False)
    dial = Dial(context, TimeBudget(connect=4.0, tls=5.0), "socks5://127.0.0.1:1080", Clock(7.0))
    with pytest.raises(dataclasses.FrozenInstanceError):
        dial.proxy = None  # type: ignore[misc]
    quick = dial.with_budget(tls=1.5)
    assert quick.budget == TimeBudget(connect=4.0, tls=1.5)
    assert dial.budget.tls == 5.0  # the run's dial is untouched
    assert (quick.proxy, quick.clock, quick.context) == (dial.proxy, dial.clock, context)
    other = make_context(None, verify=False)
    assert dial.with_context(other).context is other
    with pytest.raises(TypeError):
        dial.with_budget(nonsense=1.0)

    target = Target("127.0.0.1", 443, "example.test", "example.test")
    with pytest.raises(dataclasses.FrozenInstanceError):
        target.port = 80  # type: ignore[misc]
    assert target.label == "127.0.0.1:443"
    unnamed = target.named(None)
    assert (unnamed.server_name, unnamed.host, target.server_name) == (
        None,
        "example.test",
        "example.test",
    )


def test_target_of_an_endpoint_uses_its_names() -> None:
    by_name = Endpoint("web.example.test", 8443, Protocol.HTTPS, "/x")
    assert Target.of(by_name, "127.0.0.5") == Target(
        "127.0.0.5", 8443, "web.example.test", "web.example.test"
    )
    by_address = Endpoint("127.0.0.9", 443, Protocol.TLS)
    assert Target.of(by_address, "127.0.0.9").server_name is None
    with_sni = Endpoint("127.0.0.9", 443, Protocol.TLS, sni="front.example.test")
    assert Target.of(with_sni, "127.0.0.9").server_name == "front.example.test"


def test_probes_against_the_lab_share_one_clock(shared_lab: Any) -> None:
    """The same Dial for every probe; a Target renamed for the control: the name is reset,
    the control name on the same address is not, and both steps sit on the run's time axis."""
    lab = shared_lab("sni_reset")
    name = sorted(lab.world.names("instagram"))[0]
    address, port = lab.world.addresses[name], lab.info.ports["tcp"]

    async def probe() -> list[Any]:
        clock = Clock.start()
        dial = Dial(
            make_context(str(lab.info.ca_bundle)), TimeBudget(connect=5.0, tls=5.0), None, clock
        )
        target = Target(address, port, name, name)
        await asyncio.sleep(0.02)
        connect = await tcp.connect(dial, target)
        real = await tls.handshake(dial, target)
        control = await tls.handshake(dial, target.named("ru.wikipedia-org.test"), "control_name")
        lookup = await dns.plain_query(dial, name, lab.info.public_dns, "tcp")
        return [connect, real, control, lookup]

    connect, real, control, lookup = asyncio.run(probe())
    assert connect.ok and connect.target == f"{address}:{port}"
    assert real.outcome == "reset_after_client_hello" and real.target == connect.target
    assert control.ok and control.detail["purpose"] == "control_name"
    assert control.detail["server_name"] == "ru.wikipedia-org.test"
    assert lookup.ok and address in lookup.addresses
    assert 20.0 <= connect.started_ms <= real.started_ms <= control.started_ms
    assert control.started_ms <= lookup.started_ms
    assert real.started_ms + real.duration_ms <= control.started_ms + 0.2  # one-decimal rounding
