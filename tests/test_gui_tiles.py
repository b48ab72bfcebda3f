"""Tiles lay out without overlap or cut text at the screens people have (issue 14): every service
of the built-in catalog, both languages, 1366×768 and 1024×600, each function given the longest
headline it can show, so long Russian names ("Российские сайты (контроль)") and headlines wrap
onto more lines instead of running into each other."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, QRect
from PySide6.QtWidgets import QLabel, QWidget

from core.catalog import load_catalog
from core.codes import Verdict
from core.models import FunctionKind, FunctionResult, Message, ServiceResult, Status
from gui.run.state import Phase, RunState
from gui.run.tile import ServiceTile
from gui.words import headline

pytestmark = pytest.mark.gui

SCREENS = ((1366, 768), (1024, 600))


def _function(service_id: str, kind: FunctionKind, code: Verdict) -> FunctionResult:
    return FunctionResult(service_id, kind, code, Status.BLOCKED, Message("x"), Message("x"))


def _longest(service_id: str, kind: FunctionKind, language: str) -> FunctionResult:
    """The function's result whose headline is the longest in this language."""
    results = [_function(service_id, kind, code) for code in Verdict]
    return max(results, key=lambda r: len(headline(r, language)))


def worst_case_state(language: str) -> RunState:
    """The built-in catalog, every service judged, each tile showing its longest headline."""
    state = RunState(load_catalog(include_user=False))
    for service_id, service in state.services.items():
        kinds = [f.kind for f in service.service.functions]
        functions = {kind: _longest(service_id, kind, language) for kind in kinds}
        service.functions = functions
        service.phase = Phase.DONE
        name = service.service.name
        service.result = ServiceResult(service_id, name, Status.BLOCKED, tuple(functions.values()))
    return state


def tile_problems(tile: ServiceTile) -> list[str]:
    """Children that overlap, stick out of the tile, or are smaller than their text needs."""
    parts: list[QWidget] = [w for w in tile.findChildren(QWidget) if w.isVisible()]
    found = []
    inside = tile.contentsRect()
    for index, part in enumerate(parts):
        name = part.objectName() or type(part).__name__
        if not inside.contains(part.geometry()):
            found.append(f"{name} {part.geometry()} outside {inside}")
        if isinstance(part, QLabel):
            text = part.text()
            if part.width() < part.minimumSizeHint().width():
                found.append(f"{text!r} cut: {part.width()} < {part.minimumSizeHint().width()}")
            if part.hasHeightForWidth() and part.height() < part.heightForWidth(part.width()):
                found.append(f"{text!r} cut: {part.height()} < {part.heightForWidth(part.width())}")
        for other in parts[index + 1 :]:
            if part.geometry().intersects(other.geometry()):
                found.append(f"{name} {part.geometry()} overlaps {other.geometry()}")
    return found


@pytest.mark.parametrize("language", ["en", "ru"])
def test_tiles_never_overlap_nor_cut_their_text(qtbot: Any, language: str) -> None:
    from gui.i18n import install_translators
    from gui.main_window import MainWindow
    from gui.settings import GuiSettings

    app = QCoreApplication.instance()
    assert app is not None
    install_translators(app, GuiSettings(language=language))
    try:
        settings = GuiSettings(language=language, first_run_seen=True)
        window = MainWindow(settings, state=worst_case_state(language))
        qtbot.addWidget(window)
        window.show()
        grid = window.grid
        assert len(grid.tiles) == len(window.state.services) >= 45
        for width, height in SCREENS:
            window.resize(width, height)
            qtbot.waitUntil(lambda w=width: window.width() == w)
            QCoreApplication.processEvents()
            content = grid.widget()
            assert content is not None and content.width() <= grid.viewport().width()
            placed: list[tuple[str, QRect]] = []
            for service_id, tile in grid.tiles.items():
                problems = tile_problems(tile)
                assert not problems, (language, width, service_id, problems)
                where = QRect(tile.mapTo(content, tile.rect().topLeft()), tile.size())
                assert content.rect().contains(where), (service_id, where)
                for other_id, other in placed:
                    assert not where.intersects(other), (language, width, service_id, other_id)
                placed.append((service_id, where))
        if language == "ru":  # the case that overlapped: a two-line name over a wrapped headline
            tile = grid.tiles["control-domestic"]
            assert tile.display_name == "Российские сайты (контроль)"
            for label in (tile._name, tile._status):
                assert label.height() >= 2 * label.fontMetrics().height(), label.text()
        window.close()
    finally:
        install_translators(app, GuiSettings(language="en"))
