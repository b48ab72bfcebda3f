"""Plain words the window shares: service names, headlines, numbers, and evidence without jargon.

The first layer of what a person reads (tiles, banner, the top of the details) comes from here,
so no Python exception text or machine word reaches it; the raw text stays in the details'
"Technical details" fold.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from typing import Any, Protocol, TypeVar

from PySide6.QtCore import QCoreApplication, QLocale

from core.messages import render, text
from core.models import FunctionKind, FunctionResult, Message, Status
from core.rules.faces import function_advice, is_tested
from core.texts import TABLE

PROBLEM_ORDER = {Status.BLOCKED: 0, Status.DEGRADED: 1, Status.UNKNOWN: 2, Status.WORKS: 3}
_KIND_ORDER = {kind: index for index, kind in enumerate(FunctionKind)}
_TECHNICAL = re.compile(
    r"_ssl\.c:\d+|\[Errno|\[SSL[:\]]|Traceback|\b[A-Z]\w*(Error|Exception)\b|errno|0x[0-9a-f]{4,}"
)


class Judged(Protocol):
    """A judged function: a run's `FunctionResult`, or a stored one (history's FunctionPoint)."""

    @property
    def kind(self) -> str: ...

    @property
    def code(self) -> str: ...

    @property
    def status(self) -> Status: ...


J = TypeVar("J", bound=Judged)


def is_problem(status: Status | None) -> bool:
    return status is not None and status is not Status.WORKS


def service_name(service_id: str, name: str, language: str) -> str:
    """The name people say in this language (Одноклассники, Госуслуги); else the catalog's."""
    entry = TABLE.get(f"service.{service_id}")
    if language != "en" and entry is not None and entry.get(language):
        return entry[language]
    return name


def worst_function(functions: Iterable[J]) -> J | None:
    """The function a tile's headline speaks for: blocked first, then in the fixed kind order.

    A function this run did not test (calls without a call test) speaks only when nothing else
    was judged: a working WhatsApp tile reads "Works", its calls chip says "?".
    """
    found = list(functions)
    tested = [f for f in found if is_tested(f.code)] or found
    ranked = sorted(tested, key=lambda f: (PROBLEM_ORDER[f.status], _kind_rank(f.kind)))
    return ranked[0] if ranked else None


def _kind_rank(kind: str) -> int:
    known = {k.value: index for k, index in _KIND_ORDER.items()}
    return known.get(str(kind), len(known))  # a kind from a newer version last


def headline(function: Judged, language: str) -> str:
    """ "Calls blocked", "Blocked by server name": the cause, not a generic status word."""
    for key in (f"headline.{function.code}.{function.kind}", f"headline.{function.code}"):
        if key in TABLE:
            return text(key, language=language)
    return text(f"status.{function.status.value}", language=language)  # a newer code


def advice(function: FunctionResult, language: str, network_code: str | None = None) -> str:
    return render(function_advice(function, network_code), language)


def locale_for(language: str) -> QLocale:
    if language == "ru":
        return QLocale(QLocale.Language.Russian, QLocale.Country.Russia)
    return QLocale(QLocale.Language.English, QLocale.Country.UnitedStates)


def number(value: float, decimals: int, language: str) -> str:
    """ "5.0" in English, "5,0" in Russian (QLocale), never a thousands separator."""
    locale = locale_for(language)
    locale.setNumberOptions(QLocale.NumberOption.OmitGroupSeparator)
    return locale.toString(float(value), "f", decimals)


def is_technical(value: str) -> bool:
    """Program output (an exception's text) rather than words for a person."""
    return bool(_TECHNICAL.search(value))


def _plain_reason(value: str) -> str:
    low = value.lower()
    known = (
        (("timed out",), QCoreApplication.translate("PlainWords", "no answer in time")),
        (("connection reset",), QCoreApplication.translate("PlainWords", "the connection was cut")),
        (
            ("connection refused",),
            QCoreApplication.translate("PlainWords", "the connection was refused"),
        ),
    )
    for needles, words in known:
        if any(needle in low for needle in needles):
            return words
    return QCoreApplication.translate("PlainWords", "a technical error (see Technical details)")


def _outcome(value: str, language: str) -> str:
    """A step's outcome in words (`outcome.<value>`); one without words as it is, spaced."""
    key = f"outcome.{value}"
    return text(key, language=language) if key in TABLE else value.replace("_", " ")


def plain_params(params: Mapping[str, Any], language: str) -> dict[str, Any]:
    """Message parameters fit for the first layer: numbers in the locale, error text in words."""
    plain: dict[str, Any] = {}
    for key, value in params.items():
        if key in ("function",) or key.endswith(("_code", "_kbps")):
            plain[key] = value
        elif isinstance(value, float):
            plain[key] = number(value, 1 if key == "mos" or abs(value) < 100 else 0, language)
        elif isinstance(value, str) and key == "outcome":
            plain[key] = _outcome(value, language)
        elif isinstance(value, str) and (key in ("reason", "error") or is_technical(value)):
            plain[key] = _plain_reason(value) if value else "—"
        else:
            plain[key] = value
    return plain


def plain(message: Message, language: str) -> str:
    """A message rendered for the first layer (see `plain_params`)."""
    return text(message.key, plain_params(message.params, language), language)
