"""Headlines: the cause of a function's verdict in a few words, and service names in Russian.

A tile shows its worst function's headline ("Calls blocked", "Blocked by server name") instead
of a generic status word, so the first screen tells what is wrong. Phrases are noun-like in
Russian, so they agree with any service name. `headline.<code>.<function>` overrides the
code's phrase for one function (calls that a short run did not test).
"""

from __future__ import annotations

TEXTS: dict[str, dict[str, str]] = {
    "headline.ok": {"en": "Works", "ru": "Работает"},
    "headline.geo_blocked": {
        "en": "Refuses your country",
        "ru": "Сервис не работает для вашей страны",
    },
    "headline.ok_connect_only": {
        "en": "Reachable (connection only)",
        "ru": "Доступно (проверено только соединение)",
    },
    "headline.connection_limited": {
        "en": "New connections cut after a few",
        "ru": "Новые соединения обрываются",
    },
    "headline.dns_nxdomain": {
        "en": "Blocked by DNS: name hidden",
        "ru": "Блокировка через DNS: имя скрыто",
    },
    "headline.dns_timeout": {"en": "DNS does not answer", "ru": "DNS не отвечает"},
    "headline.dns_spoofed": {
        "en": "Blocked by DNS: false address",
        "ru": "Блокировка через DNS: адрес подменён",
    },
    "headline.dns_name_gone": {"en": "Name no longer exists", "ru": "Такого имени больше нет"},
    "headline.tcp_refused": {"en": "Connections refused", "ru": "В соединении отказано"},
    "headline.tcp_reset": {"en": "Blocked by address", "ru": "Блокировка по адресу"},
    "headline.tcp_timeout": {
        "en": "Blocked by address: packets vanish",
        "ru": "Блокировка по адресу: пакеты пропадают",
    },
    "headline.tcp_unreachable": {"en": "Server unreachable", "ru": "Сервер недоступен"},
    "headline.tls_reset": {"en": "Blocked by server name", "ru": "Блокировка по имени сервера"},
    "headline.tls_timeout": {
        "en": "Blocked by server name: hangs",
        "ru": "Блокировка по имени сервера: зависание",
    },
    "headline.tls_bad_certificate": {
        "en": "Wrong certificate: possible interception",
        "ru": "Чужой сертификат: возможен перехват",
    },
    "headline.tls_error": {
        "en": "Secure connection fails",
        "ru": "Сбой защищённого соединения",
    },
    "headline.http_blockpage": {
        "en": "Blocked: official block page",
        "ru": "Блокировка по реестру",
    },
    "headline.http_error": {"en": "Site not answering properly", "ru": "Сайт отвечает неправильно"},
    "headline.quic_blocked": {
        "en": "Fast protocol (QUIC) blocked",
        "ru": "Быстрый протокол (QUIC) заблокирован",
    },
    "headline.throttled": {"en": "Slowed down", "ru": "Замедление"},
    "headline.stalled": {
        "en": "Freezes on large transfers",
        "ru": "Зависает на больших передачах",
    },
    "headline.call_ok": {"en": "Calls work", "ru": "Звонки работают"},
    "headline.call_poor": {"en": "Calls sound poor", "ru": "Плохое качество звонков"},
    "headline.udp_blocked": {"en": "Calls blocked", "ru": "Звонки заблокированы"},
    "headline.not_tested": {"en": "Not checked in this run", "ru": "В этот раз не проверялось"},
    "headline.not_tested.calls": {
        "en": "Calls not checked in this run — open Call quality",
        "ru": "Звонки в этот раз не проверялись — откройте «Качество звонков»",
    },
    "headline.offline": {"en": "No internet", "ru": "Нет интернета"},
    "headline.captive_portal": {
        "en": "The network asks you to log in",
        "ru": "Сеть требует входа",
    },
    "headline.whitelist_mode": {
        "en": "Shut off by whitelist mode",
        "ru": "Отключено режимом белых списков",
    },
    "advice.not_tested.calls": {
        "en": "Open the Call quality tab and start the call test: it measures calls in 10 seconds.",
        "ru": "Откройте вкладку «Качество звонков» и запустите проверку звонков: она занимает 10 секунд.",
    },
    # ---- service names as people say them in Russian (the catalog's name otherwise) ----
    "service.vk": {"en": "VK", "ru": "ВКонтакте"},
    "service.ok": {"en": "Odnoklassniki", "ru": "Одноклассники"},
    "service.rutube": {"en": "Rutube", "ru": "Рутуб"},
    "service.google-maps": {"en": "Google Maps", "ru": "Google Карты"},
    "service.yandex-maps": {"en": "Yandex Maps", "ru": "Яндекс Карты"},
    "service.2gis": {"en": "2GIS", "ru": "2ГИС"},
    "service.gosuslugi": {"en": "Gosuslugi", "ru": "Госуслуги"},
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
}
