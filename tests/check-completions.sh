#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# The shell completions of sentry-members-cli load and complete its commands and values:
# bash always; zsh and fish when installed (said when they are not). Every command and every
# option the tool's own --help lists is completed, so the scripts cannot fall behind it.
#   check-completions.sh <packaging/completions dir> <sentry-members-cli>
set -euo pipefail
dir="$1"
cli="$2"
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
complete_bash "auth members teams scim external-users bulk" sentry-members-cli ""
complete_bash "invites scim roles removals links resends" sentry-members-cli bulk --template ""
complete_bash "list show invite update reinvite remove" sentry-members-cli members ""
complete_bash "--remove-team" sentry-members-cli members update ada@example.com --rem
complete_bash "--yes" sentry-members-cli members remove 12 --y
complete_bash "status" sentry-members-cli auth s
complete_bash "table json jsonl csv" sentry-members-cli members list --format ""
complete_bash "active invited expired" sentry-members-cli --org acme members list --status ""
complete_bash "--unlinked" sentry-members-cli members list --unl
complete_bash "" sentry-members-cli teams list --unl
complete_bash "--external-name" sentry-members-cli external-users update 501 --external-n
complete_bash "gitlab" sentry-members-cli external-users create --provider gitl

# Every command of --help, and every option of each command's --help (read in English,
# whatever the machine's language).
export LANGUAGE= LC_ALL=C.UTF-8 LC_MESSAGES= LANG=C.UTF-8
commands="$("$cli" --help | sed -n '/^Commands:/,/^$/p' | grep -E '^  [a-z]' |
    awk '{print $1" "$2}')"
[ -n "$commands" ] || fail "no commands in --help"
while read -r group command; do
    # A one-word command ("bulk FILE"): its second word is an operand, not a command.
    [[ "$command" =~ ^[a-z] ]] || command=""
    words=("$group")
    [ -z "$command" ] || words+=("$command")
    got="$(bash -c 'source "$1"; shift; COMP_WORDS=("$@"); COMP_CWORD=$(($# - 1))
        _sentry_members_cli; echo " ${COMPREPLY[*]} "' _ "$dir/sentry-members-cli.bash" \
        sentry-members-cli "${words[@]:0:${#words[@]}-1}" "")"
    [[ "$got" == *" ${words[-1]} "* ]] || fail "bash: '${words[*]}' is not offered"
    options="$("$cli" "${words[@]}" --help | grep -oE '^  (-[a-z], )?--[a-z0-9-]+' |
        grep -oE -- '--[a-z0-9-]+')"
    for option in $options; do
        got="$(bash -c 'source "$1"; shift; COMP_WORDS=("$@"); COMP_CWORD=$(($# - 1))
            _sentry_members_cli; echo " ${COMPREPLY[*]} "' _ "$dir/sentry-members-cli.bash" \
            sentry-members-cli "${words[@]}" "--")"
        [[ "$got" == *" $option "* ]] || fail "bash: '${words[*]}' does not offer $option"
        for shell_file in "$dir/_sentry-members-cli" "$dir/sentry-members-cli.fish"; do
            grep -q -- "${option#--}" "$shell_file" ||
                fail "$(basename "$shell_file") does not know $option"
        done
    done
    for shell_file in "$dir/_sentry-members-cli" "$dir/sentry-members-cli.fish"; do
        grep -q -- "${words[-1]}" "$shell_file" ||
            fail "$(basename "$shell_file") does not know ${words[-1]}"
    done
done <<<"$commands"
echo "OK: bash, with every command and option of --help"

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
    got="$(fish --no-config -c "source $dir/sentry-members-cli.fish; complete -C 'sentry-members-cli external-users create --'")"
    grep -q '^--external-name' <<<"$got" || fail "fish: external-users create completed '$got'"
    echo "OK: fish"
else
    echo "fish not installed: its completion was not loaded"
fi
