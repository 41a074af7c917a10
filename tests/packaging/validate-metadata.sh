#!/usr/bin/env bash
# Validates the desktop entry and the AppStream metainfo with the freedesktop.org tools.
#   validate-metadata.sh <file.desktop> <file.metainfo.xml>
# A missing tool skips (exit 77) with the reason, except under CI=true where it fails.
set -euo pipefail

for tool in desktop-file-validate:desktop-file-utils appstreamcli:appstream; do
    command -v "${tool%%:*}" >/dev/null && continue
    [ "${CI:-}" = true ] && { echo "FAIL: ${tool%%:*} is not installed" >&2; exit 1; }
    echo "SKIP: ${tool%%:*} is not installed (apt install ${tool#*:})"
    exit 77
done

# desktop-file-validate exits 0 on hints; hints are still findings here.
out="$(desktop-file-validate "$1" 2>&1)" || { echo "$out" >&2; exit 1; }
[ -z "$out" ] || { echo "desktop-file-validate: $out" >&2; exit 1; }
appstreamcli validate --no-net --pedantic "$2"
echo "OK: $1 $2"
