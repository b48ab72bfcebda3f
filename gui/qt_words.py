"""Qt's own words that Qt's Russian translation (qtbase_ru.qm, Qt 6) lacks: the file dialog's
"&Look in:" and "Files of &type:" (Qt 6 added the mnemonics, the translation kept the old
strings) and the file list's types ("Folder"). Translated in our svyaz_ru.ts, which is loaded
beside Qt's own, so Qt finds them there.

`qt_words()` is never called for its result: it names the strings where lupdate and
tests/test_translations.py see them, so `make translations` keeps them and the test demands
their Russian.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def qt_words() -> tuple[str, ...]:
    return (
        QCoreApplication.translate("QFileDialog", "&Look in:"),
        QCoreApplication.translate("QFileDialog", "Files of &type:"),
        QCoreApplication.translate("QAbstractFileIconProvider", "Folder", "All other platforms"),
        QCoreApplication.translate(
            "QAbstractFileIconProvider", "File Folder", "Match Windows Explorer"
        ),
        QCoreApplication.translate("QAbstractFileIconProvider", "Drive"),
        QCoreApplication.translate("QAbstractFileIconProvider", "File"),
        QCoreApplication.translate("QAbstractFileIconProvider", "Shortcut", "All other platforms"),
        QCoreApplication.translate("QAbstractFileIconProvider", "Alias", "macOS Finder"),
        QCoreApplication.translate("QAbstractFileIconProvider", "Unknown"),
    )
