"""Texts for the censorship signatures: QUIC, the transfer cut, throttling, whitelist mode,
repeated tries, and what in the environment skews results."""

from __future__ import annotations

TEXTS: dict[str, dict[str, str]] = {
    "evidence.quic_failed": {
        "en": "QUIC (HTTP/3) to {name} failed ({outcome}) while the ordinary secure connection works.",
        "ru": "QUIC (HTTP/3) к {name} не работает ({outcome}), а обычное защищённое соединение работает.",
    },
    "evidence.transfer_cut": {
        "en": "The flow froze after about {cut_kb} KB with no reset, on {seen} of {tries:p:try|tries} ({directions}).",
        "ru": "Передача замерла примерно после {cut_kb} КБ без сброса соединения — в {seen} из {tries:p:попытки|попыток|попыток} ({directions}).",
    },
    "evidence.throttled": {
        "en": "Same server, same file: {rate_kbps} with the name {name}, {control_kbps} with the control name {control}.",
        "ru": "Тот же сервер, тот же файл: {rate_kbps} с именем {name} и {control_kbps} с контрольным именем {control}.",
    },
    "evidence.transfers_shortened": {
        "en": "The line is too slow to tell a freeze from a cut: the transfer test took one short look instead of its repeats.",
        "ru": "Линия слишком медленная, чтобы отличить зависание от обрыва: проверка передачи сделала одну короткую попытку вместо повторов.",
    },
    "evidence.throughput_line": {
        "en": "Speed by name not compared: the line itself is slower than any brake this test could show.",
        "ru": "Скорость по имени не сравнивалась: сама линия медленнее любого замедления, которое могла бы показать эта проверка.",
    },
    "evidence.throughput_fine": {
        "en": "Speed is not tied to the name: {rate_kbps} with {name}, {control_kbps} with {control}.",
        "ru": "Скорость не зависит от имени: {rate_kbps} с {name} и {control_kbps} с {control}.",
    },
    "evidence.throughput_starved": {
        "en": "With the name {name} the file froze or crawled: {kb} KB in the whole test, while the control name {control} got {control_kbps}.",
        "ru": "С именем {name} файл замер или еле полз: {kb} КБ за всю проверку, а с контрольным именем {control} — {control_kbps}.",
    },
    "evidence.throughput_unmeasured": {
        "en": "The speed for {name} could not be measured (not enough data came back).",
        "ru": "Скорость для {name} измерить не удалось (пришло слишком мало данных).",
    },
    "evidence.repeats_skipped": {
        "en": "Tried once: at {count} other endpoints of this run every repeat failed the same way, so the filter here is consistent.",
        "ru": "Проверено один раз: на {count} других адресах в этой проверке каждый повтор не проходил так же — фильтр здесь работает стабильно.",
    },
    "evidence.flaky": {
        "en": "Unstable: it failed on {failed} of {tries:p:try|tries} ({what_code}); other tries went through.",
        "ru": "Нестабильно: не прошло в {failed} из {tries:p:попытки|попыток|попыток} ({what_code}), остальные прошли.",
    },
    "evidence.whitelist": {
        "en": "Allow-listed domestic services work ({domestic_ok}), while all foreign and non-listed ones fail ({foreign_failed}).",
        "ru": "Разрешённые российские сервисы работают ({domestic_ok}), а все иностранные и не из списка ({foreign_failed}) — нет.",
    },
    "label.whitelist_by_address": {"en": "allowed by address", "ru": "разрешение по адресам"},
    "label.whitelist_by_name": {
        "en": "allowed by server name",
        "ru": "разрешение по именам серверов",
    },
    "label.whitelist_by_name_and_address": {
        "en": "allowed by address and server name",
        "ru": "разрешение по адресам и именам серверов",
    },
    "label.whitelist_throttled": {
        "en": "everything else throttled",
        "ru": "всё остальное замедлено",
    },
    "label.whitelist_blackout": {
        "en": "blackout: a handful of domestic addresses",
        "ru": "отключение: открыты лишь несколько российских адресов",
    },
    "evidence.whitelist_throttled": {
        "en": "Allow-listed domestic services work ({domestic_ok}), while transfers from {crawling:p:other service|other services} crawled at about {rate_kbps} at most.",
        "ru": "Разрешённые российские сервисы работают ({domestic_ok}), а загрузка с других сервисов ({crawling}) шла не быстрее примерно {rate_kbps}.",
    },
    "evidence.family.ipv6_works": {
        "en": "Blocked over IPv4 ({ipv4_code}), works over IPv6: {name} answers at its IPv6 address. The operator filters the two address families differently.",
        "ru": "По IPv4 заблокировано ({ipv4_code}), по IPv6 работает: {name} отвечает по IPv6-адресу. Оператор фильтрует два семейства адресов по-разному.",
    },
    "evidence.family.both_blocked": {
        "en": "Blocked over IPv6 too: {name} fails at its IPv6 address as well ({ipv6_code}).",
        "ru": "По IPv6 тоже заблокировано: {name} не отвечает и по IPv6-адресу ({ipv6_code}).",
    },
    "evidence.whitelist_ipv6_open": {
        "en": "Over IPv6 the list does not hold: {count:p:endpoint cut over IPv4 answers|endpoints cut over IPv4 answer} at an IPv6 address.",
        "ru": "По IPv6 белый список не действует: по IPv6-адресу отвечают адреса, отрезанные по IPv4 ({count}).",
    },
    "evidence.whitelist_crawl": {
        "en": "Its page loads, but everything not on the allow-list crawls at about {rate_kbps}: too slow to use.",
        "ru": "Страница открывается, но всё, чего нет в белом списке, загружается со скоростью около {rate_kbps} — пользоваться этим нельзя.",
    },
    "evidence.whitelist_blackout": {
        "en": "Only {domestic_ok} of {listed} allow-listed domestic functions answer ({open_services}); the other {foreign_failed} connections are cut.",
        "ru": "Отвечают только {domestic_ok} из {listed} функций разрешённых российских сервисов ({open_services}); остальные соединения ({foreign_failed}) обрываются.",
    },
    "evidence.proxy_failed": {
        "en": "The proxy failed: {error}.",
        "ru": "Прокси не сработал: {error}.",
    },
    "evidence.env_vpn": {
        "en": "A VPN-like network interface is up: {interfaces}.",
        "ru": "Поднят сетевой интерфейс, похожий на VPN: {interfaces}.",
    },
    "evidence.env_proxy": {
        "en": "The system has a proxy set ({proxy}); Svyaz did not use it.",
        "ru": "В системе задан прокси ({proxy}); Svyaz его не использовал.",
    },
    "evidence.env_fake_ip": {
        "en": "{count:p:name resolves|names resolve} to Fake-IP addresses (198.18.0.0/15).",
        "ru": "Имена разрешаются в адреса Fake-IP (198.18.0.0/15): {count}.",
    },
    "evidence.env_bypass": {
        "en": "Anti-blocking programs running: {tools}.",
        "ru": "Запущены программы обхода блокировок: {tools}.",
    },
    "network_type.wifi": {"en": "Wi-Fi", "ru": "Wi-Fi"},
    "network_type.cellular": {"en": "Mobile network", "ru": "Мобильная сеть"},
    "network_type.ethernet": {"en": "Wired network", "ru": "Проводная сеть"},
    "network_type.unknown": {"en": "Network type unknown", "ru": "Тип сети неизвестен"},
    # ---- hello shapes and name-address checks (core/rules/fingerprints.py) ----
    "evidence.name_address_mismatch": {
        "en": "The name {name} was sent to {address}, which is not one of its own addresses: that handshake was cut, while the same name at its own address {home} went through. Your provider checks that a server name matches the address it is sent to; this says nothing about the service itself, and the test that needed this pairing could not run.",
        "ru": "Имя {name} было отправлено на адрес {address}, который ему не принадлежит: это соединение оборвано, а то же имя на его собственном адресе {home} прошло. Провайдер проверяет, совпадает ли имя сервера с адресом, на который оно отправлено; о самом сервисе это ничего не говорит, а проверку, которой нужна была такая пара, провести не удалось.",
    },
    "evidence.hello_shapes": {
        "en": "The same secure connection to {address} with the same name, in different programs' first messages: {passed} got an answer, {cut} were cut.",
        "ru": "Одно и то же защищённое соединение с {address} и тем же именем, с первым сообщением разных программ: {passed} — получили ответ, {cut} — оборваны.",
    },
}
