"""A step's outcome in plain words, for the first layer a person reads (the window's details).

A message parameter named `outcome` carries the raw outcome of a step ("nxdomain", "servfail");
the window shows these words instead (`outcome.<value>`), and an outcome without words here as
it is, underscores made spaces. The technical fold and the reports keep the raw value.
"""

from __future__ import annotations

TEXTS: dict[str, dict[str, str]] = {
    "outcome.timeout": {"en": "no answer in time", "ru": "нет ответа вовремя"},
    "outcome.nxdomain": {"en": "no such name", "ru": "такого имени нет"},
    "outcome.nodata": {"en": "no address", "ru": "нет адреса"},
    "outcome.servfail": {"en": "server failure", "ru": "сбой сервера"},
    "outcome.refused": {"en": "refused", "ru": "отказ"},
    "outcome.error": {"en": "an error", "ru": "ошибка"},
}
