"""Service avatars: a coloured disc with the service's initial, drawn at any DPI.

We ship no third-party logos (trademarks, and they change); a stable colour per service id
makes tiles easy to tell apart at a glance.
"""

from __future__ import annotations

import zlib

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPixmap

_HUES = (210, 145, 20, 280, 340, 190, 45, 100, 250, 0)


def avatar(service_id: str, name: str, size: int, device_pixel_ratio: float = 1.0) -> QPixmap:
    hue = _HUES[zlib.crc32(service_id.encode()) % len(_HUES)]
    pixels = max(1, round(size * device_pixel_ratio))
    pixmap = QPixmap(pixels, pixels)
    pixmap.setDevicePixelRatio(device_pixel_ratio)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor.fromHsl(hue, 140, 110))
    painter.drawEllipse(QRectF(0, 0, size, size))
    font = QFont()
    font.setBold(True)
    font.setPixelSize(int(size * 0.5))
    painter.setFont(font)
    painter.setPen(QColor("white"))
    initial = next((c for c in name if c.isalnum()), "?").upper()
    painter.drawText(QRectF(0, 0, size, size), Qt.AlignmentFlag.AlignCenter, initial)
    painter.end()
    return pixmap
