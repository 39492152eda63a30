#!/usr/bin/env bash
# End-to-end scale benchmark: generate an organization once, then time `managerfocus analyze` on it,
# recording wall time, peak memory and the time of each stage.
#
#   bench/scale.sh [PEOPLE] [FOLDER]      defaults: 10000 people in /tmp/managerfocus-scale
#
# Set REGENERATE=1 to write the organization again. Results go to FOLDER/results.txt.
set -euo pipefail
cd "$(dirname "$0")/.."

people=${1:-10000}
folder=${2:-/tmp/managerfocus-scale}
command -v /usr/bin/time >/dev/null || { apt-get update -qq && apt-get install -y -qq time >/dev/null; }

dotnet build -c Release src/ManagerFocus.Cli -v quiet -nologo >/dev/null
tool=src/ManagerFocus.Cli/bin/Release/net10.0/ManagerFocus.Cli

if [ "${REGENERATE:-0}" = 1 ] || [ ! -f "$folder/people.csv" ]; then
  rm -rf "$folder"
  echo "Generating $people people in $folder ..."
  /usr/bin/time -f "generate: %e s wall, %M KB peak" "$tool" generate --people "$people" --out "$folder"
fi

results="$folder/results.txt"
{
  echo "date: $(date -u +%Y-%m-%dT%H:%M:%SZ)"
  echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB, $(uname -m)"
  echo "inputs: $(du -sh "$folder" | cut -f1) in $folder"
} > "$results"

args=(analyze --people "$folder/people.csv" --format json --out "$folder/report.json" --timings)
[ -d "$folder/git" ] && args+=(--git "$folder/git")
[ -d "$folder/calendars" ] && args+=(--calendar "$folder/calendars")
[ -d "$folder/github" ] && args+=(--reviews "$folder/github")
[ -f "$folder/survey.csv" ] && args+=(--survey "$folder/survey.csv")
[ -f "$folder/exits.csv" ] && args+=(--exits "$folder/exits.csv")

echo "Analysing ..."
/usr/bin/time -v "$tool" "${args[@]}" 2> "$folder/analyze.stderr"
grep -E '^timing ' "$folder/analyze.stderr" | tee -a "$results"
grep -E 'Elapsed \(wall clock\)|Maximum resident set size' "$folder/analyze.stderr" | sed 's/^\s*//' | tee -a "$results"
echo "Results in $results"
