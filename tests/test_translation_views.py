"""Russian is complete in the views the window opens, not only in its strings (issue 21): Settings
(service names, seconds "5,0 с"), Compare (names, cells not cut), History (no abbreviations),
the call figures line, Qt's own dialogs (qtbase_ru), and numbers in the language's format."""

from __future__ import annotations

import ast
import dataclasses
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, QRect, Qt

from core.catalog import load_catalog
from core.texts import TABLE
from gui.settings import GuiSettings

pytestmark = pytest.mark.gui

ROOT = Path(__file__).resolve().parent.parent
QT_OWN = ("QFileDialog", "Files of type:")  # a tuple: lupdate and the string scanner skip it


@pytest.fixture
def russian(qtbot: Any) -> Iterator[None]:
    from gui.i18n import install_translators

    app = QCoreApplication.instance()
    assert app is not None
    install_translators(app, GuiSettings(language="ru"))
    try:
        yield
    finally:
        install_translators(app, GuiSettings(language="en"))


def test_settings_name_services_in_russian_and_seconds_with_a_comma(
    qtbot: Any, russian: None
) -> None:
    from gui.settings_dialog import SettingsDialog
    from gui.words import service_name

    catalog = load_catalog(include_user=False)
    dialog = SettingsDialog(GuiSettings(language="ru"), catalog, language="ru")
    qtbot.addWidget(dialog)
    shown = [dialog.services.item(r).text() for r in range(dialog.services.count())]
    assert "Одноклассники" in shown and "Госуслуги" in shown
    assert "Odnoklassniki" not in shown and "Gosuslugi" not in shown
    wanted = [service_name(s.id, s.name, "ru") for s in catalog.services if not s.control]
    assert shown == wanted
    assert dialog.step_timeout.text() == "5,0 с"
    assert dialog.call_duration.text() == "10,0 с"
    english = SettingsDialog(GuiSettings(), catalog)
    qtbot.addWidget(english)
    assert english.services.item(0).text() == catalog.services[0].name


def test_qt_own_dialogs_speak_russian(qtbot: Any, russian: None) -> None:
    """qtbase_ru.qm from the PySide6 wheel (or our resources, packaged) is loaded with ours:
    the file dialog says "Типы файлов:", not "Files of type:"."""
    from PySide6.QtWidgets import QFileDialog, QLabel

    from gui.i18n import qt_translation

    assert qt_translation("ru") is not None
    assert QCoreApplication.translate(*QT_OWN) == "Типы файлов:"
    dialog = QFileDialog()
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
    qtbot.addWidget(dialog)
    labels = {label.text() for label in dialog.findChildren(QLabel)}
    # Qt 6's own Russian lacks the labels with their new mnemonics: ours fills the gap
    assert labels == {"&Папка:", "&Имя файла:", "&Типы файлов:"}, labels
    folder = QCoreApplication.translate(
        "QAbstractFileIconProvider", "Folder", "All other platforms"
    )
    assert folder == "Папка"  # the file list's type column


def test_the_packaged_app_ships_qt_own_russian() -> None:
    """build.spec copies qtbase_ru.qm from the PySide6 wheel into resources/translations,
    where gui/i18n.py looks first (a frozen app's QLibraryInfo may point nowhere)."""
    spec = (ROOT / "build.spec").read_text()
    tree = ast.parse(spec)
    found = [
        n for n in tree.body if isinstance(n, ast.FunctionDef) and n.name == "_qt_translations"
    ]
    assert found, "build.spec has no _qt_translations()"
    namespace: dict[str, Any] = {"Path": Path, "LANGUAGES": ("ru",)}
    exec(compile(ast.Module(found, []), "build.spec", "exec"), namespace)
    datas = namespace["_qt_translations"]()
    assert [(Path(src).name, dest) for src, dest in datas] == [
        ("qtbase_ru.qm", "resources/translations")
    ]
    assert all(Path(src).is_file() for src, _ in datas)
    assert "+ _qt_translations()" in spec  # in the Analysis' datas


def test_history_says_blocked_in_full(russian: None) -> None:
    from gui.history.model import RunListModel

    model = RunListModel("ru")
    titles = [
        model.headerData(c, Qt.Orientation.Horizontal) for c in range(len(model.EVERY_SERVICE))
    ]
    assert "Заблокировано" in titles
    assert not [t for t in titles if t.endswith(".")], titles


def test_numbers_follow_the_language(russian: None) -> None:
    from gui.calls.words import figures_line

    figures = {
        "sent": 500,
        "received": 0,
        "loss_pct": 100.0,
        "jitter_ms": 0.1,
        "mos": 4.4,
        "band": "excellent",
    }
    line = figures_line(figures, "ru")
    assert "потери 100,0 %" in line and "джиттер 0,1 мс" in line and "MOS 4,4" in line
    assert not re.search(r"\d\.\d", line), line
    english = figures_line(figures, "en")  # the words are the translator's, the numbers English
    assert "100.0 %" in english and "0.1" in english and "MOS 4.4 (excellent)" in english


def test_no_decimal_is_formatted_outside_the_locale() -> None:
    """A decimal on screen goes through gui.words.number (QLocale): no f"{x:.1f}" in gui/."""
    formatted = re.compile(r"\{[^{}]*:[^{}]*\.[1-9]f\}|%\.[1-9]f")
    found = [
        f"{path.relative_to(ROOT)}:{number}: {line.strip()}"
        for path in sorted((ROOT / "gui").rglob("*.py"))
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if formatted.search(line)
    ]
    assert found == []
    assert formatted.search('f"{mos:.1f}"') and not formatted.search('f"{ms:.0f}"')


def _cell_cut(table: Any, row: int, column: int) -> str | None:
    """Why the cell's text does not fit its cell (wrapped at the column's width), or None."""
    from PySide6.QtWidgets import QStyle

    item = table.item(row, column)
    margin = table.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, table) + 1
    width = table.columnWidth(column) - 2 * margin  # the text's room, as the delegate has it
    metrics = table.fontMetrics()
    box = metrics.boundingRect(QRect(0, 0, width, 10_000), Qt.TextFlag.TextWordWrap, item.text())
    if box.width() > width or box.height() > table.rowHeight(row):
        return f"{item.text()!r}: {box.width()}×{box.height()} in {width}×{table.rowHeight(row)}"
    return None


def _without(run: Any, service_id: str) -> Any:
    return dataclasses.replace(
        run, services=tuple(s for s in run.services if s.service_id != service_id)
    )


def test_compare_names_services_in_russian_and_cuts_no_cell(qtbot: Any, russian: None) -> None:
    from gui.history.compare_dialog import CompareDialog
    from gui.words import service_name
    from lab.runs import lab_run

    older, newer = lab_run("clean"), lab_run("sni_reset")
    dialog = CompareDialog(older, newer, "ru")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    names = {s.service_id: s.name for s in newer.services}
    rows = dialog.rows_text()
    assert rows
    for width in (dialog.width(), 640):  # its own size, and narrow: the cells wrap and grow
        dialog.resize(width, 480)
        qtbot.waitUntil(lambda w=width: dialog.width() == w)
        QCoreApplication.processEvents()
        for row, change in enumerate(dialog.changes):
            if change.service_id is not None:
                name = service_name(change.service_id, names[change.service_id], "ru")
                assert rows[row][0] == name
            for column in range(4):
                assert _cell_cut(dialog.table, row, column) is None, width
    assert "Instagram" not in {r[0] for r in rows} or TABLE.get("service.instagram") is None


def test_compare_leaves_out_not_tested_unless_asked_and_colours_real_changes(qtbot: Any) -> None:
    """blocked → not tested is no improvement: left out by default, never coloured."""
    from gui.history.compare_dialog import CompareDialog
    from lab.runs import lab_run

    clean, blocked = lab_run("clean"), lab_run("sni_reset")
    # Instagram: blocked, then not in the newer run at all; Facebook: blocked, then works.
    dialog = CompareDialog(blocked, _without(clean, "instagram"), "en")
    qtbot.addWidget(dialog)

    def rows() -> dict[str, tuple[str, ...]]:
        return {r[0]: r for r in dialog.rows_text()}

    assert "Instagram" not in rows() and "Facebook" in rows()
    facebook = dialog.changes.index(next(c for c in dialog.changes if c.name == "Facebook"))
    assert dialog.table.item(facebook, 3).font().bold()  # blocked → works: a real change
    dialog.show_untested.setChecked(True)
    assert "Instagram" in rows() and "not tested" in rows()["Instagram"][3]
    instagram = dialog.changes.index(next(c for c in dialog.changes if c.name == "Instagram"))
    assert not dialog.table.item(instagram, 3).font().bold()  # not coloured as better
    assert dialog.table.item(instagram, 3).foreground().style() == Qt.BrushStyle.NoBrush
    dialog.show_untested.setChecked(False)
    assert "Instagram" not in rows()
    # only a change to "not tested": nothing to show, and it says why
    quiet = CompareDialog(blocked, _without(blocked, "instagram"), "en")
    qtbot.addWidget(quiet)
    assert quiet.rows_text() == [] and quiet.every_change
    assert quiet.empty.text() == "Nothing changed in what both runs tested."
    quiet.show_untested.setChecked(True)
    assert [r[0] for r in quiet.rows_text()] == ["Instagram"]
