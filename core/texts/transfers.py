"""Texts for the 2026 censor's tests: connect-only results, the two-way transfer, connection
policing, and test hosts drawn from a pool (allow-listed names)."""

from __future__ import annotations

TEXTS: dict[str, dict[str, str]] = {
    # ---- connect only: reachable, but nothing more was proven ----
    "label.ok_connect_only": {
        "en": "reachable (connection only)",
        "ru": "доступно (проверено только соединение)",
    },
    "explain.ok_connect_only": {
        "en": "Reachable; only the connection was tested ({function}). The app speaks a protocol Svyaz cannot, so whether data really flows is not known: a connection can open while the app still hangs.",
        "ru": "Доступно; проверено только соединение ({function}). Приложение использует протокол, которого Svyaz не знает, поэтому неизвестно, идут ли данные на самом деле: соединение может открываться, а приложение — всё равно зависать.",
    },
    "advice.ok_connect_only": {
        "en": "Nothing to do unless the app itself hangs; if it does, a VPN usually helps.",
        "ru": "Ничего делать не нужно, если само приложение не зависает; если зависает — обычно помогает VPN.",
    },
    # ---- connection policing ----
    "label.connection_limited": {
        "en": "new connections cut after a few",
        "ru": "новые соединения режутся после нескольких",
    },
    "explain.connection_limited": {
        "en": "Your provider cuts new secure connections to this hosting once a few are open ({first_ok} of {first} passed, the next {later} hung). Ordinary sites may load, but VPN protocols such as VLESS/Reality on such hosting will be cut.",
        "ru": "Провайдер обрывает новые защищённые соединения с этим хостингом, когда открыто уже несколько ({first_ok} из {first} прошли, следующие {later} зависли). Обычные сайты могут открываться, но VPN-протоколы вроде VLESS/Reality на таком хостинге будут обрываться.",
    },
    "advice.connection_limited": {
        "en": "For a VPN, choose a server on a domestic or less common hosting, or a protocol that keeps one long connection; ordinary browsing needs nothing.",
        "ru": "Для VPN выберите сервер на российском или менее распространённом хостинге либо протокол, который держит одно долгое соединение; для обычных сайтов ничего делать не нужно.",
    },
    # ---- the two-way transfer: its own words for `stalled` and `throttled` ----
    "explain.stalled.two_way_up": {
        "en": "Connects, but data sent to the service freezes after about {cut_kb} KB with no error: messages, voice notes and photos you send hang.",
        "ru": "Соединение открывается, но данные к сервису замирают примерно после {cut_kb} КБ без ошибки: отправка сообщений, голосовых и фото зависает.",
    },
    "explain.stalled.two_way_down": {
        "en": "Connects, but data from the service freezes after about {cut_kb} KB with no error: incoming media and long chats do not load.",
        "ru": "Соединение открывается, но данные от сервиса замирают примерно после {cut_kb} КБ без ошибки: входящие медиа и длинные чаты не загружаются.",
    },
    "explain.throttled.two_way_up": {
        "en": "Connects, but data sent to the service crawls at {rate_kbps}: sending hangs or takes very long.",
        "ru": "Соединение открывается, но данные к сервису ползут со скоростью {rate_kbps}: отправка зависает или идёт очень долго.",
    },
    "explain.throttled.two_way_down": {
        "en": "Connects, but data from the service crawls at {rate_kbps}: media loads very slowly.",
        "ru": "Соединение открывается, но данные от сервиса ползут со скоростью {rate_kbps}: медиа загружаются очень медленно.",
    },
    "advice.stalled.two_way_up": {
        "en": "The app connects but cannot send: a VPN usually restores it; waiting or reinstalling will not.",
        "ru": "Приложение подключается, но не может отправлять: обычно помогает VPN; ожидание или переустановка не помогут.",
    },
    "advice.stalled.two_way_down": {
        "en": "The app connects but cannot receive: a VPN usually restores it.",
        "ru": "Приложение подключается, но не может получать: обычно помогает VPN.",
    },
    "advice.throttled.two_way_up": {
        "en": "Sending is slowed on purpose (random packet drops): a VPN usually restores normal speed.",
        "ru": "Отправка намеренно замедлена (случайные потери пакетов): нормальную скорость обычно возвращает VPN.",
    },
    "advice.throttled.two_way_down": {
        "en": "Receiving is slowed on purpose: a VPN usually restores normal speed.",
        "ru": "Получение намеренно замедлено: нормальную скорость обычно возвращает VPN.",
    },
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
        "en": "Browser-like secure connections with random names to {address}: {first_ok} of {first} opened at once went through, then {later_ok} of {later} more.",
        "ru": "Защищённые соединения как у браузера, со случайными именами, к {address}: из {first} открытых одновременно прошли {first_ok}, затем из {later} следующих — {later_ok}.",
    },
    "evidence.pool_drawn": {
        "en": "Drawn from the hosting pool this run: {provider}.",
        "ru": "Выбрано из списка хостингов в этой проверке: {provider}.",
    },
    "evidence.drawn_host": {
        "en": "Drawn at random this run: {host}, one of {total} servers listed (each run tries a few others).",
        "ru": "Выбран случайно в этой проверке: {host}, один из {total} серверов списка (каждая проверка берёт несколько других).",
    },
    "evidence.pool_policed": {
        "en": "Connection-policing test this run on {provider}.",
        "ru": "Проверка ограничения соединений в этот раз — на {provider}.",
    },
    "evidence.allowlisted_name": {
        "en": "The test's own name {name} passes, but a made-up name on the same address ({unlisted}) is cut: the test host looks allow-listed, and other sites there are cut.",
        "ru": "Собственное имя теста {name} проходит, а придуманное имя на том же адресе ({unlisted}) обрывается: тестовый хост, похоже, в белом списке, а другие сайты там режутся.",
    },
    "evidence.unlisted_throttled": {
        "en": "A made-up name on the same server ({unlisted}) ran at {unlisted_kbps} against {control_kbps} for {control}: other names on this address may be slowed.",
        "ru": "Придуманное имя на том же сервере ({unlisted}) — {unlisted_kbps} против {control_kbps} у {control}: другие имена на этом адресе, возможно, замедляются.",
    },
}
