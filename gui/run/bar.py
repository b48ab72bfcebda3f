"""The run bar: the big Run diagnostic / Cancel button, progress, and elapsed time."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QPushButton, QWidget


class RunBar(QWidget):
    runClicked = Signal()
    cancelClicked = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._running = False
        self.button = QPushButton()
        self.button.setMinimumHeight(40)
        self.button.setMinimumWidth(200)
        font = self.button.font()
        font.setPointSizeF(font.pointSizeF() * 1.15)
        font.setBold(True)
        self.button.setFont(font)
        self.button.clicked.connect(self._clicked)
        self.progress = QProgressBar()
        self.progress.setTextVisible(True)
        self.progress.setAccessibleName(self.tr("Progress"))
        self.elapsed = QLabel()
        layout = QHBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 4)
        layout.addWidget(self.button)
        layout.addWidget(self.progress, 1)
        layout.addWidget(self.elapsed)
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

    def show_progress(self, done: int, total: int, elapsed_s: float) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)
        self.progress.setFormat(
            self.tr("Checked %1 of %2").replace("%1", str(done)).replace("%2", str(total))
            if total
            else self.tr("Not run yet")
        )
        self.elapsed.setText(self.tr("%1 s").replace("%1", f"{elapsed_s:.1f}") if total else "")
