#!/bin/sh
# Svyaz for Linux: put the app in your menu (no root needed).
#   ./install.sh             copy the app to ~/.local/opt/svyaz, add the menu entry and icon,
#                            and ~/.local/bin/svyaz for the terminal (svyaz diagnose)
#   ./install.sh --uninstall remove all of that again (your history, settings and the app's
#                            log stay, and it says where)
# Without installing, double-click svyaz/svyaz in this folder (or run it) to start the app.
set -eu

here=$(cd "$(dirname "$0")" && pwd)
data=${XDG_DATA_HOME:-$HOME/.local/share}
target=${SVYAZ_INSTALL_DIR:-$HOME/.local/opt/svyaz}
bin=$HOME/.local/bin
desktop=$data/applications/svyaz.desktop
icon=$data/icons/hicolor/scalable/apps/svyaz.svg

refresh_menu() {
    command -v update-desktop-database >/dev/null 2>&1 &&
        update-desktop-database -q "$data/applications" 2>/dev/null || true
    command -v gtk-update-icon-cache >/dev/null 2>&1 &&
        gtk-update-icon-cache -q -t "$data/icons/hicolor" 2>/dev/null || true
}

if [ "${1:-}" = "--uninstall" ]; then
    rm -f "$desktop" "$icon"
    # "Start with my computer" (gui/autostart.py): nothing is left set to start.
    rm -f "${XDG_CONFIG_HOME:-$HOME/.config}/autostart/svyaz.desktop"
    [ -L "$bin/svyaz" ] && rm -f "$bin/svyaz"
    # Only a folder this script made (it holds the marker): never a folder chosen by mistake.
    if [ -f "$target/.svyaz-installed" ]; then
        rm -rf "$target"
    fi
    refresh_menu
    echo "Svyaz removed."
    # What stays is the person's (platformdirs' folders, core/paths.py): said, with its place.
    said=""
    say_kept() {
        [ -d "$2" ] || return 0
        [ -n "$said" ] || echo "Kept (delete these folders to remove them too):"
        said=1
        echo "  $1: $2"
    }
    say_kept "your history" "$data/svyaz"
    say_kept "your settings" "${XDG_CONFIG_HOME:-$HOME/.config}/svyaz"
    say_kept "the app's log" "${XDG_STATE_HOME:-$HOME/.local/state}/svyaz"
    exit 0
fi

[ -x "$here/svyaz/svyaz" ] || { echo "install.sh: $here/svyaz/svyaz not found" >&2; exit 1; }
if [ -e "$target" ] && [ ! -f "$target/.svyaz-installed" ]; then
    echo "install.sh: $target exists and is not a Svyaz install; set SVYAZ_INSTALL_DIR" >&2
    exit 1
fi
rm -rf "$target"
mkdir -p "$(dirname "$target")" "$bin" "$(dirname "$desktop")" "$(dirname "$icon")"
cp -a "$here/svyaz" "$target"
touch "$target/.svyaz-installed"
ln -sf "$target/svyaz" "$bin/svyaz"
cp "$here/svyaz.svg" "$icon"
sed "s|^Exec=.*|Exec=\"$target/svyaz\"|" "$here/svyaz.desktop" > "$desktop"
chmod 644 "$desktop" "$icon"
refresh_menu
echo "Svyaz installed in $target: find it in your menu, or run svyaz (svyaz diagnose in a terminal)."
