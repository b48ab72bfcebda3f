#!/usr/bin/env bash
# `make installer-test` on Linux: unpack the tar.xz into a scratch home, run install.sh, check
# the menu entry, icon and command, run the installed app's self-test against the lab, then
# install.sh --uninstall must leave nothing behind but the person's data.
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
cd "$root"
archive=$(ls "$root"/dist/Svyaz-*-linux-*.tar.xz | head -n1)
scratch=$(mktemp -d /tmp/svyaz-installer-test-XXXXXX)
trap 'rm -rf "$scratch"' EXIT
export HOME="$scratch/home" XDG_DATA_HOME="$scratch/home/.local/share"
mkdir -p "$HOME"
start=$(date +%s)
tar -C "$scratch" -xJf "$archive"
folder=$(ls -d "$scratch"/Svyaz-*/)
"$folder/install.sh"
fail() { echo "installer-test: FAIL $*" >&2; exit 1; }
app="$HOME/.local/opt/svyaz/svyaz"
desktop="$XDG_DATA_HOME/applications/svyaz.desktop"
[ -x "$app" ] || fail "no $app"
grep -q "^Exec=\"$app\"" "$desktop" || fail "menu entry does not start $app"
[ -f "$XDG_DATA_HOME/icons/hicolor/scalable/apps/svyaz.svg" ] || fail "no icon"
[ "$(readlink "$HOME/.local/bin/svyaz")" = "$app" ] || fail "no ~/.local/bin/svyaz"
"$HOME/.local/bin/svyaz" --version | grep -q "^svyaz " || fail "svyaz --version"
"$root/.venv/bin/python" -m tests.package_smoke --app "$app" --skip-cli || fail "self-test"
# The app's log where platformdirs puts it (the self-test above logs into its SVYAZ_HOME): the
# uninstall keeps it and must say so (issue 25).
mkdir -p "$HOME/.local/state/svyaz/log" && echo "a log line" > "$HOME/.local/state/svyaz/log/svyaz.log"
said=$("$folder/install.sh" --uninstall)
echo "$said"
echo "$said" | grep -q "the app's log: $HOME/.local/state/svyaz" || fail "uninstall kept the log unsaid"
left=$(cd "$HOME" && find . -mindepth 1 \( -type f -o -type l \) \
    ! -path "./.local/share/svyaz/*" ! -path "./.config/svyaz/*" ! -path "./.cache/*" \
    ! -path "./.local/state/svyaz/*" | head)
[ -z "$left" ] || fail "uninstall left: $left"
echo "installer-test: passed ($(( $(date +%s) - start )) s)"
