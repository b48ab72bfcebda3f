"""Probe one endpoint layer by layer (DNS, TCP to every address, TLS, HTTP) and name the layer
that failed, backing TLS verdicts and cut page requests (HTTPS and plain HTTP) with paired
experiments on the same address, and holding a small plain-HTTP page against the same page
over HTTPS. What each result means is core/rules/endpoint.py's (and verdict.py's) to say."""

from __future__ import annotations

import asyncio
import dataclasses
from collections.abc import Coroutine, Sequence
from typing import Any

from core.codes import Outcome, Verdict
from core.concurrency import gather_all
from core.engine import pages, shapes, signatures, transfers
from core.engine.context import HTTPS_PORT, RunContext
from core.models import Endpoint, EndpointResult, FunctionKind, Message, Protocol, Step
from core.netaddr import is_ip_literal
from core.probes import dns as dns_probe
from core.probes import http, messengers, tcp, tls
from core.probes.blockpage import reply_is_blockpage
from core.probes.dial import Target
from core.rules import endpoint as judge
from core.rules import family as family_rules
from core.rules import fingerprints as fingerprint_rules
from core.rules import signatures as signature_rules
from core.rules import verdict
from core.rules.facts import Finding

# How long a connect-only probe watches a fresh connection for a reset (address blocks on
# protocols we cannot speak show up as an accepted connection that is cut at once).
MAX_TLS_RETRIES = 2  # extra real-name handshakes after a failure (flaky filters)


def left_to_full_runs(endpoint: Endpoint, light: bool) -> bool:
    """A light run leaves a needed sub-host (map tiles, sign-in) to full runs, unresolved and
    unprobed: the catalog's sub-hosts would cost a light run (~300 KB) another ~20 KB
    (docs/data.md). Its function is judged by its front page there."""
    return light and endpoint.needed_for is not None


class EndpointProbe:
    def __init__(
        self,
        ctx: RunContext,
        service_id: str,
        kind: FunctionKind,
        endpoint: Endpoint,
        police: bool = False,
        note: Message | None = None,
    ) -> None:
        self.ctx = ctx
        self.service_id = service_id
        self.kind = kind
        self.ep = endpoint
        self.police = police  # this endpoint takes the connection-policing test, nothing else
        self.steps: list[Step] = []
        self.evidence: list[Message] = [note] if note else []
        self.figures: dict[str, object] = {}
        self.flaky_share: float | None = None  # set when the real name failed on some tries
        self.words: str | None = None  # the code's own words, when a signature test names them

    def record(self, step: Step) -> Step:
        self.steps.append(step)
        self.ctx.note_connection(step)
        self.ctx.on_step(self.service_id, self.kind, step)
        return step

    def result(self, code: Verdict, partial: bool = False) -> EndpointResult:
        if self.flaky_share is not None and not verdict.is_ok(code):
            partial = True
            self.figures.setdefault("failure_share", self.flaky_share)
        return EndpointResult(
            self.ep,
            code,
            tuple(self.steps),
            tuple(self.evidence),
            partial,
            dict(self.figures),
            self.words,
        )

    async def run(self) -> EndpointResult:
        if self.ep.protocol == Protocol.STUN:
            return self.result(judge.unprobed())
        if left_to_full_runs(self.ep, self.ctx.config.light):
            self.evidence.append(Message("evidence.subhost_light", {"host": self.ep.host}))
            return self.result(judge.unprobed())
        addresses: tuple[str, ...] = (self.ep.host,)
        dns_code: Verdict | None = None  # None: the name resolved honestly (or is an address)
        if not is_ip_literal(self.ep.host):
            resolution = await self.ctx.resolver.resolve(self.ep.host)
            for step in resolution.steps():
                self.record(step)
            if resolution.system.dropped:
                kept = len(resolution.system.addresses)
                params = {"name": self.ep.host, "total": kept + resolution.system.dropped}
                self.evidence.append(
                    Message("evidence.dns_answer_capped", {**params, "kept": kept})
                )
            dns = await self.ctx.dns_verdict(self.ep.host)
            self.evidence.extend(dns.evidence)
            if not verdict.is_ok(dns.settled):
                dns_code = dns.settled
            addresses = dns.addresses
            if dns_code is not None and not addresses:
                return self.result(dns_code)
        layer = self._limited(await self._transport(addresses))
        if dns_code is None:
            return await self._other_family(layer)
        # DNS lied; the true addresses were probed to tell whether fixing DNS is enough.
        self.evidence.append(judge.true_address(self.ep.host, layer.code))
        return self.result(dns_code)

    async def _other_family(self, layer: EndpointResult) -> EndpointResult:
        """Where the machine has IPv6, an endpoint cut over IPv4 is tried over IPv6 as well:
        operators filter the two families differently (core/rules/family.py says when and
        what it means). Its steps are marked `purpose: ipv6`; the IPv4 verdict stays."""
        if not self.ctx.ipv6 or self.ctx.config.proxy or is_ip_literal(self.ep.host):
            return layer  # through a proxy the family is the proxy's, not this machine's
        if not family_rules.worth_other_family(layer.code) or self.ctx.ipv6_tries_left <= 0:
            return layer
        self.ctx.ipv6_tries_left -= 1
        lookup = dns_probe.ipv6_lookup(self.ctx.dial, self.ep.host, self.ctx.config.system_resolver)
        answer = await self.ctx.guarded(lookup)
        self.record(_marked(answer.step(self.ep.host)))
        v6_code: Verdict | None = None
        if answer.addresses:
            other = EndpointProbe(self.ctx, self.service_id, self.kind, self.ep)
            v6_code = (await other._transport(answer.addresses)).code
            self.steps.extend(_marked(s) for s in other.steps)
            self.figures["ipv6_code"] = v6_code.value
        said = family_rules.compare(self.ep.host, layer.code, v6_code)
        if said is not None:
            self.evidence.append(said)
        return self.result(layer.code, layer.partial)

    def _limited(self, result: EndpointResult) -> EndpointResult:
        """An address that hangs after earlier connections to it answered is limiting new
        connections, not a black hole (the policing test's own endpoint is judged apart)."""
        address = judge.hung_address(result.code, self.steps)
        if self.police or address is None:
            return result
        finding = judge.limited(result.code, self.steps, self.ctx.seen_at(address))
        if finding is None:
            return result
        self.evidence.extend(finding.evidence)
        self.figures.update(finding.figures)
        self.words = finding.words
        return self.result(finding.code, partial=result.partial)

    async def _transport(self, addresses: Sequence[str]) -> EndpointResult:
        settle = self.ctx.dial.budget.tcp_settle if self.ep.protocol == Protocol.TCP else 0.0
        connects = await gather_all(
            self.ctx.guarded(tcp.connect(self.ctx.dial, Target.of(self.ep, a), settle), a)
            for a in addresses
        )
        for step in connects:
            self.record(step)
        code, failed, total = verdict.tcp_summary(connects)
        reachable = [s.addresses[0] for s in connects if s.ok]
        if judge.tcp_reset(code):
            self.evidence.append(
                Message(
                    "evidence.reset_before_data", {"addresses": judge.addresses_failing(connects)}
                )
            )
        if not reachable:
            if judge.plain_http_refused(self.ep.protocol, code):
                code = await self._secure_port(addresses, code)
            return self.result(code)
        partial = failed > 0
        if partial:
            self.evidence.append(
                Message(
                    "evidence.some_addresses_fail",
                    {
                        "failed": failed,
                        "total": total,
                        "what_code": code,
                        "addresses": judge.addresses_failing(connects),
                    },
                )
            )
        address = reachable[0]
        if self.police:
            # Its own address: every ordinary probe would count against the policing limit.
            finding = await transfers.check_policing(self.ctx, self.ep, address, self.record)
            self.evidence.extend(finding.evidence)
            self.figures.update(finding.figures)
            self.words = finding.words  # a burst's own words
            return self.result(finding.code)
        page = await self._light_page(address)
        answered = page is not None and "status" in page.detail  # over a verified handshake
        if self.ep.protocol in (Protocol.TLS, Protocol.HTTPS) and not answered:
            tls_result = await self._tls(address)
            if not verdict.is_ok(tls_result):
                return self.result(tls_result)
        if self.ep.first_step is not None and not self.ctx.config.light:
            # A light run keeps to connections (its 300 KB budget): "connects", said so.
            first = await self._first_step(address)
            if not verdict.is_ok(first):
                return self.result(first, partial=partial)
        if self.ep.protocol in (Protocol.HTTPS, Protocol.HTTP):
            step = page or self.record(
                await self.ctx.guarded(
                    http.get(
                        self.ctx.dial,
                        Target.of(self.ep, address),
                        self.ep.path,
                        self.ep.protocol == Protocol.HTTPS,
                        self.ep.expect_status,
                    ),
                    address,
                )
            )
            self.evidence.extend(pages.evidence(step))
            code = judge.page_code(step)
            if judge.request_cut(step) and not self.ep.captive_check:
                code = await self._request_paired(address, step, code)
            elif self.ep.protocol == Protocol.HTTP and not self.ep.captive_check:
                code = await self._follow(step, code)
                if verdict.is_ok(code) and judge.page_worth_comparing(step):
                    code = await self._against_https(address, step, code)
            if not verdict.is_ok(code):
                return self.result(code)
        if partial:
            return self.result(code, partial=True)
        return await self._signatures(address)

    async def _first_step(self, address: str) -> Verdict:
        """The service's own first step (a messenger's protocol, not just a connection): once,
        and once more on a fresh connection when it went unanswered (the rules say when)."""
        steps = []
        for _ in range(2):
            step = await self.ctx.guarded(messengers.first_step(self.ctx.dial, self.ep, address))
            steps.append(self.record(step))
            if not judge.first_step_again(step):
                break
        finding = judge.first_step(steps, self.ep.label())
        self.evidence.extend(finding.evidence)
        self.figures.update(finding.figures)
        return finding.code

    async def _secure_port(self, addresses: Sequence[str], code: Verdict) -> Verdict:
        """Plain HTTP refused on every address: does the site's secure port on the same
        addresses answer? Then the site serves no plain HTTP, and nothing answers in its place."""
        port = self.ctx.tls_port(self.ep.host) or HTTPS_PORT
        connects = await gather_all(
            self.ctx.guarded(tcp.connect(self.ctx.dial, Target(a, port, self.ep.host)), a)
            for a in addresses
        )
        steps = [
            self.record(dataclasses.replace(s, detail={**s.detail, "purpose": "secure_port"}))
            for s in connects
        ]
        found = judge.no_plain_http(code, steps)
        if found != code:
            answering = ", ".join(s.addresses[0] for s in steps if s.ok)
            params = {"host": self.ep.host, "addresses": answering, "port": port}
            self.evidence.append(Message("evidence.no_plain_http", params))
        return found

    async def _light_page(self, address: str) -> Step | None:
        """A light run's HTTPS endpoint: the page first, its own verified handshake standing
        for the TLS test when it answered (one connection, not two: ProbeConfig.light's data
        budget); when it did not, the TLS test runs to say why, and the page is not asked
        again. Full runs (and other protocols): None, nothing asked."""
        if not self.ctx.config.light or self.ep.protocol != Protocol.HTTPS:
            return None
        target = Target.of(self.ep, address)
        get = http.get(self.ctx.dial, target, self.ep.path, True, self.ep.expect_status)
        return self.record(await self.ctx.guarded(get, address))

    async def _request_paired(self, address: str, step: Step, code: Verdict) -> Verdict:
        """The connection (and over HTTPS the handshake) opened, then the request went
        unanswered, was reset or closed: the same request with a control name on the same
        address (the server name over HTTPS, the Host header over plain HTTP) tells a filter
        by name (it answers) from a server or a line that is simply failing (it does not)."""
        secure = self.ep.protocol == Protocol.HTTPS
        name = self.ep.server_name if secure else self.ep.host
        control = self.ep.control_sni or self.ctx.control_sni()
        if not control or control == name:
            return code
        if secure:
            dial = self.ctx.dial.with_context(self.ctx.no_verify)
            target = Target(address, self.ep.port, self.ep.host, control)
        else:
            dial, target = self.ctx.dial, Target(address, self.ep.port, control)
        paired = await self.ctx.guarded(http.get(dial, target, self.ep.path, secure), address)
        detail = {**paired.detail, "purpose": "control_name", "server_name": control}
        paired = self.record(dataclasses.replace(paired, detail=detail))
        by_name = judge.request_by_name(step, paired)
        if by_name is None:
            return code
        params = {"name": name or self.ep.host, "control": control, "address": address}
        self.evidence.append(
            # what_code: a verdict code (its label is the words); the raw outcome has none
            judge.request_cut_evidence(not secure, {**params, "what_code": by_name})
        )
        return by_name

    async def _against_https(self, address: str, page: Step, code: Verdict) -> Verdict:
        """A small ordinary plain-HTTP page: the same page over verified HTTPS, on the same
        address (its title and size only), tells the site's own page from one put in its
        place on the way."""
        twin = await pages.secure_twin(self.ctx, self.ep, address)
        if twin is None:
            return code
        secure = self.record(twin)
        found = judge.replaced_page(page, secure, self.ep.host)
        if found is None:
            return code
        replaced, evidence = found
        self.evidence.append(evidence)
        return replaced

    async def _follow(self, step: Step, code: Verdict) -> Verdict:
        """Follow one plain-HTTP redirect to another host: a block page there (named by its
        fingerprint when it has one) makes the redirect a block page too."""
        redirect = pages.redirect_target(step, self.ep.host)
        page = await pages.follow(self.ctx, redirect) if redirect else None
        if page is None:
            return code
        self.record(page)
        self.evidence.extend(pages.evidence(page))
        return judge.followed_page(page, code)

    async def _signatures(self, address: str) -> EndpointResult:
        """QUIC, the transfer cut, throttling and the hello-shape pair, once the ordinary path
        works (none of them in a light run)."""
        checks = []
        # A light run (ProbeConfig.light) moves no data of its own: no transfer, throttling
        # pull or padded QUIC Initials, only whether things connect.
        moves_data = not self.ctx.config.light
        if moves_data and (self.ep.quic or self.ep.protocol == Protocol.QUIC):
            checks.append(signatures.check_quic(self.ctx, self.ep, address, self.record))
        if moves_data and self.ep.upload_path:
            # The two-way transfer also sees a cut (a freeze at 16 KB), so it replaces the
            # cut test's repeats here: one transfer per endpoint per run.
            checks.append(transfers.check_two_way(self.ctx, self.ep, address, self.record))
        elif moves_data and self.ep.transfer_path:
            checks.append(signatures.check_transfer(self.ctx, self.ep, address, self.record))
        if moves_data and self.ep.throughput_path and self.ep.control_sni:
            checks.append(signatures.check_throughput(self.ctx, self.ep, address, self.record))
        if moves_data and self.ep.hello_shapes:
            checks.append(shapes.check_hello_shapes(self.ctx, self.ep, address, self.record))
        findings = await gather_all(checks)
        for finding in findings:
            self.evidence.extend(finding.evidence)
            self.figures.update(finding.figures)
        worst = signature_rules.worst(findings)
        if worst is None:
            return self.result(judge.passed())
        self.figures.update(worst.figures)
        self.words = worst.words  # a finding's own words go with its own code only
        if worst.share is not None:
            self.figures["failure_share"] = worst.share
        return self.result(worst.code, partial=worst.partial)

    async def _tls(self, address: str) -> Verdict:
        name = self.ep.server_name
        step = self.record(
            await self.ctx.guarded(
                tls.handshake(self.ctx.dial, Target.of(self.ep, address)), address
            )
        )
        if step.ok:
            return judge.passed()
        blockpage = False
        if step.outcome == Outcome.NON_TLS_REPLY:
            reply = str(step.detail.get("first_reply", "")).encode("utf-8", "replace")
            finding = reply_is_blockpage(reply, self.ep.host)
            blockpage = finding.outcome == Outcome.BLOCKPAGE
            if finding.fingerprint is not None:
                self.evidence.append(
                    Message(
                        "evidence.blockpage_fingerprint",
                        {
                            "provider": finding.fingerprint.label,
                            "fingerprint": finding.fingerprint.name,
                            "url": self.ep.host,
                        },
                    )
                )
        code = verdict.tls_code(step.outcome, blockpage)
        if judge.bad_certificate(code):
            roots = self.ctx.interception_roots
            self.evidence.append(judge.certificate_evidence(step, name or self.ep.host, roots))
            code = judge.certificate_code(step, roots)
        if judge.needs_pairing(code):
            mark = len(self.evidence)
            shaped = retries = None
            async with asyncio.TaskGroup() as group:
                paired = group.create_task(self._paired(address, name, code))
                elsewhere = group.create_task(self._name_elsewhere(address, name, step))
                if self._takes_shapes():
                    # The browsers' hellos with the real name stand for the repeats.
                    shaped = group.create_task(self._own_hello_cut(address, step))
                else:
                    retries = group.create_task(self._retry(address, name))
            tried: list[bool] = []
            found = elsewhere.result()
            if shaped is not None and verdict.is_ok(found.code):
                found, tried = shaped.result()
            if not verdict.is_ok(found.code):
                # The name-address check or the fingerprint, not the name or the address:
                # the pairing's reading is superseded.
                del self.evidence[mark:]
                self.evidence.extend(found.evidence)
                self.figures.update(found.figures)
                self.words = found.words
                return found.code
            code = paired.result()
            retried = retries.result() if retries is not None else tried
            tries = 1 + len(retried)
            passed = sum(1 for ok in retried if ok)
            if retried:
                self.ctx.repeats.note(same=not passed)
            self.flaky_share = judge.flaky_share(tries, passed)
            if self.flaky_share is not None:
                # Some tries went through: unstable, never "works" or "blocked" by one try.
                self.evidence.append(
                    Message(
                        "evidence.flaky",
                        {"failed": tries - passed, "tries": tries, "what_code": code},
                    )
                )
        return code

    def _takes_shapes(self) -> bool:
        """The endpoint takes the hello-shape pair (the catalog's mark; never in a light run)."""
        return self.ep.hello_shapes and not self.ctx.config.light

    async def _own_hello_cut(self, address: str, own: Step) -> tuple[Finding, list[bool]]:
        """Our own handshake was cut on an endpoint that takes the hello-shape pair: do the
        browsers' hellos pass where ours did not? Then the censor cuts by fingerprint, not by
        name or address (the finding). Also whether each browser's handshake went through:
        they stand for the real-name repeats."""
        sent: list[Step] = []

        def keep(step: Step) -> Step:
            sent.append(step)
            return self.record(step)

        found = await shapes.check_hello_shapes(
            self.ctx, self.ep, address, keep, own, shapes.BROWSER_SHAPES
        )
        return found, [s.ok for s in sent]

    async def _name_elsewhere(self, address: str, name: str | None, cut: Step) -> Finding:
        """The name was sent to an address its own DNS does not give (a catalog pair like the
        throughput test's) and was cut: the same name at one of its own addresses tells a
        censor checking names against addresses (2026) from a name filter (the finding; an
        empty one otherwise). Run beside the pairing, whose reading it supersedes."""
        if not name or is_ip_literal(name) or name == self.ep.host:
            return Finding()  # the name's own address: nothing to compare
        dns = await self.ctx.dns_verdict(name)
        home = dns.addresses if verdict.is_ok(dns.settled) else ()
        if not home or address in home:
            return Finding()
        at_home = self.record(await self._handshake(home[0], self.ep.port, name, "name_home"))
        return fingerprint_rules.name_address(cut, at_home, name, address, home)

    def _handshake(
        self, address: str, port: int, name: str | None, purpose: str, verify: bool = False
    ) -> Coroutine[Any, Any, Step]:
        """A follow-up handshake of a paired experiment, with a shorter deadline: an honest
        server answers a ClientHello within a round trip, so waiting longer proves nothing."""
        dial = self.ctx.dial if verify else self.ctx.dial.with_context(self.ctx.no_verify)
        dial = dial.with_budget(tls=min(dial.budget.tls, dial.budget.paired_tls))
        target = Target(address, port, self.ep.host, name)
        return self.ctx.guarded(tls.handshake(dial, target, purpose=purpose), address)

    async def _retry(self, address: str, name: str | None) -> list[bool]:
        """Repeat the real-name handshake (the filter may hit only some connections), unless
        the run has already shown the filter to be consistent (evidence says so)."""
        settled = await self.ctx.repeats.settled()
        if settled:
            self.evidence.append(Message("evidence.repeats_skipped", {"count": settled}))
            return []
        count = min(self.ctx.config.repeats - 1, MAX_TLS_RETRIES)
        steps = await gather_all(
            self._handshake(address, self.ep.port, name, "repeat", True) for _ in range(count)
        )
        return [self.record(s).ok for s in steps]

    async def _swap(self, swap: tuple[str, int], name: str) -> Step | None:
        """The real name on a domestic control's address, unless the run already knows."""
        if await self.ctx.swaps.settled():
            return None
        return await self._handshake(swap[0], swap[1], name, "swap")

    async def _paired(self, address: str, name: str | None, code: Verdict) -> Verdict:
        """Repeat the handshake on the same address with a control name and with none, and
        send the real name to a control's address: name filter or address block?"""
        control = self.ep.control_sni or self.ctx.control_sni()
        attempts: list[Coroutine[Any, Any, Step | None]] = []
        if control and control != name:
            attempts.append(self._handshake(address, self.ep.port, control, "control_name"))
        else:
            attempts.append(self._handshake(address, self.ep.port, None, "no_name"))
        swap = await self.ctx.swap_target()
        if swap and name and swap[0] != address:
            attempts.append(self._swap(swap, name))
        steps = [self.record(s) for s in await gather_all(attempts) if s is not None]
        by_purpose = {str(s.detail.get("purpose")): judge.replied(s) for s in steps}
        if by_purpose.get("control_name") is False:
            # Only when another name fails too: no name at all may still pass a name filter
            # that cuts every unlisted name (once the control answered, it adds nothing).
            step = self.record(await self._handshake(address, self.ep.port, None, "no_name"))
            by_purpose["no_name"] = judge.replied(step)
        params = {
            "name": name or "",
            "control": control or "",
            "address": address,
            "what_code": code,
        }
        found = judge.paired(code, by_purpose, params)
        self.evidence.extend(found.evidence)
        if found.swap_same is not None:
            self.ctx.swaps.note(same=found.swap_same)
        return found.code


def _marked(step: Step) -> Step:
    """A step of the IPv6 try: named so, so no rule mistakes it for the IPv4 path's own."""
    return dataclasses.replace(step, detail={**step.detail, "purpose": "ipv6"})
