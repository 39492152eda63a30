#!/usr/bin/env bash
# Generates a large git repository with git fast-import and measures, side by side in one run, the
# `git log` floor of issue 3 against `managerfocus analyze --git` (wall time and peak memory).
# Usage: bench/git-import.sh [--commits N] [--message-bytes N] [--runs N] [--work DIR] [--libgit2sharp]
set -euo pipefail
cd "$(dirname "$0")/.."

commits=150000
message_bytes=400
runs=3
work=""
libgit2sharp=false
while [ $# -gt 0 ]; do
  case "$1" in
    --commits) commits="$2"; shift 2 ;;
    --message-bytes) message_bytes="$2"; shift 2 ;;
    --runs) runs="$2"; shift 2 ;;
    --work) work="$2"; shift 2 ;;
    --libgit2sharp) libgit2sharp=true; shift ;;
    *) echo "unknown option $1" >&2; exit 2 ;;
  esac
done

if [ ! -x /usr/bin/time ]; then
  echo "installing GNU time for peak memory" >&2
  apt-get update -qq && apt-get install -y -qq time >/dev/null
fi

work="${work:-$(mktemp -d -t managerfocus-bench-XXXXXX)}"
repo="$work/repo-$commits-$message_bytes"
people="$work/people.csv"
authors=200

# One repository per commit count, generated once: linear main with a side branch merged every 20th
# commit, a tag every 1,000 commits, one small file changed per commit, 200 authors, ~13 years of dates,
# messages of about --message-bytes (400 by default, near real ones; git log must read them even unprinted).
if [ ! -d "$repo" ]; then
  echo "generating $repo ($commits commits)" >&2
  git init -q -b main "$repo"
  awk -v n="$commits" -v authors="$authors" -v bytes="$message_bytes" '
    function header(ref, mark, who, t) {
      print "commit " ref; print "mark :" mark
      print "author Dev " who " <dev" who "@corp.example> " t " +0000"
      print "committer Dev " who " <dev" who "@corp.example> " t " +0000"
      msg = "Change " mark; if (body != "") msg = msg "\n\n" body
      print "data " length(msg); print msg
    }
    function blob(i) { print "M 644 inline src/file" (i % 500) ".txt"; print "data " length(i ""); print i }
    BEGIN {
      body = ""; while (length(body) < bytes) body = body "Explain why the change was made and what it affects. "
      body = substr(body, 1, bytes)
      t = 1300000000; tip = 0
      for (i = 1; i <= n; i++) {
        t += 60 + (i * 7919) % 5400
        who = i % authors
        if (i % 20 == 0 && tip > 0) {
          header("refs/heads/side", i, who, t); print "from :" tip; blob(i); print ""
          i++; t += 60
          header("refs/heads/main", i, who, t); print "from :" tip; print "merge :" (i - 1); print ""
        } else {
          header("refs/heads/main", i, who, t); if (tip > 0) print "from :" tip; blob(i); print ""
        }
        tip = i
        if (i % 1000 == 0) { print "reset refs/tags/v" i; print "from :" i; print "" }
      }
    }' | git -C "$repo" fast-import --quiet
  git -C "$repo" gc -q
fi

{
  echo "id,name,email,manager_id"
  echo "lead,Lead,lead@corp.example,"
  for i in $(seq 0 $((authors - 1))); do
    echo "dev$i,Dev $i,dev$i@corp.example,$([ "$i" -lt 20 ] && echo lead || echo "dev$((i % 20))")"
  done
} > "$people"

dotnet build -c Release -v q src/ManagerFocus.Cli -o "$work/cli" >/dev/null
cli=(dotnet "$work/cli/ManagerFocus.Cli.dll" analyze --people "$people" --git "$repo" --format json)
floor=(git -C "$repo" log --branches --remotes --tags --no-merges "--format=%H %ae %an %at")

l2s=()
if [ "$libgit2sharp" = true ]; then
  # LibGit2Sharp, the measured loser, built outside the solution so it never becomes a dependency.
  mkdir -p "$work/l2s"
  cat > "$work/l2s/Program.cs" <<'CS'
using LibGit2Sharp;
// Walks every branch, remote branch and tag without diffs, as the git CLI reader does, skipping merges.
using var repo = new Repository(args[0]);
var tips = repo.Refs
    .Where(r => r.CanonicalName.StartsWith("refs/heads/") || r.CanonicalName.StartsWith("refs/remotes/") || r.CanonicalName.StartsWith("refs/tags/"))
    .Select(r => r.ResolveToDirectReference()?.Target).OfType<GitObject>()
    .Select(o => o.Peel<Commit>()).OfType<Commit>().Distinct().ToList();
long count = 0, check = 0;
foreach (var c in repo.Commits.QueryBy(new CommitFilter { IncludeReachableFrom = tips, SortBy = CommitSortStrategies.None }))
{
    if (c.Parents.Count() > 1) { continue; }
    var a = c.Author;
    check += a.When.ToUnixTimeSeconds() + a.Email.Length + a.Name.Length + c.Sha.Length;
    count++;
}
Console.WriteLine($"{count} commits {check}");
CS
  cat > "$work/l2s/l2s.csproj" <<'XML'
<Project Sdk="Microsoft.NET.Sdk">
  <PropertyGroup><OutputType>Exe</OutputType><TargetFramework>net10.0</TargetFramework><ImplicitUsings>enable</ImplicitUsings><Nullable>enable</Nullable></PropertyGroup>
  <ItemGroup><PackageReference Include="LibGit2Sharp" Version="0.32.0" /></ItemGroup>
</Project>
XML
  dotnet build -c Release -v q "$work/l2s" -o "$work/l2s/out" >/dev/null
  l2s=(dotnet "$work/l2s/out/l2s.dll" "$repo")
fi

# Runs a command under GNU time; prints "seconds peak-MB".
measure() {
  local stats
  stats=$(mktemp)
  /usr/bin/time -v -o "$stats" "$@" > /dev/null
  awk -F': ' '/Elapsed \(wall clock\)/ { n = split($2, p, ":"); s = 0; for (k = 1; k <= n; k++) s = s * 60 + p[k]; wall = s }
              /Maximum resident set size/ { rss = $2 / 1024 }
              END { printf "%.2f %.0f\n", wall, rss }' "$stats"
  rm -f "$stats"
}

printf "repository: %s (%s non-merge commits)\n" "$repo" "$(git -C "$repo" rev-list --branches --remotes --tags --no-merges --count)"
printf "%-4s %-12s %8s %9s\n" run what "wall s" "peak MB"
floor_s=(); import_s=(); l2s_s=()
for run in $(seq 1 "$runs"); do
  read -r s mb < <(measure "${floor[@]}"); floor_s+=("$s"); printf "%-4s %-12s %8s %9s\n" "$run" "git log" "$s" "$mb"
  read -r s mb < <(measure "${cli[@]}"); import_s+=("$s"); printf "%-4s %-12s %8s %9s\n" "$run" "managerfocus" "$s" "$mb"
  if [ ${#l2s[@]} -gt 0 ]; then
    read -r s mb < <(measure "${l2s[@]}"); l2s_s+=("$s"); printf "%-4s %-12s %8s %9s\n" "$run" "libgit2sharp" "$s" "$mb"
  fi
done

median() { printf "%s\n" "$@" | sort -n | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'; }
# Each run measures the two side by side, so the median of the per-run ratios is the figure least hurt by a busy machine.
ratios() { local -n a=$1 b=$2; for k in "${!a[@]}"; do echo "${a[$k]} ${b[$k]}" | awk '{ if ($2 > 0) printf "%.3f\n", $1 / $2 }'; done; }
printf "median: git log %s s, managerfocus %s s; median ratio per run %s (goal <= 1.30)\n" \
  "$(median "${floor_s[@]}")" "$(median "${import_s[@]}")" "$(median $(ratios import_s floor_s))"
if [ ${#l2s_s[@]} -gt 0 ]; then
  printf "median: libgit2sharp walk %s s; median ratio per run %s\n" "$(median "${l2s_s[@]}")" "$(median $(ratios l2s_s floor_s))"
fi
