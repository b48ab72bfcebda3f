"""The catalog: the built-in one is valid, and broken files are reported with file, line, reason."""

from __future__ import annotations

import re
from dataclasses import replace
from pathlib import Path

import pytest

from core.catalog import CatalogError, load_catalog, parse_text
from core.models import Catalog, Category, FunctionKind, Protocol, SubhostRole
from core.paths import user_catalog_path
from core.texts import TABLE

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
    # issue 12, the catalog of 2026
    "messenger",
    "facetime",
    "snapchat",
    "roblox",
    "google",
    "google-play",
    "push",
    "github",
    "speedtest",
    "proton",
    "hosting-udp",
}
REFUSING = {"chatgpt", "claude", "gemini", "grok", "notion", "spotify", "jetbrains", "canva"}
# What a person recognises on a tile: a function with words in both languages ("messages",
# "sign-in"...). A kind added without them, or a service without one, fails.
RECOGNISED = {
    kind
    for kind in FunctionKind
    if all(TABLE.get(f"function.{kind.value}", {}).get(lang) for lang in ("en", "ru"))
}
# Never send UDP to OVH- or Scaleway-class ranges: UDP there reportedly blocks the user's own
# access for ten minutes (net4people/bbs#417; docs/sources.md#stun-servers).
NO_UDP_NAMES = ("ovh", "scaleway", "online.net")

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
                assert ep.source.strip(), f"{service.id}: endpoint {ep.host} has no source"


SOURCES_PAGE = Path(__file__).resolve().parent.parent / "docs" / "sources.md"


def _anchors() -> set[str]:
    """GitHub's anchors for the headings of docs/sources.md."""
    found = set()
    for line in SOURCES_PAGE.read_text(encoding="utf-8").splitlines():
        if line.startswith("#"):
            title = line.lstrip("#").strip().lower()
            found.add(re.sub(r"[^\w\- ]", "", title).replace(" ", "-"))
    return found


def _source_problem(source: str, anchors: set[str]) -> str | None:
    """A source must be public: never the team's private notes, and a docs/sources.md heading
    it names must exist."""
    if not source.strip():
        return "has no source"
    if "field-notes" in source.lower():
        return "cites FIELD-NOTES, not a public source"
    for anchor in re.findall(r"docs/sources\.md#([\w\-]+)", source):
        if anchor not in anchors:
            return f"cites a missing heading docs/sources.md#{anchor}"
    return None


def _problems(catalog: Catalog) -> list[str]:
    """Endpoints without a public source, duplicate endpoints in a function, unrecognisable
    services."""
    found = []
    anchors = _anchors()
    for service in catalog.services:
        if not {f.kind for f in service.functions} & RECOGNISED:
            found.append(f"{service.id}: no function a person would recognise")
        for function in service.functions:
            seen = set()
            for ep in function.endpoints:
                problem = _source_problem(ep.source, anchors)
                if problem:
                    found.append(f"{service.id}/{function.kind}: {ep.label()} {problem}")
                key = replace(ep, source="")
                if key in seen:
                    found.append(f"{service.id}/{function.kind}: {ep.label()} listed twice")
                seen.add(key)
    return found


def test_every_endpoint_has_a_source_and_none_is_listed_twice() -> None:
    assert _problems(load_catalog(include_user=False)) == []


def test_the_checks_fail_on_a_missing_source_a_duplicate_and_an_unnamed_function() -> None:
    no_source = parse_text(GOOD, "demo.toml")
    assert _problems(no_source) == ["demo/web: demo.example:443/https has no source"]
    twice = GOOD + 'source = "x"\n[[service.function.endpoint]]\nhost = "demo.example"\n'
    twice += 'protocol = "https"\nsource = "y"\n'
    problems = _problems(parse_text(twice, "demo.toml"))
    assert problems == ["demo/web: demo.example:443/https listed twice"]
    private = _problems(parse_text(GOOD + 'source = "Telegram DC5 (FIELD-NOTES)"\n', "demo.toml"))
    assert private == ["demo/web: demo.example:443/https cites FIELD-NOTES, not a public source"]
    missing = _problems(parse_text(GOOD + 'source = "docs/sources.md#nowhere"\n', "demo.toml"))
    assert missing == [
        "demo/web: demo.example:443/https cites a missing heading docs/sources.md#nowhere"
    ]
    cited = _problems(parse_text(GOOD + 'source = "docs/sources.md#stun-servers"\n', "demo.toml"))
    assert cited == []
    assert set(FunctionKind) == RECOGNISED


def test_the_catalog_of_2026() -> None:
    """The 2025-2026 catalog facts (docs/sources.md): rows that need a shape, not only a host."""
    catalog = load_catalog(include_user=False)
    ids = {s.id for s in catalog.services}
    refusing = {s.id for s in catalog.services if s.category is Category.REFUSES}
    assert refusing == REFUSING and refusing <= ids
    whatsapp = catalog.service("whatsapp")
    assert whatsapp is not None
    messages = whatsapp.function(FunctionKind.MESSAGES)
    assert messages is not None
    ports = {ep.host: set() for ep in messages.endpoints}
    for ep in messages.endpoints:
        ports[ep.host].add(ep.port)
    assert all(p == {443, 5222} for p in ports.values())
    assert set(ports) == {f"e{i}.whatsapp.net" for i in range(1, 17)}  # OONI's sixteen
    assert messages.draw == 3  # a handful per run, drawn at random (tests/test_censor_2026.py)
    login = whatsapp.function(FunctionKind.LOGIN)
    assert login is not None and login.endpoints[0].path == "/v2/register"
    signal = catalog.service("signal")
    calls = signal.function(FunctionKind.CALLS) if signal else None
    assert calls is not None
    turn = [ep for ep in calls.endpoints if ep.protocol is Protocol.STUN]
    assert [(ep.host, ep.port, ep.stun_answers) for ep in turn] == [
        ("turn3.voip.signal.org", 3478, "401")
    ]
    telegram = catalog.service("telegram")
    tg_calls = telegram.function(FunctionKind.CALLS) if telegram else None
    assert tg_calls is not None  # silence from Telegram's reflectors proves nothing
    assert all(not ep.stun_answers for ep in tg_calls.endpoints)
    domestic = catalog.service("control-domestic")
    stun = domestic.function(FunctionKind.CALLS) if domestic else None
    assert stun is not None and stun.endpoints[0].host == "stun.fitauto.ru"
    assert stun.endpoints[0].stun_answers is None  # liveness unverified: silent = unknown
    push = catalog.service("push")
    assert push is not None and push.function(FunctionKind.NOTIFICATIONS) is not None


def test_no_udp_to_ranges_that_punish_it() -> None:
    for service in load_catalog(include_user=False).services:
        for function in service.functions:
            for ep in function.endpoints:
                udp = ep.protocol in (Protocol.STUN, Protocol.QUIC) or ep.quic
                named = ep.host.lower() + " " + ep.source.lower()
                assert not (udp and any(n in named for n in NO_UDP_NAMES)), ep


def test_seed_case_shape_is_in_the_catalog() -> None:
    whatsapp = load_catalog(include_user=False).service("whatsapp")
    assert whatsapp is not None
    kinds = {f.kind for f in whatsapp.functions}
    assert {FunctionKind.MESSAGES, FunctionKind.CALLS, FunctionKind.MEDIA} <= kinds
    hosts = {ep.host for f in whatsapp.functions for ep in f.endpoints}
    assert {"e1.whatsapp.net", "web.whatsapp.com", "mmg.whatsapp.net"} <= hosts
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
        # issue 22: a first step the engine does not speak, or on the wrong protocol
        (GOOD + 'first_step = "irc"\n', 13, "first_step 'irc' is not one of"),
        (GOOD + 'first_step = "mtproto"\n', 13, "first_step 'mtproto' needs protocol 'tcp'"),
        (GOOD + "needed_for = 'sunshine'\n", 13, "needed_for 'sunshine' is not one of tiles"),
        (GOOD + "needed_for = 7\n", 13, "needed_for 7 is not one of"),
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


def test_translated_service_names_name_catalog_services() -> None:
    """`service.<id>` words (the Russian names the window shows) belong to real services."""
    ids = {s.id for s in load_catalog(include_user=False).services}
    named = {key.removeprefix("service.") for key in TABLE if key.startswith("service.")}
    assert named and named <= ids, named - ids
    assert all(TABLE[f"service.{sid}"].get("ru") for sid in named)


def test_messengers_are_tested_at_their_first_step() -> None:
    """Telegram's DCs (chat and media), WhatsApp's chat servers and Signal's chat host speak
    their own first step (issue 22): none of their messages is "connection only"."""
    catalog = load_catalog(include_user=False)
    steps = {
        (service.id, f.kind.value, ep.first_step.value)
        for service in catalog.services
        for f in service.functions
        for ep in f.endpoints
        if ep.first_step is not None
    }
    assert steps == {
        ("telegram", "messages", "mtproto"),
        ("telegram", "media", "mtproto"),
        ("whatsapp", "messages", "whatsapp_noise"),
        ("signal", "messages", "signal_websocket"),
    }
    whatsapp = catalog.service("whatsapp")
    assert whatsapp is not None
    chat = whatsapp.functions[0]
    assert all(ep.first_step is not None for ep in chat.endpoints)


def test_a_needed_sub_host_parses_with_its_role() -> None:
    catalog = parse_text(GOOD + 'needed_for = "tiles"\n', "demo.toml")
    assert catalog.problems == ()
    assert catalog.services[0].functions[0].endpoints[0].needed_for is SubhostRole.TILES


def test_the_built_in_sub_hosts_stand_beside_a_front_and_the_maps_group_is_complete() -> None:
    """Issue 24: a sub-host only makes sense beside the front page it serves (the rule reads
    "partly works" when the front works and the sub-host does not)."""
    catalog = load_catalog(include_user=False)
    roles: dict[str, SubhostRole] = {}
    for service in catalog.services:
        for function in service.functions:
            needed = [e for e in function.endpoints if e.needed_for]
            if needed and needed[0].needed_for is not SubhostRole.DOWNLOADS:
                assert any(not e.needed_for for e in function.endpoints), service.id
            roles.update({e.host: e.needed_for for e in needed if e.needed_for})
    assert roles["core-renderer-tiles.maps.yandex.net"] is SubhostRole.TILES
    assert roles["tile0.maps.2gis.com"] is SubhostRole.TILES
    assert roles["favorites.api.2gis.com"] is SubhostRole.FAVORITES
    assert roles["esia.gosuslugi.ru"] is SubhostRole.SIGN_IN
    assert roles["id.vk.ru"] is SubhostRole.SIGN_IN
    maps = {s.id for s in catalog.services if s.category is Category.MAPS}
    assert {"yandex-maps", "2gis", "google-maps", "organic-maps", "osmand"} <= maps
    osmand = catalog.service("osmand")
    assert osmand is not None
    assert "download.osmand.net" in {e.host for f in osmand.functions for e in f.endpoints}


def test_every_group_has_a_heading_in_both_languages() -> None:
    """The window's tile grid heads each catalog group with the core's words (issue 24 named
    the maps group "Maps and navigation")."""
    for category in Category:
        words = TABLE[f"category.{category.value}"]
        assert words["en"] and words["ru"], category
    assert TABLE["category.maps"] == {"en": "Maps and navigation", "ru": "Карты и навигация"}
