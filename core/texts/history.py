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
}
