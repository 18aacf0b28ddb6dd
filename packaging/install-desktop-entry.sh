#!/bin/sh
# Ajoute Boussole au menu des applications de cet utilisateur (sans droits d'administrateur).
# Adds Boussole to this user's applications menu (no administrator rights needed).
# Run it from the unpacked Boussole folder: ./install-desktop-entry.sh
set -eu
here=$(cd "$(dirname "$0")" && pwd)
data=${XDG_DATA_HOME:-$HOME/.local/share}
mkdir -p "$data/applications" "$data/icons/hicolor/scalable/apps"
cp "$here/boussole.svg" "$data/icons/hicolor/scalable/apps/boussole.svg"
# The menu entry points at this folder: a .desktop file needs the program's absolute path.
while IFS= read -r line; do
  case $line in
    Exec=*) printf 'Exec="%s/boussole"\n' "$here" ;;
    TryExec=*) printf 'TryExec=%s/boussole\n' "$here" ;;
    *) printf '%s\n' "$line" ;;
  esac
done < "$here/boussole.desktop" > "$data/applications/boussole.desktop"
echo "Boussole: $data/applications/boussole.desktop"
