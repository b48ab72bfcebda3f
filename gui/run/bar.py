"""The run bar: the big Run diagnostic / Cancel button, progress, elapsed time, the catalog in
use (a chip, when it is not the built-in one) and the "only problems" filter."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QLabel, QProgressBar, QPushButton, QWidget

from gui.words import number


class RunBar(QWidget):
    runClicked = Signal()
    cancelClicked = Signal()

    def __init__(self, language: str = "en", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._running = False
        self._language = language
        self.button = QPushButton()
        self.button.setMinimumHeight(40)
        self.button.setMinimumWidth(180)
        font = self.button.font()
        font.setPointSizeF(font.pointSizeF() * 1.15)
        font.setBold(True)
        self.button.setFont(font)
        self.button.clicked.connect(self._clicked)
        self.progress = QProgressBar()
        self.progress.setTextVisible(True)
        self.progress.setAccessibleName(self.tr("Progress"))
        self.elapsed = QLabel()
        self.catalog_chip = QLabel()
        self.catalog_chip.setObjectName("catalogChip")
        self.catalog_chip.setStyleSheet(
            "QLabel#catalogChip { background: palette(highlight); color: palette(highlighted-text);"
            " border-radius: 9px; padding: 2px 8px; font-weight: bold; }"
        )
        self.catalog_chip.hide()
        self.only_problems = QCheckBox(self.tr("Only &problems"))
        self.only_problems.setToolTip(self.tr("Show only the services that need attention"))
        self.only_problems.setEnabled(False)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 4)
        layout.addWidget(self.button)
        layout.addWidget(self.progress, 1)
        layout.addWidget(self.elapsed)
        layout.addWidget(self.catalog_chip, 0, Qt.AlignmentFlag.AlignVCenter)
        layout.addWidget(self.only_problems)
        self.set_running(False)
        self.show_progress(0, 0, 0.0)

    def running(self) -> bool:
        return self._running

    def _clicked(self) -> None:
        if self._running:
            self.button.setEnabled(False)  # until the run has really stopped
            self.cancelClicked.emit()
        else:
            self.runClicked.emit()

    def set_running(self, running: bool) -> None:
        self._running = running
        self.button.setEnabled(True)
        if running:
            self.button.setText(self.tr("Cancel"))
            self.button.setAccessibleName(self.tr("Cancel the diagnostic"))
            self.button.setToolTip(self.tr("Stop the diagnostic (Esc)"))
        else:
            self.button.setText(self.tr("Run diagnostic"))
            self.button.setAccessibleName(self.tr("Run the diagnostic"))
            self.button.setToolTip(self.tr("Check every service now (Ctrl+R)"))

    def show_catalog(self, name: str, tooltip: str = "") -> None:
        """A chip naming the catalog in use ("Catalog: lab-catalog.toml"); "" hides it."""
        self.catalog_chip.setText(self.tr("Catalog: %1").replace("%1", name))
        self.catalog_chip.setToolTip(tooltip)
        self.catalog_chip.setAccessibleName(self.catalog_chip.text())
        self.catalog_chip.setVisible(bool(name))

    def show_progress(self, done: int, total: int, elapsed_s: float) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)
        self.progress.setFormat(
            self.tr("Checked %1 of %2").replace("%1", str(done)).replace("%2", str(total))
            if total
            else self.tr("Not run yet")
        )
        seconds = number(elapsed_s, 1, self._language)
        self.elapsed.setText(self.tr("%1 s").replace("%1", seconds) if total else "")
