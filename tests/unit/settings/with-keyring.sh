#!/bin/sh
# Runs a test inside a private D-Bus session with an unlocked throw-away gnome-keyring, so the
# keychain test never touches the user's real keyring. Called by ctest via dbus-run-session.
set -eu
export HOME="$(mktemp -d)"
export XDG_DATA_HOME="$HOME/.local/share"
mkdir -p "$XDG_DATA_HOME/keyrings"
eval "$(printf 'loandesk-test\n' | gnome-keyring-daemon --unlock --components=secrets 2>/dev/null)" || true
export GNOME_KEYRING_CONTROL
"$@"
status=$?
rm -rf "$HOME"
exit $status
