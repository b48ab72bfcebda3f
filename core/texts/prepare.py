"""The Help page "Prepare for a shutdown" (issue 24): offline maps, what works in whitelist mode
(the official allow-list's stages, docs/sources.md#mobile-allow-lists), what to save. Neutral
facts in both languages, never how to get round a block (describing that can itself get a
resource blocked in Russia). `prepare.section.<n>` and its `.item.<m>` lines, in order."""

from __future__ import annotations

TEXTS: dict[str, dict[str, str]] = {
    "prepare.title": {
        "en": "Prepare for a shutdown",
        "ru": "Как подготовиться к отключению интернета",
    },
    "prepare.intro": {
        "en": "Mobile internet in many Russian regions is cut to an allow-list (\u201cwhitelist mode\u201d) or switched off for hours, days or months. What helps then is what you did before.",
        "ru": "Мобильный интернет во многих регионах России ограничивают «белыми списками» или отключают на часы, дни и месяцы. Тогда помогает то, что сделано заранее.",
    },
    "prepare.section.1": {"en": "Offline maps", "ru": "Карты без интернета"},
    "prepare.section.1.item.1": {
        "en": "Download your region's map now, over Wi-Fi. Organic Maps and OsmAnd work fully without the internet, search and routes included; 2GIS and Yandex Maps can keep offline areas.",
        "ru": "Скачайте карту своего региона заранее, через Wi-Fi. Organic Maps и OsmAnd полностью работают без интернета, включая поиск и маршруты; в 2ГИС и Яндекс Картах можно сохранить офлайн-карты.",
    },
    "prepare.section.1.item.2": {
        "en": "Maps already on the phone keep working in a shutdown: your position comes from satellites, not from the internet.",
        "ru": "Уже скачанные карты работают и при отключении: местоположение определяется по спутникам, а не через интернет.",
    },
    "prepare.section.1.item.3": {
        "en": "If the map shows you in the wrong place in a city centre while data works, satellite signals may be jammed there; the internet is not the cause.",
        "ru": "Если в центре города карта показывает вас не там, а интернет работает, там могут глушить спутниковые сигналы; интернет тут ни при чём.",
    },
    "prepare.section.2": {
        "en": "What works in whitelist mode",
        "ru": "Что работает в режиме белых списков",
    },
    "prepare.section.2.item.1": {
        "en": "The official allow-list (from September 2025): Gosuslugi, VK and Odnoklassniki, Mail.ru, the MAX messenger, Yandex services, Ozon, Wildberries, Avito, Dzen, Rutube, the Mir payment system, government and operators' sites.",
        "ru": "Официальный список (с сентября 2025 года): Госуслуги, ВКонтакте и Одноклассники, Mail.ru, мессенджер MAX, сервисы Яндекса, Ozon, Wildberries, Авито, Дзен, Rutube, платёжная система «Мир», сайты госорганов и операторов.",
    },
    "prepare.section.2.item.2": {
        "en": "Added in November 2025: ministries, Russian Post, Alfa-Bank, RZD, Tutu.ru, 2GIS, Taxi Maxim, Gismeteo and news sites; in December 2025 more banks, operators and regional services.",
        "ru": "В ноябре 2025 года добавлены министерства, Почта России, Альфа-Банк, РЖД, Туту.ру, 2ГИС, такси «Максим», Gismeteo и новостные сайты; в декабре 2025 года — ещё банки, операторы и региональные сервисы.",
    },
    "prepare.section.2.item.3": {
        "en": "Telegram, WhatsApp, YouTube and Google are not on it. The list differs by operator and region, and a listed service can still work only partly: a map without its tiles, a site where signing in fails.",
        "ru": "Telegram, WhatsApp, YouTube и Google в нём нет. Список отличается у разных операторов и в разных регионах, а сервис из списка может работать лишь частично: карта без изображения, сайт, где не работает вход.",
    },
    "prepare.section.2.item.4": {
        "en": "It usually affects mobile data only: home internet and Wi-Fi usually keep working. When Svyaz sees whitelist mode, it shows what works for you right now.",
        "ru": "Обычно это касается только мобильного интернета: домашний интернет и Wi-Fi, как правило, работают. Когда «Связь» видит режим белых списков, она показывает, что работает у вас прямо сейчас.",
    },
    "prepare.section.3": {"en": "What to save in advance", "ru": "Что сохранить заранее"},
    "prepare.section.3.item.1": {
        "en": "Tickets, boarding passes and bookings: as files or screenshots on the phone.",
        "ru": "Билеты, посадочные талоны и бронирования — файлами или снимками экрана на телефоне.",
    },
    "prepare.section.3.item.2": {
        "en": "Documents you may have to show: photos or scans of your passport, insurance policy and certificates.",
        "ru": "Документы, которые может понадобиться показать: фото или сканы паспорта, полиса, справок.",
    },
    "prepare.section.3.item.3": {
        "en": "Phone numbers, not only messenger contacts: family, work, school, your doctor, and a taxi dispatcher (in a shutdown taxis take orders by phone, often for cash).",
        "ru": "Номера телефонов, а не только контакты в мессенджерах: родные, работа, школа, врач и диспетчер такси (при отключении такси принимают заказы по телефону, часто за наличные).",
    },
    "prepare.section.3.item.4": {
        "en": "Some cash and a charged power bank. Ordinary calls and SMS usually keep working (not always): agree with your family how you will reach each other.",
        "ru": "Немного наличных и заряженный внешний аккумулятор. Обычные звонки и SMS, как правило, работают (но не всегда): договоритесь с близкими, как будете связываться.",
    },
}

# The page's sections and how many lines each has, in order (the faces lay them out).
SECTIONS: tuple[tuple[str, int], ...] = (
    ("prepare.section.1", 3),
    ("prepare.section.2", 4),
    ("prepare.section.3", 4),
)
