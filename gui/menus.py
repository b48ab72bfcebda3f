"""The main window's menus: File (open catalog, built-in catalog, export, quit), Tools
(settings) and Help (preparing for a shutdown, about and privacy). Texts stay in the
"MainWindow" translation context."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMenu


@dataclass
class Menus:
    file: QMenu
    help: QMenu
    open_catalog: QAction
    builtin_catalog: QAction
    export: QAction
    quit: QAction
    settings: QAction
    about: QAction
    prepare: QAction


def build_menus(window: QMainWindow) -> Menus:
    """Create the menus; the window connects the actions to what they do."""
    file_menu = window.menuBar().addMenu(QCoreApplication.translate("MainWindow", "&File"))
    open_action = QAction(QCoreApplication.translate("MainWindow", "&Open catalog…"), window)
    open_action.setShortcut(QKeySequence.StandardKey.Open)
    builtin = QAction(QCoreApplication.translate("MainWindow", "Use the &built-in catalog"), window)
    quit_action = QAction(QCoreApplication.translate("MainWindow", "&Quit"), window)
    quit_action.setShortcut(QKeySequence.StandardKey.Quit)
    export = QAction(QCoreApplication.translate("MainWindow", "&Export report…"), window)
    export.setShortcut(QKeySequence("Ctrl+E"))
    export.setEnabled(False)
    for action in (open_action, builtin, export):
        file_menu.addAction(action)
    file_menu.addSeparator()
    file_menu.addAction(quit_action)
    tools = window.menuBar().addMenu(QCoreApplication.translate("MainWindow", "&Tools"))
    settings = QAction(QCoreApplication.translate("MainWindow", "&Settings…"), window)
    settings.setShortcut(QKeySequence("Ctrl+,"))
    tools.addAction(settings)
    help_menu = window.menuBar().addMenu(QCoreApplication.translate("MainWindow", "&Help"))
    about = QAction(QCoreApplication.translate("MainWindow", "&About Svyaz and privacy"), window)
    prepare = QAction(QCoreApplication.translate("MainWindow", "&Prepare for a shutdown…"), window)
    help_menu.addAction(prepare)
    help_menu.addAction(about)
    return Menus(
        file_menu, help_menu, open_action, builtin, export, quit_action, settings, about, prepare
    )
