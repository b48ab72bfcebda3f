"""Help → "Prepare for a shutdown" (issue 24): offline maps, what works in whitelist mode, what
to save. The words are the core's (core/texts/prepare.py, both languages), so the page reads
the same wherever it is shown; this dialog only lays them out."""

from __future__ import annotations

from html import escape

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

from core.messages import text
from core.texts.prepare import SECTIONS


def prepare_html(language: str) -> str:
    """The page as HTML: a heading, the intro, each section with its lines as a list."""

    def t(key: str) -> str:
        return escape(text(key, language=language))

    parts = [f"<h2>{t('prepare.title')}</h2>", f"<p>{t('prepare.intro')}</p>"]
    for section, lines in SECTIONS:
        items = "".join(f"<li>{t(f'{section}.item.{n}')}</li>" for n in range(1, lines + 1))
        parts.append(f"<h3>{t(section)}</h3><ul>{items}</ul>")
    return "".join(parts)


class PrepareDialog(QDialog):
    """The page in a scrollable, selectable view (people copy the lists to others)."""

    def __init__(self, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(text("prepare.title", language=language))
        self.page = QTextBrowser()
        self.page.setOpenExternalLinks(False)
        self.page.setHtml(prepare_html(language))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.page)
        layout.addWidget(buttons)
        self.resize(660, 680)
