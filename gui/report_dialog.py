"""Export a run as a report: HTML to share, text for a chat, JSON for a volunteer.

Private by default: the person's own addresses, their network's DNS servers and their provider
stay out unless they tick the box (core/report/render.py does the redaction). The file goes to
Documents by default, named with the run's date and time; after saving, a message says where
and offers "Open" and "Show in folder", so a saved report is never a silent event.
"""

from __future__ import annotations

import html
import subprocess
import sys
from pathlib import Path

import platformdirs
from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QMessageBox,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from core.models import RunResult
from core.report import build_report, free_report_path, report_filename
from gui.history.model import local_when


class ReportDialog(QDialog):
    def __init__(self, run: RunResult, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.run = run
        self.language = language
        self.saved_to: Path | None = None  # where the last save went
        # The last "Report saved" message and its buttons (tests press them).
        self.confirmation: QMessageBox | None = None
        self.open_button: QPushButton | None = None
        self.folder_button: QPushButton | None = None
        self.setWindowTitle(self.tr("Export report"))
        self.formats = QButtonGroup(self)
        layout = QVBoxLayout(self)
        # Which run: the History tab exports any stored run, and two may share a minute.
        self.which_run = QLabel(
            self.tr("The run of %1.").replace("%1", local_when(run.started_at, seconds=True))
        )
        layout.addWidget(self.which_run)
        layout.addWidget(QLabel(self.tr("Format:")))
        for fmt, label in (
            ("html", self.tr("&Web page (HTML) — to share or open on a phone")),
            ("text", self.tr("Short &text — to paste into a chat")),
            ("json", self.tr("&Data (JSON) — for volunteers and researchers")),
        ):
            button = QRadioButton(label)
            button.setProperty("format", fmt)
            self.formats.addButton(button)
            layout.addWidget(button)
        self.formats.buttons()[0].setChecked(True)
        self.details = QCheckBox(
            self.tr("&Include my network details (my IP addresses, my DNS servers, my provider)")
        )
        warning = QLabel(
            self.tr(
                "Leave this off to share the report safely: without it, nothing in the report "
                "points to you or your connection."
            )
        )
        warning.setWordWrap(True)
        layout.addSpacing(8)
        layout.addWidget(self.details)
        layout.addWidget(warning)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        save = QPushButton(self.tr("&Save…"))
        copy = QPushButton(self.tr("Co&py text summary"))
        buttons.addButton(save, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(copy, QDialogButtonBox.ButtonRole.ActionRole)
        save.clicked.connect(self.choose_file)
        copy.clicked.connect(self.copy_summary)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def chosen_format(self) -> str:
        button = self.formats.checkedButton()
        return str(button.property("format")) if button is not None else "html"

    def default_name(self) -> str:
        return report_filename(self.run, self.chosen_format())

    def render_report(self, fmt: str | None = None) -> str:
        return build_report(
            self.run, fmt or self.chosen_format(), self.language, self.details.isChecked()
        )

    def default_folder(self) -> Path:
        """Documents (platformdirs), else the home folder: never the working directory."""
        folder = Path(platformdirs.user_documents_dir())
        return folder if folder.is_dir() else Path.home()

    def proposed_path(self) -> Path:
        """Where the save dialog starts: a name no file has yet, so accepting the proposal never
        replaces an earlier report (`…-1930-2.html` after `…-1930.html`)."""
        return free_report_path(self.default_folder(), self.run, self.chosen_format())

    def choose_file(self) -> None:
        # The dialog's own overwrite question stays on (no DontConfirmOverwrite): a file the
        # person picks that exists is replaced only after they confirm it.
        name, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save report"), str(self.proposed_path())
        )
        if name:
            self.save_to(Path(name))

    def save_to(self, path: Path) -> bool:
        try:
            path.write_text(self.render_report(), encoding="utf-8")
        except OSError as exc:
            QMessageBox.warning(
                self,
                self.tr("Cannot save the report"),
                f"{path}: {exc.strerror or exc}",
            )
            return False
        self.saved_to = path
        self.confirm(path)
        return True

    def confirm(self, path: Path) -> QMessageBox:
        """ "Report saved to …" with Open and Show in folder."""
        box = QMessageBox(QMessageBox.Icon.Information, self.tr("Report saved"), "", parent=self)
        # Each line a paragraph, the path never wrapped (plain text broke it at a hyphen).
        lines = html.escape(self.tr("The report is saved:\n%1")).split("\n")
        path_text = html.escape(str(path))
        box.setTextFormat(Qt.TextFormat.RichText)
        box.setText(
            "".join(
                f'<p style="white-space:pre">{line.replace("%1", path_text)}</p>' for line in lines
            )
        )
        self.open_button = box.addButton(self.tr("&Open"), QMessageBox.ButtonRole.ActionRole)
        self.folder_button = box.addButton(
            self.tr("Show in &folder"), QMessageBox.ButtonRole.ActionRole
        )
        box.addButton(QMessageBox.StandardButton.Close)

        def clicked(button: object) -> None:
            if button is self.open_button:
                QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))
            elif button is self.folder_button:
                show_in_folder(path)

        box.buttonClicked.connect(clicked)
        box.open()
        self.confirmation = box
        return box

    def copy_summary(self) -> None:
        QGuiApplication.clipboard().setText(self.render_report("text"))


def show_in_folder(path: Path) -> None:
    """The file manager at the file: selected where the platform can, else its folder."""
    if sys.platform.startswith("win"):
        subprocess.Popen(["explorer", f"/select,{path}"])
    elif sys.platform == "darwin":
        subprocess.Popen(["open", "-R", str(path)])
    else:
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(path.parent)))
