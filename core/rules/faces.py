"""What the faces (the window, the terminal, the reports) show for a code: decided here only.

The window, the CLI and the reports read verdict codes but never compare them to `Verdict`
members themselves: each such decision is a named rule in this module, so all three faces
decide it alike and a new code changes one place. It is a public entry module of `core.rules`
for `gui` and `cli` (the `public` import contract).

The network's status differs from a function's on purpose. A function in an offline network
(or behind a login page) is `unknown` (`verdict.status_of`): nothing is called blocked then.
The network itself is the news: no internet and whitelist mode are shown blocked, a login page
degraded (it works once you log in).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from core.codes import Condition, Verdict
from core.models import FunctionKind, FunctionResult, Message, NetworkResult, Status, SubhostRole
from core.rules import maps

NETWORK_STATUS: dict[Verdict, Status] = {
    Verdict.OK: Status.WORKS,
    Verdict.OFFLINE: Status.BLOCKED,
    Verdict.WHITELIST_MODE: Status.BLOCKED,
    Verdict.CAPTIVE_PORTAL: Status.DEGRADED,
    Verdict.OPERATOR_VERIFICATION: Status.DEGRADED,
}


def network_status(code: str) -> Status:
    """The status the network verdict is shown in; unknown for a code this version does not know."""
    return NETWORK_STATUS.get(Verdict.parse(code), Status.UNKNOWN)


def network_works(code: str) -> bool:
    """The network is fine: its verdict is not the news (the services' problems lead) and it
    needs no advice."""
    return network_status(code) is Status.WORKS


def is_tested(code: str) -> bool:
    """The run judged this function: `not_tested` says nothing about the network, so it is not
    a problem to name, nor the function a tile speaks for."""
    return code != Verdict.NOT_TESTED


def needs_no_words(code: str) -> bool:
    """The status says it all ("✓ Messages: Works"): no label, explanation or advice beside it.
    Only plain `ok`: `ok_connect_only` still says that only a connection was tested."""
    return code == Verdict.OK


def function_label_key(function: FunctionResult) -> str:
    """The short label beside a function: its code's, or the code's own words when it was
    reached another way (an `offline` function behind a dead proxy: "the proxy does not
    answer", not "no internet")."""
    return label_key(function.code, function.explanation.key)


def label_key(code: str, explanation_key: str) -> str:
    """`function_label_key` from a stored document's code and explanation key (the reports)."""
    words = f"explain.{code}."
    if explanation_key.startswith(words):
        key = f"label.{code}.{explanation_key[len(words) :]}"
        if key in LABELS_WITH_WORDS:
            return key
    return f"label.{code}"


# Labels that exist per words (`label.<code>.<words>`); any other code keeps its one label.
LABELS_WITH_WORDS = frozenset(
    {"label.offline.proxy_dead"}
    # a service that partly works says which part fails ("partly works: map tiles don't load")
    | {f"label.subhost_blocked.{role.value}" for role in SubhostRole}
)


def call_works(code: str) -> bool:
    """A call verdict that needs no advice: calls work on this network."""
    return code == Verdict.CALL_OK


def function_advice(function: FunctionResult, network_code: str | None = None) -> Message:
    """What to try for a function. Calls a run did not test point to the call test, which is
    the one way to learn them, but only where the network works: offline or in whitelist mode
    the call test cannot reach a call server either (issue 21). Every other function carries
    its own advice."""
    if function.code == Verdict.NOT_TESTED and function.kind is FunctionKind.CALLS:
        if network_code is not None and not network_works(network_code):
            return Message("advice.not_tested.calls_later")
        return Message("advice.not_tested.calls")
    return function.advice


def measured_through(network: NetworkResult) -> Message | None:
    """The whole run's label when it went through a VPN tunnel ("Measured through a VPN
    (interface wg0): ...") or through the proxy chosen in Settings, or None: every face shows
    it on top, before any verdict, since its blocks describe the tunnel's (the proxy's) path,
    not the direct line. A system proxy alone is not such a label: Svyaz never uses it
    (`proxy_detected` says so), so that run measured the direct line."""
    if Condition.VPN_DETECTED in network.conditions:
        return _tunnel_label(str(network.details.get("tunnel") or ""))
    if network.details.get("through_proxy") and not network.details.get("proxy_unreachable"):
        # (a dead proxy measured nothing: the headline names it instead)
        return Message("run.measured_through_proxy")
    return None


def tunnel_before_run(environment: Mapping[str, Any]) -> Message | None:
    """The same label from what the computer showed before the run (the CLI's header)."""
    if not environment.get("vpn"):
        return None
    return _tunnel_label(", ".join(str(i) for i in environment.get("vpn_interfaces") or ()))


def _tunnel_label(interfaces: str) -> Message:
    if interfaces:
        return Message("run.measured_through_vpn", {"interfaces": interfaces})
    return Message("run.measured_through_vpn.unnamed")


def note_beside_works(function: FunctionResult) -> Message | None:
    """A working function whose status does not say it all: maps whose servers answer carry
    the satellite-jamming note (positions wrong while data works, core/rules/maps.py)."""
    if needs_no_words(function.code) and function.advice.key == maps.JAMMING:
        return function.advice
    return None
