import peggy from "peggy";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname } from "node:path";
import { compileRunScans, markDiscardedRuns } from "./grammar-runs.mjs";
import { hoistParserState } from "./grammar-hoist.mjs";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("..", import.meta.url));
const grammarFile = `${root}grammar/plan.peggy`;
const outFile = `${root}server/src/core/syntax/generated/planParser.js`;

/**
 * Generates the parser from grammar/plan.peggy. The result cache stays off (the grammar is
 * line-oriented with bounded backtracking, and the cache would cost memory per character);
 * a .d.ts is generated beside it for TypeScript. Character-class runs are compiled to
 * table-driven scans by the passes in grammar-runs.mjs, a rule is called only where its first
 * two code units allow a match (grammar-first.mjs), and what a parse does not change is made
 * once per process (grammar-hoist.mjs).
 */
export async function buildGrammar() {
  const source = readFileSync(grammarFile, "utf8");
  const options = { output: "source", format: "es", cache: false, grammarSource: "grammar/plan.peggy", allowedStartRules: ["Document", "MarkerAt", "ClauseAt", "GroupClauseAt", "TableCellAt"], plugins: [markDiscardedRuns] };
  // Class runs become table-driven scans and rule calls are guarded by where the rule can start
  // (scripts/grammar-runs.mjs, grammar-first.mjs): same parse, a fraction of the time.
  // The parser's constants and functions are made once, not per parse (scripts/grammar-hoist.mjs).
  const parser = hoistParserState(compileRunScans(peggy.generate(source, options)).source);
  const header = "// GENERATED from grammar/plan.peggy by scripts/build-grammar.mjs. Do not edit.\n";
  mkdirSync(dirname(outFile), { recursive: true });
  writeFileSync(outFile, header + parser);
  writeFileSync(outFile.replace(/\.js$/, ".d.ts"), header + DECLARATIONS);
}

// The parser's own declaration: the result shape is described by server/src/core/syntax/cst.ts.
const DECLARATIONS = `export function parse(input: string, options?: { startRule?: "Document" | "MarkerAt" | "ClauseAt" | "GroupClauseAt" | "TableCellAt"; peg$library?: boolean; peg$currPos?: number; acrossLines?: boolean; shareText?: (text: string) => string }): unknown;
`;

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) await buildGrammar();
