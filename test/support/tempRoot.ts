import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

/**
 * Vitest global setup: every temporary folder a test makes (mkdtemp under os.tmpdir(), the
 * workspaces test/support/cursor.ts builds, the CLI's scenario folders, the servers' logs) goes
 * under one folder of this run, removed when the run ends. Tests that clean up after themselves
 * still do; the ones that cannot (a folder a spawned server still holds, a test that failed half
 * way) no longer leave thousands of folders in /tmp run after run.
 *
 * os.tmpdir() reads TMPDIR on every call, and vitest hands the workers this process's environment
 * after global setup, so setting it here reaches every test file and every process they spawn.
 */
export default function setup(): () => void {
  const root = mkdtempSync(join(tmpdir(), "policy-plan-tests-"));
  process.env.TMPDIR = root;
  return () => rmSync(root, { recursive: true, force: true });
}
