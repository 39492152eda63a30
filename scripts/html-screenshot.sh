#!/usr/bin/env bash
# Renders the HTML report and takes a PNG screenshot of it with Debian's headless chromium (docs/report.png).
#   scripts/html-screenshot.sh                  the built-in demo organization (`analyze` with no inputs)
#   scripts/html-screenshot.sh --golden         the hand-built report of the golden tests (every chart and section)
#   scripts/html-screenshot.sh -- ARGS...       `analyze ARGS...`, e.g. -- --people people.csv --git repos/
set -euo pipefail
cd "$(dirname "$0")/.."

out=docs/report.png
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
page="$work/report.html"

if ! command -v chromium >/dev/null; then
  apt-get update -qq && apt-get install -y -qq chromium >/dev/null
fi

case "${1:-}" in
  --golden)
    cp tests/ManagerFocus.Rendering.Tests/Golden/report.html "$page" ;;
  --)
    shift
    dotnet run --project src/ManagerFocus.Cli -- analyze "$@" --format html --out "$page" ;;
  "")
    dotnet run --project src/ManagerFocus.Cli -- analyze --format html --out "$page" ;;
  *)
    sed -n '2,5p' "$0" >&2; exit 2 ;;
esac

mkdir -p "$(dirname "$out")"
chromium --headless --no-sandbox --disable-gpu --disable-quic --no-first-run --disable-background-networking \
  --disable-component-update --disable-sync --user-data-dir="$work/profile" \
  --screenshot="$out" --window-size=1400,2400 "file://$page" 2>"$work/chromium.log" \
  || { cat "$work/chromium.log" >&2; exit 1; }
echo "Screenshot written to $out" >&2
