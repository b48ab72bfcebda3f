"""Before Qt starts on X11: are the xcb libraries its platform plugin needs installed?

Without them Qt aborts with a core dump and a hint few people can act on ("could not load the
Qt platform plugin xcb"). This module loads nothing from Qt: it tries each library with the
dynamic loader and, if some are missing, words one line with the distribution's install command.
"""

from __future__ import annotations

import ctypes
import os
import sys
from collections.abc import Callable, Mapping
from pathlib import Path

# soname -> (Debian/Ubuntu, Fedora, Arch) package: what libQt6XcbQpa links against.
LIBRARIES: dict[str, tuple[str, str, str]] = {
    "libxcb-cursor.so.0": ("libxcb-cursor0", "xcb-util-cursor", "xcb-util-cursor"),
    "libxcb-icccm.so.4": ("libxcb-icccm4", "xcb-util-wm", "xcb-util-wm"),
    "libxcb-keysyms.so.1": ("libxcb-keysyms1", "xcb-util-keysyms", "xcb-util-keysyms"),
    "libxcb-image.so.0": ("libxcb-image0", "xcb-util-image", "xcb-util-image"),
    "libxcb-render-util.so.0": (
        "libxcb-render-util0",
        "xcb-util-renderutil",
        "xcb-util-renderutil",
    ),
    "libxcb-util.so.1": ("libxcb-util1", "xcb-util", "xcb-util"),
    "libxcb-randr.so.0": ("libxcb-randr0", "libxcb", "libxcb"),
    "libxcb-shape.so.0": ("libxcb-shape0", "libxcb", "libxcb"),
    "libxcb-xfixes.so.0": ("libxcb-xfixes0", "libxcb", "libxcb"),
    "libxcb-xkb.so.1": ("libxcb-xkb1", "libxcb", "libxcb"),
    "libxcb-sync.so.1": ("libxcb-sync1", "libxcb", "libxcb"),
    "libxkbcommon-x11.so.0": ("libxkbcommon-x11-0", "libxkbcommon-x11", "libxkbcommon-x11"),
    "libX11-xcb.so.1": ("libx11-xcb1", "libX11-xcb", "libx11"),
}
INSTALL = (
    ("Debian/Ubuntu", "sudo apt install"),
    ("Fedora", "sudo dnf install"),
    ("Arch", "sudo pacman -S"),
)
EXIT_MISSING_LIBRARIES = 4


def uses_xcb(environ: Mapping[str, str] | None = None, platform: str | None = None) -> bool:
    """Qt will pick its X11 plugin: Linux/BSD, an X display, no Wayland, no forced platform."""
    env = os.environ if environ is None else environ
    if not (platform or sys.platform).startswith(("linux", "freebsd", "openbsd", "netbsd")):
        return False
    forced = env.get("QT_QPA_PLATFORM", "")
    if forced:
        return forced.startswith("xcb")
    return bool(env.get("DISPLAY")) and not env.get("WAYLAND_DISPLAY")


def _loads(soname: str) -> bool:
    try:
        ctypes.CDLL(soname)
    except OSError:
        return False
    return True


def missing(loads: Callable[[str], bool] = _loads) -> list[str]:
    """The sonames the dynamic loader cannot find."""
    return [soname for soname in LIBRARIES if not loads(soname)]


def distribution(os_release: Path = Path("/etc/os-release")) -> int | None:
    """0 Debian/Ubuntu, 1 Fedora, 2 Arch (index into INSTALL), None when unknown."""
    try:
        fields = dict(
            line.split("=", 1) for line in os_release.read_text().splitlines() if "=" in line
        )
    except OSError:
        return None
    family = " ".join(fields.get(k, "").strip('"').lower() for k in ("ID", "ID_LIKE")).split()
    for index, names in enumerate((("debian", "ubuntu"), ("fedora", "rhel"), ("arch",))):
        if any(name in family for name in names):
            return index
    return None


def message(sonames: list[str], distro: int | None) -> str:
    """One line: what is missing and the exact command to install it."""
    if distro is not None:
        packages = sorted({LIBRARIES[s][distro] for s in sonames})
        command = INSTALL[distro][1]
        how = f"install them with: {command} {' '.join(packages)}"
    else:
        how = "install them with: " + "; ".join(
            f"{where}: {command} {' '.join(sorted({LIBRARIES[s][i] for s in sonames}))}"
            for i, (where, command) in enumerate(INSTALL)
        )
    debian = ", ".join(sorted({LIBRARIES[s][0] for s in sonames}))
    return f"svyaz: the window needs X11 libraries that are missing ({debian}); {how}"
