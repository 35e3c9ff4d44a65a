#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Runs a command inside a private D-Bus session with a fresh, unlocked gnome-keyring (a real
# Secret Service), so keychain tests never touch the user's own keyring. Usage: with-keyring.sh CMD...
set -euo pipefail
export HOME="$(mktemp -d /tmp/certdesk-keyring.XXXXXX)"
export XDG_DATA_HOME="$HOME/.local/share" XDG_RUNTIME_DIR="$HOME/run"
mkdir -p "$XDG_RUNTIME_DIR" && chmod 700 "$XDG_RUNTIME_DIR"
trap 'rm -rf "$HOME"' EXIT
exec dbus-run-session -- bash -c '
  printf "test-keyring-password" | gnome-keyring-daemon --unlock --components=secrets >/dev/null
  exec "$@"' with-keyring "$@"
