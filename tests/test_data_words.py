"""The run's data use in words (issue 20): "2.1 MB used" in both languages and their number
formats, in the CLI table and the reports; `--light` reaches the config."""

from __future__ import annotations

import dataclasses
import io
import json

import pytest

from cli.diagnose import print_table
from cli.main import make_parser
from core.document import run_from_dict, run_to_dict
from core.messages import data_used, format_bytes
from core.models import RunResult
from core.report.render import render_html, render_text
from tests.test_document import DOCUMENTS


@pytest.mark.parametrize(
    ("count", "en", "ru"),
    [
        (850, "850 B", "850 Б"),
        (180 * 1024, "180 KB", "180 КБ"),
        (int(2.1 * 1024 * 1024), "2.1 MB", "2,1 МБ"),
        (1536 * 1024 * 1024, "1.5 GB", "1,5 ГБ"),
    ],
)
def test_byte_counts_read_in_each_languages_units(count: int, en: str, ru: str) -> None:
    assert format_bytes(count) == en and format_bytes(count, "ru") == ru


def test_data_used_in_both_languages() -> None:
    sent, received = 200 * 1024, int(1.9 * 1024 * 1024)
    assert data_used(sent, received) == "2.1 MB used"
    assert data_used(sent, received, "ru") == "2,1 МБ трафика"
    both = data_used(sent, received, "ru", both_ways=True)
    assert "отправлено 200 КБ" in both and "получено 1,9 МБ" in both


def _run() -> RunResult:
    document = json.loads((DOCUMENTS / "diagnose-v1.json").read_text(encoding="utf-8"))
    return run_from_dict(document)


def test_an_older_document_has_no_count_and_says_none() -> None:
    old = _run()
    assert old.bytes_used is None
    document = run_to_dict(old, "en")
    assert "bytes_sent" not in document["run"]
    assert " used" not in render_text(document)
    out = io.StringIO()
    print_table(old, "en", out)
    assert " used" not in out.getvalue()


@pytest.mark.parametrize(("language", "words"), [("en", "2.1 MB used"), ("ru", "2,1 МБ трафика")])
def test_the_table_and_the_reports_say_what_the_run_used(language: str, words: str) -> None:
    run = dataclasses.replace(
        _run(),
        bytes_sent=200 * 1024,
        bytes_received=int(1.9 * 1024 * 1024),
    )
    document = run_to_dict(run, language)
    assert words in render_text(document)
    assert words in render_html(document)
    out = io.StringIO()
    print_table(run, language, out)
    assert words.split(maxsplit=1)[0] in out.getvalue()


def test_light_is_a_flag_and_a_config_choice() -> None:
    from cli.common import build_config
    from core.catalog import load_catalog

    args = make_parser().parse_args(["diagnose", "--light"])
    assert build_config(args, load_catalog()).light is True
    args = make_parser().parse_args(["diagnose"])
    assert build_config(args, load_catalog()).light is False
