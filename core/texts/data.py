"""Texts for the run's own data use (issue 20): what a run moved, and the throttling test's
second look when one small pull was slow."""

from __future__ import annotations

TEXTS: dict[str, dict[str, str]] = {
    "data.used": {
        "en": "{used} used",
        "ru": "{used} трафика",
    },
    "data.used_both_ways": {
        "en": "{used} used ({sent} sent, {received} received)",
        "ru": "Израсходовано {used} трафика (отправлено {sent}, получено {received})",
    },
    "data.light": {
        "en": "Light check: no transfer, speed or call tests.",
        "ru": "Лёгкая проверка: без проверок передачи, скорости и звонков.",
    },
    "unit.bytes": {"en": "B", "ru": "Б"},
    "unit.kilobytes": {"en": "KB", "ru": "КБ"},
    "unit.megabytes": {"en": "MB", "ru": "МБ"},
    "unit.gigabytes": {"en": "GB", "ru": "ГБ"},
    "evidence.two_way_once": {
        "en": "One transfer crawled at {rate_kbps}; a second did not: a passing slowdown, not counted as throttling.",
        "ru": "Одна передача еле шла ({rate_kbps}), а повторная — нет: это случайное замедление, а не ограничение скорости.",
    },
    "evidence.throttled_once": {
        "en": "One pull with the name {name} ran at {rate_kbps} against {control_kbps} with {control}; a second pull did not: a passing slowdown, not counted as throttling.",
        "ru": "Одна загрузка с именем {name} шла со скоростью {rate_kbps} против {control_kbps} с {control}, а повторная — нет: это случайное замедление, а не ограничение скорости.",
    },
}
