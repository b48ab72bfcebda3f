"""`svyaz calltest` against a lab: the table, the JSON document, bad input."""

from __future__ import annotations

import json
import subprocess
import sys
from typing import Any

import jsonschema
import pytest

from cli.main import main
from core.document import run_from_dict
from tests.conftest import ROOT
from tests.test_cli import SCHEMA


def test_calltest_json_to_stdout(make_lab: Any, guarded_env: dict[str, str]) -> None:
    # a fresh lab: the relay counts each flow's packets (a reused port would go on counting)
    lab = make_lab("udp_cut_after_25_packets")
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "cli.main",
            "calltest",
            "--catalog",
            str(lab.info.catalog),
            "--duration",
            "5",
            "--services",
            "whatsapp",
            "--json",
            "-",
            "--quiet",
        ],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env=guarded_env,
        timeout=60,
    )
    assert done.returncode == 0, done.stderr
    assert "network guard" not in done.stderr
    document = json.loads(done.stdout)
    jsonschema.validate(document, SCHEMA)
    assert document["kind"] == "calltest"
    verdicts = {v["service_id"]: v for v in document["calls"]["verdicts"]}
    # the controls are shown too: the foreign STUN servers and the domestic one
    assert set(verdicts) == {"whatsapp", "control-foreign", "control-domestic"}
    whatsapp = verdicts["whatsapp"]
    assert whatsapp["code"] == "udp_blocked" and whatsapp["status"] == "blocked"
    assert abs(whatsapp["figures"]["cut_after"] - 25) <= 2
    assert "25" in whatsapp["explanation"]["text"]
    # the table went to stderr, naming the cut
    assert "WhatsApp" in done.stderr and "25" in done.stderr
    with pytest.raises(ValueError, match="calltest"):
        run_from_dict(document)


def test_calltest_table_in_russian(make_lab: Any, capsys: pytest.CaptureFixture[str]) -> None:
    # a fresh lab: its seeded per-flow drops must start at the first flow
    lab = make_lab("call_lossy_15pct")
    code = main(
        [
            "calltest",
            "--catalog",
            str(lab.info.catalog),
            "--language",
            "ru",
            "--duration",
            "5",
            "--services",
            "telegram",
            "--quiet",
        ]
    )
    assert code == 0
    table = capsys.readouterr().out
    assert "Telegram" in table and "MOS" in table
    assert "потеря пакетов" in table  # the figure that drags the MOS down


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--duration", "2"], "--duration must be between 5 and 60"),
        (["--services", "nope"], "unknown service"),
    ],
)
def test_calltest_bad_input(
    shared_lab: Any, capsys: pytest.CaptureFixture[str], args: list[str], message: str
) -> None:
    lab = shared_lab("clean")
    assert main(["calltest", "--catalog", str(lab.info.catalog), *args]) == 2
    assert message in capsys.readouterr().err
