import { analyze } from "../../server/src/core/analyze";
import { applyEdits } from "../../server/src/core/fixes/applyFixes";
import type { Finding, TextEdit } from "../../server/src/core/rules/types";
import type { Span } from "../../server/src/core/model/types";
import { wordChars } from "./wordChars";

/**
 * A quick fix or suggestion picked alone, as a person picks it in the editor, held to what issue 8
 * asks of it (test/unit/quickFixAlone.test.ts, test/lsp/quickFixAlone.test.ts): the plan checked
 * again has no finding of another rule on the fixed line that it did not have, and keeps every
 * Chinese word but punctuation, marker numerals and the duplicate the fix names (`deletes`).
 */
export interface PickedFix {
  /** The rule of the finding it was offered at. */
  rule: string;
  description: string;
  /** By offsets into the plan's text. */
  edits: readonly TextEdit[];
  deletes?: Span;
}

/**
 * Rules whose fix is to rewrite or remove words by design, as the mutation property lists them
 * (trustMutations.property.test.ts): a misspelt character, web-page debris, a title pasted twice.
 */
export const REWRITING_RULES = new Set([
  "units/alias", "units/duplicate", "units/clause-style", "units/separator", "xref/title", "xref/doc-number", "xref/annotation-form",
  "xref/attachment-order", "text/misspelling", "text/html-markup", "structure/leading-debris", "structure/trailing-text",
  "structure/repeated-title", "structure/repeated-paste", "structure/review-markup", "structure/page-number", "structure/markdown-marks",
  "numbering/sequence", "numbering/marker-typo",
]);

/**
 * Rules whose suggestions rewrite words by design, each saying the words it writes: a unit's name
 * the registry does not know written as the one it knows (改为“市市场监管局”), a place's unit as the
 * plan's own, a cited title as its number's (标题改为“……”), a table of contents deleted whole.
 */
export const SUGGESTED_REWRITES = new Set([...REWRITING_RULES, "units/unknown", "units/other-place", "xref/unknown-section", "structure/table-of-contents"]);

function lineOf(text: string, offset: number): number {
  let line = 0;
  for (let at = text.indexOf("\n"); at !== -1 && at < offset; at = text.indexOf("\n", at + 1)) line++;
  return line;
}

/** Rules reported on lines `first` to `last` (0-based). */
function rulesOnLines(text: string, findings: readonly Finding[], first: number, last: number): Set<string> {
  const rules = new Set<string>();
  for (const finding of findings) {
    const line = lineOf(text, finding.start);
    if (line >= first && line <= last) rules.add(finding.rule);
  }
  return rules;
}

/**
 * What goes wrong when each picked fix is applied alone to `text` (whose findings are `findings`):
 * the words are held unless the fix's rule is among `rewriting`; no rule's finding may follow it
 * (xref/unknown-section offers no reading its sibling xref/unrelated-section would report).
 */
export function problemsOfPicked(
  text: string,
  findings: readonly Finding[],
  picked: readonly PickedFix[],
  rewriting: ReadonlySet<string>,
): string[] {
  const problems: string[] = [];
  for (const fix of picked) {
    const edits = [...fix.edits];
    const result = applyEdits(text, edits).text;
    if (result === text) continue;
    const firstEdit = Math.min(...edits.map((edit) => edit.start));
    const line = lineOf(text, firstEdit);
    const shift = edits.filter((edit) => edit.start < firstEdit || edit.end <= firstEdit).reduce((sum, edit) => sum + edit.newText.length - (edit.end - edit.start), 0);
    const lineAfter = lineOf(result, firstEdit + shift);
    // The fixed line in the result is what the edits' lines became: the line a deletion ends on
    // moves up onto it with its own findings.
    const before = rulesOnLines(text, findings, line, lineOf(text, Math.max(...edits.map((edit) => edit.end))));
    const after = rulesOnLines(result, analyze(result).findings, lineAfter, lineAfter);
    const added = [...after].filter((rule) => rule !== fix.rule && !before.has(rule));
    if (added.length > 0) problems.push(`${fix.rule}（第${line + 1}行“${fix.description}”）后新增 ${added.join("、")}`);
    if (rewriting.has(fix.rule)) continue;
    const named = fix.deletes ? wordChars(text.slice(fix.deletes.start, fix.deletes.end)) : new Map<string, number>();
    const kept = wordChars(result);
    const lost = [...wordChars(text)].filter(([char, count]) => (kept.get(char) ?? 0) + (named.get(char) ?? 0) < count).map(([char]) => char);
    if (lost.length > 0) problems.push(`${fix.rule}（第${line + 1}行“${fix.description}”）丢失“${lost.join("")}”`);
  }
  return problems;
}
