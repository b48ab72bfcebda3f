"""Engine texts: statuses, function names, the run, network details and evidence (a verdict
code's own words are in core/texts/verdicts.py)."""

from __future__ import annotations

TEXTS: dict[str, dict[str, str]] = {
    # ---- statuses and functions ----
    "status.works": {"en": "Works", "ru": "Работает"},
    "status.degraded": {"en": "Works poorly", "ru": "Работает с перебоями"},
    "status.blocked": {"en": "Blocked", "ru": "Заблокировано"},
    "status.unknown": {"en": "Unknown", "ru": "Неизвестно"},
    "function.messages": {"en": "messages", "ru": "сообщения"},
    "function.calls": {"en": "calls", "ru": "звонки"},
    "function.media": {"en": "media", "ru": "медиа"},
    "function.video": {"en": "video", "ru": "видео"},
    "function.web": {"en": "website", "ru": "сайт"},
    "function.maps": {"en": "maps", "ru": "карты"},
    "function.login": {"en": "sign-in", "ru": "вход"},
    "function.notifications": {"en": "notifications", "ru": "уведомления"},
    # ---- a function's words in the network's context ----
    "explain.whitelist_context": {
        "en": "Unavailable because the network is in whitelist mode ({what_code}): only allow-listed services work, this is not a block of this service alone.",
        "ru": "Недоступно, потому что сеть в режиме белых списков ({what_code}): работают только разрешённые сервисы, это не блокировка именно этого сервиса.",
    },
    # ---- the run ----
    "run.measured_through_vpn": {
        "en": "Measured through a VPN (interface {interfaces}): these results describe the tunnel's path, not your direct line; what is blocked here may work without the VPN, and the other way round.",
        "ru": "Проверка шла через VPN (интерфейс {interfaces}): результаты описывают путь через туннель, а не ваше прямое подключение; то, что здесь заблокировано, может работать без VPN, и наоборот.",
    },
    "run.measured_through_vpn.unnamed": {
        "en": "Measured through a VPN: these results describe the tunnel's path, not your direct line; what is blocked here may work without the VPN, and the other way round.",
        "ru": "Проверка шла через VPN: результаты описывают путь через туннель, а не ваше прямое подключение; то, что здесь заблокировано, может работать без VPN, и наоборот.",
    },
    "run.measured_through_proxy": {
        "en": "Measured through the proxy chosen in Settings: these results describe the proxy's path, not your direct line.",
        "ru": "Проверка шла через прокси, выбранный в настройках: результаты описывают путь через прокси, а не ваше прямое подключение.",
    },
    "run.incomplete": {
        "en": "The run stopped before the end; results are partial.",
        "ru": "Проверка остановлена до конца; результаты неполные.",
    },
    # ---- network level: details ----
    "label.by_address": {"en": "by address", "ru": "по адресам"},
    "label.by_name": {"en": "by server name", "ru": "по имени сервера"},
    "label.by_name_and_address": {
        "en": "by address and server name",
        "ru": "по адресам и именам серверов",
    },
    "condition.dns_encrypted_blocked": {
        "en": "Encrypted DNS (DNS-over-HTTPS) is blocked on this network.",
        "ru": "Шифрованный DNS (DNS-over-HTTPS) в этой сети заблокирован.",
    },
    "condition.dns_system_silent": {
        "en": "Your provider's DNS answers no name at all, ordinary sites included, while the sites themselves answer: apps cannot find any server. This is a DNS failure, not a block of each service: switch to another DNS (encrypted DNS, or Private DNS on a phone).",
        "ru": "DNS вашего провайдера не отвечает ни на одно имя, даже для обычных сайтов, хотя сами сайты отвечают: приложения не могут найти ни один сервер. Это сбой DNS, а не блокировка каждого сервиса: смените DNS (шифрованный DNS или «Частный DNS» на телефоне).",
    },
    "condition.dns_intercepted": {
        "en": "DNS queries are intercepted and answered by something on the path.",
        "ru": "DNS-запросы перехватываются, и на них отвечает кто-то по пути.",
    },
    "condition.proxy_failed": {
        "en": "The proxy set in Settings refuses or fails connections: results show the proxy, not the network.",
        "ru": "Прокси из настроек отказывает или не может соединиться: результаты говорят о прокси, а не о сети.",
    },
    "condition.local_trust_failed": {
        "en": "Certificates of sites that are never blocked fail here too: the trust store in use (the CA file in Settings or --ca-bundle) or a program on this computer (an antivirus, a company proxy) does not trust them. Certificate failures are not counted as blocks in this run.",
        "ru": "Сертификаты сайтов, которые никогда не блокируют, здесь тоже не проходят проверку: им не доверяет выбранное хранилище сертификатов (файл CA в настройках или --ca-bundle) или программа на этом компьютере (антивирус, прокси компании). Ошибки сертификатов в этой проверке не считаются блокировками.",
    },
    "condition.machine_busy": {
        "en": "The computer is too busy for timing tests: Svyaz's own work ran late, so timeouts, stalls, slow transfers and call quality measured now would show the computer's load, not the network. They are not counted as blocks; close other programs or diagnostics and run again.",
        "ru": "Компьютер слишком загружен для проверок по времени: собственная работа Svyaz запаздывала, поэтому тайм-ауты, зависания, медленные передачи и качество звонков сейчас показали бы загрузку компьютера, а не сеть. Они не считаются блокировками; закройте другие программы или проверки и запустите ещё раз.",
    },
    "condition.slow_line": {
        "en": "The line itself is slow: even sites that are never blocked crawl. Results about speed can't tell a block from the line, so freezes and slow transfers are not counted as blocks; try again on a better signal or on Wi-Fi.",
        "ru": "Сама линия медленная: даже сайты, которые никогда не блокируют, еле грузятся. По скорости здесь не отличить блокировку от линии, поэтому зависания и медленные передачи не считаются блокировками; повторите проверку при лучшем сигнале или через Wi-Fi.",
    },
    "condition.unstable_line": {
        "en": "The line itself is unstable: even sites that are never blocked freeze and lose data. Freezes, timeouts and slow transfers here can't tell a block from the line, so they are not counted as blocks; try again on a better signal or on Wi-Fi.",
        "ru": "Сама линия нестабильна: даже сайты, которые никогда не блокируют, зависают и теряют данные. Зависания, тайм-ауты и медленные передачи здесь не отличить от проблем линии, поэтому они не считаются блокировками; повторите проверку при лучшем сигнале или через Wi-Fi.",
    },
    "condition.vpn_detected": {
        "en": "A VPN seems to be on: results show the VPN's path, not your provider's.",
        "ru": "Похоже, включён VPN: результаты показывают путь через VPN, а не через провайдера.",
    },
    "condition.proxy_detected": {
        "en": "A system proxy is set; Svyaz does not use it unless you choose it in Settings.",
        "ru": "В системе задан прокси; Svyaz не использует его, пока вы не выберете его в настройках.",
    },
    "condition.fake_ip": {
        "en": "Names resolve to Fake-IP addresses (198.18.0.0/15): a proxy tool is rewriting DNS.",
        "ru": "Имена разрешаются в адреса Fake-IP (198.18.0.0/15): DNS подменяет программа-прокси.",
    },
    "condition.bypass_tool": {
        "en": "An anti-blocking program is running ({tools}): it changes what this test sees.",
        "ru": "Запущена программа обхода блокировок ({tools}): она влияет на результаты проверки.",
    },
    # ---- evidence ----
    "evidence.loop_lag": {
        "en": "Svyaz's own work ran late by up to {max_ms} ms (95 % of the time under {p95_ms} ms).",
        "ru": "Собственная работа Svyaz запаздывала до {max_ms} мс (95 % времени — до {p95_ms} мс).",
    },
    "evidence.control_timings_swing": {
        "en": "The never-blocked check sites' connections took from {p10_ms} ms to {p90_ms} ms "
        "toward every region: this computer, not the line, set the pace.",
        "ru": "Соединения с контрольными сайтами, которые никогда не блокируют, занимали от "
        "{p10_ms} до {p90_ms} мс во всех направлениях: темп задавал компьютер, а не линия.",
    },
    "evidence.held_back_busy": {
        "en": "Measured {what_code}, not counted: the computer was too busy for timing tests.",
        "ru": "Измерено: {what_code}, но не засчитано: компьютер был слишком загружен для проверок по времени.",
    },
    "evidence.held_back_line": {
        "en": "Measured {what_code}, not counted: the line is too slow to tell a block from the line.",
        "ru": "Измерено: {what_code}, но не засчитано: линия слишком медленная, чтобы отличить блокировку от самой линии.",
    },
    "evidence.line_slow": {
        "en": "Sites that are never blocked crawl too: at most {rate_kbps}, the first byte of an answer after up to {first_byte_ms} ms.",
        "ru": "Сайты, которые никогда не блокируют, тоже еле грузятся: не быстрее {rate_kbps}, первый байт ответа — через {first_byte_ms} мс.",
    },
    "evidence.line_crawl": {
        "en": "Sites that are never blocked crawl too: {slow} of {samples:p:test|tests} of their pages came slowly or froze (the first byte after up to {first_byte_ms} ms).",
        "ru": "Сайты, которые никогда не блокируют, тоже еле грузятся: {slow} из {samples:p:проверки|проверок|проверок} их страниц шли медленно или зависали (первый байт — через {first_byte_ms} мс).",
    },
    "evidence.line_unstable": {
        "en": "Sites that are never blocked freeze or lose data too: {lossy} of {samples:p:test|tests} of their pages stopped for a while (up to {gap_ms} ms).",
        "ru": "Сайты, которые никогда не блокируют, тоже зависают или теряют данные: {lossy} из {samples:p:проверки|проверок|проверок} их страниц останавливались (до {gap_ms} мс).",
    },
    "evidence.partial": {
        "en": "Partly: {failed} of {total:p:endpoint|endpoints} fail ({what_code}).",
        "ru": "Частично: не работает {failed} из {total:p:точки|точек|точек} ({what_code}).",
    },
    "evidence.some_addresses_fail": {
        "en": "{failed} of the server's {total:p:address|addresses} fail ({what_code}): {addresses}.",
        "ru": "Не отвечают {failed} из {total:p:адреса|адресов|адресов} сервера ({what_code}): {addresses}.",
    },
    "evidence.dns_fake_nxdomain": {
        "en": "The system resolver said “{outcome}” for {name}; encrypted DNS gives {addresses}.",
        "ru": "Системный DNS ответил «{outcome}» для {name}; шифрованный DNS даёт {addresses}.",
    },
    "evidence.dns_name_gone": {
        "en": "Neither the system resolver nor encrypted DNS knows {name}.",
        "ru": "Имя {name} не знает ни системный, ни шифрованный DNS.",
    },
    "evidence.dns_nxdomain_unconfirmed": {
        "en": "The system resolver says {name} does not exist; no trusted resolver could confirm it.",
        "ru": "Системный DNS говорит, что {name} не существует; проверить это через доверенный DNS не удалось.",
    },
    "evidence.dns_no_answer": {
        "en": "The system resolver gave no answer for {name} ({outcome}).",
        "ru": "Системный DNS не дал ответа для {name} ({outcome}).",
    },
    "evidence.dns_points_local": {
        "en": "Every resolver asked, encrypted DNS included, gives {name} the local or reserved address {addresses}: the name itself points there. Nothing was connected to it.",
        "ru": "Все опрошенные DNS-серверы, включая зашифрованный DNS, дают для {name} локальный или зарезервированный адрес {addresses}: так настроено само имя. Подключений к нему не было.",
    },
    "evidence.dns_bogon": {
        "en": "The system resolver answered {addresses} for {name}: an address no public server uses.",
        "ru": "Системный DNS ответил {addresses} для {name}: такие адреса не используются публичными серверами.",
    },
    "evidence.dns_shared_address": {
        "en": "The system resolver answered {addresses} for {name} and for unrelated sites too: a block-page address.",
        "ru": "Системный DNS ответил {addresses} для {name} и для посторонних сайтов: это адрес страницы блокировки.",
    },
    "evidence.dns_unverified": {
        "en": "No trusted resolver answered, so the answer for {name} could not be compared.",
        "ru": "Доверенный DNS не ответил, поэтому ответ для {name} не с чем сравнить.",
    },
    "evidence.dns_differs": {
        "en": "The system resolver answered {addresses} for {name}; encrypted DNS answered {trusted}.",
        "ru": "Системный DNS ответил {addresses} для {name}; шифрованный DNS ответил {trusted}.",
    },
    "evidence.dns_differs_valid": {
        "en": "The differing address {addresses} holds a valid certificate for {name}: another server of the same service, not a lie.",
        "ru": "По другому адресу {addresses} есть действительный сертификат для {name}: это другой сервер того же сервиса, а не подмена.",
    },
    "evidence.dns_differs_unchecked": {
        "en": "The differing address {addresses} for {name} could not be checked with a certificate.",
        "ru": "Другой адрес {addresses} для {name} не удалось проверить сертификатом.",
    },
    "evidence.dns_fails_validation": {
        "en": "At {addresses} there is no valid certificate for {name}: the answer is forged.",
        "ru": "По адресу {addresses} нет действительного сертификата для {name}: ответ подделан.",
    },
    "evidence.true_address_works": {
        "en": "At its real address {name} works: fixing DNS is enough.",
        "ru": "По настоящему адресу {name} работает: достаточно исправить DNS.",
    },
    "evidence.true_address_fails": {
        "en": "At its real address {name} fails too ({what_code}): fixing DNS is not enough.",
        "ru": "По настоящему адресу {name} тоже не работает ({what_code}): исправить DNS недостаточно.",
    },
    # Why, as the TLS probe classified it (core/codes.py CertificateProblem).
    "evidence.bad_certificate.expired": {
        "en": "Certificate presented for {name} is not trusted: the certificate has expired.",
        "ru": "Сертификат, предъявленный для {name}, не вызывает доверия: срок действия сертификата истёк.",
    },
    "evidence.bad_certificate.not_yet_valid": {
        "en": "Certificate presented for {name} is not trusted: the certificate is not valid yet.",
        "ru": "Сертификат, предъявленный для {name}, не вызывает доверия: срок действия сертификата ещё не начался.",
    },
    "evidence.bad_certificate.wrong_name": {
        "en": "Certificate presented for {name} is not trusted: the certificate is for another name.",
        "ru": "Сертификат, предъявленный для {name}, не вызывает доверия: сертификат выдан на другое имя.",
    },
    "evidence.bad_certificate.unknown_authority": {
        "en": "Certificate presented for {name} is not trusted: the certificate comes from an unknown authority.",
        "ru": "Сертификат, предъявленный для {name}, не вызывает доверия: сертификат выдан неизвестным удостоверяющим центром.",
    },
    "evidence.bad_certificate.self_signed": {
        "en": "Certificate presented for {name} is not trusted: the certificate is self-signed.",
        "ru": "Сертификат, предъявленный для {name}, не вызывает доверия: сертификат самоподписанный.",
    },
    # Named by the rules (core/rules/certificates.py) from resources/interception_roots.toml.
    "evidence.bad_certificate.known_interception_root": {
        "en": "Certificate presented for {name} is not trusted: it was issued by {root}, a root known to be used for state interception of HTTPS ({country}, {years}).",
        "ru": "Сертификат, предъявленный для {name}, не вызывает доверия: он выдан от имени «{root}» — корневого центра, известного по государственному перехвату HTTPS ({country}, {years}).",
    },
    # Where a known interception root was used (a `country` parameter, core/messages.py).
    "country.kz": {"en": "Kazakhstan", "ru": "Казахстан"},
    "evidence.bad_certificate.other": {
        "en": "Certificate presented for {name} is not trusted: the certificate could not be verified.",
        "ru": "Сертификат, предъявленный для {name}, не вызывает доверия: сертификат не удалось проверить.",
    },
    # The site's own certificate (core/rules/certificates.py `site_fault`): a trusted root.
    "evidence.site_certificate.expired": {
        "en": "The certificate presented for {name} comes from a trusted authority but has expired: the site's own fault, not interception.",
        "ru": "Сертификат, предъявленный для {name}, выдан доверенным центром, но его срок истёк: это ошибка самого сайта, а не перехват.",
    },
    "evidence.site_certificate.not_yet_valid": {
        "en": "The certificate presented for {name} comes from a trusted authority but is not valid yet: the site's own fault (or this computer's clock), not interception.",
        "ru": "Сертификат, предъявленный для {name}, выдан доверенным центром, но ещё не начал действовать: это ошибка самого сайта (или часов этого компьютера), а не перехват.",
    },
    "evidence.site_certificate.wrong_name": {
        "en": "The certificate presented for {name} comes from a trusted authority but is for another name ({subject}), as a server's default site: the site's own fault, not interception.",
        "ru": "Сертификат, предъявленный для {name}, выдан доверенным центром, но на другое имя ({subject}), как у сайта сервера по умолчанию: это ошибка самого сайта, а не перехват.",
    },
    # core/rules/endpoint.py `limited`: earlier connections answered, later ones hung.
    "evidence.connections_limited": {
        "en": "Connections to {address}: {passed} answered earlier in this run, then the next {hung} hung: connections are limited, the address is not a black hole.",
        "ru": "Соединения с {address}: {passed} получили ответ раньше в этой проверке, затем следующие {hung} зависли: соединения ограничены, адрес не «чёрная дыра».",
    },
    "evidence.service_data_dropped": {
        "en": "{endpoint}: the connection opened and the service's first step ({protocol}, {sent} bytes) went out; {received} bytes came back, then nothing ({outcome}), on {tries} tries.",
        "ru": "{endpoint}: соединение открылось, первый шаг протокола сервиса ({protocol}, {sent} байт) ушёл; в ответ пришло {received} байт, потом ничего ({outcome}), попыток: {tries}.",
    },
    "evidence.no_plain_http": {
        "en": "Plain HTTP to {host} is refused, while its secure port {port} on the same address ({addresses}) answers: the site serves no plain HTTP; nothing answers in its place.",
        "ru": "Незашифрованное соединение HTTP с {host} отклоняется, а его защищённый порт {port} по тому же адресу ({addresses}) отвечает: сайт просто не работает по HTTP; ничто не отвечает вместо него.",
    },
    "evidence.request_cut_by_name": {
        "en": "Same server {address}: with the name {name} the connection opens, then the page request gets no answer ({what_code}); with the control name {control} it is answered — blocked by name.",
        "ru": "Тот же сервер {address}: с именем {name} соединение открывается, но запрос страницы остаётся без ответа ({what_code}); с контрольным именем {control} ответ приходит — блокировка по имени.",
    },
    "evidence.host_cut_by_name": {
        "en": "Same server {address}, plain HTTP: with the Host {name} the page request fails ({what_code}); with the control Host {control} it is answered — blocked by name.",
        "ru": "Тот же сервер {address}, обычный HTTP: с именем {name} в заголовке Host запрос страницы не проходит ({what_code}); с контрольным именем {control} ответ приходит — блокировка по имени.",
    },
    "evidence.plain_page_replaced": {
        "en": "Plain HTTP of {name} shows another page, «{title}» ({bytes} bytes), while HTTPS shows the site's own, «{site_title}» ({site_bytes} bytes).",
        "ru": "По обычному HTTP {name} показывает другую страницу, «{title}» ({bytes} байт), а по HTTPS — страницу самого сайта, «{site_title}» ({site_bytes} байт).",
    },
    "evidence.plain_page_replaced.untitled": {
        "en": "Plain HTTP of {name} shows another page, with no title ({bytes} bytes), while HTTPS shows the site's own, «{site_title}» ({site_bytes} bytes).",
        "ru": "По обычному HTTP {name} показывает другую страницу, без заголовка ({bytes} байт), а по HTTPS — страницу самого сайта, «{site_title}» ({site_bytes} байт).",
    },
    "evidence.paired_by_name": {
        "en": "Same server {address}: with the name {name} it fails ({what_code}), with another name it answers — blocked by name.",
        "ru": "Тот же сервер {address}: с именем {name} не работает ({what_code}), с другим именем отвечает — блокировка по имени.",
    },
    "evidence.paired_by_address": {
        "en": "Same server {address}: it fails with any server name, so the address itself is blocked.",
        "ru": "Тот же сервер {address}: не работает ни с каким именем — заблокирован сам адрес.",
    },
    "evidence.internal_error": {
        "en": "Testing {endpoint} failed inside Svyaz (a bug, written to the log); it was not judged.",
        "ru": "Проверка {endpoint} не удалась из-за ошибки в самом Svyaz (записано в журнал); она не оценивалась.",
    },
    "evidence.reset_before_data": {
        "en": "Connections to {addresses} are reset before anything is sent: no name is involved, the address itself is blocked.",
        "ru": "Соединения с {addresses} сбрасываются ещё до отправки данных: имя тут ни при чём, заблокирован сам адрес.",
    },
    "evidence.swap_name_fails_elsewhere": {
        "en": "The name {name} also fails when sent to an unrelated server: the filter reads the name.",
        "ru": "Имя {name} не проходит и к постороннему серверу: фильтр читает имя.",
    },
    "evidence.swap_name_ok_elsewhere": {
        "en": "The name {name} passes when sent to an unrelated server: only this address is blocked.",
        "ru": "Имя {name} проходит к постороннему серверу: заблокирован только этот адрес.",
    },
    "evidence.doh_failed": {
        "en": "Encrypted DNS did not answer: {urls}.",
        "ru": "Шифрованный DNS не ответил: {urls}.",
    },
    "evidence.canary_answered": {
        "en": "A DNS answer came from {server}, an address that runs no DNS server: queries are intercepted.",
        "ru": "Ответ DNS пришёл от {server}, где нет DNS-сервера: запросы перехватываются.",
    },
    "evidence.udp_forged": {
        "en": "Plain DNS over UDP gave forged answers where the same query over TCP was honest: {names}.",
        "ru": "Обычный DNS по UDP дал поддельные ответы, а тот же запрос по TCP — честные: {names}.",
    },
}
