"""Report texts: headings and labels of the HTML and text reports, and the privacy note."""

from __future__ import annotations

TEXTS: dict[str, dict[str, str]] = {
    "report.title": {"en": "Svyaz report", "ru": "Отчёт «Связи»"},
    "report.run_at": {"en": "Check of {when}", "ru": "Проверка от {when}"},
    "report.took": {"en": "took {seconds} s", "ru": "длилась {seconds} с"},
    "report.network": {"en": "Network", "ru": "Сеть"},
    "report.summary": {"en": "Summary", "ru": "Итог"},
    "report.services": {"en": "Services", "ru": "Сервисы"},
    "report.advice": {"en": "What to try", "ru": "Что попробовать"},
    "report.evidence": {"en": "Evidence", "ru": "Признаки"},
    "report.technical": {"en": "Technical details", "ru": "Технические подробности"},
    "report.col.step": {"en": "Step", "ru": "Шаг"},
    "report.col.target": {"en": "Target", "ru": "Цель"},
    "report.col.result": {"en": "Result", "ru": "Результат"},
    "report.col.time": {"en": "Time, ms", "ru": "Время, мс"},
    "report.page_title": {"en": "Page title: {title}", "ru": "Заголовок страницы: {title}"},
    "report.calls": {"en": "Call test", "ru": "Проверка звонков"},
    "report.mos": {"en": "call quality (MOS) {mos}", "ru": "качество звонка (MOS) {mos}"},
    "report.loss": {"en": "loss {loss} %", "ru": "потери {loss} %"},
    "report.environment": {"en": "This computer and network", "ru": "Этот компьютер и сеть"},
    "report.yes": {"en": "yes", "ru": "да"},
    "report.no": {"en": "no", "ru": "нет"},
    "report.env.network_type": {"en": "Network type", "ru": "Тип сети"},
    "report.env.local_addresses": {"en": "Local addresses", "ru": "Локальные адреса"},
    "report.env.public_address": {"en": "Public address", "ru": "Внешний адрес"},
    "report.env.resolvers": {"en": "DNS servers of this network", "ru": "DNS-серверы этой сети"},
    "report.env.provider": {"en": "Provider", "ru": "Провайдер"},
    "report.env.asn": {"en": "Provider's network number (AS)", "ru": "Номер сети провайдера (AS)"},
    "report.env.vpn": {"en": "VPN", "ru": "VPN"},
    "report.env.vpn_interfaces": {"en": "VPN interfaces", "ru": "Интерфейсы VPN"},
    "report.env.proxy": {"en": "Proxy", "ru": "Прокси"},
    "report.env.fake_ip": {"en": "Fake-IP mode", "ru": "Режим Fake-IP"},
    "report.env.bypass_tools": {"en": "Bypass tools running", "ru": "Запущенные средства обхода"},
    "report.private": {
        "en": "Private by default: your own addresses, your network's DNS servers and your provider's name are not in this report.",
        "ru": "По умолчанию отчёт ничего не говорит о вас: в нём нет ваших адресов, DNS-серверов вашей сети и названия провайдера.",
    },
    "report.not_private": {
        "en": "This report includes your network details: your addresses, your network's DNS servers and your provider.",
        "ru": "В этот отчёт включены данные вашей сети: ваши адреса, DNS-серверы вашей сети и провайдер.",
    },
    "report.made_by": {
        "en": "Made with Svyaz {version}; data format {schema}, version {schema_version}.",
        "ru": "Сделано «Связью» {version}; формат данных {schema}, версия {schema_version}.",
    },
    "report.more": {"en": "…and {n} more", "ru": "…и ещё {n}"},
    "report.text_head": {"en": "Svyaz, {when}", "ru": "«Связь», {when}"},
    "report.call_chart": {
        "en": "Call quality per path (MOS from 1 to 5; the dashed line is where people start to complain)",
        "ru": "Качество звонка по каждому пути (MOS от 1 до 5; пунктир — где люди начинают жаловаться)",
    },
    "report.written": {"en": "Report written to {path}", "ru": "Отчёт записан в {path}"},
    "report.exists": {
        "en": "{path} already exists and was left as it is: name another file, a folder "
        "(a new file is made there), or add --overwrite to replace it",
        "ru": "{path} уже существует, файл не тронут: укажите другое имя, папку (в ней будет "
        "создан новый файл) или добавьте --overwrite, чтобы заменить его",
    },
}
