"""Texts for the 2025–2026 censor (issue 11): a service refusing the country, block pages named
by fingerprint, rules that read the whole run (HTTPS cut under a working HTTP, calls in the
network's context, which resolver contradicted an NXDOMAIN), capped DNS answers, jitter."""

from __future__ import annotations

TEXTS: dict[str, dict[str, str]] = {
    # ---- geo_blocked: the service's own refusal, never censorship ----
    "evidence.geo_refused": {
        "en": "{url} answered HTTP {status} refusing your country or region: the service's own answer, not a block page.",
        "ru": "{url} ответил HTTP {status} с отказом для вашей страны или региона: это ответ самого сервиса, а не страница блокировки.",
    },
    "evidence.geo_refused.region_words": {
        "en": "{url} answered HTTP {status}, and the page says your country or region is not supported: the service's own answer, not a block page.",
        "ru": "{url} ответил HTTP {status}, и на странице сказано, что ваша страна или регион не поддерживается: это ответ самого сервиса, а не страница блокировки.",
    },
    "evidence.geo_refused.error_code": {
        "en": "{url} answered HTTP {status} with the error code {error}, which the service gives to countries it does not serve: its own answer, not a block page.",
        "ru": "{url} ответил HTTP {status} с кодом ошибки {error}, который сервис выдаёт странам, где не работает: это его собственный ответ, а не страница блокировки.",
    },
    "evidence.geo_refused.redirect": {
        "en": "{url} redirected (HTTP {status}) to the service's page for countries it does not serve: its own answer, not a block page.",
        "ru": "{url} перенаправил (HTTP {status}) на страницу сервиса для стран, где он не работает: это его собственный ответ, а не страница блокировки.",
    },
    # ---- refuses_vpn: the service's own refusal of VPN users, never censorship ----
    "evidence.vpn_refused": {
        "en": "{url} answered HTTP {status} asking you to turn off your VPN: the service's own answer, not a block page.",
        "ru": "{url} ответил HTTP {status} с просьбой отключить VPN: это ответ самого сервиса, а не страница блокировки.",
    },
    "evidence.vpn_refused.vpn_words": {
        "en": "{url} answered HTTP {status}, and the page says to turn off the VPN: the service's own answer, not a block page.",
        "ru": "{url} ответил HTTP {status}, и на странице сказано отключить VPN: это ответ самого сервиса, а не страница блокировки.",
    },
    "evidence.vpn_refused.error_code": {
        "en": "{url} answered HTTP {status} with the error code {error}, which says a VPN was detected: the service's own answer, not a block page.",
        "ru": "{url} ответил HTTP {status} с кодом ошибки {error}: сервис обнаружил VPN. Это его собственный ответ, а не страница блокировки.",
    },
    "evidence.vpn_refused.redirect": {
        "en": '{url} redirected (HTTP {status}) to the service\'s "turn off your VPN" page: its own answer, not a block page.',
        "ru": "{url} перенаправил (HTTP {status}) на страницу сервиса «отключите VPN»: это его собственный ответ, а не страница блокировки.",
    },
    # ---- operator_verification: the operator's SIM verification page ----
    "evidence.operator_verification": {
        "en": "The connectivity check was redirected to {host}, a page on {operator}'s own site: the operator's verification page, not a block page.",
        "ru": "Проверка подключения перенаправлена на {host}, страницу на сайте оператора {operator}: это страница проверки оператора, а не страница блокировки.",
    },
    "evidence.operator_verification.title": {
        "en": "The connectivity check got a page from {host} whose title names the SIM's cooling period: the operator's verification page, not a block page.",
        "ru": "Проверка подключения получила страницу от {host}, в заголовке которой назван «период охлаждения» SIM-карты: это страница проверки оператора, а не страница блокировки.",
    },
    # ---- block pages named by OONI's fingerprints ----
    "evidence.blockpage_fingerprint": {
        "en": "{url}: a known block page — {provider} (OONI fingerprint {fingerprint}).",
        "ru": "{url}: известная страница блокировки — {provider} (отпечаток OONI {fingerprint}).",
    },
    "evidence.dns_fingerprint": {
        "en": "The system resolver answered {address} for {name}: a known block-page address ({provider}, OONI fingerprint {fingerprint}).",
        "ru": "Системный DNS ответил {address} для {name}: известный адрес страницы блокировки ({provider}, отпечаток OONI {fingerprint}).",
    },
    # ---- the rules see the whole run ----
    "evidence.https_cut_http_answers": {
        "en": "Only plain HTTP answers ({answering}); the secure connection a browser uses is cut ({what_code}).",
        "ru": "Отвечает только незащищённый HTTP ({answering}); защищённое соединение, которое использует браузер, обрывается ({what_code}).",
    },
    "explain.dns_nxdomain_tcp": {
        "en": "Your provider's DNS says this site does not exist, while a public resolver asked over TCP finds it: the name is hidden on purpose.",
        "ru": "DNS вашего провайдера отвечает, что такого сайта нет, а публичный DNS-сервер, спрошенный по TCP, его находит: имя скрыто намеренно.",
    },
    "explain.dns_nxdomain_unconfirmed": {
        "en": "Your provider's DNS says this site does not exist; no other resolver could be asked to check it.",
        "ru": "DNS вашего провайдера отвечает, что такого сайта нет; проверить это через другой DNS-сервер не удалось.",
    },
    "evidence.dns_fake_nxdomain_tcp": {
        "en": "The system resolver said “{outcome}” for {name}; a public resolver over TCP gives {addresses}.",
        "ru": "Системный DNS ответил «{outcome}» для {name}; публичный DNS по TCP даёт {addresses}.",
    },
    "evidence.dns_answer_capped": {
        "en": "{name} resolved to {total} addresses; only the first {kept} were probed.",
        "ru": "{name} дал {total} адресов; проверены только первые {kept}.",
    },
    "calls.evidence.in_context": {
        "en": "The call test itself said: {what_code}.",
        "ru": "Сам тест звонков показал: {what_code}.",
    },
    # ---- jitter in the call verdict ----
    "calls.evidence.jitter_buffer": {
        "en": "The one-way delay varies by {spread} ms: a call's jitter buffer would add {buffer} ms of delay, and {late} % of packets would come too late to play.",
        "ru": "Задержка в одну сторону колеблется на {spread} мс: буфер звонка добавил бы {buffer} мс задержки, а {late} % пакетов пришли бы слишком поздно, чтобы их проиграть.",
    },
}
