"""Headlines name the cause in both languages, for every verdict code; the first layer of the
window speaks words, not program output; the X11 check words its one line."""

from __future__ import annotations

from pathlib import Path

import pytest

from core.codes import Verdict
from core.models import FunctionKind, FunctionResult, Message, Status
from core.texts import TABLE


@pytest.mark.parametrize("code", list(Verdict))
def test_every_verdict_code_has_a_headline_in_both_languages(code: Verdict) -> None:
    entry = TABLE.get(f"headline.{code}")
    assert entry is not None, f"no headline.{code} in core/texts (headlines.py)"
    assert entry.get("en") and entry.get("ru"), f"headline.{code} lacks a language"
    assert entry["en"] != entry["ru"], f"headline.{code} is not translated"


def test_headline_phrases_are_not_generic_status_words() -> None:
    generic = {TABLE[f"status.{s.value}"][lang] for s in Status for lang in ("en", "ru")}
    for code in Verdict:
        if code in (Verdict.OK,):
            continue
        for language in ("en", "ru"):
            assert TABLE[f"headline.{code}"][language] not in generic, (code, language)


def _function(code: Verdict, status: Status, kind: FunctionKind) -> FunctionResult:
    return FunctionResult(
        "whatsapp", kind, code, status, Message(f"explain.{code}"), Message(f"advice.{code}")
    )


def test_a_tile_speaks_for_its_worst_tested_function() -> None:
    from gui.words import headline, worst_function

    functions = [
        _function(Verdict.OK, Status.WORKS, FunctionKind.MESSAGES),
        _function(Verdict.UDP_BLOCKED, Status.BLOCKED, FunctionKind.CALLS),
        _function(Verdict.THROTTLED, Status.DEGRADED, FunctionKind.MEDIA),
    ]
    worst = worst_function(functions)
    assert worst is not None and headline(worst, "en") == "Calls blocked"
    assert headline(worst, "ru") == "Звонки заблокированы"
    untested = [
        _function(Verdict.OK, Status.WORKS, FunctionKind.MESSAGES),
        _function(Verdict.NOT_TESTED, Status.UNKNOWN, FunctionKind.CALLS),
    ]
    worst = worst_function(untested)
    assert worst is not None and headline(worst, "en") == "Works"  # calls just not measured
    calls = untested[1]
    assert "Call quality" in headline(calls, "en")  # its chip's details say where to go
    assert "Качество звонков" in headline(calls, "ru")


def test_service_names_as_people_say_them_in_russian() -> None:
    from gui.words import service_name

    assert service_name("ok", "Odnoklassniki", "ru") == "Одноклассники"
    assert service_name("gosuslugi", "Gosuslugi", "ru") == "Госуслуги"
    assert service_name("yandex-maps", "Yandex Maps", "ru") == "Яндекс Карты"
    assert service_name("2gis", "2GIS", "ru") == "2ГИС"
    assert service_name("vk", "VK", "ru") == "ВКонтакте"
    assert service_name("ok", "Odnoklassniki", "en") == "Odnoklassniki"
    assert service_name("whatsapp", "WhatsApp", "ru") == "WhatsApp"


def test_the_first_layer_has_no_program_output_and_local_numbers() -> None:
    from gui.words import is_technical, number, plain

    # The certificate's problem comes worded from the core (core/codes.py CertificateProblem).
    message = Message("evidence.bad_certificate.self_signed", {"name": "x.test"})
    for language in ("en", "ru"):
        words = plain(message, language)
        assert not is_technical(words) and "_ssl" not in words, words
    assert "self-signed" in plain(message, "en")
    assert plain(Message("explain.call_poor", {"mos": 2.98, "culprit": "loss"}), "ru").count("3,0")
    assert number(5.0, 1, "ru") == "5,0" and number(5.0, 1, "en") == "5.0"
    assert number(1234.4, 0, "en") == "1234"  # never a thousands separator in a figure


def test_the_x11_check_names_packages_and_the_install_command(tmp_path: Path) -> None:
    from gui import x11_libraries as x11

    assert x11.uses_xcb({"DISPLAY": ":0"}, "linux")
    assert not x11.uses_xcb({"DISPLAY": ":0", "WAYLAND_DISPLAY": "wayland-0"}, "linux")
    assert not x11.uses_xcb({"QT_QPA_PLATFORM": "offscreen", "DISPLAY": ":0"}, "linux")
    assert not x11.uses_xcb({"DISPLAY": ":0"}, "win32")
    absent = x11.missing(lambda soname: soname not in ("libxcb-cursor.so.0", "libxcb-icccm.so.4"))
    assert absent == ["libxcb-cursor.so.0", "libxcb-icccm.so.4"]
    release = tmp_path / "os-release"
    for content, command in (
        ('ID=ubuntu\nID_LIKE="debian"\n', "sudo apt install libxcb-cursor0 libxcb-icccm4"),
        ("ID=fedora\n", "sudo dnf install xcb-util-cursor xcb-util-wm"),
        ("ID=arch\n", "sudo pacman -S xcb-util-cursor xcb-util-wm"),
    ):
        release.write_text(content)
        line = x11.message(absent, x11.distribution(release))
        assert "\n" not in line and line.endswith(command), line
        assert "libxcb-cursor0, libxcb-icccm4" in line
    every = x11.message(absent, x11.distribution(tmp_path / "none"))
    assert "Debian/Ubuntu: sudo apt install" in every and "Arch: sudo pacman -S" in every


def test_the_app_stops_before_qt_when_libraries_are_missing(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from gui import app
    from gui import x11_libraries as x11

    monkeypatch.setattr(app, "display_available", lambda: True)
    monkeypatch.setattr(x11, "uses_xcb", lambda: True)
    monkeypatch.setattr(x11, "missing", lambda: ["libxcb-keysyms.so.1"])
    assert app.main(["svyaz-gui"]) == x11.EXIT_MISSING_LIBRARIES
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "libxcb-keysyms1" in err[0]
