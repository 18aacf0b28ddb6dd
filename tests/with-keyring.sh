#!/bin/sh
# Run a command inside the D-Bus session started by `dbus-run-session`, with an unlocked
# gnome-keyring Secret Service, so the real-keychain test has a keychain to talk to.
# The password is a throwaway for this test session's keyring only.
if command -v gnome-keyring-daemon >/dev/null 2>&1; then
  eval "$(printf 'boussole-test' | gnome-keyring-daemon --unlock --components=secrets 2>/dev/null)" || true
  export GNOME_KEYRING_CONTROL SSH_AUTH_SOCK 2>/dev/null || true
  export BOUSSOLE_SECRET_SERVICE=1
fi
exec "$@"
