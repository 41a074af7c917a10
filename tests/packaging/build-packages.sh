#!/usr/bin/env bash
# Builds the .deb and the .rpm from a build tree with CPack (packages in <build>/packages).
#   build-packages.sh <cmake> <build dir>
# A missing tool skips (exit 77) with the reason, except under CI=true where it fails.
set -euo pipefail
cmake="$1"
build="$2"
for tool in dpkg-shlibdeps:dpkg-dev rpmbuild:rpm; do
    command -v "${tool%%:*}" >/dev/null && continue
    [ "${CI:-}" = true ] && { echo "FAIL: ${tool%%:*} is not installed" >&2; exit 1; }
    echo "SKIP: ${tool%%:*} is not installed (apt install ${tool#*:})"
    exit 77
done
cpack="$(dirname "$cmake")/cpack"
rm -f "$build"/packages/*.deb "$build"/packages/*.rpm
cd "$build"
"$cpack" --config CPackConfig.cmake -G "DEB;RPM"
