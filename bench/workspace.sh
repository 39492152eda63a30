#!/usr/bin/env bash
# End-to-end workspace benchmark on a generated organization: first import into a SQLite workspace, an import
# with nothing new, `analyze --workspace` over 13 weeks, and (when POSTGRES names a server) a first import into
# PostgreSQL; then the one-shot file-based `analyze` of the same files, and a check that every figure agrees.
#
#   bench/workspace.sh [PEOPLE] [FOLDER]     defaults: 10000 people in /tmp/managerfocus-scale
#   POSTGRES=postgres://user:password@127.0.0.1:5432   a server and a role that may create databases (optional; uses psql)
#
# Results go to FOLDER/workspace-results.txt. Generate the organization first with bench/scale.sh.
set -euo pipefail
cd "$(dirname "$0")/.."

people=${1:-10000}
folder=${2:-/tmp/managerfocus-scale}
command -v /usr/bin/time >/dev/null || { apt-get update -qq && apt-get install -y -qq time >/dev/null; }
[ -f "$folder/people.csv" ] || { echo "no organization in $folder: run bench/scale.sh $people $folder first"; exit 2; }

dotnet build -c Release src/ManagerFocus.Cli -v quiet -nologo >/dev/null
tool=src/ManagerFocus.Cli/bin/Release/net10.0/ManagerFocus.Cli
inputs=(--people "$folder/people.csv" --git "$folder/git" --calendar "$folder/calendars" --reviews "$folder/github"
        --survey "$folder/survey.csv" --exits "$folder/exits.csv")
results="$folder/workspace-results.txt"
workspace="$folder/workspace.db"
rm -f "$workspace" "$workspace-wal" "$workspace-shm"

measure() {  # measure LABEL COMMAND...: wall time and peak memory of one run
  local label=$1; shift
  /usr/bin/time -f "$label: %e s wall, %M KB peak" "$@" > "$folder/$label.out" 2> "$folder/$label.err" || { cat "$folder/$label.err"; exit 1; }
  tail -n 1 "$folder/$label.err" | tee -a "$results"
}

{
  echo "date: $(date -u +%Y-%m-%dT%H:%M:%SZ)"
  echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB, $(uname -m)"
  echo "inputs: $(du -sh "$folder" | cut -f1) in $folder"
} > "$results"

measure import-sqlite "$tool" import --workspace "$workspace" "${inputs[@]}"
measure reimport-sqlite "$tool" import --workspace "$workspace" "${inputs[@]}"
measure analyze-workspace "$tool" analyze --workspace "$workspace" --format json --out "$folder/workspace-report.json" --timings
measure analyze-files "$tool" analyze "${inputs[@]}" --format json --out "$folder/files-report.json" --timings
echo "workspace file: $(du -h "$workspace" | cut -f1)" | tee -a "$results"

if [ -n "${POSTGRES:-}" ]; then
  database="mf_bench_$$"
  psql "$POSTGRES/postgres" -qAt -c "CREATE DATABASE $database" >/dev/null
  measure import-postgres "$tool" import --workspace "$POSTGRES/$database" "${inputs[@]}"
  measure reimport-postgres "$tool" import --workspace "$POSTGRES/$database" "${inputs[@]}"
  measure analyze-postgres "$tool" analyze --workspace "$POSTGRES/$database" --format json --out "$folder/postgres-report.json"
  psql "$POSTGRES/postgres" -qAt -c "DROP DATABASE $database WITH (FORCE)" >/dev/null
fi

# Every figure must agree between the files and the workspace (inputs differ: files are listed one by one).
python3 - "$folder" <<'PY' | tee -a "$results"
import json, sys
folder = sys.argv[1]
files = json.load(open(f"{folder}/files-report.json"))
for name in ["workspace-report.json", "postgres-report.json"]:
    try:
        other = json.load(open(f"{folder}/{name}"))
    except FileNotFoundError:
        continue
    same = all(files[k] == other[k] for k in ["period", "managers", "summary", "evidence", "policy"])
    print(f"{name}: figures {'identical to' if same else 'DIFFERENT from'} the file-based run")
PY
echo "Results in $results"
