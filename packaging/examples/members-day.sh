#!/bin/sh
# SPDX-License-Identifier: MIT
# A day's member changes with sentry-members-cli alone: invite a new hire, give a mover a new
# role and team, link the mover's GitHub account, remove a leaver. Each result is read as
# JSON, and the exit code alone says whether a failed step may be tried again.
#
#   members-day.sh NEW_EMAIL MOVER_EMAIL LEAVER_EMAIL TEAM GITHUB_INTEGRATION GITHUB_NAME
#
# Connection as the tool reads it: SENTRY_URL, SENTRY_ORG, SENTRY_AUTH_TOKEN (or a profile).
# Needs jq.
set -u
if [ $# -ne 6 ]; then
    echo "usage: $0 NEW_EMAIL MOVER_EMAIL LEAVER_EMAIL TEAM GITHUB_INTEGRATION GITHUB_NAME" >&2
    exit 2
fi
new="$1" mover="$2" leaver="$3" team="$4" integration="$5" github="$6"
errors="$(mktemp)"
trap 'rm -f "$errors"' EXIT

# step TEXT ARGS...: runs one command, prints its outcome, and retries only what the exit
# code says is safe to send again.
step() {
    text="$1"
    shift
    tries=0
    while :; do
        result="$(sentry-members-cli "$@" --format json 2>"$errors")"
        code=$?
        case "$code" in
        0)
            echo "$text: $(printf '%s' "$result" | jq -r '.outcome + " - " + .message')"
            return 0
            ;;
        31 | 32)
            # 31: nothing was changed (Sentry failed, or a check showed it not made).
            # 32: rate limited. Both are safe to send again, after a pause.
            tries=$((tries + 1))
            if [ "$tries" -ge 3 ]; then
                echo "$text: gave up after $tries tries" >&2
                return "$code"
            fi
            echo "$text: $(jq -r .error.message <"$errors"), trying again" >&2
            sleep "$tries"
            ;;
        33)
            # The answer was lost and the check failed too: sending again could do it twice.
            echo "$text: outcome unknown, look before retrying:" \
                "$(jq -r .error.message <"$errors")" >&2
            return "$code"
            ;;
        *)
            # Refused, invalid, not found, no permission: the same request would fail again.
            echo "$text: $(jq -r '.error.code + ": " + .error.message' \
                <"$errors")" >&2
            return "$code"
            ;;
        esac
    done
}

status=0
step "invite $new" members invite "$new" --role member --team "$team" || status=1
step "move $mover" members update "$mover" --role manager --team "$team:admin" || status=1
step "link $mover" external-users create --member "$mover" --provider github \
    --integration "$integration" --external-name "$github" || status=1
step "remove $leaver" members remove "$leaver" --yes || status=1
exit "$status"
