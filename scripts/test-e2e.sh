#!/usr/bin/env bash
# Real-editor end-to-end tests of the policy-plan extension:
#   1. install      scripts/install-e2e-deps.sh (apt packages + test/e2e/node_modules; skips what is there)
#   2. build        npm run build at the repo root (out/client.js, out/server.js)
#   3. extension    test/e2e/run-extension-tests.js: mocha suite in the VS Code 1.100.3
#                   extension host (code-server + headless Chromium), via @vscode/test-electron
#   4. dom-check    test/e2e/dom-check.js: Problems panel / Outline view in the workbench DOM,
#                   screenshot in test-artifacts/e2e-workbench.png
# Exits non-zero when any step fails; the last line is "N passed, N failed, N skipped"
# over these steps. E2E_SKIP_BUILD=1 skips step 2 (when the caller has just built).
set -uo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"

passed=0 failed=0 skipped=0
summary=()
blocked=""   # set when a later step cannot run without an earlier one

step() {
  local name="$1"; shift
  if [ -n "$blocked" ]; then
    skipped=$((skipped + 1)); summary+=("SKIP  $name (needs $blocked)")
    return 1
  fi
  echo "=== e2e: $name"
  local start=$SECONDS
  if "$@"; then
    passed=$((passed + 1)); summary+=("PASS  $name ($((SECONDS - start)) s)")
  else
    failed=$((failed + 1)); summary+=("FAIL  $name ($((SECONDS - start)) s)")
    return 1
  fi
}

step install bash "$ROOT/scripts/install-e2e-deps.sh" || blocked="install"
if [ "${E2E_SKIP_BUILD:-}" = 1 ]; then
  skipped=$((skipped + 1)); summary+=("SKIP  build (E2E_SKIP_BUILD=1)")
else
  step build npm run build || blocked="${blocked:-build}"
fi
step extension-tests node "$ROOT/test/e2e/run-extension-tests.js"
step dom-check node "$ROOT/test/e2e/dom-check.js"

echo "=== e2e summary"
printf '%s\n' "${summary[@]}"
echo "$passed passed, $failed failed, $skipped skipped"
[ "$failed" -eq 0 ]   # a step is only skipped after a failure or by E2E_SKIP_BUILD
