#!/usr/bin/env bash
# The README's first command: runs the bundled action's command line on stand-in wheels
# made here, with nothing but local files (no credentials, no index, no network).
set -euo pipefail
cd "$(dirname "$0")/.."
[ -d node_modules ] || npm ci --no-audit --no-fund
[ -f dist/cli/index.js ] || npm run bundle
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/good" "$work/bad"
good="$(python3 scripts/standin_wheel.py "$work/good" vllm-cpu 0.6.3 manylinux_2_17_x86_64)"
bad="$(python3 scripts/standin_wheel.py "$work/bad" vllm-cpu 0.6.3+cpu linux_x86_64)"

echo "== check on a stand-in wheel that PyPI would accept"
node dist/cli/index.js check --wheel "$good" 2>&1
echo
echo "== check on a wheel as hand-made builds have shipped it (+cpu, linux_x86_64)"
if node dist/cli/index.js check --wheel "$bad" 2>&1; then
  echo "demo: the bad wheel was expected to fail" >&2
  exit 1
fi
echo
echo "demo: the good wheel passed, the bad one was stopped before any upload."
