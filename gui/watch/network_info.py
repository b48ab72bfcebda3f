"""QNetworkInformation as the watch loop's network source: reachability, medium, captive
portal, metered; a change of any of them is a reason to check at once.

Qt does not report a VPN, so that fact still comes from the core's headless source (the VPN
interfaces and the system proxy). Where no Qt backend loads (offscreen, a Linux without
NetworkManager), the headless source alone answers and the log says so: the loop then checks
on its interval only.
"""

from __future__ import annotations

import logging
from typing import Any, Literal

from PySide6.QtCore import QObject, Signal
from PySide6.QtNetwork import QNetworkInformation

from core.watch import HeadlessNetworkSource, NetworkSource, NetworkState
from gui.system_check import under_wine

log = logging.getLogger(__name__)

_Reach = QNetworkInformation.Reachability
_Medium = QNetworkInformation.TransportMedium
# Only "Online" is the internet; a local or site network without it is not.
REACHABLE: dict[Any, bool | None] = {
    _Reach.Online: True,
    _Reach.Disconnected: False,
    _Reach.Local: False,
    _Reach.Site: False,
    _Reach.Unknown: None,
}
TRANSPORT: dict[Any, Literal["ethernet", "wifi", "cellular"]] = {
    _Medium.Ethernet: "ethernet",
    _Medium.WiFi: "wifi",
    _Medium.Cellular: "cellular",
}


def load_default(wine: bool | None = None) -> QNetworkInformation | None:
    """The platform's backend, or None when none loads (said in the log). Never under Wine:
    its Network List Manager makes Qt's Windows backend hang (gui/system_check.py), which
    hung the Windows build's self-test at the window's start; `gui/link_type.py` skips it too."""
    if under_wine() if wine is None else wine:
        log.info("watch: under Wine, no network-information backend; checking on the interval")
        return None
    if QNetworkInformation.loadDefaultBackend() and (info := QNetworkInformation.instance()):
        return info
    log.info("watch: no network-information backend; checking on the interval only")
    return None


class QtNetworkSource(QObject):
    """A `NetworkSource` fed by QNetworkInformation; `changed` carries the new `NetworkState`.

    `info` is QNetworkInformation's instance or a stand-in with the same getters and change
    signals (tests); None: the headless source alone."""

    changed = Signal(object)  # NetworkState

    def __init__(
        self,
        info: Any = None,
        headless: NetworkSource | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._info = info
        self._headless = headless if headless is not None else HeadlessNetworkSource()
        self._last: NetworkState | None = None
        if info is not None:
            for name in (
                "reachabilityChanged",
                "transportMediumChanged",
                "isBehindCaptivePortalChanged",
                "isMeteredChanged",
            ):
                getattr(info, name).connect(self._on_change)

    @property
    def has_backend(self) -> bool:
        return self._info is not None

    def current(self) -> NetworkState:
        base = self._headless.current()
        info = self._info
        if info is None:
            return base
        return NetworkState(
            reachable=REACHABLE.get(info.reachability()),
            transport=TRANSPORT.get(info.transportMedium(), "unknown"),
            metered=bool(info.isMetered()) or base.metered,
            captive=bool(info.isBehindCaptivePortal()),
            vpn=base.vpn,
        )

    def _on_change(self, *_: object) -> None:
        """Qt signals each fact on its own: one change of link is several signals, so only a
        state different from the last one said is passed on."""
        state = self.current()
        if state != self._last:
            self._last = state
            self.changed.emit(state)
