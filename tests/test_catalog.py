"""The catalog: the built-in one is valid, and broken files are reported with file, line, reason."""

from __future__ import annotations

from pathlib import Path

import pytest

from core.catalog import CatalogError, load_catalog, parse_text
from core.models import FunctionKind, Protocol
from core.paths import user_catalog_path

REQUIRED = {
    "whatsapp",
    "telegram",
    "signal",
    "viber",
    "max",
    "vk",
    "youtube",
    "instagram",
    "facebook",
    "x",
    "discord",
    "wikipedia",
    "google-maps",
    "yandex-maps",
    "gosuslugi",
    "yandex",
}

GOOD = """
version = 1
[[service]]
id = "demo"
name = "Demo"
category = "reference"
region = "foreign"
[[service.function]]
kind = "web"
[[service.function.endpoint]]
host = "demo.example"
protocol = "https"
"""


def test_builtin_catalog_is_valid_and_complete() -> None:
    catalog = load_catalog(include_user=False)
    assert catalog.problems == ()
    ids = {s.id for s in catalog.services}
    assert ids >= REQUIRED
    controls = [s for s in catalog.services if s.control]
    assert {s.region.value for s in controls} == {"domestic", "foreign"}
    for service in catalog.services:
        for function in service.functions:
            for ep in function.endpoints:
                assert ep.source, f"{service.id}: endpoint {ep.host} has no source"


def test_seed_case_shape_is_in_the_catalog() -> None:
    whatsapp = load_catalog(include_user=False).service("whatsapp")
    assert whatsapp is not None
    kinds = {f.kind for f in whatsapp.functions}
    assert {FunctionKind.MESSAGES, FunctionKind.CALLS, FunctionKind.MEDIA} <= kinds
    hosts = {ep.host for f in whatsapp.functions for ep in f.endpoints}
    assert {"g.whatsapp.net", "web.whatsapp.com", "mmg.whatsapp.net"} <= hosts
    telegram = load_catalog(include_user=False).service("telegram")
    assert telegram is not None
    messages = telegram.function(FunctionKind.MESSAGES)
    assert messages is not None
    assert "149.154.167.51" in {ep.host for ep in messages.endpoints}


def test_good_text_parses() -> None:
    catalog = parse_text(GOOD, "demo.toml")
    assert catalog.problems == ()
    ep = catalog.services[0].functions[0].endpoints[0]
    assert ep.port == 443 and ep.protocol == Protocol.HTTPS


@pytest.mark.parametrize(
    ("broken", "line", "reason"),
    [
        (GOOD.replace('protocol = "https"', 'protocol = "gopher"'), 12, "protocol 'gopher'"),
        (GOOD.replace('kind = "web"', 'kind = "teleport"'), 9, "kind 'teleport'"),
        (GOOD.replace('region = "foreign"', 'region = "mars"'), 7, "region 'mars'"),
        (
            GOOD.replace('host = "demo.example"', 'host = "demo.example"\nport = 70000'),
            12,
            "bad port",
        ),
        (GOOD.replace('name = "Demo"', 'name = "Demo'), 5, "Illegal character"),
        (GOOD.replace("version = 1", "version = 9"), 2, "version 9"),
        (GOOD + "colour = 'red'\n", 13, "unknown endpoint key 'colour'"),
    ],
)
def test_broken_text_names_file_line_and_reason(broken: str, line: int, reason: str) -> None:
    catalog = parse_text(broken, "user.toml")
    assert catalog.services == ()
    problem = catalog.problems[0]
    assert problem.file == "user.toml"
    assert problem.line == line, problem
    assert reason in problem.reason


def test_broken_user_file_is_reported_and_builtin_still_runs(tmp_path: Path) -> None:
    user = user_catalog_path()
    user.parent.mkdir(parents=True, exist_ok=True)
    user.write_text('version = 1\n[[service]]\nid = "x"\nname = [\n', encoding="utf-8")
    catalog = load_catalog()
    assert len(catalog.services) >= len(REQUIRED)
    assert catalog.problems and catalog.problems[0].file == str(user)
    assert catalog.problems[0].line is not None


def test_user_file_adds_and_overrides_services() -> None:
    user = user_catalog_path()
    user.parent.mkdir(parents=True, exist_ok=True)
    extra = GOOD + GOOD.replace("version = 1", "").replace('"demo"', '"wikipedia"').replace(
        '"Demo"', '"My Wikipedia"'
    )
    user.write_text(extra, encoding="utf-8")
    catalog = load_catalog()
    assert catalog.service("demo") is not None
    wiki = catalog.service("wikipedia")
    assert wiki is not None and wiki.name == "My Wikipedia"
    assert [s.id for s in catalog.services].count("wikipedia") == 1


def test_replacement_catalog_that_is_broken_raises(tmp_path: Path) -> None:
    path = tmp_path / "lab.toml"
    path.write_text(GOOD.replace('"https"', '"ftp"'), encoding="utf-8")
    with pytest.raises(CatalogError) as info:
        load_catalog(replace_with=path)
    assert "lab.toml:12" in str(info.value)


def test_missing_replacement_catalog_raises(tmp_path: Path) -> None:
    with pytest.raises(CatalogError):
        load_catalog(replace_with=tmp_path / "none.toml")


def test_binary_garbage_is_a_clear_problem(tmp_path: Path) -> None:
    path = tmp_path / "garbage.toml"
    path.write_bytes(b"\xff\xfe\x00garbage")
    with pytest.raises(CatalogError):
        load_catalog(replace_with=path)
