"""Service names as people say them in Russian (the catalog's name otherwise), and the
catalog's groups.

Keys are `service.<id>`, the form the window's service_name() reads; a service missing here
shows its catalog name. `category.<value>`: a group's heading (issue 24 named the maps group
"Maps and navigation"), in the core so every face can name the groups alike.
"""

from __future__ import annotations

TEXTS: dict[str, dict[str, str]] = {
    "service.vk": {"en": "VK", "ru": "ВКонтакте"},
    "service.ok": {"en": "Odnoklassniki", "ru": "Одноклассники"},
    "service.rutube": {"en": "Rutube", "ru": "Rutube"},
    "service.google-maps": {"en": "Google Maps", "ru": "Google Карты"},
    "service.yandex-maps": {"en": "Yandex Maps", "ru": "Яндекс Карты"},
    "service.2gis": {"en": "2GIS", "ru": "2ГИС"},
    "service.gosuslugi": {"en": "Gosuslugi", "ru": "Госуслуги"},
    "service.sberbank": {"en": "Sberbank", "ru": "Сбербанк"},
    "service.tbank": {"en": "T-Bank", "ru": "Т-Банк"},
    "service.yandex-go": {"en": "Yandex Go", "ru": "Яндекс Go"},
    "service.yandex": {"en": "Yandex", "ru": "Яндекс"},
    "service.wikipedia": {"en": "Wikipedia", "ru": "Википедия"},
    "service.foreign-hosting": {
        "en": "Foreign hosting and CDNs",
        "ru": "Зарубежный хостинг и CDN",
    },
    "service.control-domestic": {
        "en": "Domestic sites (control)",
        "ru": "Российские сайты (контроль)",
    },
    "service.control-foreign": {
        "en": "Foreign sites (control)",
        "ru": "Зарубежные сайты (контроль)",
    },
    "service.push": {"en": "Push notifications", "ru": "Push-уведомления"},
    "service.hosting-udp": {
        "en": "Calls and VPNs via servers abroad",
        "ru": "Звонки и VPN через зарубежные серверы",
    },
    # The catalog's groups (`category.<value>`), as the window's tile grid heads them.
    "category.messengers": {"en": "Messengers", "ru": "Мессенджеры"},
    "category.video": {"en": "Video", "ru": "Видео"},
    "category.social": {"en": "Social networks", "ru": "Социальные сети"},
    "category.maps": {"en": "Maps and navigation", "ru": "Карты и навигация"},
    "category.domestic": {
        "en": "Government and domestic services",
        "ru": "Госуслуги и российские сервисы",
    },
    "category.everyday": {
        "en": "Search, app stores, notifications and tools",
        "ru": "Поиск, магазины приложений, уведомления и инструменты",
    },
    "category.refuses": {
        "en": "Refuse your country (the service's own choice, not censorship)",
        "ru": "Отказывают вашей стране (решение самого сервиса, не цензура)",
    },
    "category.reference": {"en": "Reference", "ru": "Справочные сайты"},
    "category.controls": {
        "en": "Controls (rarely blocked sites, to tell a block from an outage)",
        "ru": "Контрольные (редко блокируемые сайты, чтобы отличить блокировку от сбоя)",
    },
}
