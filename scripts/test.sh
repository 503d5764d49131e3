#!/usr/bin/env bash
# The one test command (README, .ci/run): installs what the tests need on a fresh clone,
# then lints, type-checks, checks dist/ against a fresh bundle, and runs every test.
set -euo pipefail
cd "$(dirname "$0")/.."

echo "::group::npm ci"
npm ci --no-audit --no-fund
echo "::endgroup::"

echo "::group::python test tools (.venv)"
python3 scripts/setup-test-venv.py
echo "::endgroup::"

echo "::group::lint and type-check"
npm run lint
echo "::endgroup::"

echo "::group::dist/ equals a fresh bundle"
npm run bundle
if ! git diff --quiet -- dist; then
  echo "dist/ differs from a fresh 'npm run bundle'; run it and commit dist/:" >&2
  git --no-pager diff --stat -- dist >&2
  exit 1
fi
if [ -n "$(git ls-files --others --exclude-standard -- dist)" ]; then
  echo "dist/ has files that are not committed:" >&2
  git ls-files --others --exclude-standard -- dist >&2
  exit 1
fi
echo "::endgroup::"

echo "::group::Node 24 for the bundle test"
if [ ! -x .cache/node24/node_modules/.bin/node ]; then
  npm install --no-save --no-audit --no-fund --prefix .cache/node24 node@24 >/dev/null
fi
export NODE24_BIN="$PWD/.cache/node24/node_modules/.bin/node"
"$NODE24_BIN" --version
echo "::endgroup::"

export TEST_PYTHON="$PWD/.venv/bin/python"
NODE_OPTIONS=--experimental-vm-modules npx jest --ci "$@"
