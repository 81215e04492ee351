import { describe, expect, it } from "vitest";
import { analyze } from "../../server/src/core/analyze";
import { partitionKeepingClauses } from "../../server/src/core/fixes/applyFixes";

/**
 * units/run-together offers, for two names written together, to write them as one body's two
 * names (市经信局（市新经济委）). Both names stay in the clause, so the fix guard must count both:
 * counted as the first name's unit alone, the suggestion was refused whenever it was picked.
 */
describe("writing two names run together as one body's two names", () => {
  it("keeps every unit", () => {
    const text = "一、主要任务\n1.推进数字经济质量提升。开展试点。〔责任单位：市科技局、市经信局市新经济委、市市场监管局〕\n";
    const analysis = analyze(text);
    const finding = analysis.findings.find((f) => f.rule === "units/run-together")!;
    const twoNames = finding.suggestions!.find((s) => s.description.startsWith("写作同一机构的两块牌子"))!;
    expect(twoNames).toBeDefined();
    expect(partitionKeepingClauses(text, analysis, [{ ...finding, fix: twoNames }]).refused).toEqual([]);
  });

  it("still refuses deleting the second name of a body's two", () => {
    const text = "一、主要任务\n1.推进数字经济质量提升。开展试点。〔责任单位：市科技局、市委组织部（市委人才办）〕\n";
    const analysis = analyze(text);
    const at = text.indexOf("（市委人才办）");
    const fix = { description: "删除第二个名称", edits: [{ start: at, end: at + "（市委人才办）".length, newText: "" }] };
    const finding = { rule: "test/delete", severity: "warning" as const, message: "", start: at, end: at, fix };
    expect(partitionKeepingClauses(text, analysis, [finding as never]).refused).toHaveLength(1);
  });
});
