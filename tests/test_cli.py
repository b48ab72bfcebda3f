"""`svyaz diagnose` against a lab: exit codes, the table, and the JSON document."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import jsonschema
import pytest

from cli.main import main
from core.resources import resource_path
from tests.conftest import ROOT

SCHEMA = json.loads(resource_path("report-schema.json").read_text(encoding="utf-8"))


def _svyaz(args: list[str], env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "cli.main", *args],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env=env,
        timeout=120,
    )


def test_diagnose_json_to_stdout_validates(shared_lab: Any, guarded_env: dict[str, str]) -> None:
    lab = shared_lab("sni_reset")
    done = _svyaz(["diagnose", *lab.info.flags(), "--json", "-"], guarded_env)
    assert done.returncode == 0, done.stderr
    assert "network guard" not in done.stderr
    document = json.loads(done.stdout)
    jsonschema.validate(document, SCHEMA)
    services = {s["id"]: s for s in document["services"]}
    web = next(f for f in services["instagram"]["functions"] if f["kind"] == "web")
    assert web["code"] == "tls_reset" and web["status"] == "blocked"
    assert web["explanation"]["text"] and web["advice"]["text"]
    assert any(step["kind"] == "tls" for e in web["endpoints"] for step in e["steps"])
    # The live progress and the table went to stderr, so stdout is pure JSON.
    assert "Instagram" in done.stderr


def test_diagnose_table_in_russian(
    shared_lab: Any, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    lab = shared_lab("clean")
    out = tmp_path / "run.json"
    code = main(
        [
            "diagnose",
            "--catalog",
            str(lab.info.catalog),
            "--language",
            "ru",
            "--services",
            "whatsapp",
            "--json",
            str(out),
            "--quiet",
        ]
    )
    assert code == 0
    table = capsys.readouterr().out
    assert "Подключение к интернету работает" in table
    assert "WhatsApp" in table and "Instagram" not in table
    document = json.loads(out.read_text(encoding="utf-8"))
    jsonschema.validate(document, SCHEMA)
    assert document["language"] == "ru"
    assert {s["id"] for s in document["services"]} == {
        "whatsapp",
        "control-domestic",
        "control-foreign",
    }


@pytest.mark.parametrize(
    ("args", "fragment"),
    [
        (["--catalog", "/nonexistent/catalog.toml"], "bad catalog"),
        (["--resolver", "1.2.3.4:99999"], "bad port"),
        (["--doh", "http://plain.example/dns-query"], "https://"),
        (["--services", "no-such-service"], "unknown service"),
        (["--proxy", "ftp://x:1"], "proxy"),
        (["--ca-bundle", "/nonexistent.pem"], "no such file"),
    ],
)
def test_bad_arguments_exit_2_with_one_line(
    args: list[str], fragment: str, capsys: pytest.CaptureFixture[str], shared_lab: Any
) -> None:
    lab = shared_lab("clean")
    base = [] if "--catalog" in args else ["--catalog", str(lab.info.catalog)]
    assert main(["diagnose", *base, *args]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and fragment in err[0], err


def test_broken_catalog_file_exit_2_names_the_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "broken.toml"
    path.write_text(
        'version = 1\n[[service]]\nid = "a"\nname = "A"\nregion = "moon"\n'
        '[[service.function]]\nkind = "web"\n[[service.function.endpoint]]\n'
        'host = "a.test"\nprotocol = "https"\n',
        encoding="utf-8",
    )
    assert main(["diagnose", "--catalog", str(path)]) == 2
    err = capsys.readouterr().err
    assert f"{path}:5" in err and "moon" in err
