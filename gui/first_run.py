"""The first-run note: what Svyaz does, what it sends, and that running it can be seen."""

from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from gui.settings import GuiSettings, save_settings


class FirstRunNote(QDialog):
    def __init__(self, parent: QWidget | None = None, first_time: bool = True) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("About Svyaz and your privacy"))
        body = QLabel(
            self.tr(
                "<p><b>Svyaz checks which internet services work on your network, and at which "
                "step the others are blocked.</b></p>"
                "<p>It sends probes only when you press <i>Run diagnostic</i> or start a call "
                "test, and only to the services in its list. It uploads nothing: results and "
                "history stay on this computer; a report leaves it only if you save and share it, "
                "and reports hide your addresses unless you choose otherwise.</p>"
                "<p><b>Be aware:</b> the probes are ordinary connections to these services, so "
                "your network operator can see that they were made, as it can see any visit. "
                "Decide whether that is safe for you before running it.</p>"
            )
        )
        body.setWordWrap(True)
        # Unticked: the person chooses to silence the note; a pre-ticked box chose for them.
        self.dont_show = QCheckBox(self.tr("&Do not show this again"))
        self.dont_show.setChecked(False)
        self.dont_show.setVisible(first_time)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok)
        buttons.accepted.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.addWidget(body)
        layout.addWidget(self.dont_show)
        layout.addWidget(buttons)
        self.setMinimumWidth(520)


def show_if_new(parent: QWidget, settings: GuiSettings) -> None:
    """The note on the first start, until the person ticks "don't show again"."""
    if settings.first_run_seen:
        return
    note = FirstRunNote(parent)

    def done() -> None:
        if note.dont_show.isChecked():
            settings.first_run_seen = True
            save_settings(settings)

    note.finished.connect(done)
    note.open()
