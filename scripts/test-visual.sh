#!/usr/bin/env bash
# The visual check of the .docx export (test/visual/render.test.mjs): installs LibreOffice, CJK
# fonts and poppler-utils when missing (scripts/install-visual-deps.sh), builds the CLI when it
# is not built, renders the exported Ganzhou seed to PDF and PNG (test-artifacts/visual/) and
# checks what the PDF shows. Writes test-artifacts/visual-summary.json for the CI summary; the
# last line is "N passed, N failed".
set -uo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
mkdir -p test-artifacts
summary="$ROOT/test-artifacts/visual-summary.json"
echo '{"passed":0,"failed":1}' >"$summary"   # until the tests say otherwise

if ! bash scripts/install-visual-deps.sh; then
  echo "visual: install failed"
  echo "0 passed, 1 failed"
  exit 1
fi
if [ ! -f out/cli.js ]; then npm run build || { echo "0 passed, 1 failed"; exit 1; }; fi

report="$(mktemp -t visual-tap.XXXXXX)"
node --test --test-reporter=tap test/visual/render.test.mjs | tee "$report"
status=${PIPESTATUS[0]}
passed=$(grep -cE '^ {4}ok [0-9]+' "$report")
failed=$(grep -cE '^ {4}not ok [0-9]+' "$report")
# A failure outside the tests (the render itself, in before()) counts as one.
if [ "$status" -ne 0 ] && [ "$failed" -eq 0 ]; then failed=1; fi
rm -f "$report"
printf '{"passed":%d,"failed":%d}\n' "$passed" "$failed" >"$summary"
echo "visual: $passed passed, $failed failed"
exit "$status"
