"""`svyaz diagnose` keeps runs, `svyaz history` lists them, `svyaz report` writes reports."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

import jsonschema
import pytest

from cli.main import main
from core.history import History
from core.history.opening import default_path
from core.resources import resource_path
from tests.interrupt_helpers import assert_ctrl_c_saves_a_cancelled_run

SCHEMA = json.loads(resource_path("report-schema.json").read_text(encoding="utf-8"))


def _diagnose(lab: Any, *extra: str) -> int:
    return main(
        [
            "diagnose",
            "--catalog",
            str(lab.info.catalog),
            "--services",
            "whatsapp",
            "--quiet",
            *extra,
        ]
    )


def _stored() -> list[str]:
    with History.open() as history:
        return [r.run_id for r in history.list_runs()]


def test_diagnose_keeps_the_run_and_report_shows_it(
    shared_lab: Any, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    lab = shared_lab("clean")
    assert _diagnose(lab) == 0
    [run_id] = _stored()
    assert f"Saved to history as {run_id}" in capsys.readouterr().err
    assert default_path().exists()  # in the test's private data folder (conftest)

    assert _diagnose(lab, "--no-history") == 0
    assert _stored() == [run_id]

    assert main(["history"]) == 0
    listing = capsys.readouterr().out
    assert run_id in listing and "Blocked" in listing
    assert main(["history", "--service", "instagram", "--lang", "ru"]) == 0
    assert "не проверяла сервис instagram" in capsys.readouterr().out  # not "history is empty"

    assert main(["report", "last", "--format", "json"]) == 0
    document = json.loads(capsys.readouterr().out)
    jsonschema.validate(document, SCHEMA)
    assert document["run"]["id"] == run_id

    assert main(["report", run_id, "--format", "text", "--lang", "ru"]) == 0
    assert "Подключение к интернету работает" in capsys.readouterr().out

    assert main(["report", run_id, "--format", "html", "--output", str(tmp_path)]) == 0
    [page] = tmp_path.glob("svyaz-report-*.html")
    assert "WhatsApp" in page.read_text(encoding="utf-8")
    assert str(page) in capsys.readouterr().err


def test_history_delete_and_clear(shared_lab: Any, capsys: pytest.CaptureFixture[str]) -> None:
    lab = shared_lab("clean")
    assert _diagnose(lab) == 0 and _diagnose(lab) == 0 and _diagnose(lab) == 0
    newest, second, first = _stored()
    assert main(["history", "--keep", "runs:2"]) == 0
    assert "1 run deleted" in capsys.readouterr().out
    assert _stored() == [newest, second]
    assert main(["history", "--delete", newest]) == 0
    assert _stored() == [second]
    assert main(["history", "--delete", first]) == 2
    assert f"No run {first}" in capsys.readouterr().err
    assert main(["history", "--clear"]) == 0
    assert "1 run deleted" in capsys.readouterr().out
    assert _stored() == []


@pytest.mark.parametrize(
    ("args", "fragment"),
    [
        (["report", "no-such-run"], "No run no-such-run"),
        (["report", "last"], "No runs in history"),
        (["history", "--limit", "0"], "--limit"),
        (["history", "--since", "yesterday"], "not a date"),
    ],
)
def test_bad_history_arguments_exit_2(
    args: list[str], fragment: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(args) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and fragment in err[0], err


def test_corrupt_history_file_is_reported_and_replaced(
    capsys: pytest.CaptureFixture[str],
) -> None:
    path = default_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(b"\x00garbage" * 500)
    assert main(["history"]) == 0
    err = capsys.readouterr().err
    assert "moved to" in err and ".corrupt-" in err and "svyaz history --recover" in err
    assert list(path.parent.glob("history.sqlite3.corrupt-*"))


# ---- faults: the file cannot be written, is not a history, or is damaged ----


@pytest.mark.parametrize("connect", ["read_only_file", "full_disk"])
def test_diagnose_never_claims_a_save_that_did_not_happen(
    shared_lab: Any,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
    connect: str,
) -> None:
    from core.history import opening
    from lab.runs import lab_run
    from tests import test_history_faults as faults

    path = tmp_path / "history.sqlite3"
    old = faults.filled(path, lab_run("youtube_throttled"))
    real = opening.connect_file
    monkeypatch.setattr(opening, "connect_file", getattr(faults, connect))
    assert _diagnose(shared_lab("clean"), "--history-file", str(path)) == 0
    err = capsys.readouterr().err
    assert "Saved to history" not in err
    assert "Not saved to history" in err and str(path) in err
    assert ("Free some disk space" if connect == "full_disk" else "Allow writing") in err
    assert not list(tmp_path.glob("*.corrupt-*"))
    assert main(["history", "--history-file", str(path)]) == 0
    listing = capsys.readouterr().out
    assert all(run_id in listing for run_id in old)  # old runs still listed
    monkeypatch.setattr(opening, "connect_file", real)
    with History.open(path) as h:
        assert sorted(r.run_id for r in h.list_runs()) == sorted(old)


def test_history_changes_are_refused_while_the_file_cannot_be_written(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    from core.history import opening
    from lab.runs import lab_run
    from tests import test_history_faults as faults

    path = tmp_path / "history.sqlite3"
    old = faults.filled(path, lab_run("youtube_throttled"))
    real = opening.writable
    monkeypatch.setattr(opening, "writable", lambda p: False)
    for action in (["--delete", old[0]], ["--clear"], ["--keep", "runs:1"]):
        assert main(["history", "--history-file", str(path), *action]) == 2
        assert "cannot be changed" in capsys.readouterr().err
    monkeypatch.setattr(opening, "writable", real)
    with History.open(path) as h:
        assert h.count() == len(old)


@pytest.mark.parametrize("kind", ["garbage", "folder", "foreign"])
def test_a_history_file_that_is_not_a_history_is_refused_and_kept(
    shared_lab: Any, capsys: pytest.CaptureFixture[str], tmp_path: Path, kind: str
) -> None:
    path = tmp_path / "mine" / "notes"
    path.parent.mkdir()
    if kind == "garbage":
        path.write_text("my notes\n" * 100)
    elif kind == "folder":
        path.mkdir()
    else:
        from tests.test_history_faults import _foreign_database

        _foreign_database(path)
    content = path.read_bytes() if path.is_file() else None
    assert main(["history", "--history-file", str(path)]) == 2
    assert "not a Svyaz history database" in capsys.readouterr().err
    assert _diagnose(shared_lab("clean"), "--history-file", str(path)) == 2  # before the run
    captured = capsys.readouterr()
    assert "not a Svyaz history database" in captured.err and captured.out == ""
    assert sorted(p.name for p in path.parent.iterdir()) == ["notes"]
    assert (path.read_bytes() if path.is_file() else None) == content


def test_a_bad_schema_version_is_a_notice_not_a_traceback(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    import sqlite3

    path = tmp_path / "history.sqlite3"
    History.open(path).close()
    db = sqlite3.connect(path)
    db.execute("UPDATE schema_version SET version = 'abc'")
    db.commit()
    db.close()
    assert main(["history", "--history-file", str(path)]) == 0
    err = capsys.readouterr().err
    assert "'abc'" in err and "left as it is" in err and "Traceback" not in err


def test_corruption_found_by_a_report_is_told_and_recovered(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    from lab.runs import lab_run
    from tests.test_history_faults import _scribble_a_document, filled

    path = tmp_path / "history.sqlite3"
    old = filled(path, lab_run("youtube_throttled"), 8)
    _scribble_a_document(path, "old-4")
    codes = [main(["report", run_id, "--history-file", str(path)]) for run_id in old]
    assert 2 in codes
    err = capsys.readouterr().err
    assert "moved to" in err and "svyaz history --recover" in err
    [moved] = tmp_path.glob("history.sqlite3.corrupt-*[0-9]")
    assert main(["history", "--history-file", str(path), "--recover", str(moved)]) == 0
    assert "Recovered from" in capsys.readouterr().out
    with History.open(path) as h:
        assert h.count() >= len(old) - 2


def test_ctrl_c_saves_the_run_as_cancelled(make_lab: Any, guarded_env: dict[str, str]) -> None:
    # a fresh lab: a cancelled run's unfinished flows stay with it, not a shared one
    lab = make_lab("foreign_blackholed")  # slow: every foreign connect waits for its timeout
    command = [sys.executable, "-m", "cli.main", "diagnose", *lab.info.flags()]
    assert_ctrl_c_saves_a_cancelled_run(command, guarded_env)


def test_history_timeline_per_day(capsys: pytest.CaptureFixture[str]) -> None:
    from lab.runs import lab_run, variant

    run = lab_run("youtube_throttled")
    with History.open() as history:
        history.save(
            variant(run, "a", "2026-11-01T08:00:00+00:00", verdicts={("youtube", "video"): "ok"})
        )
        history.save(variant(run, "b", "2026-11-03T12:00:00+00:00"))
    assert main(["history", "--service", "youtube", "--timeline", "--lang", "ru"]) == 0
    lines = capsys.readouterr().out.strip().splitlines()
    assert lines[0].split()[:2] == ["День", "Проверок"] and "видео" in lines[0]
    assert len(lines) == 3  # two days with runs
    assert "кбит/с" in lines[2] and "кбит/с" not in lines[1]  # throttled on the 3rd only
    assert main(["history", "--timeline"]) == 2
    assert "--timeline needs --service" in capsys.readouterr().err


# ---- issue 25: argparse words for --keep, an empty answer for one service, a closed pipe ----


def test_a_bogus_retention_setting_is_an_argparse_message(
    capsys: pytest.CaptureFixture[str],
) -> None:
    """It used to show Python's "invalid literal for int() with base 10"."""
    with pytest.raises(SystemExit) as exited:
        main(["history", "--keep", "bogus"])
    assert exited.value.code == 2
    err = capsys.readouterr().err
    assert "argument --keep: 'bogus' is not a retention setting" in err
    assert "runs:N" in err and "days:N" in err and "int()" not in err


@pytest.mark.parametrize("timeline", [True, False])
def test_a_service_with_no_runs_is_said_so_when_history_has_runs(
    capsys: pytest.CaptureFixture[str], timeline: bool
) -> None:
    """`--service '<script>' --timeline` said "No runs in history yet." beside 1 stored run."""
    from lab.runs import lab_run, variant

    with History.open() as history:
        history.save(variant(lab_run("youtube_throttled"), "a", "2026-11-01T08:00:00+00:00"))
    args = ["history", "--service", "<script>", *(["--timeline"] if timeline else [])]
    assert main(args) == 0
    out = capsys.readouterr().out.strip()
    assert out == "No run in history tested the service <script> (1 run in history)."
    assert main([*args, "--lang", "ru"]) == 0
    assert "не проверяла сервис <script>" in capsys.readouterr().out


def test_history_to_a_pipe_already_closed_exits_cleanly(tmp_path: Path) -> None:
    """`svyaz history | true` without PYTHONUNBUFFERED: the output waited in the buffer and the
    interpreter's last flush printed "Exception ignored … BrokenPipeError", exit 120. Now it
    ends as `svyaz history | head` does: quietly, exit 0 (docs/reliability.md)."""
    import os
    import subprocess

    path = tmp_path / "history.sqlite3"
    with History.open(path) as history:
        from lab.runs import lab_run, variant

        history.save(variant(lab_run("youtube_throttled"), "a", "2026-11-01T08:00:00+00:00"))
    env = {k: v for k, v in os.environ.items() if k != "PYTHONUNBUFFERED"}
    env["PYTHONPATH"] = str(Path(__file__).resolve().parent.parent)
    read_end, write_end = os.pipe()
    os.close(read_end)  # the reader has gone before the first word
    try:
        done = subprocess.run(
            [sys.executable, "-m", "cli.main", "history", "--history-file", str(path)],
            stdout=write_end,
            stderr=subprocess.PIPE,
            env=env,
            timeout=60,
        )
    finally:
        os.close(write_end)
    assert done.returncode == 0 and done.stderr == b"", done.stderr


def test_two_recover_processes_at_once_add_each_run_once(tmp_path: Path) -> None:
    """Two `svyaz history --recover` at once each said "N runs added" for the same N runs."""
    import os
    import re
    import subprocess

    from lab.runs import lab_run
    from tests.test_history_faults import filled

    source = tmp_path / "aside.sqlite3"
    old = filled(source, lab_run("youtube_throttled"), 6)
    path = tmp_path / "history.sqlite3"
    History.open(path).close()
    env = {**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parent.parent)}
    command = [sys.executable, "-m", "cli.main", "history", "--history-file", str(path)]
    children = [
        subprocess.Popen(
            [*command, "--recover", str(source)], stdout=subprocess.PIPE, text=True, env=env
        )
        for _ in range(2)
    ]
    outputs = [child.communicate(timeout=120)[0] for child in children]
    assert [child.returncode for child in children] == [0, 0], outputs
    found = [re.search(r"(\d+) runs? added", out) for out in outputs]
    assert all(found), outputs
    added = [int(match.group(1)) for match in found if match]
    assert sum(added) == len(old), outputs
    with History.open(path) as history:
        assert history.count() == len(old)


def test_a_history_cut_to_90_percent_is_recovered_from_the_command_line(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    """The issue's steps: the cut file is moved aside, and the command the notice names gives
    back the runs whose pages are intact (it failed with "database disk image is malformed")."""
    from lab.runs import lab_run
    from tests.test_history_faults import cut_keeping_some, filled, intact_documents

    path = tmp_path / "history.sqlite3"
    filled(path, lab_run("youtube_throttled"), 8)
    data = path.read_bytes()
    cut = cut_keeping_some(path, 0.9)
    intact = intact_documents(path, cut)
    assert 0 < intact < 8  # the case this test is about: some runs back, some lost
    path.write_bytes(data[:cut])
    assert main(["history", "--history-file", str(path)]) == 0
    err = capsys.readouterr().err
    assert "svyaz history --recover" in err
    [moved] = tmp_path.glob("history.sqlite3.corrupt-*[0-9]")
    assert main(["history", "--history-file", str(path), "--recover", str(moved)]) == 0
    out = capsys.readouterr().out
    added = f"{intact} runs added" if intact > 1 else "1 run added"
    assert f"{added}, 0 already in history, {8 - intact} could not be read" in out
    assert main(["history", "--history-file", str(path)]) == 0
    assert len(capsys.readouterr().out.strip().splitlines()) == 1 + intact
