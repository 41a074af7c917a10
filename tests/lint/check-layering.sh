#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# The layers point one way (README, "Architecture"): a source file may include only the
# project headers of its own layer and of the layers below it, and nothing below gui may
# include a Qt Widgets header.
#
#   check-layering.sh SRC_DIR     check the tree; lists every upward include, exit 1 if any
#   check-layering.sh --self-test copy of SRC_DIR with one upward include added must fail
set -euo pipefail

# layer: the layers it may include (itself first).
declare -A allowed=(
    [core]="core"
    [l10n]="l10n core"
    [api]="api core"
    [operations]="operations api core"
    [sandbox]="sandbox core"
    [directory]="directory operations api l10n core"
    [profiles]="profiles api core"
    [journal]="journal operations api core"
    [bulk]="bulk journal directory operations api l10n core"
    [cli]="cli bulk journal profiles directory operations api l10n core"
    [gui]="gui bulk journal operations directory profiles api l10n core"
    [app]="app gui bulk journal operations directory profiles api l10n core sandbox"
)
widgetless="core l10n api operations directory profiles journal bulk sandbox cli"

check() {
    local src="$1" problems=0 file layer include target
    for layer in "${!allowed[@]}"; do
        [ -d "$src/$layer" ] || continue
        while IFS= read -r -d '' file; do
            while IFS= read -r include; do
                target="${include%%/*}"
                [ -d "$src/$target" ] || continue # not a layer: a generated or local header
                if [[ " ${allowed[$layer]} " != *" $target "* ]]; then
                    echo "${file#"$src"/}: $layer must not include \"$include\" ($target)"
                    problems=$((problems + 1))
                fi
            done < <(sed -n 's/^[[:space:]]*#[[:space:]]*include[[:space:]]*"\([^"]*\)".*/\1/p' "$file")
            if [[ " $widgetless " == *" $layer "* ]] &&
                grep -Eq '^[[:space:]]*#[[:space:]]*include[[:space:]]*<(QtWidgets/|Q(Widget|Application|Dialog|MainWindow|Label|PushButton|LineEdit|ComboBox|MessageBox|Action|Menu)>)' "$file"; then
                echo "${file#"$src"/}: $layer must not use Qt Widgets"
                problems=$((problems + 1))
            fi
        done < <(find "$src/$layer" -type f \( -name '*.h' -o -name '*.cpp' \) -print0)
    done
    return $((problems > 0))
}

if [ "${1:-}" = --self-test ]; then
    src="$(cd "$2" && pwd)"
    scratch="$(mktemp -d)"
    trap 'rm -rf "$scratch"' EXIT
    cp -r "$src" "$scratch/src"
    check "$scratch/src" >/dev/null || { echo "FAIL: the tree itself breaks the layering"; exit 1; }
    # core reaching up into api, and api reaching up into gui: both must be refused.
    echo '#include "api/sentryclient.h"' >>"$scratch/src/core/entities.h"
    echo '#include <QWidget>' >>"$scratch/src/api/result.h"
    if output="$(check "$scratch/src")"; then
        echo "FAIL: upward includes went unnoticed"
        exit 1
    fi
    grep -q 'core/entities.h: core must not include "api/sentryclient.h"' <<<"$output" ||
        { echo "FAIL: core -> api not reported: $output"; exit 1; }
    grep -q 'api/result.h: api must not use Qt Widgets' <<<"$output" ||
        { echo "FAIL: Widgets in api not reported: $output"; exit 1; }
    echo "OK: an upward include and Widgets below gui are refused"
    exit 0
fi

src="$(cd "${1:?usage: check-layering.sh SRC_DIR | --self-test SRC_DIR}" && pwd)"
if check "$src"; then
    echo "OK: every include points down the layers"
else
    exit 1
fi
