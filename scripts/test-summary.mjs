// Prints one plain closing line for CI ("N passed, N failed, N skipped") from the test runs'
// result files: vitest's JSON report and, when the visual check and the real-editor suite
// ran, their summaries.
import { existsSync, readFileSync } from "node:fs";

let passed = 0;
let failed = 0;
let skipped = 0;
const vitest = "test-artifacts/vitest.json";
if (existsSync(vitest)) {
  const report = JSON.parse(readFileSync(vitest, "utf8"));
  passed += report.numPassedTests;
  failed += report.numFailedTests;
  skipped += report.numPendingTests + (report.numTodoTests ?? 0);
} else {
  failed += 1;
  console.error(`missing ${vitest}: the unit tests did not run`);
}
const visual = "test-artifacts/visual-summary.json";
if (existsSync(visual)) {
  const summary = JSON.parse(readFileSync(visual, "utf8"));
  passed += summary.passed;
  failed += summary.failed;
}
const e2e = "test-artifacts/e2e-summary.json";
if (existsSync(e2e)) {
  const summary = JSON.parse(readFileSync(e2e, "utf8"));
  passed += summary.passed;
  failed += summary.failed;
}
console.log(`total: ${passed} passed, ${failed} failed, ${skipped} skipped`);
process.exitCode = failed > 0 || passed === 0 ? 1 : 0;
