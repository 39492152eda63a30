#!/usr/bin/env bash
# CPU profile of the scale run with perf: every process (git's included), split by pipeline stage, and the
# top symbols. Needs linux-perf (apt-get install linux-perf) and python3; run bench/scale.sh first.
#
#   bench/scale-profile.sh [FOLDER]      default /tmp/managerfocus-scale; writes FOLDER/profile.txt
set -euo pipefail
cd "$(dirname "$0")/.."

folder=${1:-/tmp/managerfocus-scale}
tool=src/ManagerFocus.Cli/bin/Release/net10.0/ManagerFocus.Cli
data=$(mktemp -d)/perf.data
args=(analyze --people "$folder/people.csv" --format json --out "$folder/report.json")
[ -d "$folder/git" ] && args+=(--git "$folder/git")
[ -d "$folder/calendars" ] && args+=(--calendar "$folder/calendars")
[ -d "$folder/github" ] && args+=(--reviews "$folder/github")
[ -f "$folder/survey.csv" ] && args+=(--survey "$folder/survey.csv")
[ -f "$folder/exits.csv" ] && args+=(--exits "$folder/exits.csv")

# The perf map names jitted methods; without W^X their code is not in an anonymous double mapping.
DOTNET_PerfMapEnabled=1 DOTNET_EnableWriteXorExecute=0 perf record -q -F 499 -g -o "$data" -- "$tool" "${args[@]}" 2>/dev/null

{
  perf script -i "$data" -F comm,ip,sym 2>/dev/null | python3 -c '
import sys, collections
rules = [("CalendarStage", "calendars"), ("ReviewStage", "reviews"), ("GitLogReader", "git output parsing"),
         ("GitImporter", "git output parsing"), ("OutcomeStage", "outcomes"), ("PeopleCsvReader", "people"),
         ("ManagerMetricsCalculator", "metrics"), ("ReportAssembler", "report"), ("Analyzer::Run", "ledger and glue")]
counts, total = collections.Counter(), 0
for block in sys.stdin.read().split("\n\n"):
    lines = [l.strip() for l in block.strip().split("\n") if l.strip()]
    if not lines:
        continue
    total += 1
    comm, stack = lines[0], " ".join(lines[1:])
    name = "git processes" if comm.startswith("git") else "JIT (background)" if "Tiered Com" in comm else next(
        (n for k, n in rules if k in stack), "start-up and runtime threads")
    counts[name] += 1
print(f"CPU by stage: {total / 499:.1f} CPU-seconds sampled")
for name, n in counts.most_common():
    print(f"  {n / total * 100:5.1f}%  {n / 499:4.1f} s  {name}")
'
  echo "Top symbols (self time, all processes):"
  perf report -i "$data" --no-children --sort sym --stdio -g none 2>/dev/null | grep -v '^#' | grep -v '^$' \
    | sed -E 's/\[(OptimizedTier1|Optimized|OptimizedTier1OSR)\]//g; s/\(.*//; s/instance //; s/valuetype //g; s/class //g' | head -15
} | tee "$folder/profile.txt"
rm -rf "$(dirname "$data")"
