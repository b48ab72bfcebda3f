"""A verdict code's words, all in one place: its label, headline, explanation and advice (a
function's code) or its network words (`network.<code>`, `network_advice.<code>`), in English
and Russian. Adding a verdict adds one block here (docs/architecture.md, "Where to add").

Keys: `label.<code>` (a short name), `headline.<code>` (a tile's cause in a few words;
`headline.<code>.<function>` overrides it for one function), `explain.<code>` and
`advice.<code>` (with `.<variant>` for the words a finding picked, e.g. the two-way
transfer's direction or the reason a service refuses the country; the bare key serves runs
stored before the variant existed).
"""

from __future__ import annotations

TEXTS: dict[str, dict[str, str]] = {
    # ---- ok ----
    "label.ok": {"en": "works", "ru": "работает"},
    "headline.ok": {"en": "Works", "ru": "Работает"},
    "network.ok": {"en": "Internet connection works.", "ru": "Подключение к интернету работает."},
    "network_advice.ok": {"en": "Nothing to do.", "ru": "Ничего делать не нужно."},
    "explain.ok": {
        "en": "No problem found with the {function}.",
        "ru": "{function}: работает нормально.",
    },
    "advice.ok": {"en": "Nothing to do.", "ru": "Ничего делать не нужно."},
    # ---- ok_connect_only ----
    "label.ok_connect_only": {
        "en": "probably works (it connects)",
        "ru": "скорее всего работает (соединяется)",
    },
    "headline.ok_connect_only": {
        "en": "Probably works (it connects)",
        "ru": "Скорее всего работает (соединяется)",
    },
    "explain.ok_connect_only": {
        "en": "It connects, but only the connection could be tested ({function}): the app speaks a protocol Svyaz cannot, so whether data really flows is not known — a connection can open while the app still hangs.",
        "ru": "Соединение есть, но проверить удалось только его ({function}): приложение использует протокол, которого Svyaz не знает, поэтому неизвестно, идут ли данные на самом деле — соединение может открываться, а приложение всё равно зависать.",
    },
    "advice.ok_connect_only": {
        "en": "Nothing to do unless the app itself hangs; if it does, a VPN usually helps.",
        "ru": "Ничего делать не нужно, если само приложение не зависает; если зависает — обычно помогает VPN.",
    },
    # ---- dns_nxdomain ----
    "label.dns_nxdomain": {"en": "name hidden by DNS", "ru": "имя скрыто в DNS"},
    "headline.dns_nxdomain": {
        "en": "Blocked by DNS: name hidden",
        "ru": "Блокировка через DNS: имя скрыто",
    },
    "explain.dns_nxdomain": {
        "en": "Your provider's DNS says this site does not exist, while an encrypted resolver finds it: the name is hidden on purpose.",
        "ru": "DNS вашего провайдера отвечает, что такого сайта нет, а шифрованный DNS его находит: имя скрыто намеренно.",
    },
    "advice.dns_nxdomain": {
        "en": "Turn on encrypted DNS (DNS-over-HTTPS, e.g. in the browser or the phone's Private DNS setting).",
        "ru": "Включите шифрованный DNS (DNS-over-HTTPS, например в браузере или «Частный DNS» на телефоне).",
    },
    # ---- dns_timeout ----
    "label.dns_timeout": {"en": "no DNS answer", "ru": "нет ответа DNS"},
    "headline.dns_timeout": {"en": "DNS does not answer", "ru": "DNS не отвечает"},
    "explain.dns_timeout": {
        "en": "Your provider's DNS does not answer for this name, so apps cannot find the server.",
        "ru": "DNS вашего провайдера не отвечает на запрос этого имени, поэтому приложения не могут найти сервер.",
    },
    "advice.dns_timeout": {
        "en": "Try encrypted DNS (DNS-over-HTTPS); if nothing works at all, check the connection.",
        "ru": "Попробуйте шифрованный DNS (DNS-over-HTTPS); если не работает ничего, проверьте подключение.",
    },
    # ---- dns_spoofed ----
    "label.dns_spoofed": {"en": "DNS answer forged", "ru": "ответ DNS подменён"},
    "headline.dns_spoofed": {
        "en": "Blocked by DNS: false address",
        "ru": "Блокировка через DNS: адрес подменён",
    },
    "explain.dns_spoofed": {
        "en": "Your provider's DNS gives a false address for this name, so apps go to the wrong place.",
        "ru": "DNS вашего провайдера выдаёт для этого имени ложный адрес, и приложения попадают не туда.",
    },
    "advice.dns_spoofed": {
        "en": "Turn on encrypted DNS (DNS-over-HTTPS). If the real address is blocked too (see the details), a VPN is needed.",
        "ru": "Включите шифрованный DNS (DNS-over-HTTPS). Если настоящий адрес тоже заблокирован (см. подробности), нужен VPN.",
    },
    # ---- dns_name_gone ----
    "label.dns_name_gone": {"en": "name does not exist", "ru": "имя не существует"},
    "headline.dns_name_gone": {"en": "Name no longer exists", "ru": "Такого имени больше нет"},
    "explain.dns_name_gone": {
        "en": "This name does not exist even for the encrypted resolver; the catalog entry may be out of date.",
        "ru": "Этого имени нет и в шифрованном DNS; возможно, запись в каталоге устарела.",
    },
    "advice.dns_name_gone": {
        "en": "Nothing to do here; the service may have moved.",
        "ru": "Здесь ничего не сделать; возможно, сервис переехал.",
    },
    # ---- tcp_refused ----
    "label.tcp_refused": {"en": "connection refused", "ru": "в соединении отказано"},
    "headline.tcp_refused": {"en": "Connections refused", "ru": "В соединении отказано"},
    "explain.tcp_refused": {
        "en": "Connections to the server are refused at once: something answers in its place and turns them away.",
        "ru": "Соединения с сервером сразу отвергаются: что-то отвечает вместо него и отказывает.",
    },
    "advice.tcp_refused": {
        "en": "A VPN or proxy usually restores access.",
        "ru": "Обычно доступ возвращает VPN или прокси.",
    },
    # ---- tcp_reset ----
    "label.tcp_reset": {"en": "connection reset", "ru": "соединение сброшено"},
    "headline.tcp_reset": {"en": "Blocked by address", "ru": "Блокировка по адресу"},
    "explain.tcp_reset": {
        "en": "Connections to the server's address are cut right after they open, whatever is sent: the address is blocked.",
        "ru": "Соединения с адресом сервера обрываются сразу после открытия, что бы ни отправлялось: адрес заблокирован.",
    },
    "advice.tcp_reset": {
        "en": "The address itself is blocked: a VPN or proxy is needed; DNS changes will not help.",
        "ru": "Заблокирован сам адрес: нужен VPN или прокси; смена DNS не поможет.",
    },
    # ---- tcp_timeout ----
    "label.tcp_timeout": {
        "en": "no connection (black hole)",
        "ru": "нет соединения (пакеты пропадают)",
    },
    "headline.tcp_timeout": {
        "en": "Blocked by address: packets vanish",
        "ru": "Блокировка по адресу: пакеты пропадают",
    },
    "explain.tcp_timeout": {
        "en": "Nothing comes back from the server's address: packets to it are silently dropped (a black hole).",
        "ru": "С адреса сервера ничего не приходит: пакеты к нему молча отбрасываются («чёрная дыра»).",
    },
    "advice.tcp_timeout": {
        "en": "The address itself is blocked: a VPN or proxy is needed; DNS changes will not help.",
        "ru": "Заблокирован сам адрес: нужен VPN или прокси; смена DNS не поможет.",
    },
    # ---- tcp_unreachable ----
    "label.tcp_unreachable": {"en": "unreachable", "ru": "недоступно"},
    "headline.tcp_unreachable": {"en": "Server unreachable", "ru": "Сервер недоступен"},
    "explain.tcp_unreachable": {
        "en": "The network reports the server's address as unreachable.",
        "ru": "Сеть сообщает, что адрес сервера недоступен.",
    },
    "advice.tcp_unreachable": {
        "en": "Check your connection; if other sites work, a VPN may help.",
        "ru": "Проверьте подключение; если другие сайты работают, может помочь VPN.",
    },
    # ---- tls_reset ----
    "label.tls_reset": {"en": "cut by server name", "ru": "обрыв по имени сервера"},
    "headline.tls_reset": {"en": "Blocked by server name", "ru": "Блокировка по имени сервера"},
    "explain.tls_reset": {
        "en": "The connection is cut as soon as the server's name is sent; the same server works under another name, so the block is by name.",
        "ru": "Соединение обрывается, как только передаётся имя сервера; под другим именем тот же сервер отвечает — блокировка по имени.",
    },
    "advice.tls_reset": {
        "en": "The block looks at the server name: a VPN helps, and so do anti-blocking programs such as GoodbyeDPI or zapret.",
        "ru": "Блокировка смотрит на имя сервера: помогает VPN, а также программы обхода блокировок, например GoodbyeDPI или zapret.",
    },
    # ---- tls_timeout ----
    "label.tls_timeout": {"en": "stalled by server name", "ru": "зависание по имени сервера"},
    "headline.tls_timeout": {
        "en": "Blocked by server name: hangs",
        "ru": "Блокировка по имени сервера: зависание",
    },
    "explain.tls_timeout": {
        "en": "After the server's name is sent, nothing comes back and the connection hangs; another name on the same server works, so the block is by name.",
        "ru": "После передачи имени сервера ответа нет, соединение зависает; другое имя на том же сервере работает — блокировка по имени.",
    },
    "advice.tls_timeout": {
        "en": "The block looks at the server name: a VPN helps, and so do anti-blocking programs such as GoodbyeDPI or zapret.",
        "ru": "Блокировка смотрит на имя сервера: помогает VPN, а также программы обхода блокировок, например GoodbyeDPI или zapret.",
    },
    # ---- tls_bad_certificate ----
    "label.tls_bad_certificate": {"en": "wrong certificate", "ru": "чужой сертификат"},
    "headline.tls_bad_certificate": {
        "en": "Wrong certificate: possible interception",
        "ru": "Чужой сертификат: возможен перехват",
    },
    "explain.tls_bad_certificate": {
        "en": "The server's certificate is not valid for this site: someone on the path may be intercepting the connection.",
        "ru": "Сертификат сервера недействителен для этого сайта: возможно, соединение перехватывают по пути.",
    },
    "explain.tls_bad_certificate.local_trust": {
        "en": "Not judged: this computer's trust store rejects the certificates of sites that are never blocked too, so a wrong certificate here says nothing about a block.",
        "ru": "Не оценивается: хранилище сертификатов этого компьютера отвергает и сертификаты сайтов, которые никогда не блокируют, поэтому «чужой» сертификат здесь ничего не говорит о блокировке.",
    },
    "advice.tls_bad_certificate.local_trust": {
        "en": "Run the diagnostic without a CA file (Settings or --ca-bundle), or with the one that issued these servers' certificates; check that no antivirus or company proxy inspects HTTPS.",
        "ru": "Запустите проверку без файла CA (в настройках или --ca-bundle) или с тем, что выпустил сертификаты этих серверов; проверьте, что антивирус или прокси компании не проверяет HTTPS.",
    },
    "advice.tls_bad_certificate": {
        "en": "Do not enter passwords on this network for this site. Use a VPN, and check no one installed an extra certificate on the device.",
        "ru": "Не вводите пароли от этого сайта в этой сети. Используйте VPN и проверьте, не установлен ли на устройство посторонний сертификат.",
    },
    # ---- tls_error ----
    "label.tls_error": {"en": "secure connection fails", "ru": "ошибка защищённого соединения"},
    "headline.tls_error": {
        "en": "Secure connection fails",
        "ru": "Сбой защищённого соединения",
    },
    "explain.tls_error": {
        "en": "The secure connection fails in an unusual way (an error message or a reply that is not from the server).",
        "ru": "Защищённое соединение не устанавливается необычным образом (сообщение об ошибке или ответ не от сервера).",
    },
    "advice.tls_error": {
        "en": "Try again later or over another network; a VPN usually helps.",
        "ru": "Попробуйте позже или через другую сеть; обычно помогает VPN.",
    },
    # ---- http_blockpage ----
    "label.http_blockpage": {"en": "block page", "ru": "страница блокировки"},
    "headline.http_blockpage": {
        "en": "Blocked: official block page",
        "ru": "Блокировка по реестру",
    },
    "explain.http_blockpage": {
        "en": "Instead of the site you get an official block page (a registry block).",
        "ru": "Вместо сайта открывается официальная страница блокировки (блокировка по реестру).",
    },
    "advice.http_blockpage": {
        "en": "The site is on the official block list: a VPN or proxy is needed.",
        "ru": "Сайт в официальном реестре блокировок: нужен VPN или прокси.",
    },
    # ---- geo_blocked ----
    "label.geo_blocked": {
        "en": "refused in your country",
        "ru": "сервис не работает в вашей стране",
    },
    "headline.geo_blocked": {
        "en": "Refuses your country",
        "ru": "Сервис не работает для вашей страны",
    },
    "explain.geo_blocked": {
        "en": "The service refuses users from your country; your provider is not the cause.",
        "ru": "Сервис сам отказывает пользователям из вашей страны; провайдер здесь ни при чём.",
    },
    "advice.geo_blocked": {
        "en": "Use a VPN or proxy in another country, one the service supports; changing DNS or the provider will not help.",
        "ru": "Нужен VPN или прокси в другой стране, где сервис работает; смена DNS или провайдера не поможет.",
    },
    # ---- refuses_vpn ----
    "label.refuses_vpn": {
        "en": "refuses VPN users",
        "ru": "сервис не работает с VPN",
    },
    "headline.refuses_vpn": {
        "en": "Asks you to turn off the VPN",
        "ru": "Просит отключить VPN",
    },
    "explain.refuses_vpn": {
        "en": "The service sees a VPN and refuses to work with it on: its own choice, not a block by your provider.",
        "ru": "Сервис видит VPN и отказывается работать, пока он включён: это решение самого сервиса, а не блокировка провайдера.",
    },
    "advice.refuses_vpn": {
        "en": "The service works only without a VPN: it asks that the VPN be turned off while you use it.",
        "ru": "Сервис работает только без VPN: он просит отключить VPN на время работы с ним.",
    },
    # ---- http_page_replaced ----
    "label.http_page_replaced": {
        "en": "unencrypted page replaced",
        "ru": "незащищённая страница подменена",
    },
    "headline.http_page_replaced": {
        "en": "Unencrypted page replaced",
        "ru": "Незащищённая страница подменена",
    },
    "explain.http_page_replaced": {
        "en": "Over plain (unencrypted) HTTP another, much shorter page comes back instead of the site, while the same site over HTTPS shows its own page: something on the way replaces the unencrypted page.",
        "ru": "По обычному (незашифрованному) HTTP вместо сайта приходит другая, гораздо более короткая страница, а по HTTPS тот же сайт показывает свою: что-то по пути подменяет незащищённую страницу.",
    },
    "advice.http_page_replaced": {
        "en": "Open the site over HTTPS (https://); a VPN protects unencrypted pages too.",
        "ru": "Открывайте сайт по HTTPS (https://); VPN защищает и незашифрованные страницы.",
    },
    # ---- http_error ----
    "label.http_error": {"en": "site error", "ru": "ошибка сайта"},
    "headline.http_error": {"en": "Site not answering properly", "ru": "Сайт отвечает неправильно"},
    "explain.http_error": {
        "en": "The server is reachable but did not answer the page request properly.",
        "ru": "Сервер доступен, но на запрос страницы ответил неправильно.",
    },
    "advice.http_error": {
        "en": "Probably a problem of the service itself; try again later.",
        "ru": "Скорее всего, проблема самого сервиса; попробуйте позже.",
    },
    # ---- quic_blocked ----
    "label.quic_blocked": {
        "en": "fast protocol (QUIC) blocked",
        "ru": "быстрый протокол (QUIC) заблокирован",
    },
    "headline.quic_blocked": {
        "en": "Fast protocol (QUIC) blocked",
        "ru": "Быстрый протокол (QUIC) заблокирован",
    },
    "explain.quic_blocked": {
        "en": "The fast protocol (QUIC) is blocked, while the usual secure connection works: apps fall back to it, usually slower, not broken.",
        "ru": "Быстрый протокол (QUIC) заблокирован, обычное защищённое соединение работает: приложения переходят на него — обычно медленнее, но работает.",
    },
    "advice.quic_blocked": {
        "en": "Usually nothing to do: apps switch to the ordinary connection by themselves.",
        "ru": "Обычно ничего делать не нужно: приложения сами переходят на обычное соединение.",
    },
    # ---- throttled ----
    "label.throttled": {"en": "slowed down", "ru": "замедлено"},
    "headline.throttled": {"en": "Slowed down", "ru": "Замедление"},
    "explain.throttled": {
        "en": "Slowed down on purpose: {rate_kbps} with its own name, {control_kbps} with a control name on the same server.",
        "ru": "Намеренно замедлено: {rate_kbps} со своим именем и {control_kbps} с контрольным именем на том же сервере.",
    },
    "explain.throttled.two_way_up": {
        "en": "Connects, but data sent to the service crawls at {rate_kbps}: sending hangs or takes very long.",
        "ru": "Соединение открывается, но данные к сервису ползут со скоростью {rate_kbps}: отправка зависает или идёт очень долго.",
    },
    "explain.throttled.two_way_down": {
        "en": "Connects, but data from the service crawls at {rate_kbps}: media loads very slowly.",
        "ru": "Соединение открывается, но данные от сервиса ползут со скоростью {rate_kbps}: медиа загружаются очень медленно.",
    },
    "advice.throttled": {
        "en": "The slowdown is tied to the server name: a VPN or an anti-blocking program (GoodbyeDPI, zapret) usually restores full speed.",
        "ru": "Замедление привязано к имени сервера: полную скорость обычно возвращает VPN или программа обхода блокировок (GoodbyeDPI, zapret).",
    },
    "advice.throttled.two_way_up": {
        "en": "Sending is slowed on purpose (random packet drops): a VPN usually restores normal speed.",
        "ru": "Отправка намеренно замедлена (случайные потери пакетов): нормальную скорость обычно возвращает VPN.",
    },
    "advice.throttled.two_way_down": {
        "en": "Receiving is slowed on purpose: a VPN usually restores normal speed.",
        "ru": "Получение намеренно замедлено: нормальную скорость обычно возвращает VPN.",
    },
    # ---- stalled ----
    "label.stalled": {"en": "freezes after a few KB", "ru": "зависает после нескольких КБ"},
    "headline.stalled": {
        "en": "Freezes on large transfers",
        "ru": "Зависает на больших передачах",
    },
    "explain.stalled": {
        "en": "Transfers freeze after about {cut_kb} KB with no error ({seen} of {tries} tries): small things load, photos and videos do not.",
        "ru": "Передача замирает примерно после {cut_kb} КБ без ошибки ({seen} из {tries} попыток): мелочи загружаются, фото и видео — нет.",
    },
    "explain.stalled.two_way_up": {
        "en": "Connects, but data sent to the service freezes after about {cut_kb} KB with no error: messages, voice notes and photos you send hang.",
        "ru": "Соединение открывается, но данные к сервису замирают примерно после {cut_kb} КБ без ошибки: отправка сообщений, голосовых и фото зависает.",
    },
    "explain.stalled.two_way_down": {
        "en": "Connects, but data from the service freezes after about {cut_kb} KB with no error: incoming media and long chats do not load.",
        "ru": "Соединение открывается, но данные от сервиса замирают примерно после {cut_kb} КБ без ошибки: входящие медиа и длинные чаты не загружаются.",
    },
    "advice.stalled": {
        "en": "Large transfers to this kind of hosting are cut: a VPN hosted elsewhere (or a domestic one) usually helps.",
        "ru": "Большие передачи к такому хостингу обрываются: обычно помогает VPN на другом хостинге (или российском).",
    },
    "advice.stalled.two_way_up": {
        "en": "The app connects but cannot send: a VPN usually restores it; waiting or reinstalling will not.",
        "ru": "Приложение подключается, но не может отправлять: обычно помогает VPN; ожидание или переустановка не помогут.",
    },
    "advice.stalled.two_way_down": {
        "en": "The app connects but cannot receive: a VPN usually restores it.",
        "ru": "Приложение подключается, но не может получать: обычно помогает VPN.",
    },
    # ---- connection_limited ----
    "label.connection_limited": {
        "en": "new connections cut after a few",
        "ru": "новые соединения режутся после нескольких",
    },
    "headline.connection_limited": {
        "en": "New connections cut after a few",
        "ru": "Новые соединения обрываются",
    },
    "explain.connection_limited": {
        "en": "Your provider cuts new secure connections to this hosting once a few are open ({first_ok} of {first} passed, the next {later} hung). Ordinary sites may load, but VPN protocols such as VLESS/Reality on such hosting will be cut.",
        "ru": "Провайдер обрывает новые защищённые соединения с этим хостингом, когда открыто уже несколько ({first_ok} из {first} прошли, следующие {later} зависли). Обычные сайты могут открываться, но VPN-протоколы вроде VLESS/Reality на таком хостинге будут обрываться.",
    },
    "explain.connection_limited.address": {
        "en": "New connections to this server hang once a few are open: {passed} answered earlier in this run, then the next {hung} got nothing back. The address is not a black hole: your provider (or the server) limits new connections.",
        "ru": "Новые соединения с этим сервером зависают, когда открыто уже несколько: {passed} получили ответ раньше в этой проверке, а следующие {hung} остались без ответа. Адрес не «чёрная дыра»: провайдер (или сервер) ограничивает новые соединения.",
    },
    "advice.connection_limited.address": {
        "en": "Pages and apps that open many connections may stall: reload after a minute, or use a VPN that keeps one long connection.",
        "ru": "Страницы и приложения, открывающие много соединений, могут зависать: обновите через минуту или используйте VPN, который держит одно долгое соединение.",
    },
    "explain.connection_limited.burst": {
        "en": "Your provider cuts bursts of new secure connections to this hosting: of {first} opened 20 ms apart, the first {first_ok} went through and the rest hung, while a connection opened after the burst went through. Apps that open many connections at once (browsers loading a page, VPN clients) may stall.",
        "ru": "Провайдер обрывает очереди новых защищённых соединений с этим хостингом: из {first}, открытых с интервалом 20 мс, первые {first_ok} прошли, а остальные зависли; соединение, открытое после очереди, прошло. Программы, которые открывают много соединений сразу (браузер при загрузке страницы, VPN-клиенты), могут зависать.",
    },
    "advice.connection_limited.burst": {
        "en": "Pages that stall often load on a second try; for a VPN, a protocol that keeps one long connection is cut less.",
        "ru": "Зависшие страницы часто открываются со второй попытки; VPN-протокол, который держит одно долгое соединение, обрывается реже.",
    },
    "advice.connection_limited": {
        "en": "For a VPN, choose a server on a domestic or less common hosting, or a protocol that keeps one long connection; ordinary browsing needs nothing.",
        "ru": "Для VPN выберите сервер на российском или менее распространённом хостинге либо протокол, который держит одно долгое соединение; для обычных сайтов ничего делать не нужно.",
    },
    # ---- service_data_dropped ----
    "label.service_data_dropped": {
        "en": "connects, but the service's data is dropped",
        "ru": "соединяется, но данные сервиса не доходят",
    },
    "headline.service_data_dropped": {
        "en": "Connects, but the service's data is dropped",
        "ru": "Соединяется, но данные сервиса не доходят",
    },
    "explain.service_data_dropped": {
        "en": "The connection opens, but when Svyaz speaks the app's own protocol ({function}) the service's answer never arrives: the data is dropped once the connection is open ({received} bytes came back). This is how the app looks when it hangs on “Connecting…” while the internet works.",
        "ru": "Соединение открывается, но когда Svyaz говорит на протоколе самого приложения ({function}), ответ сервиса не приходит: данные отбрасываются, когда соединение уже открыто (в ответ пришло байт: {received}). Так выглядит приложение, которое висит на «Соединение…», хотя интернет работает.",
    },
    "advice.service_data_dropped": {
        "en": "Waiting or reinstalling the app will not help: the app's traffic is filtered on the way. A VPN usually restores it.",
        "ru": "Ожидание или переустановка приложения не помогут: трафик приложения фильтруется по пути. Обычно помогает VPN.",
    },
    # ---- blocked_by_fingerprint ----
    "label.blocked_by_fingerprint": {
        "en": "cut for some apps by their connection's fingerprint",
        "ru": "обрывается для некоторых программ по «отпечатку» соединения",
    },
    "headline.blocked_by_fingerprint": {
        "en": "Works in some apps, cut in others",
        "ru": "В одних программах работает, в других обрывается",
    },
    "explain.blocked_by_fingerprint": {
        "en": "Your provider tells programs apart by the first message of a secure connection (its fingerprint) and cuts some: to the same server with the same name, {passed} got through and {cut} were cut.",
        "ru": "Провайдер различает программы по первому сообщению защищённого соединения (его «отпечатку») и обрывает некоторые: к тому же серверу с тем же именем {passed} — прошло, {cut} — оборвано.",
    },
    "advice.blocked_by_fingerprint": {
        "en": "If this service hangs in one app or browser, it may open in another: the server itself is reachable. Updating the app that hangs can change its fingerprint.",
        "ru": "Если сервис зависает в одной программе или браузере, он может открыться в другом: сам сервер доступен. Обновление зависающей программы может изменить её «отпечаток».",
    },
    "explain.blocked_by_fingerprint.app": {
        "en": "Browsers get through; apps that make their own connections (Telegram Desktop) are cut: your provider recognises the app's fixed connection fingerprint. To the same server with the same name, {passed} got through and {cut} were cut.",
        "ru": "Браузеры проходят, а программы, которые сами устанавливают соединения (Telegram Desktop), обрываются: провайдер узнаёт неизменный «отпечаток» соединения программы. К тому же серверу с тем же именем {passed} — прошло, {cut} — оборвано.",
    },
    "advice.blocked_by_fingerprint.app": {
        "en": "The service's website may still open in a browser. The app's developers change its fingerprint in updates: keep the app up to date.",
        "ru": "Сайт сервиса может по-прежнему открываться в браузере. Разработчики меняют «отпечаток» программы в обновлениях: обновляйте её.",
    },
    "explain.blocked_by_fingerprint.chrome": {
        "en": "Firefox gets through; Chrome and browsers built on it (Edge, Yandex Browser, Opera), and apps that copy Chrome's fingerprint (Telegram Desktop), are cut. To the same server with the same name, {passed} got through and {cut} were cut.",
        "ru": "Firefox проходит, а Chrome и браузеры на его основе (Edge, Яндекс Браузер, Opera), а также программы, копирующие «отпечаток» Chrome (Telegram Desktop), обрываются. К тому же серверу с тем же именем {passed} — прошло, {cut} — оборвано.",
    },
    "advice.blocked_by_fingerprint.chrome": {
        "en": "The server is reachable: the same site may open in Firefox. A browser update can change the fingerprint.",
        "ru": "Сервер доступен: тот же сайт может открыться в Firefox. Обновление браузера может изменить «отпечаток».",
    },
    "explain.blocked_by_fingerprint.library": {
        "en": "Browsers get through; programs that make secure connections with a general-purpose library (OpenSSL, as this test's own connection does) are cut: some apps, VPN clients and tools may hang. To the same server with the same name, {passed} got through and {cut} were cut.",
        "ru": "Браузеры проходят, а программы, которые устанавливают защищённые соединения через библиотеку общего назначения (OpenSSL, как собственное соединение этой проверки), обрываются: некоторые приложения, VPN-клиенты и утилиты могут зависать. К тому же серверу с тем же именем {passed} — прошло, {cut} — оборвано.",
    },
    "advice.blocked_by_fingerprint.library": {
        "en": "The site opens in a browser. An app that hangs here may work after an update that changes how it connects.",
        "ru": "Сайт открывается в браузере. Зависающая здесь программа может заработать после обновления, меняющего способ подключения.",
    },
    "explain.blocked_by_fingerprint.firefox": {
        "en": "Chrome and browsers built on it get through; Firefox (and browsers built on it) is cut. To the same server with the same name, {passed} got through and {cut} were cut.",
        "ru": "Chrome и браузеры на его основе проходят, а Firefox (и браузеры на его основе) обрывается. К тому же серверу с тем же именем {passed} — прошло, {cut} — оборвано.",
    },
    "advice.blocked_by_fingerprint.firefox": {
        "en": "The server is reachable: the same site may open in Chrome, Edge or Yandex Browser. A browser update can change the fingerprint.",
        "ru": "Сервер доступен: тот же сайт может открыться в Chrome, Edge или Яндекс Браузере. Обновление браузера может изменить «отпечаток».",
    },
    # ---- site_certificate_invalid ----
    "label.site_certificate_invalid": {
        "en": "the site's certificate is invalid",
        "ru": "у сайта недействительный сертификат",
    },
    "headline.site_certificate_invalid": {
        "en": "The site's own certificate is invalid: not a block",
        "ru": "Сертификат самого сайта недействителен: это не блокировка",
    },
    "explain.site_certificate_invalid": {
        "en": "The site's certificate comes from a trusted authority but has expired or is for another name: the site's own fault, not your provider's. Browsers will warn about it on any network.",
        "ru": "Сертификат сайта выдан доверенным центром, но просрочен или выдан на другое имя: это ошибка самого сайта, а не провайдера. Браузеры предупредят об этом в любой сети.",
    },
    "advice.site_certificate_invalid": {
        "en": "Nothing to change on your side; wait for the site to renew its certificate. Do not enter passwords there until it does.",
        "ru": "С вашей стороны ничего менять не нужно; дождитесь, пока сайт обновит сертификат. До тех пор не вводите там пароли.",
    },
    # ---- site_no_plain_http ----
    "label.site_no_plain_http": {
        "en": "the site serves no plain HTTP",
        "ru": "сайт не работает по HTTP без шифрования",
    },
    "headline.site_no_plain_http": {
        "en": "The site serves no plain HTTP: not a block",
        "ru": "Сайт не отвечает по HTTP без шифрования: это не блокировка",
    },
    "explain.site_no_plain_http": {
        "en": "The server refuses unencrypted connections (port 80) while its secure port on the same address answers: the site simply serves no plain HTTP.",
        "ru": "Сервер отказывает в незашифрованных соединениях (порт 80), а его защищённый порт по тому же адресу отвечает: сайт просто не работает по HTTP без шифрования.",
    },
    "advice.site_no_plain_http": {
        "en": "Nothing to do: open the site with https://.",
        "ru": "Ничего делать не нужно: открывайте сайт по https://.",
    },
    # ---- dns_points_local ----
    "label.dns_points_local": {
        "en": "the name points to a local address",
        "ru": "имя указывает на локальный адрес",
    },
    "headline.dns_points_local": {
        "en": "This name points to a local address",
        "ru": "Это имя указывает на локальный адрес",
    },
    "explain.dns_points_local": {
        "en": "Every resolver asked, encrypted ones included, agrees that this name points to a local or reserved address (this computer or a home network), so there is no server on the internet to test. That is how the name is set up, not a block; nothing was connected to.",
        "ru": "Все опрошенные DNS-серверы, включая зашифрованные, сходятся в том, что это имя указывает на локальный или зарезервированный адрес (этот компьютер или домашнюю сеть), поэтому проверять в интернете нечего. Так настроено само имя, это не блокировка; никаких подключений не делалось.",
    },
    "advice.dns_points_local": {
        "en": "Nothing to change in the network; if the service should work, its address may have changed: update Svyaz.",
        "ru": "В сети ничего менять не нужно; если сервис должен работать, его адрес мог измениться: обновите Svyaz.",
    },
    # ---- call_ok ----
    "label.call_ok": {"en": "calls work", "ru": "звонки работают"},
    "headline.call_ok": {"en": "Calls work", "ru": "Звонки работают"},
    "explain.call_ok": {
        "en": "Calls should work: the path calls use answers with good quality.",
        "ru": "Звонки должны работать: путь, которым идут звонки, отвечает с хорошим качеством.",
    },
    "advice.call_ok": {"en": "Nothing to do.", "ru": "Ничего делать не нужно."},
    # ---- call_poor ----
    "label.call_poor": {"en": "poor call quality", "ru": "плохое качество звонка"},
    "headline.call_poor": {"en": "Calls sound poor", "ru": "Плохое качество звонков"},
    "explain.call_poor": {
        "en": "Calls may connect but would sound bad (MOS {mos}); {culprit} drags the quality down.",
        "ru": "Звонки могут соединяться, но звук будет плохим (MOS {mos}); качество портит {culprit}.",
    },
    "advice.call_poor": {
        "en": "Move closer to the Wi-Fi router or switch networks; a VPN near you may help.",
        "ru": "Подойдите ближе к роутеру Wi-Fi или смените сеть; может помочь VPN поблизости.",
    },
    # ---- udp_blocked ----
    "label.udp_blocked": {"en": "call traffic dropped", "ru": "трафик звонков отбрасывается"},
    "headline.udp_blocked": {"en": "Calls blocked", "ru": "Звонки заблокированы"},
    "explain.udp_blocked": {
        "en": "Call traffic (UDP) to this messenger is dropped while other call servers answer: its calls are cut by your provider.",
        "ru": "Трафик звонков (UDP) к этому мессенджеру отбрасывается, а другие серверы звонков отвечают: звонки режет провайдер.",
    },
    "advice.udp_blocked": {
        "en": "Messages still work. For calls, a VPN that carries UDP usually restores them; or call over another messenger.",
        "ru": "Сообщения работают. Звонки обычно возвращает VPN, пропускающий UDP; или звоните через другой мессенджер.",
    },
    # ---- dtls_blocked ----
    "label.dtls_blocked": {
        "en": "call handshake dropped",
        "ru": "рукопожатие звонка отбрасывается",
    },
    "headline.dtls_blocked": {
        "en": "WebRTC calls won't connect",
        "ru": "Звонки на WebRTC не соединяются",
    },
    "explain.dtls_blocked": {
        "en": "Call set-up packets pass, but the encrypted call handshake (DTLS) is dropped: WebRTC calls — Signal, browser calls — won't connect.",
        "ru": "Пакеты установки звонка проходят, но зашифрованное рукопожатие звонка (DTLS) отбрасывается: звонки на WebRTC — Signal, звонки в браузере — не соединятся.",
    },
    "advice.dtls_blocked": {
        "en": "Messages still work. A VPN that carries UDP usually restores WebRTC calls; or call over another messenger.",
        "ru": "Сообщения работают. Звонки на WebRTC обычно возвращает VPN, который пропускает UDP; или позвоните через другой мессенджер.",
    },
    # ---- not_tested ----
    "label.not_tested": {"en": "not tested", "ru": "не проверено"},
    "headline.not_tested": {"en": "Not checked in this run", "ru": "В этот раз не проверялось"},
    "headline.not_tested.calls": {
        "en": "Calls not checked in this run — open Call quality",
        "ru": "Звонки в этот раз не проверялись — откройте «Качество звонков»",
    },
    "explain.not_tested": {
        "en": "Not tested in this run.",
        "ru": "В этой проверке не тестировалось.",
    },
    "advice.not_tested": {"en": "Run the diagnostic again.", "ru": "Запустите проверку ещё раз."},
    "explain.not_tested.busy": {
        "en": "Not judged: the computer was too busy for timing tests, so a timeout or a slow transfer here says nothing about a block.",
        "ru": "Не оценивается: компьютер был слишком загружен для проверок по времени, поэтому тайм-аут или медленная передача здесь ничего не говорят о блокировке.",
    },
    "advice.not_tested.busy": {
        "en": "Close other programs or diagnostics that load the computer, then run the diagnostic again.",
        "ru": "Закройте другие программы или проверки, которые загружают компьютер, и запустите проверку ещё раз.",
    },
    "advice.not_tested.calls_later": {
        "en": "Calls can be checked once the internet works normally again: the call test needs the call servers too.",
        "ru": "Звонки можно будет проверить, когда интернет снова заработает как обычно: проверке звонков тоже нужны их серверы.",
    },
    "explain.not_tested.line": {
        "en": "Not judged: the line is too slow to tell. Sites that are never blocked freeze or crawl too, so a timeout or a slow transfer here is the line, not a block.",
        "ru": "Не оценивается: линия слишком медленная, чтобы судить. Сайты, которые никогда не блокируют, тоже зависают или еле грузятся, поэтому тайм-аут или медленная передача здесь — это линия, а не блокировка.",
    },
    "advice.not_tested.line": {
        "en": "Run the diagnostic again on a better signal or on Wi-Fi.",
        "ru": "Запустите проверку ещё раз при лучшем сигнале или через Wi-Fi.",
    },
    "advice.not_tested.calls": {
        "en": "Open the Call quality tab and start the call test: it measures calls in 10 seconds.",
        "ru": "Откройте вкладку «Качество звонков» и запустите проверку звонков: она занимает 10 секунд.",
    },
    # ---- offline ----
    "label.offline": {"en": "no internet", "ru": "нет интернета"},
    "headline.offline": {"en": "No internet", "ru": "Нет интернета"},
    "network.offline": {
        "en": "No internet: even sites that are never blocked do not answer.",
        "ru": "Нет интернета: не отвечают даже сайты, которые никогда не блокируют.",
    },
    "network_advice.offline": {
        "en": "Check Wi-Fi or mobile data, then run the diagnostic again.",
        "ru": "Проверьте Wi-Fi или мобильные данные и запустите проверку ещё раз.",
    },
    "network.offline_proxy_dead": {
        "en": "The proxy at {proxy} does not answer: nothing got past it, so the network itself "
        "was not tested.",
        "ru": "Прокси {proxy} не отвечает: через него ничего не прошло, поэтому сама сеть "
        "не проверена.",
    },
    "network_advice.offline_proxy_dead": {
        "en": "Start the proxy at {proxy} or check its address and port in Settings (or run "
        "without a proxy), then run the diagnostic again.",
        "ru": "Запустите прокси {proxy} или проверьте его адрес и порт в настройках (или "
        "проверьте без прокси) и запустите проверку ещё раз.",
    },
    "explain.offline": {
        "en": "Not judged: this device seems to have no internet at all right now.",
        "ru": "Не оценивается: похоже, у устройства сейчас вообще нет интернета.",
    },
    "advice.offline": {
        "en": "Check Wi-Fi or mobile data, then run the diagnostic again.",
        "ru": "Проверьте Wi-Fi или мобильные данные и запустите проверку ещё раз.",
    },
    "label.offline.proxy_dead": {"en": "the proxy does not answer", "ru": "прокси не отвечает"},
    "explain.offline.proxy_dead": {
        "en": "Not judged: the proxy at {proxy} does not answer, so nothing reached this service.",
        "ru": "Не оценивается: прокси {proxy} не отвечает, поэтому до сервиса ничего не дошло.",
    },
    "advice.offline.proxy_dead": {
        "en": "Start the proxy at {proxy} or check its address and port in Settings (or run "
        "without a proxy), then run the diagnostic again.",
        "ru": "Запустите прокси {proxy} или проверьте его адрес и порт в настройках (или "
        "проверьте без прокси) и запустите проверку ещё раз.",
    },
    # ---- captive_portal ----
    "label.captive_portal": {"en": "login page", "ru": "страница входа"},
    "headline.captive_portal": {
        "en": "The network asks you to log in",
        "ru": "Сеть требует входа",
    },
    "network.captive_portal": {
        "en": "This network asks you to log in first (a login page intercepts traffic).",
        "ru": "Сеть требует сначала войти (страница авторизации перехватывает трафик).",
    },
    "network_advice.captive_portal": {
        "en": "Open a browser and log in to the network.",
        "ru": "Откройте браузер и войдите в сеть.",
    },
    "explain.captive_portal": {
        "en": "Not judged: the network asks you to log in (a login page) before it lets traffic through.",
        "ru": "Не оценивается: сеть требует входа (страница авторизации), прежде чем пропустить трафик.",
    },
    "advice.captive_portal": {
        "en": "Open a browser and log in to the network, then run the diagnostic again.",
        "ru": "Откройте браузер, войдите в сеть и запустите проверку ещё раз.",
    },
    # ---- operator_verification ----
    "label.operator_verification": {
        "en": "operator verification",
        "ru": "проверка оператора",
    },
    "headline.operator_verification": {
        "en": "Your operator paused mobile data",
        "ru": "Оператор приостановил мобильный интернет",
    },
    "network.operator_verification": {
        "en": 'Your mobile operator has paused mobile data on this SIM: every page is sent to its verification page ({host}). This is not censorship; it happens after roaming or when a SIM was idle for more than 72 hours (the 24-hour "cooling period").',
        "ru": "Оператор связи приостановил мобильный интернет на этой SIM-карте: любой запрос уходит на его страницу проверки ({host}). Это не блокировка сайтов: так бывает после роуминга или если SIM-карта не использовалась больше 72 часов (суточный «период охлаждения»).",
    },
    "network_advice.operator_verification": {
        "en": "Open the page {host} (or the link in the operator's SMS) to confirm, or wait out the 24 hours, then run the diagnostic again.",
        "ru": "Откройте страницу {host} (или ссылку из СМС оператора) и пройдите проверку либо дождитесь окончания суток, затем запустите проверку ещё раз.",
    },
    "explain.operator_verification": {
        "en": "Not judged: your operator has paused mobile data on this SIM until you confirm on its page.",
        "ru": "Не оценивается: оператор приостановил мобильный интернет на этой SIM-карте до подтверждения на его странице.",
    },
    "advice.operator_verification": {
        "en": "Open the operator's verification page (or the link in its SMS) to confirm, then run the diagnostic again.",
        "ru": "Откройте страницу проверки оператора (или ссылку из его СМС), пройдите проверку и запустите проверку ещё раз.",
    },
    # ---- whitelist_mode ----
    "label.whitelist_mode": {"en": "whitelist mode", "ru": "режим белых списков"},
    "headline.whitelist_mode": {
        "en": "Shut off by whitelist mode",
        "ru": "Отключено режимом белых списков",
    },
    "network.whitelist_mode": {
        "en": "Whitelist mode: only allow-listed domestic services work; everything else is shut off ({submode_code}).",
        "ru": "Режим белых списков: работают только разрешённые российские сервисы, всё остальное отключено ({submode_code}).",
    },
    "network.whitelist_mode.throttled": {
        "en": "Whitelist mode: allow-listed domestic services work; everything else is slowed to a crawl (about {rate_kbps} measured), too slow to use.",
        "ru": "Режим белых списков: разрешённые российские сервисы работают, всё остальное замедлено почти до нуля (измерено около {rate_kbps}) — пользоваться этим нельзя.",
    },
    "network.whitelist_mode.blackout": {
        "en": "Whitelist mode, near blackout: only {open} of {listed_services} allow-listed domestic services checked answer ({open_services}); nearly everything else is shut off.",
        "ru": "Режим белых списков, почти полное отключение: отвечают только {open} из {listed_services} проверенных разрешённых российских сервисов ({open_services}); почти всё остальное отключено.",
    },
    "network_advice.whitelist_mode.throttled": {
        "en": "Pages outside the list may still open after a long wait, but nothing larger will load. It is usually mobile-only: Wi-Fi or a fixed line restores access.",
        "ru": "Страницы не из списка иногда открываются после долгого ожидания, но ничего крупнее не загрузится. Обычно это только в мобильной сети: Wi-Fi или проводной интернет возвращают доступ.",
    },
    "network_advice.whitelist_mode.blackout": {
        "en": "Regional shutdowns can last days or weeks. Wi-Fi or a fixed line may still work; keep the maps and documents you need on the phone.",
        "ru": "Региональные отключения могут длиться днями и неделями. Wi-Fi или проводной интернет могут работать; держите нужные карты и документы на телефоне.",
    },
    "network_advice.whitelist_mode": {
        "en": "It is usually mobile-only: Wi-Fi or a fixed line restores access. VPNs are often cut too.",
        "ru": "Обычно это только в мобильной сети: Wi-Fi или проводной интернет возвращают доступ. VPN тоже часто не работает.",
    },
    "advice.whitelist_mode": {
        "en": "Whitelist mode is usually mobile-only: Wi-Fi or a home connection restores access.",
        "ru": "Режим белых списков обычно действует только в мобильной сети: Wi-Fi или домашний интернет возвращает доступ.",
    },
    # ---- subhost_blocked (issue 24): the front works, a needed sub-host does not ----
    "label.subhost_blocked": {"en": "partly works", "ru": "работает частично"},
    "label.subhost_blocked.tiles": {
        "en": "partly works: map tiles don't load",
        "ru": "работает частично: не грузится карта",
    },
    "label.subhost_blocked.routing": {
        "en": "partly works: no routes",
        "ru": "работает частично: не строятся маршруты",
    },
    "label.subhost_blocked.sign_in": {
        "en": "partly works: sign-in fails",
        "ru": "работает частично: не работает вход",
    },
    "label.subhost_blocked.api": {
        "en": "partly works: the app doesn't load",
        "ru": "работает частично: приложение не загружается",
    },
    "label.subhost_blocked.favorites": {
        "en": "partly works: saved places don't load",
        "ru": "работает частично: не грузится избранное",
    },
    "label.subhost_blocked.payments": {
        "en": "partly works: online banking fails",
        "ru": "работает частично: не работает онлайн-банк",
    },
    "label.subhost_blocked.downloads": {
        "en": "map downloads fail",
        "ru": "не скачиваются карты",
    },
    "headline.subhost_blocked": {"en": "Partly works", "ru": "Работает частично"},
    "explain.subhost_blocked": {
        "en": "Partly works ({function}): the main server answers, but a server it needs ({hosts}) does not.",
        "ru": "Работает частично ({function}): основной сервер отвечает, а нужный ему сервер ({hosts}) — нет.",
    },
    "explain.subhost_blocked.tiles": {
        "en": "Partly works: the map opens but its tiles don't load — the tile server ({hosts}) does not answer while the site does.",
        "ru": "Работает частично: карта открывается, но её изображение не загружается — сервер карты ({hosts}) не отвечает, хотя сам сайт работает.",
    },
    "explain.subhost_blocked.routing": {
        "en": "Partly works: the map opens but routes are not built — the routing server ({hosts}) does not answer.",
        "ru": "Работает частично: карта открывается, но маршруты не строятся — сервер маршрутов ({hosts}) не отвечает.",
    },
    "explain.subhost_blocked.sign_in": {
        "en": "Partly works: the site opens but signing in fails — the sign-in server ({hosts}) does not answer.",
        "ru": "Работает частично: сайт открывается, но войти не получится — сервер входа ({hosts}) не отвечает.",
    },
    "explain.subhost_blocked.api": {
        "en": "Partly works: the website opens but the app's own server ({hosts}) does not answer, so the app may not load.",
        "ru": "Работает частично: сайт открывается, но собственный сервер приложения ({hosts}) не отвечает, поэтому приложение может не загружаться.",
    },
    "explain.subhost_blocked.favorites": {
        "en": "Partly works: the map opens but saved places don't load — their server ({hosts}) does not answer.",
        "ru": "Работает частично: карта открывается, но избранные места не загружаются — их сервер ({hosts}) не отвечает.",
    },
    "explain.subhost_blocked.payments": {
        "en": "Partly works: the bank's site opens but online banking ({hosts}) does not answer.",
        "ru": "Работает частично: сайт банка открывается, но онлайн-банк ({hosts}) не отвечает.",
    },
    "explain.subhost_blocked.downloads": {
        "en": "Maps already on the phone keep working, but new map downloads fail: the download server ({hosts}) does not answer.",
        "ru": "Уже скачанные карты работают, но новые карты не скачиваются: сервер загрузки ({hosts}) не отвечает.",
    },
    "advice.subhost_blocked": {
        "en": "The service's main server is let through but not every server it needs. On mobile data this is usually the operator's allow-list; Wi-Fi or a home connection usually works fully.",
        "ru": "Основной сервер сервиса пропускается, но не все нужные ему серверы. В мобильной сети это обычно «белый список» оператора; через Wi-Fi или домашний интернет сервис обычно работает полностью.",
    },
    "advice.subhost_blocked.tiles": {
        "en": "Maps downloaded in advance still work: Organic Maps, OsmAnd, and the offline areas of 2GIS and Yandex Maps. Download your region over Wi-Fi before the next shutdown.",
        "ru": "Заранее скачанные карты работают: Organic Maps, OsmAnd, офлайн-карты 2ГИС и Яндекс Карт. Скачайте свой регион через Wi-Fi до следующего отключения.",
    },
    "advice.subhost_blocked.routing": {
        "en": "Offline map apps (Organic Maps, OsmAnd, 2GIS with a downloaded region) build routes without the internet.",
        "ru": "Офлайн-карты (Organic Maps, OsmAnd, 2ГИС со скачанным регионом) строят маршруты без интернета.",
    },
    "advice.subhost_blocked.sign_in": {
        "en": "Sign in over Wi-Fi or a home connection; an app you are already signed in to may keep working.",
        "ru": "Войдите через Wi-Fi или домашний интернет; приложение, в котором вы уже вошли, может продолжать работать.",
    },
    "advice.subhost_blocked.api": {
        "en": "Try the website instead of the app, or Wi-Fi or a home connection.",
        "ru": "Попробуйте сайт вместо приложения или Wi-Fi, домашний интернет.",
    },
    "advice.subhost_blocked.favorites": {
        "en": "The map itself works; saved places come back over Wi-Fi or a home connection.",
        "ru": "Сама карта работает; избранное загрузится через Wi-Fi или домашний интернет.",
    },
    "advice.subhost_blocked.payments": {
        "en": "Use Wi-Fi or a home connection for online banking, or pay by card or cash.",
        "ru": "Для онлайн-банка используйте Wi-Fi или домашний интернет либо платите картой или наличными.",
    },
    "advice.subhost_blocked.downloads": {
        "en": "Download your region over Wi-Fi or a home connection while it works, before the next shutdown.",
        "ru": "Скачайте свой регион через Wi-Fi или домашний интернет, пока он работает, — до следующего отключения.",
    },
}
