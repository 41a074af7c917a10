#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# sentry-members-cli bulk against `xargs -P4 curl` sending the same requests, in one run
# against the sandbox executable (1,500 members, no invitation limits; a fresh one for each
# SCIM measurement), each side a whole process tree with its own reads:
#   - 1,000 role changes (PUT members/{id}/), the CLI from a roles file (its preview reads
#     the members and every team's members first), curl with the member ids at hand;
#   - 1,000 SCIM provisions (POST scim/v2/Users);
#   - with the sandbox at 40 requests/s per caller and method (--rate-limit 40), 1,000 role
#     changes through the CLI: what the limit allows is 25 s; no row may fail.
# Medians of alternated runs; results as Markdown.
#   bulk-bench.sh <sentry-members-cli> <sentry-members-sandbox> <results.md> [runs]
set -euo pipefail
export LC_ALL=C
cli="$1"
sandbox="$2"
out="$3"
runs="${4:-3}"
for tool in curl xargs python3; do
    command -v "$tool" >/dev/null || { echo "bulk-bench: $tool is needed" >&2; exit 1; }
done

work="$(mktemp -d)"
pids=()
trap 'kill "${pids[@]}" 2>/dev/null; rm -rf "$work"' EXIT
# start_sandbox <name> [options]: starts one, and sets SENTRY_* for it.
start_sandbox() {
    local name="$1"
    shift
    "$sandbox" --members 1500 --no-invite-limits "$@" >"$work/$name.json" 2>"$work/$name.log" &
    pids+=($!)
    for _ in $(seq 100); do
        [ -s "$work/$name.json" ] && break
        sleep 0.1
    done
    [ -s "$work/$name.json" ] || { echo "bulk-bench: the sandbox did not start" >&2; exit 1; }
    field() { python3 -c 'import json,sys; d=json.load(open(sys.argv[1])); print(eval(sys.argv[2]))' \
        "$work/$name.json" "$1"; }
    export SENTRY_URL="$(field 'd["url"]')"
    export SENTRY_ORG="$(field 'd["org"]')"
    export SENTRY_AUTH_TOKEN="$(field 'd["tokens"]["owner"]')"
}
export XDG_CONFIG_HOME="$work/config" XDG_DATA_HOME="$work/data" # no profiles, a fresh journal
unset CI NO_COLOR

now_us() { echo "${EPOCHREALTIME/./}"; }
median() { sort -n | awk '{a[NR] = $1} END {print (NR % 2) ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2}'; }
# timed <command...>: runs it, prints its wall time in ms; fails when it fails.
timed() {
    local start end
    start="$(now_us)"
    "$@" >/dev/null
    end="$(now_us)"
    echo $(((end - start) / 1000))
}
# 1,000 joined members with the member role: their ids and emails.
pick_members() {
    "$cli" members list --format jsonl --role member --status active |
        python3 -c 'import json,sys
rows=[r for r in map(json.loads, sys.stdin) if not r["idpManaged"]][:1000]
open(sys.argv[1],"w").write("".join(r["id"]+"\n" for r in rows))
open(sys.argv[2],"w").write("member,role\n"+"".join(r["email"]+",ROLE\n" for r in rows))' \
            "$work/ids" "$work/roles.template"
    [ "$(wc -l <"$work/ids")" -eq 1000 ] || { echo "bulk-bench: not 1,000 members" >&2; exit 1; }
}
# cli_bulk <file> [options]: the run, which must end with every row done.
cli_bulk() {
    local status=0
    "$cli" bulk "$@" --yes --format jsonl >"$work/rows.jsonl" 2>"$work/bulk.err" || status=$?
    [ "$status" -eq 0 ] || { echo "bulk-bench: bulk exited $status: $(tail -2 "$work/bulk.err")" >&2; exit 1; }
    [ "$(grep -c '"status":"done"' "$work/rows.jsonl")" -eq 1000 ] ||
        { echo "bulk-bench: not every row done" >&2; exit 1; }
}
cli_roles() {
    sed "s/ROLE/$1/" "$work/roles.template" >"$work/roles.csv"
    cli_bulk "$work/roles.csv"
}
curl_roles() {
    xargs -P4 -I{} curl -sf -o /dev/null -X PUT -H "Authorization: Bearer $SENTRY_AUTH_TOKEN" \
        -H 'Content-Type: application/json' --data-raw "{\"orgRole\":\"$1\"}" \
        "$SENTRY_URL/api/0/organizations/$SENTRY_ORG/members/{}/" <"$work/ids"
}
cli_scim() {
    { echo "email,role"; seq -f "cli$1-%g@example.com,member" 1000; } >"$work/scim.csv"
    cli_bulk "$work/scim.csv" --kind scim
}
curl_scim() {
    seq -f "curl$1-%g@example.com" 1000 |
        xargs -P4 -I{} curl -sf -o /dev/null -X POST \
            -H "Authorization: Bearer $SENTRY_AUTH_TOKEN" -H 'Content-Type: application/json' \
            --data-raw '{"sentryOrgRole":"member","userName":"{}"}' \
            "$SENTRY_URL/api/0/organizations/$SENTRY_ORG/scim/v2/Users"
}

start_sandbox plain
pick_members
t_cli_roles=() t_curl_roles=() t_cli_scim=() t_curl_scim=()
for ((i = 0; i < runs; i++)); do
    # Each side changes every role back and forth, so every request is a real change.
    t_cli_roles+=("$(timed cli_roles manager)")
    t_curl_roles+=("$(timed curl_roles member)")
done
# Every provision adds a member: each SCIM measurement starts from its own fresh sandbox of
# 1,500 members, so neither side meets an organization the other one grew.
for ((i = 0; i < runs; i++)); do
    start_sandbox "scim-curl-$i"
    t_curl_scim+=("$(timed curl_scim "$i")")
    start_sandbox "scim-cli-$i"
    t_cli_scim+=("$(timed cli_scim "$i")")
done

start_sandbox limited --rate-limit 40
pick_members
t_limited="$(timed cli_roles manager)"

m() { printf '%s\n' "$@" | median; }
cli_roles_ms="$(m "${t_cli_roles[@]}")"
curl_roles_ms="$(m "${t_curl_roles[@]}")"
cli_scim_ms="$(m "${t_cli_scim[@]}")"
curl_scim_ms="$(m "${t_curl_scim[@]}")"
ratio() { awk -v a="$1" -v b="$2" 'BEGIN {printf "%.2f", a / b}'; }
verdict() { awk -v r="$1" -v t="$2" 'BEGIN {print (r <= t) ? "met" : "missed"}'; }
r_roles="$(ratio "$cli_roles_ms" "$curl_roles_ms")"
r_scim="$(ratio "$cli_scim_ms" "$curl_scim_ms")"
r_limited="$(ratio "$t_limited" 25000)"
within="$(awk -v r="$r_limited" 'BEGIN {print (r <= 1.1) ? "met" : "missed"}')"

mkdir -p "$(dirname "$out")"
{
    echo "# sentry-members-cli bulk benchmark"
    echo
    echo "$(date -u +%Y-%m-%dT%H:%M:%SZ), $(nproc) cores, $runs alternated runs each (median ms)," \
        "against the sandbox executable with 1,500 members; every side a whole process tree."
    echo "Build: $("$cli" --version)."
    echo
    echo "| measure | sentry-members-cli bulk | baseline | ratio | target |"
    echo "|---|---|---|---|---|"
    echo "| 1,000 role changes (PUT), preview and journal included, vs xargs -P4 curl | $cli_roles_ms | $curl_roles_ms | ${r_roles}x | <= 0.5x: $(verdict "$r_roles" 0.5) |"
    echo "| 1,000 SCIM provisions (POST), vs xargs -P4 curl | $cli_scim_ms | $curl_scim_ms | ${r_scim}x | <= 0.5x: $(verdict "$r_scim" 0.5) |"
    echo "| 1,000 role changes at 40 requests/s (--rate-limit 40), vs the 25 s the limit allows | $t_limited | 25000 | ${r_limited}x | within 10%, no failed row: $within |"
    echo
    echo "All runs (ms): roles cli ${t_cli_roles[*]}; curl ${t_curl_roles[*]};" \
        "scim cli ${t_cli_scim[*]}; curl ${t_curl_scim[*]}."
    echo
    echo "The CLI's runs read the organization for the preview (members with links; for role"
    echo "changes every team's members), write each row's attempt and outcome to the SQLite"
    echo "journal (synchronous=FULL) and check every row's answer; curl sends the requests alone."
} >"$out"
cat "$out"
