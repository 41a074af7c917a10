#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Runs a test inside a private D-Bus session with an unlocked GNOME Keyring (the Secret
# Service a desktop provides), with its own HOME so no real keyring is touched.
#   with-keyring.sh TEST [args...]
# Without gnome-keyring-daemon or dbus-run-session the test runs with
# SENTRY_MEMBERS_KEYRING=none and skips, saying why (CI=true makes that a failure).
set -euo pipefail
if ! command -v dbus-run-session >/dev/null || ! command -v gnome-keyring-daemon >/dev/null; then
    echo "with-keyring.sh: gnome-keyring-daemon or dbus-run-session is not installed" >&2
    export SENTRY_MEMBERS_KEYRING=none
    exec "$@"
fi
home="$(mktemp -d)"
trap 'rm -rf "$home"' EXIT
export HOME="$home" XDG_RUNTIME_DIR="$home/run" XDG_DATA_HOME="$home/data"
mkdir -p "$XDG_RUNTIME_DIR" && chmod 700 "$XDG_RUNTIME_DIR"
unset DISPLAY WAYLAND_DISPLAY
export SENTRY_MEMBERS_KEYRING=gnome-keyring
dbus-run-session -- sh -c '
    printf %s unlock-for-tests | gnome-keyring-daemon --unlock --components=secrets >/dev/null
    exec "$@"' sh "$@"
