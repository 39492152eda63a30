#!/usr/bin/env bash
# Bounded load test of `managerfocus serve` on loopback: imports a generated organization into a SQLite workspace
# (once), serves it from a Release build, and runs bench/web-load/WebLoad.cs: CLIENTS clients for SECONDS seconds
# alternating the organization home and a manager page, as an administrator (every manager) and as a director.
#   bench/web-load.sh [ORG_FOLDER] [WORKSPACE] [CLIENTS] [SECONDS]
#   defaults: /work/org10k /tmp/web10k.db 20 60      (generate an org with `managerfocus generate --people 10000`)
set -euo pipefail
cd "$(dirname "$0")/.."
org="${1:-/work/org10k}"
workspace="${2:-/tmp/web10k.db}"
clients="${3:-20}"
seconds="${4:-60}"
port=5391

dotnet build -c Release src/ManagerFocus.Cli -o /tmp/managerfocus-web-bench >/dev/null
cli=/tmp/managerfocus-web-bench/ManagerFocus.Cli
if [ ! -f "$workspace" ]; then
  echo "importing $org into $workspace" >&2
  "$cli" import --workspace "$workspace" --people "$org/people.csv" --git "$org/git" --calendar "$org/calendars" \
    --reviews "$org/github" --survey "$org/survey.csv" --exits "$org/exits.csv" >/dev/null
fi

admin=$("$cli" token --workspace "$workspace" --admin --label "web-load bench" 2>/dev/null)
# A director: the root's first direct report who manages managers.
director=$(awk -F, 'NR>1 && $4=="" {root=$1} END {print root}' "$org/people.csv")
director=$(awk -F, -v root="$director" 'NR>1 && $4==root {print $1; exit}' "$org/people.csv")
person=$("$cli" token --workspace "$workspace" --person "$director" --label "web-load bench" 2>/dev/null)

# Background (concurrent) GC for the server: the CLI turns it off for batch runs, and a server holding a large
# analysis in memory otherwise pauses every request during a full collection (README, "Dashboard").
DOTNET_gcConcurrent="${DOTNET_gcConcurrent:-1}" "$cli" serve --workspace "$workspace" --urls "http://127.0.0.1:$port" >/dev/null 2>/tmp/managerfocus-web-bench.log &
server=$!
trap 'kill $server 2>/dev/null; wait $server 2>/dev/null' EXIT
# serve answers once the default period is analysed.
until curl -sf -o /dev/null -H "Authorization: Bearer $admin" "http://127.0.0.1:$port/api/me"; do sleep 1; done
echo "DOTNET_gcConcurrent=${DOTNET_gcConcurrent:-1}; $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg)" >&2
echo "serving after start-up; RSS $(awk '/VmRSS/ {print int($2/1024)}' /proc/$server/status) MB" >&2

echo "## administrator (every manager)"
dotnet run bench/web-load/WebLoad.cs -- "http://127.0.0.1:$port" "$admin" "$server" "$clients" "$seconds"
echo "## director $director (their subtree)"
dotnet run bench/web-load/WebLoad.cs -- "http://127.0.0.1:$port" "$person" "$server" "$clients" "$seconds"
