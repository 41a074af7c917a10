#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Every source file carries the licence of packaging/copyright as an SPDX line.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../.."
licence="$(sed -n 's/^License: //p' packaging/copyright | head -1)"
missing=()
while IFS= read -r file; do
    grep -q "SPDX-License-Identifier: $licence\$" "$file" || missing+=("$file")
done < <(git ls-files '*.cpp' '*.h' '*.sh' '*.py' '*.cmake' '*CMakeLists.txt' .ci/run |
         grep -v '/node_modules/')
if [ ${#missing[@]} -gt 0 ]; then
    echo "No 'SPDX-License-Identifier: $licence' line:"
    printf '  %s\n' "${missing[@]}"
    exit 1
fi
echo "OK: every source file says SPDX-License-Identifier: $licence"
