"""Texts for the 2026 censor's tests: connect-only results, the two-way transfer, connection
policing, and test hosts drawn from a pool (allow-listed names)."""

from __future__ import annotations

TEXTS: dict[str, dict[str, str]] = {
    # ---- the two-way transfer: what each direction did ----
    "evidence.two_way_down_moved": {
        "en": "Download on one connection: {kb} KB at {rate_kbps}.",
        "ru": "Загрузка по одному соединению: {kb} КБ со скоростью {rate_kbps}.",
    },
    "evidence.two_way_up_moved": {
        "en": "Upload on the same connection: {kb} KB taken by the server at {rate_kbps}.",
        "ru": "Отправка по тому же соединению: сервер принял {kb} КБ со скоростью {rate_kbps}.",
    },
    "evidence.two_way_down_stalled": {
        "en": "The download froze after {kb} KB on the wire, with no reset.",
        "ru": "Загрузка замерла после {kb} КБ, без сброса соединения.",
    },
    "evidence.two_way_up_stalled": {
        "en": "The upload froze after the server took {kb} KB, with no reset.",
        "ru": "Отправка замерла после того, как сервер принял {kb} КБ, без сброса соединения.",
    },
    "evidence.two_way_down_closed": {
        "en": "The download ended early, after {kb} KB: the connection was closed.",
        "ru": "Загрузка оборвалась после {kb} КБ: соединение закрыто.",
    },
    "evidence.two_way_up_closed": {
        "en": "The upload ended early, after {kb} KB: the connection was closed.",
        "ru": "Отправка оборвалась после {kb} КБ: соединение закрыто.",
    },
    "evidence.two_way_failed": {
        "en": "The transfer test could not run ({outcome}).",
        "ru": "Проверку передачи данных провести не удалось ({outcome}).",
    },
    # ---- connection policing and the hosting pool ----
    "evidence.policing": {
        "en": "Browser-like secure connections with random names to {address}: {first_ok} of {first} opened in a quick burst went through, then {later_ok} of {later} more.",
        "ru": "Защищённые соединения как у браузера, со случайными именами, к {address}: из {first} открытых быстрой очередью прошли {first_ok}, затем из {later} следующих — {later_ok}.",
    },
    "evidence.pool_drawn": {
        "en": "This run checked a server at {provider}, picked at random from the hosting companies listed.",
        "ru": "В этот раз проверен сервер у {provider}, выбранного наугад из списка хостингов.",
    },
    "evidence.drawn_host": {
        "en": "This run checked {host}, one of the service's {total} servers; each run picks a few others at random.",
        "ru": "В этот раз проверен {host} — один из {total} серверов сервиса; каждая проверка наугад берёт несколько других.",
    },
    "evidence.pool_policed": {
        "en": "Connection-policing test this run on {provider}.",
        "ru": "Проверка ограничения соединений в этот раз — на {provider}.",
    },
    "evidence.allowlisted_name": {
        "en": "The test's own name {name} passes, but a made-up name on the same address ({unlisted}) is cut: the test host looks allow-listed, and other sites there are cut.",
        "ru": "Собственное имя теста {name} проходит, а придуманное имя на том же адресе ({unlisted}) обрывается: тестовый хост, похоже, в белом списке, а другие сайты там режутся.",
    },
    "evidence.unlisted_cut": {
        "en": "Only a made-up name on the same address ({unlisted}) is cut, after about {cut_kb} KB: {name} itself passes, so this service works; other sites on this address may not.",
        "ru": "Обрывается только придуманное имя на том же адресе ({unlisted}), примерно после {cut_kb} КБ: само {name} проходит, так что сервис работает; другие сайты на этом адресе — возможно, нет.",
    },
    "evidence.unlisted_throttled": {
        "en": "A made-up name on the same server ({unlisted}) ran at {unlisted_kbps} against {control_kbps} for {control}: other names on this address may be slowed.",
        "ru": "Придуманное имя на том же сервере ({unlisted}) — {unlisted_kbps} против {control_kbps} у {control}: другие имена на этом адресе, возможно, замедляются.",
    },
}
