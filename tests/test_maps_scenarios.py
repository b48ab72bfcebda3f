"""Issue 24 against the lab: listed services whose needed sub-hosts are cut partly work (the
words name the part, both languages); maps that fail offline or in whitelist mode get the
offline-maps advice; maps that work carry the satellite-jamming note. No run of its own: the
runs are shared with tests/test_engine_scenarios.py, test_summary_scenarios.py and
test_signatures.py."""

from __future__ import annotations

from typing import Any

from core.messages import render
from core.models import FunctionResult
from core.report import build_report
from core.rules import faces
from lab.runs import lab_run
from tests.test_engine_scenarios import scenario_run

MAP_SERVICES = ("yandex-maps", "2gis", "google-maps")


def _function(run: Any, service_id: str, kind: str = "maps") -> FunctionResult:
    service = next(s for s in run.services if s.service_id == service_id)
    found = service.function(kind)
    assert found is not None
    return found


def test_cut_tile_servers_and_sign_in_read_partly_works_in_words_of_their_own() -> None:
    run = scenario_run("map_tiles_blocked")
    for service_id in ("yandex-maps", "2gis"):
        maps = _function(run, service_id)
        assert faces.function_label_key(maps) == "label.subhost_blocked.tiles"
        assert "tiles don't load" in render(maps.explanation, "en")
        assert "карта открывается" in render(maps.explanation, "ru")
        assert "evidence.subhost_blocked" in {m.key for m in maps.evidence}
    sign_in = _function(run, "gosuslugi", "web")
    assert sign_in.explanation.key == "explain.subhost_blocked.sign_in"
    html = build_report(run, "html", "ru")
    assert "работает частично: не грузится карта" in html.lower()
    # maps that work: the one thing a run cannot see is the satellite signal
    note = faces.note_beside_works(_function(run, "google-maps"))
    assert note is not None and "ГЛОНАСС" in render(note, "ru")


def test_maps_offline_name_the_offline_map_apps() -> None:
    run = lab_run("offline")
    for service_id in MAP_SERVICES:
        maps = _function(run, service_id)
        assert maps.code == "offline" and maps.advice.key == "advice.maps.offline"
    words = render(_function(run, "2gis").advice, "ru")
    assert "Organic Maps" in words and "Скачайте свой регион" in words


def test_maps_shut_off_by_whitelist_mode_name_the_offline_map_apps() -> None:
    run = lab_run("whitelist_by_name")
    google = _function(run, "google-maps")
    assert google.code == "tls_timeout" and google.advice.key == "advice.maps.whitelist"
    assert "OsmAnd" in render(google.advice, "en")
