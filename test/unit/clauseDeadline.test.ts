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

// Provincial plans write the deadline inside the provincial clause's bracket, after the names
// and their role, labelled or not.
const PROVINCIAL = [
  "一、主要任务",
  "1.提升钢铁质量。推动开发高端钢材。（市工业和信息化局、市发展改革委按职责分工负责，2027年底前完成）",
  "2.提升建材质量。推动绿色建材。（市住房城乡建设局牵头，市工业和信息化局配合；2025年6月底前）",
  "3.提升服务质量。推动服务标准化。（市商务局、市文化广电旅游局按职责分工负责，长期坚持）",
  "4.提升工程质量。推动工程质量提升。（市住房城乡建设局负责，完成时限：2026年底）",
  "5.提升产品质量。推动产品质量提升。（市市场监管局负责；2023—2025年）",
  "",
].join("\n");

describe("a provincial clause that states its deadline before its closing bracket", () => {
  it("is a clause with its units and its deadline", () => {
    const plan = buildPlan(PROVINCIAL);
    expect(plan.clauses.map((clause) => [clause.form, clause.units.map((unit) => unit.text)])).toEqual([
      ["provincial", ["市工业和信息化局", "市发展改革委"]],
      ["provincial", ["市住房城乡建设局", "市工业和信息化局"]],
      ["provincial", ["市商务局", "市文化广电旅游局"]],
      ["provincial", ["市住房城乡建设局"]],
      ["provincial", ["市市场监管局"]],
    ]);
    expect(plan.deadlines.map((deadline) => deadline.value)).toEqual(["2027年底前完成", "2025年6月底前", "长期坚持", "2026年底", "2023—2025年"]);
    for (const deadline of plan.deadlines) expect(PROVINCIAL.slice(deadline.valueStart, deadline.valueStart + deadline.value.length)).toBe(deadline.value);
    const rules = analyze(PROVINCIAL).findings.map((finding) => finding.rule);
    expect(rules).not.toContain("units/missing-clause");
    expect(rules).not.toContain("punct/sentence-end");
  });

  it("is read by structure/deadline-period", () => {
    const text = `示例市质量强市建设实施方案（2023—2025年）\n${PROVINCIAL}`;
    const late = analyze(text).findings.filter((finding) => finding.rule === "structure/deadline-period");
    expect(late.map((finding) => text.slice(finding.start, finding.end))).toEqual(["2027年底前完成", "2026年底"]);
  });

  it("leaves brackets of prose and a date that is not the bracket's last words alone", () => {
    const prose = "1.推进工作。（2025年底前完成）（市工信局负责，2025年底前完成，每年报告进展）（含2025年）\n";
    expect(buildPlan(prose).clauses).toEqual([]);
  });
});

// A 分工表's cells pasted as a line leave spaces, not a `；`, between the units and the deadline.
const SPACED = [
  "一、主要任务",
  "1.提升认证水平。（牵头单位：市市场监管局 配合单位：市工信局、市商务局 完成时限：2025年底）推广先进质量管理方法。",
  "2.推广质量管理。开展诊断服务。（牵头单位：市市场监管局　配合单位：市工信局　完成时限：2025年底）",
  "3.加强品牌建设。培育知名品牌。（责任单位：市市场监管局、市商务局 2025年底）",
  "",
].join("\n");

describe("a clause whose deadline follows its units after spaces alone", () => {
  it("is a clause with its units and its deadline, the deadline no unit", () => {
    const plan = buildPlan(SPACED);
    expect(plan.clauses.map((clause) => clause.units.map((unit) => unit.text))).toEqual([["市市场监管局", "市工信局", "市商务局"], ["市市场监管局", "市工信局"], ["市市场监管局", "市商务局"]]);
    expect(plan.deadlines.map((deadline) => deadline.value)).toEqual(["2025年底", "2025年底", "2025年底"]);
    const rules = analyze(SPACED).findings.map((finding) => finding.rule);
    expect(rules).not.toContain("units/missing-clause");
    expect(rules).not.toContain("units/unknown");
    expect(rules).not.toContain("units/separator");
  });
});
