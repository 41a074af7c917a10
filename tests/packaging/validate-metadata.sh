#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Validates the desktop entry and the AppStream metainfo with the freedesktop.org tools.
#   validate-metadata.sh <file.desktop> <file.metainfo.xml>
# A missing tool skips (exit 77) with the reason, except under CI=true where it fails.
set -euo pipefail

source "$(dirname "${BASH_SOURCE[0]}")/common.sh"
need desktop-file-validate desktop-file-utils
need appstreamcli appstream

# desktop-file-validate exits 0 on hints; hints are still findings here.
out="$(desktop-file-validate "$1" 2>&1)" || fail "$out"
[ -z "$out" ] || fail "desktop-file-validate: $out"
appstreamcli validate --no-net --pedantic "$2"
echo "OK: $1 $2"
