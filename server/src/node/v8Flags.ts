import { setFlagsFromString } from "node:v8";

/**
 * The V8 flag that compiles each regular expression straight to machine code. By default V8
 * compiles a pattern to bytecode for its interpreter on first use and compiles it again to machine
 * code as soon as it runs a second time ("tier-up"), so every pattern a run uses more than once is
 * compiled twice. The core's patterns are large alternations (count verbs, unit and place names,
 * labels) compiled on first use, and a fresh process paid both compilations for each: with the
 * flag the first check of a seed plan took about 160 ms of CPU instead of 230, and a one-file run
 * about a sixth less (docs/performance.md). A warm check is unchanged: by then every pattern is
 * machine code either way. Both shells set it.
 */
export const REGEXP_FLAGS = "--no-regexp-tier-up";

/**
 * How much bytecode a function runs before V8 considers optimising it with TurboFan, in the CLI:
 * four times V8's default (67,584). The core is some 2,000 small functions (the parser's rules, a
 * hundred rules, the model's readers), and with the default budget a fresh process optimises most
 * of them within its first few checks, on the feedback of one or two plans: some 900 TurboFan
 * compilations, many of large inlined bodies (targets' extract, the outline), paid for in the first
 * twenty checks, which cost 4–5× a warm one. With the larger budget a function is optimised once it
 * has shown over more text that it is hot. A CLI run is that start and little more: 200 plans took
 * a third less CPU, one 2.5 MB plan 38 % less, one seed plan 11 % less (docs/performance.md,
 * session 50). The language server keeps V8's default: it lives for hours, and its keystrokes reach
 * their steady cost sooner with it (p50 1.11× and the first ten edits slower with the larger budget).
 */
export const CLI_TIERING_FLAGS = "--interrupt-budget=270336";

/** Which shell a process runs: a CLI run, or the long-lived language server. */
export type Shell = "cli" | "server";

/** The V8 flags a shell sets, as one string for `setFlagsFromString`. */
export function v8FlagsOf(shell: Shell): string {
  return shell === "cli" ? `${REGEXP_FLAGS} ${CLI_TIERING_FLAGS}` : REGEXP_FLAGS;
}

/**
 * Sets the shell's V8 flags for this process. The bins (bin/plancheck.js, bin/plan-language-server.js,
 * through compileCache.ts) call it before their bundle runs. The regular-expression flag is read
 * when a pattern is first compiled, and the budget when a function's feedback is first allocated,
 * so both hold for everything the bundle runs. The core itself stays free of process settings.
 */
export function setShellV8Flags(shell: Shell): void {
  setFlagsFromString(v8FlagsOf(shell));
}
