#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Every C++ source under src and tests is formatted by the committed .clang-format:
# lists the files that are not and exits 1. Fix with `clang-format -i FILE...`.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../.."
mapfile -t files < <(git ls-files 'src/*.cpp' 'src/*.h' 'tests/*.cpp' 'tests/*.h' | grep -v '/node_modules/')
unformatted=()
for file in "${files[@]}"; do
    clang-format --dry-run --Werror "$file" >/dev/null 2>&1 || unformatted+=("$file")
done
if [ ${#unformatted[@]} -gt 0 ]; then
    echo "Not formatted ($(clang-format --version)):"
    printf '  %s\n' "${unformatted[@]}"
    exit 1
fi
echo "OK: ${#files[@]} files formatted ($(clang-format --version | grep -o 'version [0-9.]*'))"
