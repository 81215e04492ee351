import { tmpdir } from "node:os";
import { join } from "node:path";
import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    exclude: ["test/e2e/**", "node_modules/**"],
    testTimeout: 20000,
    // The bins keep V8's code cache in the user's cache folder (server/src/node/compileCache.ts):
    // the tests' runs, of packed copies in temporary prefixes too, keep theirs apart.
    env: { XDG_CACHE_HOME: join(tmpdir(), "policy-plan-test-cache") },
  },
});
