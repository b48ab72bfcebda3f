"""The summary every face shows in one order (core/rules/summary.py): its class headings, the
line for what a network-wide cause accounts for, and the words around them."""

from __future__ import annotations

TEXTS: dict[str, dict[str, str]] = {
    "standing.blocked": {"en": "Blocked", "ru": "Заблокировано"},
    "standing.slowed": {"en": "Works poorly", "ru": "Работает с перебоями"},
    "standing.refused": {
        "en": "Refuse your country (the service's own choice, not censorship)",
        "ru": "Сами отказывают вашей стране (решение сервиса, не цензура)",
    },
    "standing.refuses_vpn": {
        "en": "Ask you to turn off the VPN (the service's own choice, not censorship)",
        "ru": "Просят отключить VPN (решение сервиса, не цензура)",
    },
    "standing.not_judged": {"en": "Could not be judged", "ru": "Не удалось оценить"},
    "standing.uncheckable": {
        "en": "Calls can't be checked without an account",
        "ru": "Звонки нельзя проверить без аккаунта",
    },
    "summary.uncheckable_service": {
        "en": "Messages work · calls can't be checked without an account",
        "ru": "Сообщения работают · звонки нельзя проверить без аккаунта",
    },
    "standing.works": {"en": "Works", "ru": "Работает"},
    "summary.works_count": {
        "en": "Works: {n:p:service|services}",
        "ru": "Работает: {n:p:сервис|сервиса|сервисов}",
    },
    "summary.folded": {
        "en": "Because of this, these do not work as they should ({n:p:service|services}): {names}",
        "ru": "Из-за этого не работают как надо ({n:p:сервис|сервиса|сервисов}): {names}",
    },
    "summary.affected": {
        "en": "Affected by the network problem above",
        "ru": "Затронуто общей проблемой сети (см. выше)",
    },
    "summary.and_more": {"en": "{names} and {n} more", "ru": "{names} и ещё {n}"},
    "summary.nothing_wrong": {
        "en": "No service is blocked or slowed.",
        "ru": "Ни один сервис не заблокирован и не замедлен.",
    },
    "works_now.heading": {
        "en": "Works for you now (your operator lets these through)",
        "ru": "Работает у вас сейчас (оператор это пропускает)",
    },
    "works_now.nothing": {
        "en": "Works for you now: none of the services checked, only a few addresses answer.",
        "ru": "Работает у вас сейчас: ни один из проверенных сервисов, отвечают лишь отдельные адреса.",
    },
    "works_now.partly": {"en": "partly", "ru": "частично"},
    "works_now.kind.login": {"en": "Sign-in", "ru": "Вход в аккаунт"},
    "works_now.kind.messages": {"en": "Messages", "ru": "Сообщения"},
    "works_now.kind.maps": {"en": "Maps", "ru": "Карты"},
    "works_now.kind.web": {"en": "Websites and apps", "ru": "Сайты и приложения"},
    "works_now.kind.media": {"en": "Photos and files", "ru": "Фото и файлы"},
    "works_now.kind.video": {"en": "Video", "ru": "Видео"},
    "works_now.kind.notifications": {"en": "Notifications", "ru": "Уведомления"},
    "works_now.kind.calls": {"en": "Calls", "ru": "Звонки"},
    "calls.context.telegram_2025": {
        "en": "Telegram calls have been restricted in Russia since August 2025 while its messages work; without an account Svyaz cannot place a test call to tell.",
        "ru": "Звонки в Telegram ограничены в России с августа 2025 года, при этом сообщения работают; без аккаунта Svyaz не может сделать пробный звонок, чтобы это проверить.",
    },
}
