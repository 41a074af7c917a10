#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Checks that each catalogue translates every string of the current sources.
#   check-translations.sh <lupdate> <lrelease> <source dir> <catalogue.ts>...
set -euo pipefail
lupdate="$1"; lrelease="$2"; source="$3"; shift 3
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
status=0
for ts in "$@"; do
    copy="$work/$(basename "$ts")"
    cp "$ts" "$copy"
    # The same extraction as the update_translations target (src/l10n/CMakeLists.txt), into
    # a copy: every layer a user reads text from.
    "$lupdate" -silent -no-obsolete -locations none -I "$source/src" \
        "$source/src/core" "$source/src/api" "$source/src/operations" "$source/src/directory" "$source/src/profiles" \
        "$source/src/l10n" "$source/src/gui" "$source/src/app" "$source/src/cli" "$source/ui" \
        -ts "$copy" 2>/dev/null
    report="$("$lrelease" "$copy" -qm "$work/out.qm")"
    if grep -qE '[1-9][0-9]* unfinished|untranslated' <<<"$report"; then
        echo "FAIL: $(basename "$ts") is incomplete:" >&2
        echo "$report" >&2
        grep -B2 'type="unfinished"' "$copy" | grep '<source>' >&2 || true
        status=1
    else
        echo "OK: $(basename "$ts"): $(grep -o 'Generated [0-9]* translation(s)' <<<"$report")"
    fi
done
exit $status
