#!/usr/bin/env bash
# `make installer` on Linux: dist/Svyaz-<version>-linux-x86_64.tar.xz, the download a person
# unpacks and double-clicks (svyaz/svyaz), with install.sh for the menu entry. No AppImage:
# every AppImage builder on PyPI fetches its runtime from GitHub at build time.
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
version=$(sed -n 's/^__version__ = "\(.*\)"/\1/p' "$root/core/__init__.py")
name="Svyaz-$version-linux-$(uname -m)"
stage="$root/build/linux/$name"
[ -x "$root/dist/svyaz/svyaz" ] || { echo "installer: run make package first" >&2; exit 1; }
start=$(date +%s)
rm -rf "$stage" && mkdir -p "$stage"
cp -a "$root/dist/svyaz" "$stage/svyaz"
cp "$root/packaging/linux/install.sh" "$stage/"
cp "$root/resources/svyaz.desktop" "$root/resources/icons/svyaz.svg" "$stage/"
tar -C "$stage/.." -cf - "$name" | xz -6 -T0 > "$root/dist/$name.tar.xz"
(cd "$root/dist" && sha256sum "$name.tar.xz" > "$name.tar.xz.sha256")
echo "installer: dist/$name.tar.xz is $(du -h "$root/dist/$name.tar.xz" | cut -f1)" \
     "($(( $(date +%s) - start )) s)"
