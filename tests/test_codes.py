"""The verdict vocabulary: every code has words, a row in docs/verdicts.md and a place in the
schema; a code this version does not know survives a document round trip."""

from __future__ import annotations

import json
import pickle
import re
from dataclasses import replace
from pathlib import Path

import pytest

from core.codes import NETWORK_VERDICTS, Condition, Verdict
from core.document import run_from_dict, run_to_dict
from core.models import (
    Endpoint,
    EndpointResult,
    FunctionKind,
    FunctionResult,
    Message,
    NetworkResult,
    Protocol,
    RunResult,
    ServiceResult,
    Status,
)
from core.rules import verdict
from core.rules.calls import STATUS as CALL_STATUS
from core.texts import TABLE

ROOT = Path(__file__).resolve().parent.parent
DOC_CODES = set(re.findall(r"^\| `([a-z_]+)` \|", (ROOT / "docs/verdicts.md").read_text(), re.M))
SCHEMA = json.loads((ROOT / "resources/report-schema.json").read_text(encoding="utf-8"))
FUNCTION_CODES = [v for v in Verdict if v != Verdict.WHITELIST_MODE]


def _words(key: str) -> None:
    assert key in TABLE, key
    assert TABLE[key].get("en") and TABLE[key].get("ru"), key


@pytest.mark.parametrize("code", list(Verdict))
def test_every_verdict_has_a_label_and_a_row(code: Verdict) -> None:
    _words(f"label.{code}")
    assert code in DOC_CODES, f"docs/verdicts.md has no row for `{code}`"


@pytest.mark.parametrize("code", FUNCTION_CODES)
def test_every_function_verdict_explains_and_advises(code: Verdict) -> None:
    _words(f"explain.{code}")
    _words(f"advice.{code}")


@pytest.mark.parametrize("code", sorted(NETWORK_VERDICTS))
def test_every_network_verdict_has_words(code: Verdict) -> None:
    _words(f"network.{code}")
    _words(f"network_advice.{code}")


@pytest.mark.parametrize("code", list(Condition))
def test_every_condition_has_words_and_a_row(code: Condition) -> None:
    _words(f"condition.{code}")
    assert code in DOC_CODES, f"docs/verdicts.md has no row for `{code}`"


def test_docs_name_no_code_the_source_does_not_know() -> None:
    known = {*Verdict, *Condition}
    assert not DOC_CODES - known, DOC_CODES - known


def test_rules_and_schema_cover_the_vocabulary() -> None:
    assert set(verdict.STATUS_BY_CODE) == set(FUNCTION_CODES)
    assert set(verdict.CODE_PRIORITY) <= set(FUNCTION_CODES)
    assert set(SCHEMA["$defs"]["code"]["enum"]) == set(FUNCTION_CODES)
    network = SCHEMA["properties"]["network"]["properties"]
    assert set(network["code"]["enum"]) == NETWORK_VERDICTS
    assert set(network["conditions"]["items"]["properties"]["code"]["enum"]) == set(Condition)
    call_codes = SCHEMA["$defs"]["call_verdict"]["properties"]["code"]["enum"]
    assert set(call_codes) == set(CALL_STATUS)


def test_a_code_is_its_string() -> None:
    assert json.dumps([Verdict.TLS_RESET, Condition.FAKE_IP]) == '["tls_reset", "fake_ip"]'
    assert Verdict.parse("tls_reset") is Verdict.TLS_RESET
    assert f"label.{Verdict.TLS_RESET}" == "label.tls_reset"


def test_an_unknown_code_is_kept_not_invented() -> None:
    """A document from a newer Svyaz (or with a code retired since) loads, keeps its strings
    and its status, and writes them back unchanged; `Verdict(value)` itself stays strict."""
    stranger = Verdict.parse("dns_from_the_future")
    assert stranger == "dns_from_the_future" and isinstance(stranger, Verdict)
    assert stranger not in set(Verdict)
    assert verdict.status_of(stranger) == Status.UNKNOWN
    assert pickle.loads(pickle.dumps(stranger)) == stranger
    with pytest.raises(ValueError):
        Verdict("dns_from_the_future")


def _run() -> RunResult:
    ep = Endpoint("site.example", 443, Protocol.HTTPS)
    function = FunctionResult(
        "site",
        FunctionKind.WEB,
        Verdict.TLS_RESET,
        Status.BLOCKED,
        Message("explain.tls_reset"),
        Message("advice.tls_reset"),
        endpoints=(EndpointResult(ep, Verdict.TLS_RESET, ()),),
    )
    network = NetworkResult(
        Verdict.OK, Message("network.ok"), Message("network_advice.ok"), (Condition.FAKE_IP,)
    )
    return RunResult(
        "r1",
        "2025-01-01T00:00:00Z",
        "2025-01-01T00:00:05Z",
        5000.0,
        True,
        network,
        (ServiceResult("site", "Site", Status.BLOCKED, (function,)),),
    )


def test_document_round_trip_keeps_every_code() -> None:
    run = _run()
    assert run_from_dict(run_to_dict(run, complete=True)) == run


def test_unknown_codes_in_a_document_do_not_crash() -> None:
    document = run_to_dict(_run(), complete=True)
    function = document["services"][0]["functions"][0]
    function["code"] = "tls_from_the_future"
    function["endpoints"][0]["code"] = "tls_from_the_future"
    document["network"]["code"] = "network_from_the_future"
    document["network"]["conditions"] = [{"code": "condition_from_the_future", "text": ""}]
    run = run_from_dict(document)
    loaded = run.services[0].functions[0]
    assert loaded.code == "tls_from_the_future" and loaded.status == Status.BLOCKED
    assert run.network.code == "network_from_the_future"
    assert run.network.conditions == ("condition_from_the_future",)
    again = run_to_dict(run, complete=True)
    assert again["services"][0]["functions"][0]["code"] == "tls_from_the_future"
    assert again["network"]["conditions"][0]["code"] == "condition_from_the_future"
    # The rules judge a stranger like any code they cannot rank: it is kept, never "works".
    endpoint = replace(loaded.endpoints[0], code=Verdict.parse("tls_from_the_future"))
    judged = verdict.aggregate("site", FunctionKind.WEB, [endpoint])
    assert judged.code == "tls_from_the_future" and judged.status == Status.UNKNOWN
