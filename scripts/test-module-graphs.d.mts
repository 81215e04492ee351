/** Whether a test file's source asks for a module graph of its own (scripts/test-module-graphs.mjs). */
export function needsOwnModules(source: string): boolean;
/** The `*.test.ts` files under `testRoot` that need a module graph of their own, paths from `root`. */
export function filesNeedingOwnModules(root: string, testRoot: string, skipped: readonly string[]): string[];
