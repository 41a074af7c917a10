#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Builds the .deb and the .rpm from a build tree with CPack (packages in <build>/packages).
#   build-packages.sh <cmake> <build dir>
# A missing tool skips (exit 77) with the reason, except under CI=true where it fails.
set -euo pipefail
cmake="$1"
build="$2"
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"
need dpkg-shlibdeps dpkg-dev
need rpmbuild rpm
cpack="$(dirname "$cmake")/cpack"
rm -f "$build"/packages/*.deb "$build"/packages/*.rpm
cd "$build"
"$cpack" --config CPackConfig.cmake -G "DEB;RPM"
