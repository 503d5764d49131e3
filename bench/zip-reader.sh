#!/usr/bin/env bash
# Benchmark behind the choice of zip reader (issue 10): one pass over every entry of a ~300 MB
# stand-in wheel, each entry sha256-hashed and CRC-32 checked, by our reader (src/archive/) and
# by yauzl; then the whole inspection as check runs it (entry pass plus the whole-file sha256 on
# a worker); and sha256sum of the file as the floor. Medians of RUNS runs (default 5) under
# /usr/bin/time -v, the largest peak RSS seen; hyperfine's mean too when it is installed.
# Usage: bash bench/zip-reader.sh [SIZE_MB]   (NODE=/path/to/node to try another Node)
set -euo pipefail
cd "$(dirname "$0")/.."
SIZE_MB="${1:-316}"
RUNS="${RUNS:-5}"
NODE="${NODE:-node}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

echo "building the runner (ncc)..." >&2
npx ncc build bench/zip-reader-runner.ts -o bench/out/zip-reader >/dev/null 2>&1
runner=bench/out/zip-reader/index.js
wheel="$(python3 bench/check-make-wheel.py "$work/wheel" "$SIZE_MB")"
cat "$wheel" >/dev/null # warm the page cache so every reader reads from memory

# shellcheck source=bench/measure.sh
. "$(dirname "$0")/measure.sh"

read -r sha_t _ < <(measure sha256sum "$wheel")
mb="$(awk -v b="$(stat -c %s "$wheel")" 'BEGIN { printf "%.1f", b / 1e6 }')"
echo "zip reader benchmark: Node $("$NODE" --version), a $mb MB wheel, median of $RUNS runs"
printf '  %-34s %6.2f s\n' "sha256sum (the floor)" "$sha_t"
for mode in ours yauzl inspect; do
  read -r t rss < <(measure "$NODE" "$runner" "$mode" "$wheel")
  case $mode in
    ours) label="entry pass, our reader" ;;
    yauzl) label="entry pass, yauzl" ;;
    inspect) label="inspection (entries + file sha256)" ;;
  esac
  awk -v l="$label" -v t="$t" -v s="$sha_t" -v r="$rss" \
    'BEGIN { printf "  %-34s %6.2f s  %5.2fx sha256sum  peak %6.1f MB\n", l, t, t / s, r / 1024 }'
done
if command -v hyperfine >/dev/null; then
  hyperfine -N -w 1 -r "$RUNS" --style basic "sha256sum $wheel" \
    "$NODE $runner ours $wheel" "$NODE $runner yauzl $wheel" "$NODE $runner inspect $wheel" 2>&1 |
    grep -E 'Benchmark|Time \(mean'
fi
