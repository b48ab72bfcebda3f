"""The run document is the contract with every stored run and report: documents written before
the call test became typed reload byte for byte, and a lab run with a call test survives the
document and history round trips unchanged."""

from __future__ import annotations

import dataclasses
import json
import sqlite3
from pathlib import Path
from typing import Any

import jsonschema
import pytest

from core import __version__
from core.budget import TimeBudget
from core.document import (
    SCHEMA_VERSION,
    call_figures_from_dict,
    call_figures_to_dict,
    run_budget,
    run_from_dict,
    run_to_dict,
)
from core.history import History
from core.history.schema import decode_document
from core.models import CallFigures, RunResult
from core.resources import resource_path
from lab.lab import LAB_TIMEOUTS
from lab.runs import lab_run

# Written by the version before `RunResult.calls` was typed (commit 1c44bae), from the lab's
# `call_lossy_5pct` run cut to two services: the report document, and the document history
# stored (each endpoint's `spec`, call messages without text).
DOCUMENTS = Path(__file__).parent / "documents"
SCHEMA = json.loads(resource_path("report-schema.json").read_text(encoding="utf-8"))


def _dumps(document: Any) -> str:
    return json.dumps(document, ensure_ascii=False, indent=2) + "\n"


def _read(name: str) -> tuple[str, dict[str, Any]]:
    text = (DOCUMENTS / name).read_text(encoding="utf-8")
    return text, json.loads(text)


def _as_now(document: dict[str, Any]) -> dict[str, Any]:
    """The document as this version writes it: only the tool version may differ."""
    return {**document, "tool": {**document["tool"], "version": __version__}}


def _stored(history: History, run_id: str) -> Any:
    assert history.path is not None
    db = sqlite3.connect(history.path)
    try:
        row = db.execute(
            "SELECT d.json, d.encoding FROM documents d JOIN runs r ON r.id = d.run "
            "WHERE r.run_id = ?",
            (run_id,),
        ).fetchone()
        figures = db.execute(
            "SELECT service_id, code, status, mos, loss_pct, sent FROM call_figures ORDER BY id"
        ).fetchall()
    finally:
        db.close()
    return decode_document(row[0], row[1]), figures


@pytest.fixture(scope="module")
def lossy() -> RunResult:
    run = lab_run("call_lossy_5pct")
    assert run.calls is not None and any(v.figures for v in run.calls.verdicts)
    return run


def test_a_stored_report_document_reloads_byte_for_byte() -> None:
    text, document = _read("diagnose-v1.json")
    assert document["schema_version"] == SCHEMA_VERSION
    assert _dumps(document) == text
    run = run_from_dict(document)
    assert run.calls is not None
    whatsapp = run.calls.verdict("whatsapp")
    assert whatsapp is not None and isinstance(whatsapp.figures, CallFigures)
    assert all(isinstance(f, CallFigures) for f in whatsapp.targets.values())
    again = run_to_dict(run, document["language"])
    assert _dumps(again) == _dumps(_as_now(document))
    jsonschema.validate(again, SCHEMA)


def test_history_stores_a_document_exactly_as_before(tmp_path: Path) -> None:
    _, document = _read("diagnose-v1-history.json")
    run = run_from_dict(document)
    with History.open(tmp_path / "history.sqlite3") as history:
        history.save(run)
        assert history.load(run.run_id) == run
        stored, figures = _stored(history, run.run_id)
    assert _dumps(stored) == _dumps(_as_now(document))
    expected = [
        (
            v["service_id"],
            v["code"],
            v["status"],
            *(
                (v["figures"]["mos"], v["figures"]["loss_pct"], v["figures"]["sent"])
                if v["figures"]
                else (None, None, None)
            ),
        )
        for v in document["calls"]["verdicts"]
    ]
    assert figures == expected


@pytest.mark.parametrize("language", ["en", "ru"])
def test_a_lab_run_round_trips_through_its_document(lossy: RunResult, language: str) -> None:
    for complete in (False, True):
        text = _dumps(run_to_dict(lossy, language, complete))
        again = run_from_dict(json.loads(text))
        assert _dumps(run_to_dict(again, language, complete)) == text
        assert again.calls == lossy.calls
    assert again == lossy  # the complete form keeps every catalog fact too


def test_a_lab_run_round_trips_through_history(lossy: RunResult, tmp_path: Path) -> None:
    with History.open(tmp_path / "history.sqlite3") as history:
        history.save(lossy)
        loaded = history.load(lossy.run_id)
        stored, figures = _stored(history, lossy.run_id)
    assert loaded == lossy
    assert lossy.calls is not None
    assert [row[0] for row in figures] == [v.service_id for v in lossy.calls.verdicts]
    assert all("text" not in v["explanation"] for v in stored["calls"]["verdicts"])


def test_the_band_is_written_and_read_as_the_figures_carry_it() -> None:
    """The document does not classify a MOS itself (it never imports core.calls or the rules):
    the band the rules gave the figures is written, and read back."""
    figures = CallFigures(sent=10, received=10, loss_pct=0.0, mos=4.4, band="excellent")
    data = call_figures_to_dict(figures)
    assert data["band"] == "excellent" and list(data)[-1] == "band"
    assert call_figures_from_dict(data) == figures
    unmeasured = CallFigures(sent=10, received=0, loss_pct=100.0)
    assert call_figures_to_dict(unmeasured)["band"] is None


def test_a_run_without_a_call_test_has_empty_calls(lossy: RunResult) -> None:
    quiet = dataclasses.replace(lossy, calls=None)
    document = run_to_dict(quiet, "en")
    assert document["calls"] == {}
    jsonschema.validate(document, SCHEMA)
    assert run_from_dict(document).calls is None


def test_the_whole_time_budget_is_saved_and_read_back(lossy: RunResult) -> None:
    """Every field of the budget, the transfer timeout included, survives the document."""
    document = run_to_dict(lossy, "en")
    recorded = document["settings"]["timeouts"]
    assert set(recorded) | {"call_duration"} == set(TimeBudget().to_dict())
    schema_keys = SCHEMA["properties"]["settings"]["properties"]["timeouts"]["properties"]
    assert set(schema_keys) == set(recorded)
    budget = run_budget(run_from_dict(json.loads(_dumps(document))))
    assert budget.transfer == LAB_TIMEOUTS["transfer"] != TimeBudget().transfer
    assert (
        budget.dns == LAB_TIMEOUTS["dns"]
        and budget.call_duration == lossy.settings["call_duration"]
    )
    assert budget.to_dict() == {**recorded, "call_duration": document["settings"]["call_duration"]}


def test_an_older_document_reads_its_budget_with_defaults_filled() -> None:
    _, document = _read("diagnose-v1.json")
    assert "transfer" not in document["settings"]["timeouts"]  # left out before issue 19
    budget = run_budget(run_from_dict(document))
    assert budget.transfer == TimeBudget().transfer
    assert budget.dns == document["settings"]["timeouts"]["dns"]
