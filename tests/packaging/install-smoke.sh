#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Installs the built .deb with apt, runs what was installed, then removes it: the package
# is complete (dependencies, files, icon, translation) when the installed app starts.
#   install-smoke.sh <packages dir> <version>
# Needs root or sudo. CI runs it after the tests (.ci/run).
set -euo pipefail
tests="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
dir="$(cd "$1" && pwd)"
version="$2"
app_id=io.github.sentrymembers.sentrymembers

source "$(dirname "${BASH_SOURCE[0]}")/common.sh"
sudo=()
if [ "$(id -u)" -ne 0 ]; then
    command -v sudo >/dev/null || fail "need root or sudo to install the package"
    sudo=(sudo)
fi

shopt -s nullglob
debs=("$dir"/sentry-members_"$version"_*.deb)
[ ${#debs[@]} -eq 1 ] || fail "expected one .deb of $version in $dir"

# xvfb: the installed app also starts in a real (virtual) X11 session, where it looks up
# its icon in the desktop's icon theme.
extra=()
command -v xvfb-run >/dev/null || extra=(xvfb xauth)
echo "Installing ${debs[0]} ${extra[*]}"
DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -qq --no-install-recommends \
    "${debs[0]}" "${extra[@]}"
trap 'DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get remove -y -qq sentry-members >/dev/null' EXIT

# Run the installed binaries, not the build tree's.
cd /
app=/usr/bin/sentry-members
[ "$(command -v sentry-members)" = "$app" ] || fail "sentry-members is not on PATH from /usr/bin"
[ "$(env -u DISPLAY "$app" --version)" = "sentry-members $version" ] || fail "--version"
help="$(env -u DISPLAY LANG=de_DE.UTF-8 LC_ALL= LANGUAGE= "$app" --help)"
grep -q '^Aufruf: sentry-members \[Optionen\]' <<<"$help" || fail "no German help: $help"

# An offscreen start of the demo organization: the installed sandbox starts beside the app
# and the window paints.
painted="$(XDG_RUNTIME_DIR="$(mktemp -d)" QT_QPA_PLATFORM=offscreen \
    SENTRY_MEMBERS_QUIT_AFTER_FIRST_PAINT=1 timeout 60 "$app" --demo)"
grep -qx first-paint <<<"$painted" || fail "the installed app did not paint"
seed="$(timeout 30 /usr/bin/sentry-members-sandbox --dump-seed)"
grep -q '"members"' <<<"$seed" || fail "the installed sandbox did not dump its seed"

# In German under X11: the installed app loads its translation and finds its icon in the
# hicolor theme (it says so on the sentry.app logging category).
log="$(XDG_RUNTIME_DIR="$(mktemp -d)" LANG=de_DE.UTF-8 LC_ALL= LANGUAGE= QT_QPA_PLATFORM=xcb \
    QT_LOGGING_RULES="sentry.app.info=true" SENTRY_MEMBERS_QUIT_AFTER_FIRST_PAINT=1 \
    timeout 60 xvfb-run -a "$app" 2>&1)"
grep -qx first-paint <<<"$log" || fail "the installed app did not paint under X11: $log"
grep -q 'sentry.app: translation: "de-DE"' <<<"$log" || fail "no German translation: $log"
grep -q "sentry.app: window icon: \"$app_id\" from the icon theme" <<<"$log" ||
    fail "the installed app did not find its icon: $log"

# The menu entry's icon resolves in the hicolor theme, in every installed size.
icon="$(sed -n 's/^Icon=//p' "/usr/share/applications/$app_id.desktop")"
[ "$icon" = "$app_id" ] || fail "desktop entry names icon '$icon'"
[ -f "/usr/share/icons/hicolor/scalable/apps/$icon.svg" ] || fail "no scalable icon"
for size in 16 22 24 32 48 64 128 256 512; do
    png="/usr/share/icons/hicolor/${size}x${size}/apps/$icon.png"
    [ -f "$png" ] || fail "no ${size}px icon"
done
man -w sentry-members >/dev/null 2>&1 || [ -f /usr/share/man/man1/sentry-members.1.gz ] ||
    fail "no man page"

# The installed command-line tool against the installed sandbox: every member, as JSON Lines.
cli=/usr/bin/sentry-members-cli
[ "$(env -u DISPLAY "$cli" --version)" = "sentry-members-cli $version" ] || fail "cli --version"
man -w sentry-members-cli >/dev/null 2>&1 || [ -f /usr/share/man/man1/sentry-members-cli.1.gz ] ||
    fail "no man page for the cli"
scratch="$(mktemp -d)"
/usr/bin/sentry-members-sandbox --members 150 >"$scratch/announce" &
sandbox_pid=$!
for _ in $(seq 100); do [ -s "$scratch/announce" ] && break; sleep 0.1; done
field() { /usr/bin/python3 -c 'import json, sys; d = json.load(open(sys.argv[1]))
for key in sys.argv[2:]: d = d[key]
print(d)' "$scratch/announce" "$@"; }
cli_status=0
installed_cli() {
    env -u DISPLAY XDG_CONFIG_HOME="$scratch" XDG_DATA_HOME="$scratch/data" \
        SENTRY_URL="$(field url)" SENTRY_ORG="$(field org)" \
        SENTRY_AUTH_TOKEN="$(field tokens owner)" timeout 60 "$cli" "$@"
}
installed_cli members list --format jsonl >"$scratch/members.jsonl" || cli_status=$?
# A bulk run journaled through the installed SQLite driver (a dependency of the package).
printf 'email\nsmoke1@example.com\nsmoke2@example.com\n' >"$scratch/invites.csv"
bulk_status=0
installed_cli bulk "$scratch/invites.csv" --kind invites --yes --format jsonl \
    >"$scratch/bulk.jsonl" 2>"$scratch/bulk.err" || bulk_status=$?
kill "$sandbox_pid"
[ "$cli_status" -eq 0 ] || fail "the installed cli exited with $cli_status"
rows="$(wc -l <"$scratch/members.jsonl")"
[ "$rows" -gt 100 ] || fail "the installed cli listed $rows members"
[ "$bulk_status" -eq 0 ] || fail "the installed cli's bulk run exited with $bulk_status: $(cat "$scratch/bulk.err")"
[ "$(grep -c '"status":"done"' "$scratch/bulk.jsonl")" -eq 2 ] || fail "the bulk run: $(cat "$scratch/bulk.jsonl")"
find "$scratch/data" -path '*/journal/*.sqlite' | grep -q . || fail "no journal written"

# Through a screen reader's eyes: the installed app and sandbox, every task driven and every
# outcome read over AT-SPI (the same run as the a11y test on the build tree).
/usr/bin/python3 "$tests/a11y/screenreader_test.py" --app "$app" \
    --sandbox /usr/bin/sentry-members-sandbox || fail "the installed app failed over AT-SPI"

echo "OK: the installed package runs (version, German help and window, theme icon, demo start," \
    "the cli's member list and a journaled bulk run, every task over AT-SPI)"
