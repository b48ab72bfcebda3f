"""Wi-Fi, cellular or wired, as far as Qt's network information backend can tell.

Many platforms (or an offscreen test) have no backend: then we say nothing rather than guess.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtNetwork import QNetworkInformation


def link_words() -> str:
    try:
        if not QNetworkInformation.loadBackendByFeatures(
            QNetworkInformation.Feature.TransportMedium
        ):
            return ""
    except RuntimeError:
        return ""
    info: QNetworkInformation | None = QNetworkInformation.instance()
    if info is None:
        return ""
    medium = info.transportMedium()
    names = {
        QNetworkInformation.TransportMedium.WiFi: QCoreApplication.translate(
            "LinkType", "Connected by Wi-Fi"
        ),
        QNetworkInformation.TransportMedium.Cellular: QCoreApplication.translate(
            "LinkType", "Connected by mobile data"
        ),
        QNetworkInformation.TransportMedium.Ethernet: QCoreApplication.translate(
            "LinkType", "Connected by cable (Ethernet)"
        ),
        QNetworkInformation.TransportMedium.Bluetooth: QCoreApplication.translate(
            "LinkType", "Connected over Bluetooth"
        ),
    }
    words = names.get(medium, "")
    if words and info.isMetered():
        words += " · " + QCoreApplication.translate("LinkType", "metered connection")
    return words
