import { describe, expect, it } from "vitest";
import { analyze } from "../../server/src/core/analyze";
import { buildPlan } from "../../server/src/core/model/buildPlan";

// 工作要点 and 分工方案 often state a task's units and its deadline in one bracket.
const TEXT = [
  "一、主要任务",
  "1.提升产品质量。开展质量提升行动。〔责任单位：市经信局、市市场监管局；完成时限：2025年12月底〕",
  "2.强化标准引领。制修订地方标准。〔完成时限：2024年底；责任单位：市市场监管局〕",
  "3.推进品牌建设。培育知名品牌。〔责任单位：市商务局〕〔完成时限：2025年〕",
  "4.加强计量服务。完善计量体系。〔完成时限：2024年6月；2025年12月〕〔责任单位：市市场监管局〕",
  "",
].join("\n");

describe("a clause that states its deadline beside its units", () => {
  it("is a clause and a deadline, after the units or before them", () => {
    const plan = buildPlan(TEXT);
    expect(plan.clauses.map((clause) => clause.units.map((unit) => unit.text))).toEqual([["市经信局", "市市场监管局"], ["市市场监管局"], ["市商务局"], ["市市场监管局"]]);
    expect(plan.deadlines.map((deadline) => deadline.value)).toEqual(["2025年12月底", "2024年底", "2025年", "2024年6月；2025年12月"]);
    expect(plan.allItems.filter((item) => item.level === 3).map((item) => item.deadlines.length)).toEqual([1, 1, 1, 1]);
    // Each deadline's span is its own text.
    for (const deadline of plan.deadlines) expect(TEXT.slice(deadline.valueStart, deadline.valueStart + deadline.value.length)).toBe(deadline.value);
  });

  it("leaves no task without its clause and no paragraph without its end", () => {
    const rules = analyze(TEXT).findings.map((finding) => finding.rule);
    expect(rules).not.toContain("units/missing-clause");
    expect(rules).not.toContain("punct/sentence-end");
  });
});
