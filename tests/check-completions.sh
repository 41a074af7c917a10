#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# The shell completions of sentry-members-cli load and complete its commands and values:
# bash always; zsh and fish when installed (said when they are not).
#   check-completions.sh <packaging/completions dir>
set -euo pipefail
dir="$1"
fail() { echo "FAIL: $*" >&2; exit 1; }

complete_bash() { # complete_bash <expected> <words...>: the last word is the one completed
    local expected="$1"; shift
    local got
    got="$(bash -c 'source "$1"; shift; COMP_WORDS=("$@"); COMP_CWORD=$(($# - 1))
        _sentry_members_cli; echo "${COMPREPLY[*]}"' _ "$dir/sentry-members-cli.bash" "$@")"
    [ "$got" = "$expected" ] || fail "bash: '$*' completed to '$got', not '$expected'"
}
bash -c 'source "$1" && complete -p sentry-members-cli' _ "$dir/sentry-members-cli.bash" \
    >/dev/null || fail "bash: the completion does not load"
complete_bash "auth members teams" sentry-members-cli ""
complete_bash "list show invite update reinvite remove" sentry-members-cli members ""
complete_bash "--remove-team" sentry-members-cli members update ada@example.com --rem
complete_bash "--yes" sentry-members-cli members remove 12 --y
complete_bash "status" sentry-members-cli auth s
complete_bash "table json jsonl csv" sentry-members-cli members list --format ""
complete_bash "active invited expired" sentry-members-cli --org acme members list --status ""
complete_bash "--unlinked" sentry-members-cli members list --unl
complete_bash "" sentry-members-cli teams list --unl
echo "OK: bash"

if command -v zsh >/dev/null; then
    zsh -fc "autoload -Uz compinit; compinit -u -D; fpath=($dir \$fpath);
        autoload -Uz +X _sentry-members-cli" ||
        fail "zsh: the completion does not load"
    zsh -n "$dir/_sentry-members-cli" || fail "zsh: syntax"
    echo "OK: zsh"
else
    echo "zsh not installed: its completion was not loaded"
fi
if command -v fish >/dev/null; then
    got="$(fish --no-config -c "source $dir/sentry-members-cli.fish; complete -C 'sentry-members-cli members '")"
    grep -q '^list' <<<"$got" && grep -q '^show' <<<"$got" || fail "fish: completed '$got'"
    echo "OK: fish"
else
    echo "fish not installed: its completion was not loaded"
fi
