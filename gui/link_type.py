"""Wi-Fi, cellular or wired, as far as Qt's network information backend can tell.

Many platforms (or an offscreen test) have no backend: then we say nothing rather than guess.
The code ("wifi", "cellular"...) goes into the run's environment, so history shows it.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtNetwork import QNetworkInformation

from gui.system_check import under_wine

_CODES = {
    QNetworkInformation.TransportMedium.WiFi: "wifi",
    QNetworkInformation.TransportMedium.Cellular: "cellular",
    QNetworkInformation.TransportMedium.Ethernet: "ethernet",
    QNetworkInformation.TransportMedium.Bluetooth: "bluetooth",
}
_UNDER_WINE = under_wine()


def _info() -> QNetworkInformation | None:
    if _UNDER_WINE:  # Wine's Network List Manager hangs Qt's backend: say nothing
        return None
    try:
        if not QNetworkInformation.loadBackendByFeatures(
            QNetworkInformation.Feature.TransportMedium
        ):
            return None
    except RuntimeError:
        return None
    info: QNetworkInformation | None = QNetworkInformation.instance()
    return info


def link_code() -> str:
    """ "wifi", "cellular", "ethernet", "bluetooth" or "unknown"."""
    info = _info()
    return _CODES.get(info.transportMedium(), "unknown") if info is not None else "unknown"


def link_words() -> str:
    info = _info()
    if info is None:
        return ""
    names = {
        "wifi": QCoreApplication.translate("LinkType", "Connected by Wi-Fi"),
        "cellular": QCoreApplication.translate("LinkType", "Connected by mobile data"),
        "ethernet": QCoreApplication.translate("LinkType", "Connected by cable (Ethernet)"),
        "bluetooth": QCoreApplication.translate("LinkType", "Connected over Bluetooth"),
    }
    words = names.get(_CODES.get(info.transportMedium(), ""), "")
    if words and info.isMetered():
        words += " · " + QCoreApplication.translate("LinkType", "metered connection")
    return words
