"""The window's questions about the catalog: unreadable, read with problems, gone.

Kept out of the window (composition only). The texts stay in the "MainWindow" translation
context where they were first translated.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget


def _warning(parent: QWidget, title: str, text: str) -> QMessageBox:
    return QMessageBox(QMessageBox.Icon.Warning, title, text, parent=parent)


def unreadable(parent: QWidget, path: Path, problems: Sequence[str]) -> QMessageBox:
    """Opening a broken file keeps the current catalog: say so, with the problems."""
    box = _warning(
        parent,
        QCoreApplication.translate("MainWindow", "Cannot open the catalog"),
        QCoreApplication.translate(
            "MainWindow", "The catalog %1 cannot be read; the current one stays in use."
        ).replace("%1", str(path)),
    )
    box.setDetailedText("\n".join(problems))
    box.open()
    return box


def with_problems(parent: QWidget, problems: Sequence[str]) -> QMessageBox:
    """Some services could not be read: the rest still runs."""
    box = _warning(
        parent,
        QCoreApplication.translate("MainWindow", "Catalog problems"),
        QCoreApplication.translate(
            "MainWindow", "Some services could not be read and are left out; the rest will run."
        ),
    )
    box.setDetailedText("\n".join(problems))
    box.open()
    return box


def missing(
    parent: QWidget,
    path: Path,
    problems: Sequence[str],
    use_builtin: Callable[[], None],
    choose_another: Callable[[], None],
) -> QMessageBox:
    """The chosen catalog is gone or broken: the person decides (the built-in catalog probes
    the real internet, which a lab user did not ask for)."""
    gone = not path.exists()
    box = _warning(
        parent,
        QCoreApplication.translate("MainWindow", "Catalog not found"),
        (
            QCoreApplication.translate("MainWindow", "The catalog %1 is gone.")
            if gone
            else QCoreApplication.translate("MainWindow", "The catalog %1 cannot be read.")
        ).replace("%1", str(path))
        + "\n\n"
        + QCoreApplication.translate(
            "MainWindow",
            "Use the built-in catalog (it checks the real services), or choose another?",
        ),
    )
    if problems and not gone:
        box.setDetailedText("\n".join(problems))
    builtin = box.addButton(
        QCoreApplication.translate("MainWindow", "Use the &built-in one"),
        QMessageBox.ButtonRole.AcceptRole,
    )
    other = box.addButton(
        QCoreApplication.translate("MainWindow", "&Choose another…"),
        QMessageBox.ButtonRole.ActionRole,
    )
    not_now = box.addButton(
        QCoreApplication.translate("MainWindow", "&Not now"), QMessageBox.ButtonRole.RejectRole
    )
    # Enter and Escape both mean "Not now": a reflexive Enter must not probe the real internet.
    box.setDefaultButton(not_now)
    box.setEscapeButton(not_now)

    def chosen(_: object) -> None:
        clicked = box.clickedButton()
        if clicked is builtin:
            use_builtin()
        elif clicked is other:
            choose_another()

    box.buttonClicked.connect(chosen)
    box.open()
    return box
