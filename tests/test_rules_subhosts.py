"""Issue 24: a listed service whose front works while a needed sub-host (map tiles, sign-in)
fails reads "partly works" with the part named (core/rules/subhosts.py through
`verdict.aggregate`), and the maps advice (core/rules/maps.py): offline and whitelist mode name
the offline map apps, maps that work carry the satellite-jamming note."""

from __future__ import annotations

import pytest

from core.codes import Verdict
from core.messages import render
from core.models import (
    Endpoint,
    EndpointResult,
    FunctionKind,
    Message,
    Protocol,
    Status,
    SubhostRole,
)
from core.rules import faces, maps, subhosts, verdict
from core.rules.summary import Standing, function_standing

V = Verdict
SOFT = {V.THROTTLED, V.STALLED, V.QUIC_BLOCKED, V.CONNECTION_LIMITED, V.CALL_POOR, V.HTTP_ERROR}


def _ep(host: str, code: Verdict, role: SubhostRole | None = None) -> EndpointResult:
    endpoint = Endpoint(host, 443, Protocol.TLS, needed_for=role)
    return EndpointResult(endpoint, code, ())


FRONT_OK = _ep("2gis.ru", V.OK)
TILES = SubhostRole.TILES
FAV = SubhostRole.FAVORITES


@pytest.mark.parametrize(
    ("endpoints", "role"),
    [
        # the front works, the tile host is reset by name: partly works, tiles
        ([FRONT_OK, _ep("tile0.maps.2gis.com", V.TLS_RESET, TILES)], TILES),
        # a black-holed favorites host, tiles fine
        (
            [FRONT_OK, _ep("tile0", V.OK, TILES), _ep("fav", V.TCP_TIMEOUT, FAV)],
            FAV,
        ),
        # two roles fail: tiles name the function (SubhostRole's order)
        ([FRONT_OK, _ep("fav", V.DNS_NXDOMAIN, FAV), _ep("t", V.TCP_RESET, TILES)], TILES),
        # everything works: nothing to say
        ([FRONT_OK, _ep("tile0", V.OK, TILES)], None),
        # the front fails too: not "partly works" (the ordinary rules judge it)
        ([_ep("2gis.ru", V.TLS_RESET), _ep("tile0", V.TLS_RESET, TILES)], None),
        # a slowed tile host is slowed, not missing
        ([FRONT_OK, _ep("tile0", V.THROTTLED, TILES)], None),
        # a function without a front (an offline map app's download server alone)
        ([_ep("cdn.organicmaps.app", V.TLS_RESET, SubhostRole.DOWNLOADS)], None),
        # an ordinary endpoint fails beside a working front: not a sub-host's doing
        ([FRONT_OK, _ep("api.2gis.ru", V.TLS_RESET)], None),
    ],
)
def test_the_missing_role(endpoints: list[EndpointResult], role: SubhostRole | None) -> None:
    assert subhosts.missing_role(endpoints, SOFT) is role


def test_a_blocked_tile_host_reads_partly_works_with_its_words_and_hosts() -> None:
    tiles = _ep("tile0.maps.2gis.com", V.TLS_RESET, TILES)
    result = verdict.aggregate("2gis", FunctionKind.MAPS, [FRONT_OK, tiles])
    assert result.code == V.SUBHOST_BLOCKED and result.status is Status.DEGRADED
    assert result.explanation.key == "explain.subhost_blocked.tiles"
    assert result.advice.key == "advice.subhost_blocked.tiles"
    assert result.evidence[0] == Message(
        "evidence.subhost_blocked", {"hosts": "tile0.maps.2gis.com", "what_code": V.TLS_RESET}
    )
    assert faces.function_label_key(result) == "label.subhost_blocked.tiles"
    assert "tiles don't load" in render(result.explanation, "en")
    assert "не загружается" in render(result.explanation, "ru")
    # every face lists it under "works poorly", never "works"
    assert function_standing(result) is Standing.SLOWED


def test_in_whitelist_mode_it_stays_partly_works() -> None:
    tiles = _ep("core-renderer-tiles.maps.yandex.net", V.TCP_TIMEOUT, TILES)
    result = verdict.aggregate(
        "yandex-maps", FunctionKind.MAPS, [FRONT_OK, tiles], context=V.WHITELIST_MODE
    )
    assert result.code == V.SUBHOST_BLOCKED and result.status is Status.DEGRADED
    assert result.explanation.key == "explain.subhost_blocked.tiles"


def test_a_sign_in_host_names_sign_in_on_a_website() -> None:
    esia = _ep("esia.gosuslugi.ru", V.TLS_RESET, SubhostRole.SIGN_IN)
    result = verdict.aggregate("gosuslugi", FunctionKind.WEB, [FRONT_OK, esia])
    assert result.code == V.SUBHOST_BLOCKED
    assert faces.function_label_key(result) == "label.subhost_blocked.sign_in"


@pytest.mark.parametrize(
    ("kind", "code", "status", "context", "key"),
    [
        (FunctionKind.MAPS, V.OFFLINE, Status.UNKNOWN, V.OFFLINE, maps.OFFLINE),
        (FunctionKind.MAPS, V.TCP_TIMEOUT, Status.BLOCKED, V.WHITELIST_MODE, maps.WHITELIST),
        (FunctionKind.MAPS, V.TLS_RESET, Status.DEGRADED, V.WHITELIST_MODE, maps.WHITELIST),
        (FunctionKind.MAPS, V.OK, Status.WORKS, None, maps.JAMMING),
        # maps that work in whitelist mode need no advice about it
        (FunctionKind.MAPS, V.OK, Status.WORKS, V.WHITELIST_MODE, None),
        # a blocked map in a working network keeps its code's advice (a DNS fix, say)
        (FunctionKind.MAPS, V.DNS_SPOOFED, Status.BLOCKED, None, None),
        # partly works keeps its role's advice
        (FunctionKind.MAPS, V.SUBHOST_BLOCKED, Status.DEGRADED, V.WHITELIST_MODE, None),
        # not maps
        (FunctionKind.WEB, V.OFFLINE, Status.UNKNOWN, V.OFFLINE, None),
        (FunctionKind.WEB, V.OK, Status.WORKS, None, None),
    ],
)
def test_the_maps_advice(
    kind: FunctionKind, code: Verdict, status: Status, context: Verdict | None, key: str | None
) -> None:
    assert maps.advice_key(kind, code, status, context) == key


def test_maps_offline_name_the_offline_apps_and_the_download() -> None:
    down = _ep("yandex.ru", V.TCP_TIMEOUT)
    result = verdict.aggregate("yandex-maps", FunctionKind.MAPS, [down], context=V.OFFLINE)
    assert result.code == V.OFFLINE and result.advice.key == maps.OFFLINE
    for language in ("en", "ru"):
        words = render(result.advice, language)
        assert "Organic Maps" in words and "OsmAnd" in words
    assert "до следующего отключения" in render(result.advice, "ru")


def test_working_maps_carry_the_jamming_note_beside_works_only() -> None:
    result = verdict.aggregate("2gis", FunctionKind.MAPS, [FRONT_OK])
    assert result.code == V.OK
    note = faces.note_beside_works(result)
    assert note is not None and "GLONASS" in render(note, "en")
    assert "ГЛОНАСС" in render(note, "ru")
    website = verdict.aggregate("vk", FunctionKind.WEB, [FRONT_OK])
    assert faces.note_beside_works(website) is None


def test_a_stored_run_keeps_the_sub_hosts_role_and_its_verdict() -> None:
    from core.document import function_from_dict, function_to_dict

    tiles = _ep("tile0.maps.2gis.com", V.TLS_RESET, TILES)
    result = verdict.aggregate("2gis", FunctionKind.MAPS, [FRONT_OK, tiles])
    stored = function_to_dict(result, "ru", complete=True)
    assert stored["endpoints"][1]["spec"]["needed_for"] == "tiles"
    assert "needed_for" not in stored["endpoints"][0]["spec"]  # unset: not written
    back = function_from_dict("2gis", stored)
    assert back.endpoints[1].endpoint.needed_for is TILES
    assert back.code == V.SUBHOST_BLOCKED and back.explanation == result.explanation
    # a role this version does not know reads as none, never as an error
    stored["endpoints"][1]["spec"]["needed_for"] = "teleport"
    assert function_from_dict("2gis", stored).endpoints[1].endpoint.needed_for is None
