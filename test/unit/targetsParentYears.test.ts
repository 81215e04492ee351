import { describe, expect, it } from "vitest";
import { analyze } from "../../server/src/core/analyze";
import { parentFromPlanText } from "../../server/src/core/parents/fromPlan";
import { targetTableRows } from "../../server/src/core/targets/table";

/** A province's plan with a 2025 goal and a 2027 milestone for one indicator. */
const MILESTONES = parentFromPlanText(
  "示例省质量强省建设实施意见\n示例省人民政府\n一、总体要求\n（一）主要目标\n到2025年，制造业产品质量合格率达到95%以上，食品抽检合格率达到98.5%。到2027年，制造业产品质量合格率达到96%。\n",
  "省实施意见.plan",
);

/** A province's 十五五 plan: its goals are 2030's. */
const FIFTEENTH = parentFromPlanText(
  "示例省质量强省建设“十五五”规划（2026—2030年）\n示例省人民政府\n一、总体要求\n（一）主要目标\n到2030年，制造业产品质量合格率达到96.5%，食品抽检合格率达到99%，制造业质量竞争力指数达到88。\n",
  "省规划.plan",
);

function analysed(parent: typeof MILESTONES, title: string, goals: string) {
  const text = `${title}\n示例市人民政府\n为贯彻落实《${parent.title}》，制定本方案。\n一、总体要求\n（一）主要目标\n${goals}\n二、主要任务\n（一）提升产品质量。开展质量提升行动。（责任单位：市市场监管局）\n`;
  const { plan, parents, findings } = analyze(text, { config: { parents: ["上位.plan"] }, parents: [{ entry: "上位.plan", parent, sourceText: parent.text }] });
  return {
    rows: targetTableRows(plan, parents, undefined).map((row) => [row.indicator, row.horizon, row.parent?.value ?? null, row.parent?.horizon ?? null, row.verdict]),
    notLocalised: findings.filter((finding) => finding.rule === "targets/parent-not-localised").map((finding) => finding.message),
  };
}

describe("a parent's goals of other years than 2025", () => {
  it("are read from a plan parent, each with its year", () => {
    expect(MILESTONES.targets2025.map((goal) => [goal.indicator, goal.value, goal.horizon])).toEqual([
      ["制造业产品质量合格率", 95, 2025],
      ["食品抽检合格率", 98.5, 2025],
    ]);
    expect(MILESTONES.otherYearTargets.map((goal) => [goal.indicator, goal.value, goal.horizon])).toEqual([["制造业产品质量合格率", 96, 2027]]);
    expect(FIFTEENTH.targets2025).toEqual([]);
  });

  it("hold a plan's target of a year to the parent's goal of that year, else to the latest before it", () => {
    expect(analysed(MILESTONES, "示例市质量强市建设实施方案", "到2025年，制造业产品质量合格率达到95.2%以上。到2027年，制造业产品质量合格率达到95.8%。到2028年，食品抽检合格率达到98.6%。").rows).toEqual([
      ["制造业产品质量合格率", 2025, 95, 2025, "stricter"],
      // Below the province's 2027 milestone, though above its 2025 goal.
      ["制造业产品质量合格率", 2027, 96, 2027, "weaker"],
      ["食品抽检合格率", 2028, 98.5, 2025, "meets"],
    ]);
  });

  it("are what a 2026—2030 plan is compared with and asked to take up, where the outline's 2025 goals are past", () => {
    const { rows, notLocalised } = analysed(FIFTEENTH, "示例市质量强市建设“十五五”规划（2026—2030年）", "到2030年，制造业产品质量合格率达到96%，食品抽检合格率达到99.2%。");
    expect(rows).toEqual([
      ["制造业产品质量合格率", 2030, 96.5, 2030, "weaker"],
      ["食品抽检合格率", 2030, 99, 2030, "stricter"],
    ]);
    expect(notLocalised).toEqual([expect.stringContaining("制造业质量竞争力指数达到88")]);
  });
  it("past for a plan that starts after them, except where its figure stays below what they asked already", () => {
    const text = `示例市质量强市建设规划（2028—2030年）\n示例市人民政府\n为贯彻落实《${MILESTONES.title}》，制定本方案。\n一、总体要求\n（一）主要目标\n到2030年，制造业产品质量合格率达到95.5%，食品抽检合格率达到98%，农产品质量安全例行监测合格率达到99%。\n`;
    const { plan, parents } = analyze(text, { config: { parents: ["上位.plan"] }, parents: [{ entry: "上位.plan", parent: MILESTONES, sourceText: MILESTONES.text }] });
    expect(targetTableRows(plan, parents, undefined).map((row) => [row.indicator, row.verdict, row.reason])).toEqual([
      // The latest goal before the plan (2027's 96%) is the floor it stays below.
      ["制造业产品质量合格率", "weaker", "2030年的目标低于《示例省质量强省建设实施意见》2027年已要求的96%（上位目标虽已到期、本方案2028年起实施，其数值仍是底线）"],
      ["食品抽检合格率", "weaker", "2030年的目标低于《示例省质量强省建设实施意见》2025年已要求的98.5%（上位目标虽已到期、本方案2028年起实施，其数值仍是底线）"],
      ["农产品质量安全例行监测合格率", "no-parent", "上位文件中没有对应指标"],
    ]);
  });
});
