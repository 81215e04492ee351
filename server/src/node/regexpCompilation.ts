import { setFlagsFromString } from "node:v8";

/**
 * The V8 flag that compiles each regular expression straight to machine code. By default V8
 * compiles a pattern to bytecode for its interpreter on first use and compiles it again to machine
 * code as soon as it runs a second time ("tier-up"), so every pattern a run uses more than once is
 * compiled twice. The core's patterns are large alternations (count verbs, unit and place names,
 * labels) compiled on first use, and a fresh process paid both compilations for each: with the
 * flag the first check of a seed plan took about 160 ms of CPU instead of 230, and a one-file run
 * about a sixth less (docs/performance.md). A warm check is unchanged: by then every pattern is
 * machine code either way.
 */
export const REGEXP_FLAGS = "--no-regexp-tier-up";

/**
 * Sets REGEXP_FLAGS for this process. The shells (bin/plancheck.js, bin/plan-language-server.js,
 * through compileCache.ts) call it before their bundle runs, so the CLI and the server compile the
 * same way; the flag is read when a pattern is first compiled, never when it is created, so it
 * holds for patterns made before it too. The core itself stays free of process settings.
 */
export function compileRegExpsToMachineCode(): void {
  setFlagsFromString(REGEXP_FLAGS);
}
