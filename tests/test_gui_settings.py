"""Settings: the file round-trips, a broken file is reported and kept, the dialog applies."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt

from core.catalog import load_catalog
from core.config import ProbeConfig
from gui.engine_setup import chosen_services, engine_config
from gui.settings import GuiSettings, load_settings, save_settings, settings_path
from gui.settings_dialog import SettingsDialog

pytestmark = pytest.mark.gui


def test_settings_round_trip_through_the_file() -> None:
    original = GuiSettings(
        step_timeout_s=7.5,
        repeats=5,
        services=["telegram", "youtube"],
        doh=["https://127.0.0.1/dns-query"],
        proxy="socks5://127.0.0.1:1080",
        call_duration_s=20.0,
        language="ru",
        first_run_seen=True,
    )
    save_settings(original)
    loaded, problem = load_settings()
    assert problem == "" and loaded == original


@pytest.mark.parametrize(
    "content", ["{not json", "[1, 2]", '{"repeats": "many"}', '{"language": "klingon"}']
)
def test_a_broken_settings_file_gives_defaults_and_is_kept(content: str) -> None:
    path = settings_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(content, encoding="utf-8")
    loaded, problem = load_settings()
    assert loaded == GuiSettings()
    assert str(path) in problem
    kept = path.with_name(path.name + ".broken")
    assert kept.read_text(encoding="utf-8") == content


def test_only_changed_settings_override_a_lab_catalog(tmp_path: Path) -> None:
    catalog = load_catalog()
    defaults = engine_config(catalog, GuiSettings())
    assert defaults.budget == ProbeConfig().budget and defaults.repeats == 3
    chosen = GuiSettings(step_timeout_s=9.0, repeats=4, services=["telegram", "gone"])
    changed = engine_config(catalog, chosen)
    assert changed.budget.tls == 9.0 and changed.repeats == 4
    assert chosen_services(catalog, chosen) == ("telegram",)  # the run's request, not config
    with pytest.raises(ValueError, match="proxy"):
        engine_config(catalog, GuiSettings(proxy="ftp://nowhere"))


def test_the_dialog_edits_and_validates(qtbot: Any) -> None:
    catalog = load_catalog()
    dialog = SettingsDialog(GuiSettings(), catalog)
    qtbot.addWidget(dialog)
    dialog.repeats.setValue(6)
    dialog.proxy.setText("socks5://127.0.0.1:9050")
    first = dialog.services.item(0)
    first.setCheckState(Qt.CheckState.Unchecked)
    result = dialog.result_settings()
    assert result.repeats == 6 and result.proxy == "socks5://127.0.0.1:9050"
    assert result.services and first.data(Qt.ItemDataRole.UserRole) not in result.services
    dialog.proxy.setText("ftp://bad")
    dialog.accept()
    assert dialog.error.isVisibleTo(dialog) and "proxy" in dialog.error.text()
    assert dialog.result() == 0  # not accepted


@pytest.mark.parametrize(
    ("field", "value", "words"),
    [
        ("proxy", "socks5://127.0.0.1:70000", "proxy"),
        ("proxy", "socks5://x y:1080", "host name"),
        ("doh", "https://:99999/dns-query", "DoH"),
    ],
)
def test_the_dialog_names_the_bad_field(qtbot: Any, field: str, value: str, words: str) -> None:
    """Bad input is refused in the dialog, with words naming what is wrong, before any run."""
    dialog = SettingsDialog(GuiSettings(), load_catalog())
    qtbot.addWidget(dialog)
    getattr(dialog, field).setText(value)
    dialog.accept()
    assert dialog.error.isVisibleTo(dialog) and words in dialog.error.text()
    assert dialog.result() == 0
