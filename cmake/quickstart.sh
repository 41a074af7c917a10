#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Quick start for Debian 12 / Ubuntu: installs what is missing, builds, then runs.
#
#   cmake/quickstart.sh run     build and launch Sentry Members
#   cmake/quickstart.sh test    build and run every test
#   cmake/quickstart.sh check   formatting, layering and clang-tidy on the product code
#   cmake/quickstart.sh asan    build and run every test under AddressSanitizer and UBSan
#   cmake/quickstart.sh bench   build Release, run the startup (X11 via Xvfb), directory, CLI and
#                               bulk benchmarks
#   cmake/quickstart.sh fuzz    build the libFuzzer targets (clang) and run each for a while
#                               (FUZZ_SECONDS, default 30)
#
# SENTRY_MEMBERS_PRESET picks the CMake preset (default: dev; CI uses ci).
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$here"

mode="${1:-}"
shift || true
preset="${SENTRY_MEMBERS_PRESET:-dev}"

# The Debian packages the build, the app and the tests need (see README, "Requirements").
packages=(
    cmake ninja-build g++ pkg-config
    qt6-base-dev qt6-base-dev-tools qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
    qt6-httpserver-dev qt6-websockets-dev qt6-svg-dev libqt6svg6 qt6-translations-l10n
    qtkeychain-qt6-dev libgl-dev libxkbcommon-dev libfontconfig-dev fonts-dejavu-core
    libqt6sql6-sqlite
)
# What the tests need besides: CPack's helpers and the distributions' checkers (packaging),
# a real X11 session with the AT-SPI bus a screen reader uses (a11y), and the TLS paths
# real users take: a TLS front speaking HTTP/2 and HTTP/1.1, a scriptable HTTP/2 peer and
# certificates made at test time (faults), a Secret Service for the keychain (keychain), and
# curl to run the "Copy as curl" commands the app writes (operations), zsh and fish to
# load the command-line tool's completions, and jq, with which its example script reads JSON.
test_packages=(dpkg-dev rpm lintian desktop-file-utils appstream
               xvfb dbus at-spi2-core python3-pyatspi openbox gnome-keyring
               openssl nghttp2-proxy python3-h2 curl libxcb-damage0-dev zsh fish jq)

install_missing() {
    local missing=()
    for p in "${packages[@]}"; do
        dpkg -s "$p" >/dev/null 2>&1 || missing+=("$p")
    done
    [ ${#missing[@]} -eq 0 ] && return 0
    echo "Installing missing packages: ${missing[*]}"
    local sudo=()
    if [ "$(id -u)" -ne 0 ]; then
        command -v sudo >/dev/null || { echo "Need root or sudo to install: ${missing[*]}" >&2; exit 1; }
        sudo=(sudo)
    fi
    "${sudo[@]}" apt-get update -qq
    DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
}

# Prism, the OpenAPI validator of the contract tests, pinned by tests/contract/package-lock.json.
install_contract_tools() {
    [ -x tests/contract/node_modules/.bin/prism ] && return 0
    if ! command -v npm >/dev/null; then
        packages+=(nodejs npm)
        install_missing
    fi
    echo "Installing the contract-test tools (npm ci in tests/contract)"
    npm ci --prefix tests/contract --no-audit --no-fund --loglevel=error
}

build() {
    cmake --preset "$preset" >/dev/null
    cmake --build --preset "$preset" --parallel "$(nproc)"
}

case "$mode" in
run)
    install_missing
    build
    exec "build/$preset/src/app/sentry-members" "$@"
    ;;
test)
    packages+=("${test_packages[@]}")
    install_missing
    install_contract_tools
    build
    export XDG_RUNTIME_DIR="${XDG_RUNTIME_DIR:-$(mktemp -d)}"
    export DBUS_SESSION_BUS_ADDRESS="disabled:"
    export QT_QPA_PLATFORM=offscreen
    ctest --preset "$preset" --parallel "$(nproc)" "$@"
    ;;
check)
    packages+=(clang-format clang-tidy)
    install_missing
    build
    tests/lint/check-format.sh
    tests/lint/check-layering.sh src
    echo "clang-tidy (.clang-tidy) on the product code…"
    run-clang-tidy -p "build/$preset" -j "$(nproc)" -quiet "$here/src/.*\.cpp\$" >"build/$preset/clang-tidy.log" 2>&1 ||
        { sed 's/\x1b\[[0-9;]*m//g' "build/$preset/clang-tidy.log" | grep -E 'warning:|error:' | sort -u; exit 1; }
    echo "OK: clang-tidy found nothing (build/$preset/clang-tidy.log)"
    ;;
asan)
    packages+=("${test_packages[@]}")
    install_missing
    install_contract_tools
    preset=asan
    build
    export XDG_RUNTIME_DIR="${XDG_RUNTIME_DIR:-$(mktemp -d)}"
    export DBUS_SESSION_BUS_ADDRESS="disabled:"
    export QT_QPA_PLATFORM=offscreen
    # Every report goes to a file, from the tests and from the processes they start (the
    # app and sandbox of the screen reader test): any report at all fails the run.
    reports="$(mktemp -d)"
    export ASAN_OPTIONS="halt_on_error=1:detect_leaks=1:log_path=$reports/asan"
    export UBSAN_OPTIONS="halt_on_error=1:print_stacktrace=1:log_path=$reports/ubsan"
    status=0
    ctest --preset asan --parallel "$(nproc)" -LE packaging "$@" || status=$?
    if compgen -G "$reports/*" >/dev/null; then
        echo "Sanitizer reports:" >&2
        cat "$reports"/* >&2
        exit 1
    fi
    exit "$status"
    ;;
fuzz)
    packages+=(clang libclang-rt-dev)
    install_missing
    preset=fuzz
    build
    tests/fuzz/run.sh build/fuzz "${FUZZ_SECONDS:-30}"
    ;;
bench)
    packages+=(xvfb curl strace python3 nodejs libxcb-damage0-dev)
    install_missing
    preset=release
    build
    cmake --build --preset release --target bench
    cmake --build --preset release --target bench-directory
    cmake --build --preset release --target bench-cli
    cmake --build --preset release --target bench-bulk
    ;;
*)
    echo "usage: $0 run|test|check|asan|fuzz|bench [args...]" >&2
    exit 2
    ;;
esac
