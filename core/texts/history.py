"""History texts: what happened to the history file, said so a person knows where it went."""

from __future__ import annotations

TEXTS: dict[str, dict[str, str]] = {
    "history.moved_aside": {
        "en": "The history file could not be used ({reason}). It was moved to {path} and a new, empty history was started.",
        "ru": "Файл истории не удалось использовать ({reason}). Он перемещён в {path}, начата новая, пустая история.",
    },
    "history.in_memory": {
        "en": "History cannot be saved on this computer ({reason}): runs are kept only until Svyaz is closed.",
        "ru": "Историю не удаётся сохранить на этом компьютере ({reason}): проверки хранятся только до закрытия «Связи».",
    },
    "history.empty": {"en": "No runs in history yet.", "ru": "В истории пока нет проверок."},
    "history.col.run": {"en": "Run", "ru": "Проверка"},
    "history.col.started": {"en": "Started", "ru": "Начало"},
    "history.col.network": {"en": "Network", "ru": "Сеть"},
    "history.col.type": {"en": "Type", "ru": "Тип"},
    "history.col.blocked": {"en": "Blocked", "ru": "Заблок."},
    "history.col.degraded": {"en": "Poor", "ru": "С переб."},
    "history.col.works": {"en": "Works", "ru": "Работ."},
    "history.col.day": {"en": "Day", "ru": "День"},
    "history.col.runs": {"en": "Runs", "ru": "Проверок"},
    "history.col.throttled": {"en": "Throttled to", "ru": "Замедлено до"},
    "history.cancelled": {"en": "stopped early", "ru": "остановлена"},
    "history.saved": {
        "en": "Saved to history as {run_id}.",
        "ru": "Сохранено в истории как {run_id}.",
    },
    "history.not_saved": {
        "en": "Not saved to history: {reason}",
        "ru": "Не сохранено в истории: {reason}",
    },
    "history.deleted": {"en": "Deleted run {run_id}.", "ru": "Проверка {run_id} удалена."},
    "history.cleared": {
        "en": "History cleared: {n:p:run|runs} deleted.",
        "ru": "История очищена: удалено {n:p:проверка|проверки|проверок}.",
    },
    "history.pruned": {
        "en": "Kept by the setting {setting}; {n:p:run|runs} deleted.",
        "ru": "Оставлено по настройке {setting}; удалено {n:p:проверка|проверки|проверок}.",
    },
    "history.no_such_run": {
        "en": "No run {run_id} in history.",
        "ru": "В истории нет проверки {run_id}.",
    },
}
