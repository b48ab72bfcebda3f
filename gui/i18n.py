"""Load the translations for the chosen language: ours (svyaz_ru.qm) and Qt's own (qtbase_ru)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from core.resources import resource_path
from gui.engine_setup import choose_language
from gui.settings import GuiSettings

_installed: list[QTranslator] = []


def install_translators(app: QCoreApplication, settings: GuiSettings) -> str:
    """Install translators for the settings' language; return the language code used."""
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    language = choose_language(settings)
    ours = QTranslator(app)
    if ours.load(str(resource_path("translations", f"svyaz_{language}.qm"))):
        app.installTranslator(ours)
        _installed.append(ours)
    if language == "en":
        return language  # English needs only our plural forms
    qt_own = QTranslator(app)
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if qt_own.load(QLocale(language), "qtbase", "_", qt_dir):
        app.installTranslator(qt_own)
        _installed.append(qt_own)
    return language
