// Types for the build-time parser passes (scripts/grammar-runs.mjs), used by their test.
import type { Plugin } from "peggy";
export declare const markDiscardedRuns: Plugin;
export declare function compileRunScans(source: string): {
  source: string;
  stats: { zeroOrMore: number; oneOrMore: number; literals: number; remaining: number; classTests: number; codeReads: number };
};
