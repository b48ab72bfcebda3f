"""Maps and sub-hosts (issue 24): the evidence of a needed sub-host, and the maps advice the
rules choose (core/rules/maps.py) when maps fail offline, in whitelist mode or in a shutdown,
or misbehave while data works. Neutral facts only: which apps keep maps on the phone, what to
download and when; never how to get round a block."""

from __future__ import annotations

TEXTS: dict[str, dict[str, str]] = {
    "evidence.subhost_blocked": {
        "en": "The main server works; a server this needs does not: {hosts} ({what_code}).",
        "ru": "Основной сервер работает, а нужный сервер — нет: {hosts} ({what_code}).",
    },
    "evidence.subhost_light": {
        "en": "{host} (a server this needs) is left to a full run: a light run checks the main server only.",
        "ru": "{host} (нужный сервер) проверяется только при полной проверке: лёгкая проверяет лишь основной сервер.",
    },
    "advice.maps.offline": {
        "en": "With no internet, only maps already on the phone work. Apps that keep maps offline: Organic Maps, OsmAnd, and the offline areas of 2GIS and Yandex Maps. Download your region before the next shutdown.",
        "ru": "Без интернета работают только карты, уже скачанные на телефон. Карты без интернета хранят Organic Maps, OsmAnd, а также офлайн-карты 2ГИС и Яндекс Карт. Скачайте свой регион до следующего отключения.",
    },
    "advice.maps.whitelist": {
        "en": "In whitelist mode maps may not load. Maps downloaded in advance still work: Organic Maps, OsmAnd, and the offline areas of 2GIS and Yandex Maps. Download your region over Wi-Fi before the next shutdown.",
        "ru": "В режиме белых списков карты могут не загружаться. Заранее скачанные карты работают: Organic Maps, OsmAnd, офлайн-карты 2ГИС и Яндекс Карт. Скачайте свой регион через Wi-Fi до следующего отключения.",
    },
    "advice.maps.jamming": {
        "en": "The maps' servers answer. If the map shows you in the wrong place while data works, satellite positioning (GPS/GLONASS) may be jammed nearby — this happens in city centres and is not your internet.",
        "ru": "Серверы карт отвечают. Если карта показывает вас не там, где вы есть, а интернет работает, рядом могут глушить спутниковую навигацию (GPS/ГЛОНАСС) — так бывает в центрах городов, и дело не в интернете.",
    },
}
