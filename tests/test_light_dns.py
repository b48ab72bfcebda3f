"""A light run (watch mode's check) asks public UDP/53 only for names whose system answer
differs from encrypted DNS, and TCP/53 only when UDP differs too: the lookups that tell
nothing new are left out (about a third of a light run's bytes), what tells a lie is kept."""

from __future__ import annotations

import pytest

from core.codes import Outcome
from core.engine.resolution import _agree
from core.models import DnsAnswer, RunResult, StepKind
from lab.runs import lab_run

HONEST = ("198.51.100.7",)


def _answer(
    addresses: tuple[str, ...] = HONEST, outcome: Outcome = Outcome.OK, late: bool = False
) -> DnsAnswer:
    return DnsAnswer("udp", "192.0.2.53:53", outcome, addresses, 10.0, late=late)


DOH = DnsAnswer("doh", "https://192.0.2.1/dns-query", Outcome.OK, HONEST, 20.0)


@pytest.mark.parametrize(
    ("answers", "doh", "agree"),
    [
        ([_answer()], DOH, True),
        ([_answer(("198.51.100.7", "198.51.100.8"))], DOH, True),  # an address in common
        ([_answer(("10.10.34.35",))], DOH, False),  # a lie
        ([_answer((), Outcome.NXDOMAIN)], DOH, False),  # "does not exist"
        ([_answer((), Outcome.TIMEOUT)], DOH, False),  # silence
        ([_answer(late=True)], DOH, False),  # late: the run says so, the others are asked
        ([_answer(), _answer(("10.10.34.35",))], DOH, False),  # one of them lies
        ([], DOH, False),
        ([_answer()], None, False),  # no reference: ask everything
        ([_answer()], DnsAnswer("doh", "u", Outcome.TIMEOUT, (), 20.0), False),
    ],
)
def test_a_source_is_left_out_only_when_the_answers_agree_with_doh(
    answers: list[DnsAnswer], doh: DnsAnswer | None, agree: bool
) -> None:
    assert _agree(answers, doh) is agree


def _dns_sources(run: RunResult) -> dict[str, set[str]]:
    found: dict[str, set[str]] = {}
    for service in run.services:
        for function in service.functions:
            for endpoint in function.endpoints:
                for step in endpoint.steps:
                    if step.kind == StepKind.DNS:
                        source = str(step.detail.get("source"))
                        found.setdefault(source, set()).add(endpoint.endpoint.host)
    return found


def test_a_clean_light_run_asks_no_plain_public_resolver() -> None:
    sources = _dns_sources(lab_run("clean", light=True))
    assert "system" in sources and "doh" in sources
    assert not {"udp", "tcp"} & set(sources)


def test_a_light_run_still_asks_on_where_the_system_lies() -> None:
    """The provider's resolver gives Instagram a private address: its names are asked over
    public UDP/53 (honest here), the verdict is the full run's, and nothing else is asked."""
    run = lab_run("dns_spoofed_bogon", light=True, services=("instagram", "vk", "wikipedia"))
    instagram = next(s for s in run.services if s.service_id == "instagram")
    assert {f.code for f in instagram.functions} == {"dns_spoofed"}
    sources = _dns_sources(run)
    asked = {h for h in sources.get("udp", set())}
    assert asked and all("instagram" in h or "cdninstagram" in h or "fbcdn" in h for h in asked)
    assert "tcp" not in sources  # public UDP agreed with DoH: TCP/53 tells nothing more
