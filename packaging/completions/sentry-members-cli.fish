# SPDX-License-Identifier: MIT
# fish completion for sentry-members-cli
set -l cmd sentry-members-cli
complete -c $cmd -f
complete -c $cmd -n __fish_use_subcommand -a auth -d 'The connection in use'
complete -c $cmd -n __fish_use_subcommand -a members -d 'Members of the organization'
complete -c $cmd -n __fish_use_subcommand -a teams -d 'Teams of the organization'
complete -c $cmd -n '__fish_seen_subcommand_from auth; and not __fish_seen_subcommand_from status' -a status
complete -c $cmd -n '__fish_seen_subcommand_from members; and not __fish_seen_subcommand_from list show' -a 'list show'
complete -c $cmd -n '__fish_seen_subcommand_from teams; and not __fish_seen_subcommand_from list' -a list
complete -c $cmd -l format -x -a 'table json jsonl csv' -d 'Output format'
complete -c $cmd -l fields -x -d 'Fields to print, comma-separated'
complete -c $cmd -l url -x -d 'Sentry URL'
complete -c $cmd -l org -x -d 'Organization slug'
complete -c $cmd -l ca-file -r -F -d 'Certificate authority of a self-hosted Sentry'
complete -c $cmd -l profile -x -d 'A profile saved in the app'
complete -c $cmd -l token-stdin -d 'Read the token from standard input'
complete -c $cmd -s h -l help -d 'Show the help and the exit codes'
complete -c $cmd -s v -l version -d 'Show the version'
set -l listing '__fish_seen_subcommand_from members; and __fish_seen_subcommand_from list'
complete -c $cmd -n $listing -l query -x -d 'Sentry member search'
complete -c $cmd -n $listing -l role -x -d 'Organization role'
complete -c $cmd -n $listing -l status -x -a 'active invited expired' -d 'Member status'
complete -c $cmd -n $listing -l team -x -d 'Team slug'
complete -c $cmd -n $listing -l no-team -d 'Members on no team'
complete -c $cmd -n $listing -l no-2fa -d 'Joined members without two-factor authentication'
complete -c $cmd -n $listing -l idp-managed -d 'Members managed by the identity provider'
complete -c $cmd -n $listing -l unlinked -d 'Joined members with no linked account'
