import { describe, expect, it } from "vitest";
import { analyze } from "../../server/src/core/analyze";
import { applyEdits, refusedAlone } from "../../server/src/core/fixes/applyFixes";
import type { Finding, Fix } from "../../server/src/core/rules/types";
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

/**
 * Rules whose suggestions rewrite words by design, each saying the words it writes: a unit's name
 * the registry does not know written as the one it knows (改为“市市场监管局”), a place's unit as the
 * plan's own, a cited title as its number's (标题改为“……”), a table of contents deleted whole.
 */
const SUGGESTED_REWRITES = new Set([...REWRITING_RULES, "units/unknown", "units/other-place", "xref/unknown-section", "structure/table-of-contents"]);

/**
 * What a suggestion may bring on its line, by its rule: where a cited number and title disagree,
 * xref/unknown-section offers both readings (only the drafter knows which is meant), and the
 * title that does not fit the task then draws the mapping's verdict that the task is unrelated.
 */
const SUGGESTED_CONSEQUENCES: ReadonlyMap<string, ReadonlySet<string>> = new Map([["xref/unknown-section", new Set(["xref/unrelated-section"])]]);

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
      expect(problemsOf(text, analysis, (finding) => (finding.fix === undefined ? [] : [finding.fix]), REWRITING_RULES)).toEqual([]);
    });
  }
});

/**
 * A finding's suggestions (alternative edits, never applied by a fix-all) are picked one at a
 * time in the editor too: each is held to what a quick fix is, once the guard has kept it.
 */
describe("each suggestion of a real plan, applied alone", () => {
  for (const [name, text] of PLANS) {
    it(`adds no finding of another rule on its line and keeps the words in ${name}`, () => {
      const analysis = analyze(text);
      expect(problemsOf(text, analysis, (finding) => finding.suggestions ?? [], SUGGESTED_REWRITES, SUGGESTED_CONSEQUENCES)).toEqual([]);
    });
  }
});

/**
 * What goes wrong when each of the findings' fixes that `fixesOf` picks is applied alone: the
 * words are held unless the rule is among `rewriting`; a rule's `consequences` may follow it.
 */
function problemsOf(
  text: string,
  analysis: ReturnType<typeof analyze>,
  fixesOf: (finding: Finding) => readonly Fix[],
  rewriting: ReadonlySet<string>,
  consequences: ReadonlyMap<string, ReadonlySet<string>> = new Map(),
): string[] {
  const offered = analysis.findings.flatMap((finding) => fixesOf(finding).map((fix) => ({ finding, fix })));
  const refused = refusedAlone(text, analysis, offered.map(({ fix }) => fix));
  const problems: string[] = [];
  for (const { finding, fix } of offered) {
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
    const added = [...after].filter((rule) => rule !== finding.rule && !before.has(rule) && !consequences.get(finding.rule)?.has(rule));
    if (added.length > 0) problems.push(`${finding.rule}（第${line + 1}行“${fix.description}”）后新增 ${added.join("、")}`);
    if (rewriting.has(finding.rule)) continue;
    const named = fix.deletes ? wordChars(text.slice(fix.deletes.start, fix.deletes.end)) : new Map<string, number>();
    const kept = wordChars(result);
    const lost = [...wordChars(text)].filter(([char, count]) => (kept.get(char) ?? 0) + (named.get(char) ?? 0) < count).map(([char]) => char);
    if (lost.length > 0) problems.push(`${finding.rule}（第${line + 1}行“${fix.description}”）丢失“${lost.join("")}”`);
  }
  return problems;
}
