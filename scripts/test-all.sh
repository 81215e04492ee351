#!/usr/bin/env bash
# Every test: the unit suite (vitest), the visual check of the .docx export (LibreOffice),
# then the real-editor suite (VS Code 1.100 via
# code-server in Chromium; installs what it needs on a fresh machine). Ends with one plain
# "N passed, N failed" line over both, and fails when any test failed.
set -uo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
rm -rf test-artifacts
status=0
npm test || status=1
# The .docx export rendered by LibreOffice (installs it and CJK fonts on a fresh machine).
bash scripts/test-visual.sh || status=1
E2E_SKIP_BUILD=1 bash scripts/test-e2e.sh || status=1
node scripts/test-summary.mjs || status=1
exit $status
