"""Catalog and engine configuration from the app's settings, with problems as plain words."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QLocale

from core.catalog import CatalogError, load_catalog
from core.config import ProbeConfig, build_config
from core.models import Catalog
from gui.settings import GuiSettings


@dataclass(frozen=True)
class CatalogChoice:
    catalog: Catalog
    problems: tuple[str, ...]  # readable lines: "file:line: reason"
    path: Path | None  # None: the built-in catalog (plus the user's file)
    unusable: Path | None = None  # the chosen file is gone or unreadable: ask, never switch

    def label(self) -> str:
        """What a run used: "built-in", or the file's name."""
        return self.path.name if self.path is not None else "built-in"

    def kind(self) -> str:
        """ "builtin", "file", or "lab" (a catalog whose resolver is on loopback: the lab's)."""
        if self.path is None:
            return "builtin"
        resolver = str(self.catalog.settings.get("system_resolver") or "")
        return "lab" if resolver.startswith(("127.", "[::1]", "localhost")) else "file"


def choose_language(settings: GuiSettings) -> str:
    if settings.language in ("en", "ru"):
        return settings.language
    return "ru" if QLocale.system().name().startswith("ru") else "en"


def open_catalog(settings: GuiSettings) -> CatalogChoice:
    """The catalog the settings name. A chosen file that is gone or broken gives an empty
    catalog marked `unusable`: the window asks what to do, because silently switching to the
    built-in catalog would probe the real internet where the person meant a lab."""
    if settings.catalog:
        path = Path(settings.catalog)
        try:
            return CatalogChoice(load_catalog(replace_with=path), (), path)
        except (CatalogError, OSError) as exc:
            problems = (
                tuple(str(p) for p in exc.problems)
                if isinstance(exc, CatalogError)
                else (f"{path}: {exc.strerror or exc}",)
            )
            return CatalogChoice(Catalog(()), problems, None, unusable=path)
    catalog = load_catalog()
    return CatalogChoice(catalog, tuple(str(p) for p in catalog.problems), None)


def engine_config(catalog: Catalog, settings: GuiSettings) -> ProbeConfig:
    """Defaults, then the catalog's settings (labs), then what the user changed
    (core.config.build_config, the builder the CLI uses too).

    Raises ValueError naming a bad setting.
    """
    return build_config(
        catalog.settings,
        settings.engine_overrides(),
        step_timeout=settings.chosen_step_timeout(),
        overall=settings.chosen_overall(),
    )


def chosen_services(catalog: Catalog, settings: GuiSettings) -> tuple[str, ...]:
    """The services the user ticked that this catalog has (empty: every service)."""
    known = {s.id for s in catalog.services}
    return tuple(s for s in settings.services if s in known)
