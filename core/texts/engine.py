"""Engine texts: statuses, verdict labels, explanations, advice, network words, evidence."""

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
    # ---- short labels of verdict codes ----
    "label.ok": {"en": "works", "ru": "работает"},
    "label.call_ok": {"en": "calls work", "ru": "звонки работают"},
    "label.dns_nxdomain": {"en": "name hidden by DNS", "ru": "имя скрыто в DNS"},
    "label.dns_timeout": {"en": "no DNS answer", "ru": "нет ответа DNS"},
    "label.dns_spoofed": {"en": "DNS answer forged", "ru": "ответ DNS подменён"},
    "label.dns_name_gone": {"en": "name does not exist", "ru": "имя не существует"},
    "label.tcp_refused": {"en": "connection refused", "ru": "в соединении отказано"},
    "label.tcp_reset": {"en": "connection reset", "ru": "соединение сброшено"},
    "label.tcp_timeout": {
        "en": "no connection (black hole)",
        "ru": "нет соединения (пакеты пропадают)",
    },
    "label.tcp_unreachable": {"en": "unreachable", "ru": "недоступно"},
    "label.tls_reset": {"en": "cut by server name", "ru": "обрыв по имени сервера"},
    "label.tls_timeout": {"en": "stalled by server name", "ru": "зависание по имени сервера"},
    "label.tls_bad_certificate": {"en": "wrong certificate", "ru": "чужой сертификат"},
    "label.tls_error": {"en": "secure connection fails", "ru": "ошибка защищённого соединения"},
    "label.http_blockpage": {"en": "block page", "ru": "страница блокировки"},
    "label.http_error": {"en": "site error", "ru": "ошибка сайта"},
    "label.quic_blocked": {
        "en": "fast protocol (QUIC) blocked",
        "ru": "быстрый протокол (QUIC) заблокирован",
    },
    "label.throttled": {"en": "slowed down", "ru": "замедлено"},
    "label.stalled": {"en": "freezes after a few KB", "ru": "зависает после нескольких КБ"},
    "label.udp_blocked": {"en": "call traffic dropped", "ru": "трафик звонков отбрасывается"},
    "label.call_poor": {"en": "poor call quality", "ru": "плохое качество звонка"},
    "label.not_tested": {"en": "not tested", "ru": "не проверено"},
    "label.offline": {"en": "no internet", "ru": "нет интернета"},
    "label.captive_portal": {"en": "login page", "ru": "страница входа"},
    "label.whitelist_mode": {"en": "whitelist mode", "ru": "режим белых списков"},
    # ---- explanations per verdict (function level) ----
    "explain.ok": {
        "en": "No problem found with the {function}.",
        "ru": "{function}: работает нормально.",
    },
    "explain.call_ok": {
        "en": "Calls should work: the path calls use answers with good quality.",
        "ru": "Звонки должны работать: путь, которым идут звонки, отвечает с хорошим качеством.",
    },
    "explain.dns_nxdomain": {
        "en": "Your provider's DNS says this site does not exist, while an encrypted resolver finds it: the name is hidden on purpose.",
        "ru": "DNS вашего провайдера отвечает, что такого сайта нет, а шифрованный DNS его находит: имя скрыто намеренно.",
    },
    "explain.dns_timeout": {
        "en": "Your provider's DNS does not answer for this name, so apps cannot find the server.",
        "ru": "DNS вашего провайдера не отвечает на запрос этого имени, поэтому приложения не могут найти сервер.",
    },
    "explain.dns_spoofed": {
        "en": "Your provider's DNS gives a false address for this name, so apps go to the wrong place.",
        "ru": "DNS вашего провайдера выдаёт для этого имени ложный адрес, и приложения попадают не туда.",
    },
    "explain.dns_name_gone": {
        "en": "This name does not exist even for the encrypted resolver; the catalog entry may be out of date.",
        "ru": "Этого имени нет и в шифрованном DNS; возможно, запись в каталоге устарела.",
    },
    "explain.tcp_refused": {
        "en": "Connections to the server are refused at once: something answers in its place and turns them away.",
        "ru": "Соединения с сервером сразу отвергаются: что-то отвечает вместо него и отказывает.",
    },
    "explain.tcp_reset": {
        "en": "Connections to the server's address are cut right after they open, whatever is sent: the address is blocked.",
        "ru": "Соединения с адресом сервера обрываются сразу после открытия, что бы ни отправлялось: адрес заблокирован.",
    },
    "explain.tcp_timeout": {
        "en": "Nothing comes back from the server's address: packets to it are silently dropped (a black hole).",
        "ru": "С адреса сервера ничего не приходит: пакеты к нему молча отбрасываются («чёрная дыра»).",
    },
    "explain.tcp_unreachable": {
        "en": "The network reports the server's address as unreachable.",
        "ru": "Сеть сообщает, что адрес сервера недоступен.",
    },
    "explain.tls_reset": {
        "en": "The connection is cut as soon as the server's name is sent; the same server works under another name, so the block is by name.",
        "ru": "Соединение обрывается, как только передаётся имя сервера; под другим именем тот же сервер отвечает — блокировка по имени.",
    },
    "explain.tls_timeout": {
        "en": "After the server's name is sent, nothing comes back and the connection hangs; another name on the same server works, so the block is by name.",
        "ru": "После передачи имени сервера ответа нет, соединение зависает; другое имя на том же сервере работает — блокировка по имени.",
    },
    "explain.tls_bad_certificate": {
        "en": "The server's certificate is not valid for this site: someone on the path may be intercepting the connection.",
        "ru": "Сертификат сервера недействителен для этого сайта: возможно, соединение перехватывают по пути.",
    },
    "explain.tls_error": {
        "en": "The secure connection fails in an unusual way (an error message or a reply that is not from the server).",
        "ru": "Защищённое соединение не устанавливается необычным образом (сообщение об ошибке или ответ не от сервера).",
    },
    "explain.http_blockpage": {
        "en": "Instead of the site you get an official block page (a registry block).",
        "ru": "Вместо сайта открывается официальная страница блокировки (блокировка по реестру).",
    },
    "explain.http_error": {
        "en": "The server is reachable but did not answer the page request properly.",
        "ru": "Сервер доступен, но на запрос страницы ответил неправильно.",
    },
    "explain.quic_blocked": {
        "en": "The fast protocol (QUIC) is blocked, while the usual secure connection works: apps fall back to it, usually slower, not broken.",
        "ru": "Быстрый протокол (QUIC) заблокирован, обычное защищённое соединение работает: приложения переходят на него — обычно медленнее, но работает.",
    },
    "explain.throttled": {
        "en": "Slowed down on purpose: {rate_kbps} with its own name, {control_kbps} with a control name on the same server.",
        "ru": "Намеренно замедлено: {rate_kbps} со своим именем и {control_kbps} с контрольным именем на том же сервере.",
    },
    "explain.stalled": {
        "en": "Transfers freeze after about {cut_kb} KB with no error ({seen} of {tries} tries): small things load, photos and videos do not.",
        "ru": "Передача замирает примерно после {cut_kb} КБ без ошибки ({seen} из {tries} попыток): мелочи загружаются, фото и видео — нет.",
    },
    "explain.udp_blocked": {
        "en": "Call traffic (UDP) to this messenger is dropped while other call servers answer: its calls are cut by your provider.",
        "ru": "Трафик звонков (UDP) к этому мессенджеру отбрасывается, а другие серверы звонков отвечают: звонки режет провайдер.",
    },
    "explain.call_poor": {
        "en": "Calls may connect but would sound bad (MOS {mos}); {culprit} drags the quality down.",
        "ru": "Звонки могут соединяться, но звук будет плохим (MOS {mos}); качество портит {culprit}.",
    },
    "explain.not_tested": {
        "en": "Not tested in this run.",
        "ru": "В этой проверке не тестировалось.",
    },
    "explain.offline": {
        "en": "Not judged: this device seems to have no internet at all right now.",
        "ru": "Не оценивается: похоже, у устройства сейчас вообще нет интернета.",
    },
    "explain.captive_portal": {
        "en": "Not judged: the network asks you to log in (a login page) before it lets traffic through.",
        "ru": "Не оценивается: сеть требует входа (страница авторизации), прежде чем пропустить трафик.",
    },
    "explain.whitelist_context": {
        "en": "Unavailable because the network is in whitelist mode ({what_code}): only allow-listed services work, this is not a block of this service alone.",
        "ru": "Недоступно, потому что сеть в режиме белых списков ({what_code}): работают только разрешённые сервисы, это не блокировка именно этого сервиса.",
    },
    # ---- advice ----
    "advice.ok": {"en": "Nothing to do.", "ru": "Ничего делать не нужно."},
    "advice.call_ok": {"en": "Nothing to do.", "ru": "Ничего делать не нужно."},
    "advice.dns_nxdomain": {
        "en": "Turn on encrypted DNS (DNS-over-HTTPS, e.g. in the browser or the phone's Private DNS setting).",
        "ru": "Включите шифрованный DNS (DNS-over-HTTPS, например в браузере или «Частный DNS» на телефоне).",
    },
    "advice.dns_timeout": {
        "en": "Try encrypted DNS (DNS-over-HTTPS); if nothing works at all, check the connection.",
        "ru": "Попробуйте шифрованный DNS (DNS-over-HTTPS); если не работает ничего, проверьте подключение.",
    },
    "advice.dns_spoofed": {
        "en": "Turn on encrypted DNS (DNS-over-HTTPS). If the real address is blocked too (see the details), a VPN is needed.",
        "ru": "Включите шифрованный DNS (DNS-over-HTTPS). Если настоящий адрес тоже заблокирован (см. подробности), нужен VPN.",
    },
    "advice.dns_name_gone": {
        "en": "Nothing to do here; the service may have moved.",
        "ru": "Здесь ничего не сделать; возможно, сервис переехал.",
    },
    "advice.tcp_refused": {
        "en": "A VPN or proxy usually restores access.",
        "ru": "Обычно доступ возвращает VPN или прокси.",
    },
    "advice.tcp_reset": {
        "en": "The address itself is blocked: a VPN or proxy is needed; DNS changes will not help.",
        "ru": "Заблокирован сам адрес: нужен VPN или прокси; смена DNS не поможет.",
    },
    "advice.tcp_timeout": {
        "en": "The address itself is blocked: a VPN or proxy is needed; DNS changes will not help.",
        "ru": "Заблокирован сам адрес: нужен VPN или прокси; смена DNS не поможет.",
    },
    "advice.tcp_unreachable": {
        "en": "Check your connection; if other sites work, a VPN may help.",
        "ru": "Проверьте подключение; если другие сайты работают, может помочь VPN.",
    },
    "advice.tls_reset": {
        "en": "The block looks at the server name: a VPN helps, and so do DPI-bypass tools (e.g. ones that split the first packet).",
        "ru": "Блокировка смотрит на имя сервера: помогает VPN, а также средства обхода DPI (например, разбивающие первый пакет).",
    },
    "advice.tls_timeout": {
        "en": "The block looks at the server name: a VPN helps, and so do DPI-bypass tools (e.g. ones that split the first packet).",
        "ru": "Блокировка смотрит на имя сервера: помогает VPN, а также средства обхода DPI (например, разбивающие первый пакет).",
    },
    "advice.tls_bad_certificate": {
        "en": "Do not enter passwords on this network for this site. Use a VPN, and check no one installed an extra certificate on the device.",
        "ru": "Не вводите пароли от этого сайта в этой сети. Используйте VPN и проверьте, не установлен ли на устройство посторонний сертификат.",
    },
    "advice.tls_error": {
        "en": "Try again later or over another network; a VPN usually helps.",
        "ru": "Попробуйте позже или через другую сеть; обычно помогает VPN.",
    },
    "advice.http_blockpage": {
        "en": "The site is on the official block list: a VPN or proxy is needed.",
        "ru": "Сайт в официальном реестре блокировок: нужен VPN или прокси.",
    },
    "advice.http_error": {
        "en": "Probably a problem of the service itself; try again later.",
        "ru": "Скорее всего, проблема самого сервиса; попробуйте позже.",
    },
    "advice.quic_blocked": {
        "en": "Usually nothing to do: apps switch to the ordinary connection by themselves.",
        "ru": "Обычно ничего делать не нужно: приложения сами переходят на обычное соединение.",
    },
    "advice.throttled": {
        "en": "The slowdown is tied to the server name: a VPN or a DPI-bypass tool usually restores full speed.",
        "ru": "Замедление привязано к имени сервера: полную скорость обычно возвращает VPN или средство обхода DPI.",
    },
    "advice.stalled": {
        "en": "Large transfers to this kind of hosting are cut: a VPN hosted elsewhere (or a domestic one) usually helps.",
        "ru": "Большие передачи к такому хостингу обрываются: обычно помогает VPN на другом хостинге (или российском).",
    },
    "advice.udp_blocked": {
        "en": "Messages still work. For calls, a VPN that carries UDP usually restores them; or call over another messenger.",
        "ru": "Сообщения работают. Звонки обычно возвращает VPN, пропускающий UDP; или звоните через другой мессенджер.",
    },
    "advice.call_poor": {
        "en": "Move closer to the Wi-Fi router or switch networks; a VPN near you may help.",
        "ru": "Подойдите ближе к роутеру Wi-Fi или смените сеть; может помочь VPN поблизости.",
    },
    "advice.not_tested": {"en": "Run the diagnostic again.", "ru": "Запустите проверку ещё раз."},
    "advice.offline": {
        "en": "Check Wi-Fi or mobile data, then run the diagnostic again.",
        "ru": "Проверьте Wi-Fi или мобильные данные и запустите проверку ещё раз.",
    },
    "advice.captive_portal": {
        "en": "Open a browser and log in to the network, then run the diagnostic again.",
        "ru": "Откройте браузер, войдите в сеть и запустите проверку ещё раз.",
    },
    "advice.whitelist_mode": {
        "en": "Whitelist mode is usually mobile-only: Wi-Fi or a home connection restores access.",
        "ru": "Режим белых списков обычно действует только в мобильной сети: Wi-Fi или домашний интернет возвращает доступ.",
    },
    "run.incomplete": {
        "en": "The run stopped before the end; results are partial.",
        "ru": "Проверка остановлена до конца; результаты неполные.",
    },
    # ---- network level ----
    "network.ok": {"en": "Internet connection works.", "ru": "Подключение к интернету работает."},
    "network.offline": {
        "en": "No internet: even sites that are never blocked do not answer.",
        "ru": "Нет интернета: не отвечают даже сайты, которые никогда не блокируют.",
    },
    "network.captive_portal": {
        "en": "This network asks you to log in first (a login page intercepts traffic).",
        "ru": "Сеть требует сначала войти (страница авторизации перехватывает трафик).",
    },
    "network.whitelist_mode": {
        "en": "Whitelist mode: only allow-listed domestic services work; everything else is shut off ({submode_code}).",
        "ru": "Режим белых списков: работают только разрешённые российские сервисы, всё остальное отключено ({submode_code}).",
    },
    "network_advice.ok": {"en": "Nothing to do.", "ru": "Ничего делать не нужно."},
    "network_advice.offline": {
        "en": "Check Wi-Fi or mobile data, then run the diagnostic again.",
        "ru": "Проверьте Wi-Fi или мобильные данные и запустите проверку ещё раз.",
    },
    "network_advice.captive_portal": {
        "en": "Open a browser and log in to the network.",
        "ru": "Откройте браузер и войдите в сеть.",
    },
    "network_advice.whitelist_mode": {
        "en": "It is usually mobile-only: Wi-Fi or a fixed line restores access. VPNs are often cut too.",
        "ru": "Обычно это только в мобильной сети: Wi-Fi или проводной интернет возвращают доступ. VPN тоже часто не работает.",
    },
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
        "en": "A DPI-bypass tool is running ({tools}): it changes what this test sees.",
        "ru": "Запущено средство обхода DPI ({tools}): оно влияет на результаты проверки.",
    },
    # ---- evidence ----
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
    "evidence.request_cut_by_name": {
        "en": "Same server {address}: with the name {name} the connection opens, then the page request gets no answer ({what_code}); with the control name {control} it is answered — blocked by name.",
        "ru": "Тот же сервер {address}: с именем {name} соединение открывается, но запрос страницы остаётся без ответа ({what_code}); с контрольным именем {control} ответ приходит — блокировка по имени.",
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
