"""The core's message table: every text the engine gives a person, in English and Russian.

Keys are stable; templates use named fields. Conveniences that keep callers simple:
a field named `function` shows the function's name, a field named `country` (an ISO 3166 code)
the country's name (`country.<code>`), a field ending in `_code` shows a verdict code's short
label, a number in a field ending in `_kbps` shows as a rate with its unit ("128 kbit/s",
"40 Mbit/s"), a list of `[id, name]` pairs in a field ending in `_services` shows the services'
names in the language ("Госуслуги"), and `{n:p:one|few|many}` picks the plural form for the
number n (English uses one|many; Russian one|few|many).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from core.models import Message
from core.texts import AREAS, TABLE

LANGUAGES = ("en", "ru")


def plural_index(n: int, language: str) -> int:
    """0 = one, 1 = few, 2 = many (Russian rules); English: 0 = one, 1 = other."""
    n = abs(n)
    if language == "ru":
        if n % 10 == 1 and n % 100 != 11:
            return 0
        if 2 <= n % 10 <= 4 and not 12 <= n % 100 <= 14:
            return 1
        return 2
    return 0 if n == 1 else 1


class _Value:
    """Wraps a parameter so templates can ask for plural forms."""

    def __init__(self, value: Any, language: str) -> None:
        self.value = value
        self.language = language

    def __format__(self, spec: str) -> str:
        if spec.startswith("p:") and isinstance(self.value, int | float):
            forms = spec[2:].split("|")
            idx = min(plural_index(int(self.value), self.language), len(forms) - 1)
            return f"{self.value} {forms[idx]}"
        return format(self.value, spec)

    def __str__(self) -> str:
        return str(self.value)


class _Params(dict[str, Any]):
    def __init__(self, params: Mapping[str, Any], language: str) -> None:
        super().__init__()
        self.language = language
        for key, value in params.items():
            if key == "function":
                value = text(f"function.{value}", language=language)
            elif key == "country":
                value = text(f"country.{value}", language=language)
            elif key.endswith("_code"):
                value = text(f"label.{value}", language=language)
            elif key.endswith("_kbps") and isinstance(value, int | float):
                value = format_rate(value, language)
            elif key.endswith("_services") and isinstance(value, list | tuple):
                value = _service_names(value, language)
            self[key] = _Value(value, language)

    def __missing__(self, key: str) -> str:
        return "{" + key + "}"


def format_rate(kbps: float, language: str = "en") -> str:
    """128 kbit/s, 40 Mbit/s, 1.3 Gbit/s — in the language's units."""
    units = ("кбит/с", "Мбит/с", "Гбит/с") if language == "ru" else ("kbit/s", "Mbit/s", "Gbit/s")
    value, unit = float(kbps), units[0]
    for next_unit in units[1:]:
        if value < 1000:
            break
        value, unit = value / 1000, next_unit
    number = f"{value:.0f}" if value >= 100 or value == int(value) else f"{value:.1f}"
    if language == "ru":
        number = number.replace(".", ",")
    return f"{number} {unit}"


def format_bytes(count: int, language: str = "en") -> str:
    """850 B, 180 KB, 2.1 MB, 1.2 GB (binary units, as the transfer figures' KB) in the
    language's units and decimal sign: what a run moved."""
    value, unit = float(count), "bytes"
    for next_unit in ("kilobytes", "megabytes", "gigabytes"):
        if value < 1024:
            break
        value, unit = value / 1024, next_unit
    number = f"{value:.0f}" if unit == "bytes" or value >= 100 else f"{value:.1f}"
    if language == "ru":
        number = number.replace(".", ",")
    return f"{number} {text(f'unit.{unit}', language=language)}"


def data_used(sent: int, received: int, language: str = "en", both_ways: bool = False) -> str:
    """ "2.1 MB used" (or with what was sent and received): the run's own traffic."""
    params = {
        "used": format_bytes(sent + received, language),
        "sent": format_bytes(sent, language),
        "received": format_bytes(received, language),
    }
    key = "data.used_both_ways" if both_ways else "data.used"
    return text(key, params, language)


def text(key: str, params: Mapping[str, Any] | None = None, language: str = "en") -> str:
    """The text for `key` in `language` (falling back to English, then to the key itself)."""
    entry = TABLE.get(key)
    if entry is None:
        return key
    template = entry.get(language) or entry["en"]
    try:
        return template.format_map(_Params(params or {}, language))
    except (ValueError, IndexError):
        return template


def _service_names(pairs: list[Any] | tuple[Any, ...], language: str) -> str:
    """ "Госуслуги, VK": `[id, name]` pairs in the language; "-" for none."""
    names = [
        service_name(str(pair[0]), str(pair[1]), language)
        for pair in pairs
        if isinstance(pair, list | tuple) and len(pair) == 2
    ]
    return ", ".join(names) or "-"


def service_name(service_id: str, name: str, language: str) -> str:
    """The name people say in this language (Одноклассники, Госуслуги); else the catalog's."""
    entry = TABLE.get(f"service.{service_id}")
    if language != "en" and entry is not None and entry.get(language):
        return entry[language]
    return name


def render(message: Message, language: str = "en") -> str:
    return text(message.key, message.params, language)


def duplicate_keys() -> list[str]:
    seen: set[str] = set()
    duplicates = []
    for area in AREAS:
        duplicates += [k for k in area if k in seen]
        seen.update(area)
    return duplicates


def missing_translations(language: str) -> list[str]:
    return sorted(k for k, v in TABLE.items() if not v.get(language))
