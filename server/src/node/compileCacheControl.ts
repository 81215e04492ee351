/**
 * How a run tells the code cache of its bin (node/compileCache.ts) what kind of run it is. The
 * bin loads the cache module and then the bundle, two separately bundled files, so they meet
 * through a symbol in the process-wide registry rather than through a shared module.
 *
 * Reading the cache back costs in proportion to its size, and it holds every function the
 * run that wrote it compiled: a cache written by a run over a folder of plans holds every rule's
 * every path, and each later one-file run then reads all of it (on the bench's machine a
 * one-file run took a sixth longer with such a cache). A run over many files spends its time
 * in the checks, not in start-up, so it leaves the writing to a smaller run.
 */
const CONTROL = Symbol.for("policy-plan.compileCache");

export interface CompileCacheControl {
  /** The run will check more than one file: write no cache at its end. */
  leaveToSmallerRuns(): void;
}

/** Installed by the bin's cache while it is to write a cache at the end of the run. */
export function installCompileCacheControl(control: CompileCacheControl): void {
  (globalThis as { [CONTROL]?: CompileCacheControl })[CONTROL] = control;
}

/** Said by a command that checks many files; nothing happens without a bin's cache. */
export function leaveCompileCacheToSmallerRuns(): void {
  (globalThis as { [CONTROL]?: CompileCacheControl })[CONTROL]?.leaveToSmallerRuns();
}
