import { describe, expect, it } from "vitest";
import { analyze } from "../../server/src/core/analyze";
import { refusedAlone } from "../../server/src/core/fixes/applyFixes";
import type { Finding, Fix } from "../../server/src/core/rules/types";
import { problemsOfPicked, REWRITING_RULES, SUGGESTED_REWRITES } from "../support/fixAlone";
import { seedsAndNewPlans } from "../support/realPlans";

/**
 * Every quick fix the editor offers at a finding of the real plans, applied alone as a person
 * picks it (issue 8), held to test/support/fixAlone.ts. Fixes the guard refuses alone are never
 * offered. The editor's own requests (codeAction, codeAction/resolve) are test/lsp/quickFixAlone.test.ts.
 */
const PLANS = seedsAndNewPlans();

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
      expect(problemsOf(text, analysis, (finding) => finding.suggestions ?? [], SUGGESTED_REWRITES)).toEqual([]);
    });
  }
});

/** The fixes `fixesOf` picks at each finding, those the guard refuses alone left out, as picked alone. */
function problemsOf(
  text: string,
  analysis: ReturnType<typeof analyze>,
  fixesOf: (finding: Finding) => readonly Fix[],
  rewriting: ReadonlySet<string>,
): string[] {
  const offered = analysis.findings.flatMap((finding) => fixesOf(finding).map((fix) => ({ finding, fix })));
  const refused = refusedAlone(text, analysis, offered.map(({ fix }) => fix));
  const picked = offered
    .filter(({ fix }) => !refused.has(fix))
    .map(({ finding, fix }) => ({ rule: finding.rule, description: fix.description, edits: fix.edits, ...(fix.deletes ? { deletes: fix.deletes } : {}) }));
  return problemsOfPicked(text, analysis.findings, picked, rewriting);
}
