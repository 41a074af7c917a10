#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# sentry-members-cli against what a script would otherwise run, in one run against the
# sandbox executable (10,000 members, no invitation limits), each command a whole process:
#   - `members list --format json` over every page, against a shell loop of curl following
#     the Link cursor (one curl process per page, the bodies kept), and against one client
#     following it over one kept-alive connection (Python's http.client), the least any
#     client must do;
#   - one `members invite`, against Node's fetch posting the same invitation (as the seed
#     scripts do) and a single curl POST.
# Medians of alternated runs; results as Markdown.
#   cli-bench.sh <sentry-members-cli> <sentry-members-sandbox> <results.md> [runs]
set -euo pipefail
export LC_ALL=C
cli="$1"
sandbox="$2"
out="$3"
runs="${4:-7}"
for tool in curl node python3; do
    command -v "$tool" >/dev/null || { echo "cli-bench: $tool is needed" >&2; exit 1; }
done

work="$(mktemp -d)"
ready="$work/ready.json"
"$sandbox" --members 10000 --no-invite-limits >"$ready" 2>"$work/sandbox.log" &
sandbox_pid=$!
trap 'kill "$sandbox_pid" 2>/dev/null; rm -rf "$work"' EXIT
for _ in $(seq 100); do
    [ -s "$ready" ] && break
    sleep 0.1
done
[ -s "$ready" ] || { echo "cli-bench: the sandbox did not start" >&2; exit 1; }
field() { python3 -c 'import json,sys; d=json.load(open(sys.argv[1])); print(eval(sys.argv[2]))' \
    "$ready" "$1"; }
export SENTRY_URL="$(field 'd["url"]')"
export SENTRY_ORG="$(field 'd["org"]')"
export SENTRY_AUTH_TOKEN="$(field 'd["tokens"]["owner"]')"
export XDG_CONFIG_HOME="$work/config" # no profiles: only the environment is used
unset CI NO_COLOR
members_url="$SENTRY_URL/api/0/organizations/$SENTRY_ORG/members/?per_page=100"

now_us() { echo "${EPOCHREALTIME/./}"; }
# time_ms <command...>: runs it, prints its wall time in ms; fails when it fails.
time_ms() {
    local start end
    start="$(now_us)"
    "$@" >/dev/null
    end="$(now_us)"
    echo $(((end - start) / 1000))
}
median() { sort -n | awk '{a[NR] = $1} END {print (NR % 2) ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2}'; }

# cli_list [--fields ...]: every member into a file, as a script would keep them.
cli_list() { "$cli" members list --format json "$@" >"$work/cli.json"; }
# After each timed run, outside the time: it listed what curl read.
check_rows() {
    local rows
    rows="$(python3 -c 'import json,sys; print(len(json.load(open(sys.argv[1]))))' "$work/cli.json")"
    [ "$rows" = "$expected_rows" ] ||
        { echo "cli-bench: the CLI listed $rows members, curl $expected_rows" >&2; exit 1; }
}
curl_loop() {
    local url="$members_url" headers
    : >"$work/pages.json"
    while [ -n "$url" ]; do
        headers="$(curl -sS -D - -o "$work/page.json" -H "Authorization: Bearer $SENTRY_AUTH_TOKEN" "$url")"
        cat "$work/page.json" >>"$work/pages.json"
        url="$(grep -i '^link:' <<<"$headers" | grep -oE '<[^>]+>; rel="next"; results="true"' |
            sed -E 's/^<([^>]+)>.*/\1/' || true)"
    done
}
one_connection() {
    python3 - "$members_url" "$SENTRY_AUTH_TOKEN" <<'PY'
import http.client, re, sys
from urllib.parse import urlsplit
url, token = sys.argv[1], sys.argv[2]
parts = urlsplit(url)
conn = http.client.HTTPConnection(parts.hostname, parts.port)
path = parts.path + "?" + parts.query
while path:
    conn.request("GET", path, headers={"Authorization": "Bearer " + token})
    answer = conn.getresponse()
    answer.read()
    found = re.search(r'<([^>]+)>; rel="next"; results="true"', answer.getheader("Link", ""))
    path = None
    if found:
        nxt = urlsplit(found.group(1))
        path = nxt.path + "?" + nxt.query
PY
}

invite_url="$SENTRY_URL/api/0/organizations/$SENTRY_ORG/members/"
cli_invite() { "$cli" members invite "$1" --role member --no-email --format json; }
node_invite() {
    node -e '
const [url, token, email] = process.argv.slice(1);
fetch(url, {
  method: "POST",
  headers: { Authorization: `Bearer ${token}`, "Content-Type": "application/json" },
  body: JSON.stringify({ email, orgRole: "member", sendInvite: false }),
}).then(async (r) => {
  if (!r.ok) throw new Error(`${r.status} ${r.statusText}`);
  console.log(JSON.stringify(await r.json()));
});' "$invite_url" "$SENTRY_AUTH_TOKEN" "$1"
}
curl_invite() {
    curl -sSf -X POST -H "Authorization: Bearer $SENTRY_AUTH_TOKEN" \
        -H 'Content-Type: application/json' \
        --data "{\"email\": \"$1\", \"orgRole\": \"member\", \"sendInvite\": false}" "$invite_url"
}

# What the curl loop reads (the pages' arrays one after another) is what the CLI must list.
curl_loop # warm: the first run pays the page cache
expected_rows="$(python3 -c '
import json, sys
text, rows, at = open(sys.argv[1]).read(), 0, 0
decoder = json.JSONDecoder()
while at < len(text):
    page, at = decoder.raw_decode(text, at)
    rows += len(page)
print(rows)' "$work/pages.json")"
cli_list && check_rows
# Without teams the CLI reads exactly the pages curl reads; with them (the default fields) it
# also reads every team's member list, since Sentry's member list has no teams.
same_pages="id,email,name,userId,orgRole,status,has2fa,sso,idpManaged,externalUsers,dateCreated"
declare -a t_cli t_all t_loop t_one t_inv_cli t_inv_node t_inv_curl
for ((i = 0; i < runs; i++)); do
    # Alternated so that a busy moment of the machine does not fall on one side only.
    if ((i % 2)); then
        t_loop+=("$(time_ms curl_loop)")
        t_one+=("$(time_ms one_connection)")
        t_all+=("$(time_ms cli_list)") && check_rows
        t_cli+=("$(time_ms cli_list --fields "$same_pages")") && check_rows
    else
        t_cli+=("$(time_ms cli_list --fields "$same_pages")") && check_rows
        t_all+=("$(time_ms cli_list)") && check_rows
        t_one+=("$(time_ms one_connection)")
        t_loop+=("$(time_ms curl_loop)")
    fi
done
# The invitations last: they add members the list runs would count.
for ((i = 0; i < runs; i++)); do
    t_inv_cli+=("$(time_ms cli_invite "bench-cli-$i@example.com")")
    t_inv_node+=("$(time_ms node_invite "bench-node-$i@example.com")")
    t_inv_curl+=("$(time_ms curl_invite "bench-curl-$i@example.com")")
done

m() { printf '%s\n' "$@" | median; }
cli_ms="$(m "${t_cli[@]}")"
all_ms="$(m "${t_all[@]}")"
loop_ms="$(m "${t_loop[@]}")"
one_ms="$(m "${t_one[@]}")"
inv_cli="$(m "${t_inv_cli[@]}")"
inv_node="$(m "${t_inv_node[@]}")"
inv_curl="$(m "${t_inv_curl[@]}")"
ratio() { awk -v a="$1" -v b="$2" 'BEGIN {printf "%.2f", a / b}'; }
verdict() { awk -v r="$1" -v t="$2" 'BEGIN {print (r <= t) ? "met" : "missed"}'; }
r_loop="$(ratio "$cli_ms" "$loop_ms")"
r_one="$(ratio "$cli_ms" "$one_ms")"
r_all="$(ratio "$all_ms" "$loop_ms")"
r_node="$(ratio "$inv_cli" "$inv_node")"
r_curl="$(ratio "$inv_cli" "$inv_curl")"

mkdir -p "$(dirname "$out")"
{
    echo "# sentry-members-cli benchmark"
    echo
    echo "$(date -u +%Y-%m-%dT%H:%M:%SZ), $(nproc) cores, $runs alternated runs each (median ms)," \
        "against the sandbox executable with 10,000 members; every command a whole process."
    echo "Build: $("$cli" --version)."
    echo
    echo "| measure | sentry-members-cli | baseline | ratio | target |"
    echo "|---|---|---|---|---|"
    echo "| members list --format json, every field but teams (the same pages) vs a curl loop following Link | $cli_ms | $loop_ms | ${r_loop}x | <= 1.3x: $(verdict "$r_loop" 1.3) |"
    echo "| the same vs one kept-alive connection (Python http.client, bodies unread) | $cli_ms | $one_ms | ${r_one}x | (floor, for reference) |"
    echo "| members list --format json, every field (also every team's member list) vs the curl loop | $all_ms | $loop_ms | ${r_all}x | (for reference) |"
    echo "| members invite vs Node fetch POST | $inv_cli | $inv_node | ${r_node}x | <= 0.5x: $(verdict "$r_node" 0.5) |"
    echo "| members invite vs one curl POST | $inv_cli | $inv_curl | ${r_curl}x | <= 3x: $(verdict "$r_curl" 3) |"
    echo
    echo "All runs (ms): list cli ${t_cli[*]}; with teams ${t_all[*]}; curl loop ${t_loop[*]}; one connection ${t_one[*]};" \
        "invite cli ${t_inv_cli[*]}; node ${t_inv_node[*]}; curl ${t_inv_curl[*]}."
    echo
    echo "The CLI's invite reads the caller's membership (roles), then the invitee's state"
    echo "before sending, sends the POST once, and prints the outcome with before and after;"
    echo "the baselines send the POST alone."
} >"$out"
cat "$out"
