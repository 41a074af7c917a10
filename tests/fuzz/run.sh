#!/bin/sh
# SPDX-License-Identifier: MIT
# Runs every fuzz target for SECONDS (default 30) each, from its seed corpus in
# tests/fuzz/corpus/<target>/ plus what earlier runs found (build/fuzz/corpus/<target>/).
# A crash, a leak, a sanitizer report or a timeout fails the run; the input that caused it
# is saved in build/fuzz/crashes/ and belongs in the seed corpus once fixed.
#   tests/fuzz/run.sh [BUILD_DIR] [SECONDS]
set -eu
here=$(cd "$(dirname "$0")" && pwd)
build=${1:-build/fuzz}
seconds=${2:-30}
mkdir -p "$build/crashes"
status=0
for seeds in "$here"/corpus/*/; do
    target=$(basename "$seeds")
    found="$build/corpus/$target"
    mkdir -p "$found"
    echo "fuzz_$target: ${seconds}s"
    if ! "$build/tests/fuzz/fuzz_$target" -max_total_time="$seconds" -timeout=10 \
        -rss_limit_mb=2048 -max_len=65536 -print_final_stats=1 \
        -artifact_prefix="$build/crashes/$target-" "$found" "$seeds" \
        >"$build/fuzz_$target.log" 2>&1; then
        echo "FAILED: fuzz_$target (log: $build/fuzz_$target.log); the input is in $build/crashes/:"
        ls "$build/crashes" | grep "^$target-" || true
        tail -40 "$build/fuzz_$target.log"
        status=1
    else
        grep -E "stat::number_of_executed_units|cov:" "$build/fuzz_$target.log" | tail -2
    fi
done
exit $status
