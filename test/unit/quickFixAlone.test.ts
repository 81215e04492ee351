import { describe, expect, it } from "vitest";
import { analyze } from "../../server/src/core/analyze";
import { applyEdits, refusedAlone } from "../../server/src/core/fixes/applyFixes";
import type { Finding } from "../../server/src/core/rules/types";
import { seedsAndNewPlans } from "../support/realPlans";
import { wordChars } from "../support/wordChars";

/**
 * Every quick fix the editor offers at a finding of the real plans, applied alone as a person
 * picks it (issue 8): the plan checked again has no finding of another rule on the fixed line that
 * it did not have, and keeps every Chinese word but punctuation, marker numerals and the
 * duplicate the fix names (`Fix.deletes`). Fixes the guard refuses alone are never offered.
 */
const PLANS = seedsAndNewPlans();

/**
 * Rules whose fix is to rewrite or remove words by design, as the mutation property lists them
 * (trustMutations.property.test.ts): a misspelt character, web-page debris, a title pasted twice.
 */
const REWRITING_RULES = new Set([
  "units/alias", "units/duplicate", "units/clause-style", "units/separator", "xref/title", "xref/doc-number", "xref/annotation-form",
  "xref/attachment-order", "text/misspelling", "text/html-markup", "structure/leading-debris", "structure/trailing-text",
  "structure/repeated-title", "structure/repeated-paste", "structure/review-markup", "structure/page-number", "structure/markdown-marks",
  "numbering/sequence", "numbering/marker-typo",
]);

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

describe("each quick fix of a real plan, applied alone", () => {
  for (const [name, text] of PLANS) {
    it(`adds no finding of another rule on its line and keeps the words in ${name}`, () => {
      const analysis = analyze(text);
      const fixed = analysis.findings.filter((finding) => finding.fix !== undefined);
      const refused = refusedAlone(text, analysis, fixed.map((finding) => finding.fix!));
      const problems: string[] = [];
      for (const finding of fixed) {
        const fix = finding.fix!;
        if (refused.has(fix)) continue;
        const edits = fix.edits;
        const result = applyEdits(text, edits).text;
        if (result === text) continue;
        const firstEdit = Math.min(...edits.map((edit) => edit.start));
        const line = lineOf(text, firstEdit);
        const shift = edits.filter((edit) => edit.start < firstEdit || edit.end <= firstEdit).reduce((sum, edit) => sum + edit.newText.length - (edit.end - edit.start), 0);
        const lineAfter = lineOf(result, firstEdit + shift);
        // The fixed line in the result is what the edits' lines became: the line a deletion ends on
        // moves up onto it with its own findings.
        const before = rulesOnLines(text, analysis.findings, line, lineOf(text, Math.max(...edits.map((edit) => edit.end))));
        const after = rulesOnLines(result, analyze(result).findings, lineAfter, lineAfter);
        const added = [...after].filter((rule) => rule !== finding.rule && !before.has(rule));
        if (added.length > 0) problems.push(`${finding.rule}（第${line + 1}行“${fix.description}”）后新增 ${added.join("、")}`);
        if (REWRITING_RULES.has(finding.rule)) continue;
        const named = fix.deletes ? wordChars(text.slice(fix.deletes.start, fix.deletes.end)) : new Map<string, number>();
        const kept = wordChars(result);
        const lost = [...wordChars(text)].filter(([char, count]) => (kept.get(char) ?? 0) + (named.get(char) ?? 0) < count).map(([char]) => char);
        if (lost.length > 0) problems.push(`${finding.rule}（第${line + 1}行“${fix.description}”）丢失“${lost.join("")}”`);
      }
      expect(problems).toEqual([]);
    });
  }
});
