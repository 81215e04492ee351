import { describe, expect, it } from "vitest";
import { analyze } from "../../server/src/core/analyze";
import { coverageOf } from "../../server/src/core/xref/coverage";

/** A plan implementing the outline, one task annotated `annotation`. */
const planWith = (annotation: string) =>
  analyze(`示例市方案\n为贯彻落实《质量强国建设纲要》，制定本方案。\n一、主要任务\n1.强化工程质量。落实工程质量终身责任制。${annotation}〔责任单位：市住建局〕\n`);

const annotated = (analysis: ReturnType<typeof analyze>) => {
  const { plan, parents, knownParents } = analysis;
  const coverage = coverageOf(plan, parents[0]!.parent, parents, knownParents);
  return coverage.items.filter((i) => i.by.some((b) => b.how === "annotation")).map((i) => i.entry.label);
};
const unknown = (analysis: ReturnType<typeof analyze>) => analysis.findings.filter((f) => f.rule === "xref/unknown-section").map((f) => f.message);

describe("a range in an annotation (〔对应纲要：（十三）至（十五）〕)", () => {
  it("covers every item from one end to the other, and reports no junk", () => {
    for (const word of ["至", "—", "～", "-"]) {
      const analysis = planWith(`〔对应纲要：（十三）${word}（十五）〕`);
      expect(annotated(analysis)).toEqual(["（十三）", "（十四）", "（十五）"]);
      expect(unknown(analysis)).toEqual([]);
    }
  });

  it("reads no range where the ends fall or are of two levels, and still reports the word there", () => {
    expect(annotated(planWith("〔对应纲要：（十五）至（十三）〕"))).toEqual(["（十三）", "（十五）"]);
    expect(unknown(planWith("〔对应纲要：（十五）至（十三）〕"))).toHaveLength(1);
    expect(unknown(planWith("〔对应纲要：五至（十三）〕"))).toHaveLength(1);
  });
});

describe("an annotation's short name in title marks (〔对应《纲要》：（十三）〕)", () => {
  it("names the document the short name names", () => {
    const analysis = planWith("〔对应《纲要》：（十三）〕");
    expect(annotated(analysis)).toEqual(["（十三）"]);
    expect(unknown(analysis)).toEqual([]);
  });
});

describe("an item's number in Arabic figures inside its brackets (〔对应纲要：（13）〕)", () => {
  it("is one slip, reported and rewritten whole", () => {
    const analysis = planWith("〔对应纲要：（13）〕");
    const findings = analysis.findings.filter((f) => f.rule === "xref/unknown-section");
    expect(findings.map((f) => f.message)).toEqual(["《质量强国建设纲要》的条目编号为“（十三）”，不是“（13）”"]);
    const text = analysis.plan.text;
    const edit = findings[0]!.suggestions![0]!.edits[0]!;
    expect(text.slice(0, edit.start) + edit.newText + text.slice(edit.end)).toContain("〔对应纲要：（十三）〕");
  });
});

describe("a part's number the parent lacks, where it has that item (〔对应纲要：十三〕)", () => {
  it("says so and suggests the item's brackets", () => {
    const analysis = planWith("〔对应纲要：十三〕");
    const findings = analysis.findings.filter((f) => f.rule === "xref/unknown-section");
    expect(findings.map((f) => f.message)).toEqual(["《质量强国建设纲要》中没有第“十三”部分：条目为（一）至（三十二），部分为一至十一；若指第（十三）条，应写作“（十三）”"]);
    expect(findings[0]!.suggestions![0]!.edits[0]!.newText).toBe("（十三）");
    // A part the parent has is no slip.
    expect(unknown(planWith("〔对应纲要：五〕"))).toEqual([]);
  });
});
