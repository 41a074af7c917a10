# SPDX-License-Identifier: MIT
# bash completion for sentry-members-cli
_sentry_members_cli()
{
    local cur prev words cword
    cur="${COMP_WORDS[COMP_CWORD]}"
    prev="${COMP_WORDS[COMP_CWORD-1]}"
    local common="--format --fields --url --org --ca-file --profile --token-stdin --help --version"
    local list="--query --role --status --team --no-team --no-2fa --idp-managed --unlinked"
    local invite="--role --team --no-email --dry-run"
    local update="--role --team --remove-team --dry-run"
    local link="--member --provider --integration --external-name --external-id --dry-run"
    local bulk="--kind --dry-run --yes --concurrency --resume --template"

    case "$prev" in
    --format) COMPREPLY=($(compgen -W "table json jsonl csv" -- "$cur")); return ;;
    --provider)
        COMPREPLY=($(compgen -W "github github_enterprise gitlab slack msteams custom" -- "$cur"))
        return
        ;;
    --status) COMPREPLY=($(compgen -W "active invited expired" -- "$cur")); return ;;
    --kind | --template)
        COMPREPLY=($(compgen -W "invites scim roles removals links resends" -- "$cur"))
        return
        ;;
    --ca-file) COMPREPLY=($(compgen -f -- "$cur")); return ;;
    --fields | --url | --org | --profile | --query | --role | --team | --remove-team | \
        --member | --integration | --external-name | --external-id | --concurrency | --resume) return ;;
    esac

    # The command words typed so far, options and their values left out.
    local -a command=()
    local i skip=0
    for ((i = 1; i < COMP_CWORD; i++)); do
        if ((skip)); then skip=0; continue; fi
        case "${COMP_WORDS[i]}" in
        --format | --fields | --url | --org | --ca-file | --profile | --query | --role | \
            --status | --team | --remove-team | --member | --provider | --integration | \
            --external-name | --external-id | --kind | --template | --concurrency | \
            --resume) skip=1 ;;
        -*) ;;
        *) command+=("${COMP_WORDS[i]}") ;;
        esac
    done

    if [[ "$cur" == -* ]]; then
        local extra=""
        case "${command[*]:0:2}" in
        "members list") extra="$list" ;;
        "members invite") extra="$invite" ;;
        "members update") extra="$update" ;;
        "members reinvite") extra="--dry-run" ;;
        "members remove") extra="--yes --dry-run" ;;
        "scim list") extra="--fields" ;;
        "scim provision") extra="--role --dry-run" ;;
        "scim deprovision") extra="--yes --dry-run" ;;
        "external-users list") extra="--member" ;;
        "external-users create" | "external-users update") extra="$link" ;;
        "external-users delete") extra="--member --dry-run" ;;
        "bulk runs" | "bulk remove") ;;
        bulk*) extra="$bulk" ;;
        esac
        COMPREPLY=($(compgen -W "$common $extra" -- "$cur"))
        return
    fi
    case "${#command[@]}" in
    0) COMPREPLY=($(compgen -W "auth members teams scim external-users bulk" -- "$cur")) ;;
    1)
        case "${command[0]}" in
        auth) COMPREPLY=($(compgen -W "status" -- "$cur")) ;;
        members) COMPREPLY=($(compgen -W "list show invite update reinvite remove" -- "$cur")) ;;
        teams) COMPREPLY=($(compgen -W "list" -- "$cur")) ;;
        scim) COMPREPLY=($(compgen -W "list provision deprovision" -- "$cur")) ;;
        external-users) COMPREPLY=($(compgen -W "list create update delete" -- "$cur")) ;;
        # A file to run, or the runs' own commands.
        bulk) COMPREPLY=($(compgen -W "runs remove" -- "$cur") $(compgen -f -- "$cur")) ;;
        esac
        ;;
    esac
}
complete -F _sentry_members_cli sentry-members-cli
