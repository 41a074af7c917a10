# SPDX-License-Identifier: MIT
# Shared by the packaging checks (sourced).

fail() {
    echo "FAIL: $*" >&2
    exit 1
}

# need <tool> <Debian package>: a missing tool skips the check (exit 77, CTest's
# SKIP_RETURN_CODE) with the reason, except under CI=true where it fails.
need() {
    command -v "$1" >/dev/null && return 0
    [ "${CI:-}" = true ] && fail "$1 is not installed"
    echo "SKIP: $1 is not installed (apt install $2)"
    exit 77
}
