import { describe, expect, it } from "vitest";
import { analyze } from "../../server/src/core/analyze";
import { IncrementalParser } from "../../server/src/core/syntax/incremental";
import { parseSyntax } from "../../server/src/core/syntax/parse";
import { coverageOf } from "../../server/src/core/xref/coverage";

// An annotation pasted or typed in a near form (grammar AnnotationNearForm) is the annotation it
// is: the task counts for the items it names exactly as with 〔对应纲要：…〕.
const plan = (annotation: string) => `---
上位文件: 质量强国建设纲要
---
示例市质量强市实施方案
一、主要任务
1.推进工业品质量提升。开展工业品质量提升行动。${annotation}
`;

const credit = (annotation: string) => {
  const { plan: model, parents, knownParents } = analyze(plan(annotation));
  const coverage = coverageOf(model, parents[0]!.parent, parents, knownParents);
  return coverage.items.filter((entry) => entry.by.some((by) => by.how === "annotation")).map((entry) => entry.entry.label);
};

describe("annotations in near forms", () => {
  it.each([
    ["〔对应纲要（十三）〕", ["（十三）"]],
    ["【对应纲要：（十三）】", ["（十三）"]],
    ["〔对应纲要第（十三）条〕", ["（十三）"]],
    ["〔对应纲要：第十三条〕", ["（十三）"]],
    ["（对应纲要：（十三））", ["（十三）"]],
    ["(对应纲要:(十三)、(十四))", ["（十三）", "（十四）"]],
    ["[对应纲要 （十三）]", ["（十三）"]],

  ])("%s counts as 〔对应纲要：…〕 does", (annotation, items) => {
    expect(credit(annotation)).toEqual(items);
    expect(credit(`〔对应纲要：${items.join("、")}〕`)).toEqual(items);
    const rules = analyze(plan(annotation)).findings.map((finding) => finding.rule);
    expect(rules).toContain("xref/annotation-form");
    expect(rules).not.toContain("punct/sentence-end");
  });

  it("is not read in prose brackets that start with 对应 but name no item", () => {
    for (const prose of ["（对应国家标准：GB/T 19001）", "（对应关系见附表）", "【对应纲要：见附件】"]) {
      expect(analyze(plan(`完善标准${prose}。`)).plan.annotations, prose).toEqual([]);
    }
  });

  // The fix edits the annotation by where its references start and end: offsets the incremental
  // parser moves with the line like every other.
  it("moves where the references start and end with an edit above them", () => {
    const parser = new IncrementalParser();
    const text = plan("【对应纲要：（十三）】");
    parser.parse(text);
    const edited = text.replace("示例市", "示例市县");
    expect(JSON.stringify(parser.parse(edited).document)).toBe(JSON.stringify(parseSyntax(edited).document));
    expect(parser.lastMode).toBe("incremental");
  });
});
