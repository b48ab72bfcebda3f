"""Before Qt loads: say in words that Windows older than 10 version 1903 cannot open the window.

PySide6 6.10+ links Windows' own ICU (icuuc.dll), which Windows has from 10 version 1903
(build 18362; Server 2019): older Windows would only show a DLL error. The CLI needs no Qt.
"""

from __future__ import annotations

import sys

MIN_WINDOWS_BUILD = 18362  # Windows 10 version 1903
EXIT_TOO_OLD = 4

TOO_OLD_MESSAGE = (
    "Svyaz needs Windows 10 version 1903 or later (Windows 11 is fine): this Windows (build "
    "{build}) lacks the ICU library the window needs. The same diagnostic runs in a command "
    "prompt: svyaz diagnose\n\n"
    "Для Связи нужна Windows 10 версии 1903 или новее (Windows 11 подходит): в этой Windows "
    "(сборка {build}) нет библиотеки ICU, без которой окно не откроется. Та же проверка "
    "работает в командной строке: svyaz diagnose"
)


def windows_build() -> int | None:
    """This Windows' build number (the kernel's, whatever the manifest), or None elsewhere."""
    if sys.platform == "win32":
        version = sys.getwindowsversion()
        return int(version.platform_version[2] or version.build)
    return None


def under_wine() -> bool:
    """True for the Windows build running in Wine on Linux (ntdll exports wine_get_version).

    Wine 8.0's Network List Manager makes Qt's Windows network-information backend hang, so
    the Wi-Fi/cable label is left out there (gui/link_type.py).
    """
    if sys.platform == "win32":
        import ctypes

        try:
            return hasattr(ctypes.WinDLL("ntdll"), "wine_get_version")
        except OSError:
            return False
    return False


def too_old(build: int | None) -> bool:
    return build is not None and build < MIN_WINDOWS_BUILD


def refuse_if_too_old() -> int | None:
    """EXIT_TOO_OLD after telling the person (message box and stderr), else None."""
    build = windows_build()
    if not too_old(build):
        return None
    message = TOO_OLD_MESSAGE.format(build=build)
    print(message, file=sys.stderr)
    if sys.platform == "win32":
        import ctypes

        icon_error = 0x10
        ctypes.windll.user32.MessageBoxW(None, message, "Svyaz", icon_error)
    return EXIT_TOO_OLD
