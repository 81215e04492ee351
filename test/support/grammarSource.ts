import { readFileSync } from "node:fs";
import { join } from "node:path";
import { DEADLINE_LABELS, UNIT_LABELS } from "../../server/src/core/syntax/generated/labels.js";

/**
 * grammar/plan.peggy as a parser a test generates by itself reads it. The grammar imports the
 * word lists scripts/build-grammar.mjs generates from it (generated/labels.js); a parser the
 * test evaluates in a function or writes to a temporary folder has no such module beside it,
 * so the import is replaced by the lists themselves — the same words.
 */
export function grammarSource(): string {
  const grammar = readFileSync(join(__dirname, "..", "..", "grammar", "plan.peggy"), "utf8");
  const imported = /import \{ UNIT_LABELS as UNIT_LABEL_WORDS, DEADLINE_LABELS as DEADLINE_LABEL_WORDS \} from "\.\/labels\.js";/;
  if (!imported.test(grammar)) throw new Error("grammar/plan.peggy no longer imports its word lists as this helper expects");
  return grammar.replace(imported, `const UNIT_LABEL_WORDS = ${JSON.stringify(UNIT_LABELS)}; const DEADLINE_LABEL_WORDS = ${JSON.stringify(DEADLINE_LABELS)};`);
}
