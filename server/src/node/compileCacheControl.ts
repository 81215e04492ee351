import type { Shell } from "./v8Flags.js";

/**
 * How a CLI run tells the code cache of its bin (node/compileCache.ts) what kind of run it is.
 * The bin loads the cache module and then the bundle, two separately bundled files, so they meet
 * through a symbol in the process-wide registry rather than through a shared module.
 *
 * The cache holds every function the run that wrote it compiled, and is read back whole: what
 * suits the common short run is a cache written by a run that read one plan. Measured on a
 * one-line plan (docs/performance.md, session 53), a cache written by a one-line check made it
 * 1.76× `node -e 0`, one written by a check of a 20 KB plan 1.87×, one written by a run that read
 * no plan at all (`--version`, `--help`, a path that is not there: only the start-up compiled)
 * 1.93× — and the first run after an install or a build decides it for every run after. So:
 * - a run that reads no plan writes none: the next run that reads one does;
 * - a run that reads more than one writes none either: it compiled every rule's every path and
 *   spends its time in the checks, not in start-up (a cache written by a folder of plans made
 *   later one-file runs a sixth slower).
 * The language server, which never says, always writes its own.
 */
const CONTROL = Symbol.for("policy-plan.compileCache");

export interface CompileCacheControl {
  /** The run has read one more plan. */
  planRead(): void;
}

/** Installed by the bin's cache while it is to write a cache at the end of the run. */
export function installCompileCacheControl(control: CompileCacheControl): void {
  (globalThis as { [CONTROL]?: CompileCacheControl })[CONTROL] = control;
}

/** Said by the CLI's plan reader for each plan it reads; nothing happens without a bin's cache. */
export function notePlanReadForCompileCache(): void {
  (globalThis as { [CONTROL]?: CompileCacheControl })[CONTROL]?.planRead();
}

/** Whether a run that read `plans` plans writes the code cache at its end (see above). */
export function writesCompileCache(shell: Shell, plans: number): boolean {
  return shell === "server" || plans === 1;
}
