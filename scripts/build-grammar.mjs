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
  mkdirSync(dirname(outFile), { recursive: true });
  writeWordLists(source);
  const options = { output: "source", format: "es", cache: false, grammarSource: "grammar/plan.peggy", allowedStartRules: ["Document", "MarkerAt", "ClauseAt", "GroupClauseAt", "SentenceClauseAt", "DeadlineSentenceAt", "TableCellAt", "BareClauseAt", "CitationAt"], plugins: [markDiscardedRuns] };
  // Class runs become table-driven scans and rule calls are guarded by where the rule can start
  // (scripts/grammar-runs.mjs, grammar-first.mjs): same parse, a fraction of the time.
  // The parser's constants and functions are made once, not per parse (scripts/grammar-hoist.mjs).
  const parser = hoistParserState(compileRunScans(peggy.generate(source, options)).source);
  const header = "// GENERATED from grammar/plan.peggy by scripts/build-grammar.mjs. Do not edit.\n";
  writeFileSync(outFile, header + parser);
  writeFileSync(outFile.replace(/\.js$/, ".d.ts"), header + DECLARATIONS);
}

/**
 * Rules whose alternatives are the words drafts write, listed by the code that works where
 * there is no parse (completion of a clause being typed, the reader of a clause across lines,
 * a 分工表's column headers) and by the grammar's own initializer: generated from the rules into
 * generated/labels.js, so the grammar stays the one place they are spelled.
 */
const WORD_LISTS = { UNIT_LABELS: "UnitLabel", DEADLINE_LABELS: "DeadlineLabel" };

/**
 * Patterns the grammar's initializer spells as string constants and code outside the parser
 * reads too (structure/markdown-marks finds the underscore-bold pairs PlaceholderText leaves
 * alone, by their shape and the words they hold; syntax/bodyEnds.ts how a body's name ends):
 * copied into generated/labels.js as written.
 */
const SHARED_PATTERNS = ["UNDERSCORE_BOLD_SHAPE", "BOLD_WORD_SHAPE", "BODY_END_CHARACTERS", "PLACE_END_CHARACTERS", "DIVISION_END"];

function writeWordLists(source) {
  const grammar = peggy.parser.parse(source, { grammarSource: "grammar/plan.peggy", reservedWords: [] });
  const header = "// GENERATED from grammar/plan.peggy by scripts/build-grammar.mjs. Do not edit.\n";
  let js = header;
  let dts = header;
  for (const [name, ruleName] of Object.entries(WORD_LISTS)) {
    const rule = grammar.rules.find((each) => each.name === ruleName);
    if (!rule || rule.expression.type !== "choice") throw new Error(`${ruleName}: expected a choice of words`);
    // The words: the literal alternatives (a rule reference, like UnitLabelWithFormat, reads
    // the same words written otherwise).
    const words = rule.expression.alternatives.filter((alternative) => alternative.type === "literal").map((alternative) => alternative.value);
    js += `export const ${name} = ${JSON.stringify(words)};\n`;
    dts += `/** The words of the grammar's ${ruleName}, in its order. */\nexport declare const ${name}: readonly string[];\n`;
  }
  for (const name of SHARED_PATTERNS) {
    const literal = new RegExp(`\\bconst ${name} = ("(?:[^"\\\\]|\\\\.)*");`).exec(source);
    if (!literal) throw new Error(`grammar/plan.peggy: no string constant ${name} in its initializer`);
    js += `export const ${name} = ${literal[1]};\n`;
    dts += `/** The grammar initializer's ${name}, a regular expression's source or a class's characters. */\nexport declare const ${name}: string;\n`;
  }
  writeFileSync(`${dirname(outFile)}/labels.js`, js);
  writeFileSync(`${dirname(outFile)}/labels.d.ts`, dts);
}

// The parser's own declaration: the result shape is described by server/src/core/syntax/cst.ts.
const DECLARATIONS = `export function parse(input: string, options?: { startRule?: "Document" | "MarkerAt" | "ClauseAt" | "GroupClauseAt" | "SentenceClauseAt" | "DeadlineSentenceAt" | "TableCellAt" | "BareClauseAt" | "CitationAt"; peg$library?: boolean; peg$currPos?: number; acrossLines?: boolean; knownName?: (name: string) => boolean; shareText?: (text: string) => string }): unknown;
`;

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) await buildGrammar();
