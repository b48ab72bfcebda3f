"""Service names as people say them in Russian, for the catalog of 2026 (issue 12).

Keys are `service.<id>`, the form the window's service_name() reads (issue 14 keeps the names of
the older services in core/texts/headlines.py); a service missing here shows its catalog name.
"""

from __future__ import annotations

TEXTS: dict[str, dict[str, str]] = {
    "service.push": {"en": "Push notifications", "ru": "Push-уведомления"},
    "service.hosting-udp": {
        "en": "UDP to foreign hosting",
        "ru": "UDP до зарубежного хостинга",
    },
}
