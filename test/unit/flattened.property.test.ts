import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { analyze } from "../../server/src/core/analyze";
import { applyEdits } from "../../server/src/core/fixes/applyFixes";
import { buildPlan } from "../../server/src/core/model/buildPlan";

/**
 * structure/flattened's split on token soup shaped like pasted one-line plans: sentence ends,
 * clauses, indentation and numbers of every kind between markers. Its fix only ever replaces
 * spaces (or nothing) by a line break, and a split line has no marker left inside it.
 */
const RUNS = Number(process.env.PLANCHECK_PROPERTY_RUNS ?? 1000);

const FRAGMENTS = [
  "一、", "二、", "三、", "（一）", "（二）", "(三)", "1.", "2.", "3、", "（1）", "（2）", "、",
  "总体要求", "加快区域质量创新发展", "推动二、三产业融合", "第1.5条", "3.19%", "1.5倍", "2.0版", "GB/T 1.1", "包括：", "；",
  "。", "。”", "，", "〔责任单位：市工信局〕", "　　", "  ", " ", "\n", "\r\n", "附件1", "附件：",
  "某市质量提升行动实施方案", "（2023—2025年）", "推进第", "１.", "２．", "（１）", "第１.５条",
];
const soup = fc.array(fc.constantFrom(...FRAGMENTS), { maxLength: 50 }).map((parts) => parts.join(""));

describe("structure/flattened's split on generated one-line plans", () => {
  it("never removes a non-whitespace character, inserts only the document's line break, and settles in one pass", () => {
    fc.assert(
      fc.property(soup, (text) => {
        const eol = /\r\n|\n|\r/.exec(text)?.[0] ?? "\n";
        const flattened = analyze(text).findings.filter((finding) => finding.rule === "structure/flattened");
        for (const finding of flattened) {
          for (const edit of finding.fix!.edits) {
            expect(text.slice(edit.start, edit.end)).toMatch(/^[ \t\u3000\u00a0]*$/);
            expect(edit.newText).toBe(eol);
          }
        }
        const split = applyEdits(text, flattened.flatMap((finding) => finding.fix!.edits)).text;
        expect(split.replace(/\s/g, "")).toBe(text.replace(/\s/g, ""));
        expect(analyze(split).findings.filter((finding) => finding.rule === "structure/flattened")).toEqual([]);
        const lines = buildPlan(split).syntax.lines.length;
        expect(lines).toBe(buildPlan(text).syntax.lines.length + flattened.reduce((sum, finding) => sum + finding.fix!.edits.length, 0));
      }),
      { numRuns: RUNS },
    );
  });

  // Found by the property above (seed -821151752): after the split, `一、` starts the plan and the
  // `１.` before it is the prelude's. Counting it anyway made `2.` continue in the second pass.
  it("settles when the split makes a later chapter the plan's start", () => {
    const text = "１.〔责任单位：市工信局〕一、。2.";
    const first = analyze(text).findings.filter((finding) => finding.rule === "structure/flattened");
    expect(first.map((finding) => finding.message)).toEqual([expect.stringContaining("“一、”")]);
    const split = applyEdits(text, first.flatMap((finding) => finding.fix!.edits)).text;
    expect(analyze(split).findings.filter((finding) => finding.rule === "structure/flattened")).toEqual([]);
  });
});
