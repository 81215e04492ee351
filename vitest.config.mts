import { availableParallelism, tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";
import { filesNeedingOwnModules } from "./scripts/test-module-graphs.mjs";

const exclude = ["test/e2e/**", "node_modules/**"];
// The files that replace a module, stub a global or measure the heap in process
// (scripts/test-module-graphs.mjs says which and why); every other file shares its worker's modules.
const ownModules = filesNeedingOwnModules(fileURLToPath(new URL(".", import.meta.url)), "test", ["test/e2e"]);

export default defineConfig({
  test: {
    // Both cores of a two-core CI machine: vitest's default (one worker fewer than the cores) left
    // one idle and ran the suite in twice the time; most of a test file's time is its imports and
    // its own work, not the processes it spawns.
    maxWorkers: Math.max(2, availableParallelism() - 1),
    exclude,
    // (Each project names its own files: a project's include would be added to one here.)
    // A hunt (PLANCHECK_PROPERTY_RUNS, test/support/propertySeed.ts) runs its cases for as long as
    // they take: at 6,000 cases the trust properties ran past the normal run's limit and were
    // reported as failures that were not.
    testTimeout: process.env.PLANCHECK_PROPERTY_RUNS ? 0 : 20000,
    // Property tests run a fixed seed unless asked for random ones (test/support/propertySeed.ts says why).
    setupFiles: ["test/support/propertySeed.ts"],
    // Every temporary folder of a run lives under one folder removed at the end (tempRoot.ts).
    globalSetup: ["test/support/tempRoot.ts"],
    // The bins keep V8's code cache in the user's cache folder (server/src/node/compileCache.ts):
    // the tests' runs, of packed copies in temporary prefixes too, keep theirs apart.
    env: { XDG_CACHE_HOME: join(tmpdir(), "policy-plan-test-cache") },
    projects: [
      // Evaluating the core again for every file was 42 % of the workers' time (docs/testing.md):
      // these files share one module graph per worker, as a long-running server shares it.
      { extends: true, test: { name: "shared", isolate: false, include: ["test/**/*.test.ts"], exclude: ownModules } },
      { extends: true, test: { name: "own", isolate: true, include: ownModules.length > 0 ? ownModules : ["no-file"] } },
    ],
  },
});
