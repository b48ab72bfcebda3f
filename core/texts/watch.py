"""Watch mode's words: the grouped notification, the CLI's change lines, the diary's report.

`{service}` is the service's name, `{function}` a function's label (`function.<kind>`), `{time}`
a local "HH:MM" (with the date when not today)."""

from __future__ import annotations

TEXTS: dict[str, dict[str, str]] = {
    # ---- one confirmed change of a (service, function) ----
    "watch.change.blocked": {
        "en": "{service} {function} blocked since {time}",
        "ru": "{service}, {function}: блокировка с {time}",
    },
    "watch.change.slowed": {
        "en": "{service} {function} working poorly since {time}",
        "ru": "{service}, {function}: перебои с {time}",
    },
    "watch.change.refused": {
        "en": "{service} {function} refused to your country since {time}",
        "ru": "{service}, {function}: закрыто для вашей страны с {time}",
    },
    "watch.change.works": {
        "en": "{service} {function} working again since {time}",
        "ru": "{service}, {function}: работа восстановлена в {time}",
    },
    "watch.change.works_first": {
        "en": "{service} {function} working",
        "ru": "{service}, {function}: в порядке",
    },
    # ---- one confirmed change of a network condition ----
    "watch.network.offline.on": {
        "en": "No internet since {time}",
        "ru": "Нет интернета с {time}",
    },
    "watch.network.offline.off": {
        "en": "Internet back since {time}",
        "ru": "Интернет снова есть с {time}",
    },
    "watch.network.whitelist_mode.on": {
        "en": "Whitelist mode since {time}: only approved sites open",
        "ru": "Режим белых списков с {time}: открываются только разрешённые сайты",
    },
    "watch.network.whitelist_mode.off": {
        "en": "Whitelist mode ended at {time}",
        "ru": "Режим белых списков закончился в {time}",
    },
    "watch.network.captive_portal.on": {
        "en": "A login page intercepts the connection since {time}",
        "ru": "Страница входа перехватывает соединение с {time}",
    },
    "watch.network.captive_portal.off": {
        "en": "No login page in the way since {time}",
        "ru": "Страница входа больше не мешает с {time}",
    },
    "watch.network.dead_dns.on": {
        "en": "Your provider's DNS answers nothing since {time}",
        "ru": "DNS провайдера не отвечает с {time}",
    },
    "watch.network.dead_dns.off": {
        "en": "Your provider's DNS answers again since {time}",
        "ru": "DNS провайдера снова отвечает с {time}",
    },
    "watch.network.slow_line.on": {
        "en": "The line itself is slow since {time}",
        "ru": "Сама линия медленная с {time}",
    },
    "watch.network.slow_line.off": {
        "en": "The line is no longer slow since {time}",
        "ru": "Линия больше не медленная с {time}",
    },
    "watch.separator": {"en": " · ", "ru": " · "},
    "watch.through_vpn": {"en": "through a VPN", "ru": "через VPN"},
    # ---- the loop's own news (CLI lines, the window) ----
    "watch.started": {
        "en": "Watching the connection: a check every {interval} (Ctrl-C stops).",
        "ru": "Слежу за соединением: проверка каждые {interval} (Ctrl-C — остановить).",
    },
    "watch.stopped": {"en": "Watch mode stopped.", "ru": "Наблюдение остановлено."},
    "watch.paused": {"en": "Watch mode paused.", "ru": "Наблюдение приостановлено."},
    "watch.paused_until": {
        "en": "Watch mode paused until {time}.",
        "ru": "Наблюдение приостановлено до {time}.",
    },
    "watch.resumed": {"en": "Watch mode resumed.", "ru": "Наблюдение возобновлено."},
    "watch.budget_used": {
        "en": "Mobile data used by watch mode today: {used} of {limit}.",
        "ru": "Мобильный трафик наблюдения сегодня: {used} из {limit}.",
    },
    "watch.budget_exhausted": {
        "en": "Watch mode has used today's data budget ({used} of {limit}) on this metered connection: no more checks on it until {time}.",
        "ru": "Наблюдение израсходовало дневной лимит трафика ({used} из {limit}) на этом лимитном подключении: до {time} проверок на нём не будет.",
    },
    "watch.checked": {
        "en": "{time} checked ({kind}, {used}): {overall}",
        "ru": "{time} проверено ({kind}, {used}): {overall}",
    },
    "watch.kind.light": {"en": "light", "ru": "лёгкая"},
    "watch.kind.full": {"en": "full", "ru": "полная"},
    "watch.overall.fine": {"en": "everything checked works", "ru": "всё проверенное работает"},
    "watch.overall.problem": {
        "en": "something is blocked or works poorly",
        "ru": "что-то заблокировано или работает плохо",
    },
    "watch.overall.network": {
        "en": "the connection itself has a problem",
        "ru": "проблема с самим подключением",
    },
    "watch.overall.unknown": {
        "en": "a second check will confirm",
        "ru": "подтвердит вторая проверка",
    },
    "watch.check_failed": {
        "en": "A check could not run ({reason}); watch mode goes on.",
        "ru": "Проверка не удалась ({reason}); наблюдение продолжается.",
    },
    # ---- the diary's report (core/report/diary.py) ----
    "diary.title": {"en": "Svyaz outage diary", "ru": "Дневник сбоев «Связи»"},
    "diary.range": {
        "en": "From {since} to {until} (local time, {zone}). Made {made} by Svyaz {version}.",
        "ru": "С {since} по {until} (местное время, {zone}). Составлен {made} программой «Связь» {version}.",
    },
    "diary.empty": {
        "en": "No outage was recorded in this period.",
        "ru": "За этот период сбоев не записано.",
    },
    "diary.note": {
        "en": "Each period starts at the check that first saw the problem and ends at the check that first saw it gone, so both ends are exact to the check interval. Each was confirmed by a second check a few minutes later.",
        "ru": "Каждый период начинается с проверки, впервые увидевшей проблему, и заканчивается проверкой, впервые увидевшей, что её нет, поэтому оба края точны до интервала проверок. Каждый подтверждён второй проверкой через несколько минут.",
    },
    "diary.line": {
        "en": "{where}: {what} from {start} to {end}, {duration}; checked every {interval}",
        "ru": "{where}: {what} с {start} по {end}, {duration}; проверка каждые {interval}",
    },
    "diary.line_open": {
        "en": "{where}: {what} since {start}, {duration} so far; checked every {interval}",
        "ru": "{where}: {what} с {start}, уже {duration}; проверка каждые {interval}",
    },
    "diary.still_going": {"en": "still going", "ru": "продолжается"},
    "diary.link.cellular": {"en": "Mobile internet", "ru": "Мобильный интернет"},
    "diary.link.wifi": {"en": "Wi-Fi", "ru": "Wi-Fi"},
    "diary.link.ethernet": {"en": "Wired internet", "ru": "Проводной интернет"},
    "diary.link.unknown": {"en": "Internet", "ru": "Интернет"},
    "diary.what.offline": {"en": "no internet", "ru": "нет интернета"},
    "diary.what.whitelist_mode": {"en": "whitelist mode", "ru": "режим белых списков"},
    "diary.what.captive_portal": {"en": "a login page in the way", "ru": "мешает страница входа"},
    "diary.what.dead_dns": {
        "en": "the provider's DNS answering nothing",
        "ru": "DNS провайдера не отвечает",
    },
    "diary.what.slow_line": {"en": "a slow line", "ru": "медленная линия"},
    "diary.what.blocked": {
        "en": "{service} {function} blocked",
        "ru": "{service}, {function}: блокировка",
    },
    "diary.what.slowed": {
        "en": "{service} {function} working poorly",
        "ru": "{service}, {function}: перебои",
    },
    "diary.what.refused": {
        "en": "{service} {function} refused to the country",
        "ru": "{service}, {function}: закрыто для страны",
    },
    "diary.duration.hm": {"en": "{h} h {m} min", "ru": "{h} ч {m} мин"},
    "diary.duration.m": {"en": "{m} min", "ru": "{m} мин"},
    "diary.col.where": {"en": "Connection", "ru": "Подключение"},
    "diary.col.what": {"en": "What", "ru": "Что"},
    "diary.col.start": {"en": "From", "ru": "С"},
    "diary.col.end": {"en": "To", "ru": "По"},
    "diary.col.duration": {"en": "Duration", "ru": "Длительность"},
    "diary.col.interval": {"en": "Checked every", "ru": "Интервал проверок"},
    "diary.col.evidence": {
        "en": "Evidence (runs in history)",
        "ru": "Доказательства (проверки в истории)",
    },
    "diary.through_vpn": {"en": "{where}, through a VPN", "ru": "{where}, через VPN"},
}
