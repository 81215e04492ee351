// Which test files run with a module graph of their own, read from the files themselves so that a
// new test is placed without a list to keep up (vitest.config.mts runs every other file in one
// graph per worker; docs/testing.md says why and what that asks of a test).
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";

/**
 * What makes a file need its own graph:
 * - it replaces a module (`vi.mock` and kin: a shared graph would keep the stand-in for the files
 *   after it), asks for fresh modules (`vi.resetModules`), stubs a global or the environment, or
 *   fakes the clock (a test that fails before `vi.useRealTimers` would leave it fake);
 * - it measures the heap in process (`process.memoryUsage`, V8's heap statistics, `gc()`): what
 *   other files left in a shared heap is not its own and would make its bound flaky;
 * - it bounds how a cost grows (test/support/growth.ts `growth(`): the garbage collections that
 *   another file's leftovers make longer fall on whichever size is running (a linear 版记 reading
 *   measured 9.03 for 4× its input in a CI run's shared worker, 3.4 alone);
 * - it says so in a line of its own, `// vitest: own module graph`, for a reason the code cannot see.
 * Spies (`vi.spyOn`) and vitest's configuration are restored by vitest between files either way.
 */
const OWN_GRAPH = [
  /\bvi\.(?:mock|doMock|unmock|doUnmock|resetModules|stubGlobal|stubEnv|useFakeTimers|setSystemTime)\(/,
  /\bmemoryUsage\(|\bgetHeapStatistics\(|\bgc\(\)/,
  /\bgrowth\(/,
  /^\/\/ vitest: own module graph$/m,
];

/** Whether a test file's source asks for a module graph of its own. */
export function needsOwnModules(source) {
  return OWN_GRAPH.some((marker) => marker.test(source));
}

/**
 * The `*.test.ts` files under `testRoot` (paths from `root`, `/`-separated, sorted) that need a
 * module graph of their own; the folders in `skipped` (test/e2e, a package of its own) and every
 * node_modules are not read.
 * @param {string} root @param {string} testRoot @param {readonly string[]} skipped
 * @returns {string[]}
 */
export function filesNeedingOwnModules(root, testRoot, skipped) {
  const found = [];
  const walk = (folder) => {
    for (const entry of readdirSync(join(root, folder), { withFileTypes: true })) {
      const path = `${folder}/${entry.name}`;
      if (entry.isDirectory()) {
        if (entry.name !== "node_modules" && !skipped.includes(path)) walk(path);
      } else if (path.endsWith(".test.ts") && needsOwnModules(readFileSync(join(root, path), "utf8"))) {
        found.push(path);
      }
    }
  };
  walk(testRoot);
  return found.sort();
}
