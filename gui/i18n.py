"""Load the translations for the chosen language: ours (svyaz_ru.qm) and Qt's own (qtbase_ru.qm:
the file dialog's "Folder", "Files of type", the standard buttons), and make the language's
locale the default so every number a widget formats (spin boxes, dates) reads "5,0", not "5.0".

Qt's own file comes from our resources when packaged (build.spec copies it from the PySide6
wheel), else from the wheel itself: a frozen app's QLibraryInfo may point at the machine that
built Qt, where nothing is found.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from core.resources import resource_path
from gui.engine_setup import choose_language
from gui.settings import GuiSettings
from gui.words import locale_for

_installed: list[QTranslator] = []


def qt_translation_dirs() -> list[Path]:
    """Where Qt's own translations may be, first found wins: ours, the wheel's, Qt's idea."""
    import PySide6

    return [
        resource_path("translations"),
        Path(PySide6.__file__).resolve().parent / "Qt" / "translations",
        Path(PySide6.__file__).resolve().parent / "translations",  # the Windows wheel's place
        Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)),
    ]


def qt_translation(language: str) -> Path | None:
    """Qt's own translation for `language` (qtbase_ru.qm), None when none is found."""
    for folder in qt_translation_dirs():
        found = folder / f"qtbase_{language}.qm"
        if found.is_file():
            return found
    return None


def install_translators(app: QCoreApplication, settings: GuiSettings) -> str:
    """Install translators for the settings' language; return the language code used."""
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    language = choose_language(settings)
    locale = locale_for(language)
    locale.setNumberOptions(QLocale.NumberOption.OmitGroupSeparator)
    QLocale.setDefault(locale)
    ours = QTranslator(app)
    if ours.load(str(resource_path("translations", f"svyaz_{language}.qm"))):
        app.installTranslator(ours)
        _installed.append(ours)
    if language == "en":
        return language  # English needs only our plural forms
    qt_own = QTranslator(app)
    found = qt_translation(language)
    if found is not None and qt_own.load(str(found)):
        app.installTranslator(qt_own)
        _installed.append(qt_own)
    return language
