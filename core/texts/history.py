"""History texts: what happened to the history file, said so a person knows where it went."""

from __future__ import annotations

TEXTS: dict[str, dict[str, str]] = {
    "history.moved_aside": {
        "en": "The history file was damaged ({reason}). It was moved to {path} and a new, empty history was started. To get its runs back: svyaz history --recover {path} (in the app: History → Recover runs from a file…).",
        "ru": "Файл истории повреждён ({reason}). Он перемещён в {path}, начата новая, пустая история. Чтобы вернуть его проверки: svyaz history --recover {path} (в приложении: «История» → «Восстановить проверки из файла…»).",
    },
    "history.in_memory": {
        "en": "History cannot be saved on this computer ({reason}): runs are kept only until Svyaz is closed. Check that the data folder exists and can be written.",
        "ru": "Историю не удаётся сохранить на этом компьютере ({reason}): проверки хранятся только до закрытия «Связи». Проверьте, что папка данных существует и в неё можно писать.",
    },
    "history.untouched": {
        "en": "The history file {path} cannot be used ({reason}) and was left as it is: runs are kept only until Svyaz is closed. Move the file away, or choose another history file.",
        "ru": "Файл истории {path} нельзя использовать ({reason}), он оставлен как есть: проверки хранятся только до закрытия «Связи». Уберите этот файл или выберите другой файл истории.",
    },
    "history.read_only.full": {
        "en": "The disk is full, so the history file {path} cannot be written ({reason}). Its runs are shown, but new runs are kept only until Svyaz is closed. Free some disk space and restart Svyaz.",
        "ru": "Диск заполнен, в файл истории {path} нельзя записать ({reason}). Его проверки видны, но новые хранятся только до закрытия «Связи». Освободите место на диске и перезапустите «Связь».",
    },
    "history.read_only.denied": {
        "en": "The history file {path} cannot be written ({reason}). Its runs are shown, but new runs are kept only until Svyaz is closed. Allow writing to the file and its folder, then restart Svyaz.",
        "ru": "В файл истории {path} нельзя записать ({reason}). Его проверки видны, но новые хранятся только до закрытия «Связи». Разрешите запись в файл и его папку и перезапустите «Связь».",
    },
    "history.read_only.busy": {
        "en": "The history file {path} is locked by another program ({reason}). Its runs are shown, but new runs are kept only until Svyaz is closed. Close the other Svyaz (or the program using the file) and restart Svyaz.",
        "ru": "Файл истории {path} занят другой программой ({reason}). Его проверки видны, но новые хранятся только до закрытия «Связи». Закройте другую «Связь» (или программу, открывшую файл) и перезапустите «Связь».",
    },
    "history.read_only.other": {
        "en": "The history file {path} cannot be written ({reason}). Its runs are shown, but new runs are kept only until Svyaz is closed.",
        "ru": "В файл истории {path} нельзя записать ({reason}). Его проверки видны, но новые хранятся только до закрытия «Связи».",
    },
    "history.empty": {"en": "No runs in history yet.", "ru": "В истории пока нет проверок."},
    "history.no_runs_for_service": {
        "en": "No run in history tested the service {service} ({n:p:run|runs} in history).",
        "ru": "Ни одна проверка в истории не проверяла сервис {service} (всего в истории: {n:p:проверка|проверки|проверок}).",
    },
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
    "history.kept_in_memory": {
        "en": "Not saved to history: the history file cannot be written (see above), so this run is lost when the command ends. --json FILE keeps it in a file.",
        "ru": "Не сохранено в истории: в файл истории нельзя записать (см. выше), эта проверка пропадёт после завершения команды. --json ФАЙЛ сохранит её в файл.",
    },
    "history.recovered": {
        "en": "Recovered from {path}: {added:p:run|runs} added, {already} already in history, {unreadable} could not be read.",
        "ru": "Восстановлено из {path}: добавлено {added:p:проверка|проверки|проверок}, уже были в истории: {already}, не удалось прочитать: {unreadable}.",
    },
    "history.read_only_refused": {
        "en": "The history cannot be changed now: its file cannot be written (see above).",
        "ru": "Историю сейчас нельзя изменить: в её файл нельзя записать (см. выше).",
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
    # The run list's words for a stored run's network verdict and its link type (the codes the
    # run document keeps: `network.code`, `environment.network_type`).
    "history.network.ok": {"en": "connected", "ru": "подключено"},
    "history.network.offline": {"en": "offline", "ru": "нет подключения"},
    "history.network.whitelist_mode": {"en": "whitelist mode", "ru": "режим белых списков"},
    "history.network.captive_portal": {
        "en": "login page (captive portal)",
        "ru": "страница входа (captive portal)",
    },
    "history.network.operator_verification": {
        "en": "operator verification page",
        "ru": "страница проверки оператора",
    },
    "history.link.wifi": {"en": "Wi-Fi", "ru": "Wi-Fi"},
    "history.link.cellular": {"en": "mobile data", "ru": "мобильный интернет"},
    "history.link.ethernet": {"en": "cable", "ru": "кабель"},
    "history.link.bluetooth": {"en": "Bluetooth", "ru": "Bluetooth"},
}
