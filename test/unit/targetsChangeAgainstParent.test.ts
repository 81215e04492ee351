import { describe, expect, it } from "vitest";
import { analyze } from "../../server/src/core/analyze";
import { parentFromPlanText } from "../../server/src/core/parents/fromPlan";
import { targetTableRows } from "../../server/src/core/targets/table";

/** A provincial parent, as a .plan, whose goals are changes from a base as well as levels. */
const PROVINCE = parentFromPlanText(
  "---\n标题: 示例省制造业高质量发展实施意见\n发文机关: 示例省人民政府\n---\n示例省制造业高质量发展实施意见\n一、总体要求\n（一）主要目标\n" +
    "到2025年，单位工业增加值能耗下降13.5%，规模以上工业增加值年均增长7%，单位地区生产总值二氧化碳排放比2020年下降18%，" +
    "工业产品质量合格率提高2个百分点，单位工业增加值用水量下降16%，食品抽检合格率达到98%以上。\n",
  "上位.plan",
);

function rowsOf(goals: string) {
  const text = `---\n层级: 省\n上位文件: 示例省制造业高质量发展实施意见\n---\n示例省工业质量提升行动方案\n一、总体要求\n（一）主要目标\n${goals}\n`;
  const { plan, parents } = analyze(text, { parents: [{ entry: "上位.plan", parent: PROVINCE, sourceText: PROVINCE.text }] });
  return targetTableRows(plan, parents, undefined).map((row) => [row.indicator, row.verdict, row.reason]);
}

const TITLE = "《示例省制造业高质量发展实施意见》";

describe("a change against a parent's change", () => {
  it("reads which of a parent's goals are changes", () => {
    expect(PROVINCE.targets2025.map((goal) => [goal.indicator, goal.change, goal.baseYear])).toEqual([
      ["单位工业增加值能耗", true, null],
      ["规模以上工业增加值", true, null],
      ["单位地区生产总值二氧化碳排放", true, 2020],
      // The base a change states governs the changes after it in its sentence (targets/governedBase.ts).
      ["工业产品质量合格率", true, 2020],
      ["单位工业增加值用水量", true, 2020],
      ["食品抽检合格率", false, null],
    ]);
  });

  it("compares two changes by how far they go the parent's way", () => {
    expect(rowsOf("到2025年，单位工业增加值能耗下降14%，工业产品质量合格率提高1.5个百分点，规模以上工业增加值年均增长7%。")).toEqual([
      ["单位工业增加值能耗", "stricter", `变化幅度大于${TITLE}的下降13.5%`],
      ["工业产品质量合格率", "weaker", `变化幅度小于${TITLE}的提高2个百分点`],
      ["规模以上工业增加值", "meets", `变化幅度不小于${TITLE}`],
    ]);
    // A later year's smaller change falls short of the parent's, as a level below its floor does.
    expect(rowsOf("到2027年，单位工业增加值能耗下降12%。")).toEqual([["单位工业增加值能耗", "weaker", `2027年的目标变化幅度小于${TITLE}2025年的下降13.5%`]]);
  });

  it("does not compare a change with a level, a yearly change with one over the period, nor changes from other base years", () => {
    expect(rowsOf("到2025年，单位工业增加值用水量下降到12%，规模以上工业增加值增长30%，单位地区生产总值二氧化碳排放比2022年下降10%，食品抽检合格率提高1个百分点。")).toEqual([
      ["单位工业增加值用水量", "no-parent", `本方案的12%是目标值，${TITLE}的下降16%是变化幅度，口径不同，无法比较`],
      ["规模以上工业增加值", "no-parent", `本方案的增长30%是整个期间的变化，${TITLE}的年均增长7%是每年的，口径不同，无法比较`],
      ["单位地区生产总值二氧化碳排放", "no-parent", `本方案的下降10%以2022年为基数，${TITLE}的下降18%以2020年为基数，口径不同，无法比较`],
      ["食品抽检合格率", "no-parent", `本方案的提高1个百分点是变化幅度，${TITLE}的98%以上是目标值，口径不同，无法比较`],
    ]);
  });

  it("still finds a change the wrong way weaker", () => {
    expect(rowsOf("到2025年，单位工业增加值能耗上升2%。")).toEqual([["单位工业增加值能耗", "weaker", `${TITLE}的目标是13.5%，本方案的变化方向相反`]]);
  });
});

describe("the targets table's parent column", () => {
  it("shows a parent's change with its verb and a level as it is", () => {
    const text = `---\n层级: 省\n上位文件: 示例省制造业高质量发展实施意见\n---\n示例省工业质量提升行动方案\n一、总体要求\n（一）主要目标\n到2025年，单位工业增加值能耗下降14%，食品抽检合格率达到98.5%以上。\n`;
    const { plan, parents } = analyze(text, { parents: [{ entry: "上位.plan", parent: PROVINCE, sourceText: PROVINCE.text }] });
    const rows = targetTableRows(plan, parents, undefined);
    expect(rows.map((row) => [row.indicator, row.parent?.change, row.parent?.comparator, row.parent?.figure])).toEqual([
      ["单位工业增加值能耗", true, "下降", "13.5%"],
      ["食品抽检合格率", false, "达到", "98%以上"],
    ]);
  });
});

describe("a change against the year before (同比, 较上年) or the period before (环比)", () => {
  /** An annual plan of the parent's last year: its changes are this year's, against the last. */
  function annualRows(goals: string) {
    const text = `---\n层级: 省\n上位文件: 示例省制造业高质量发展实施意见\n---\n示例省2025年工业质量提升工作要点\n一、主要目标\n${goals}\n`;
    const { plan, parents } = analyze(text, { parents: [{ entry: "上位.plan", parent: PROVINCE, sourceText: PROVINCE.text }] });
    return targetTableRows(plan, parents, undefined).map((row) => [row.indicator, row.comparator, row.verdict, row.reason]);
  }

  it("keeps the basis in the comparator and never weighs a yearly change against one over the period", () => {
    expect(annualRows("2025年，单位工业增加值能耗同比下降14%，工业产品质量合格率较上年提高3个百分点，单位工业增加值用水量同比减少20%。")).toEqual([
      ["单位工业增加值能耗", "同比下降", "no-parent", `本方案的同比下降14%是每年的变化，${TITLE}的下降13.5%是整个期间的，口径不同，无法比较`],
      ["工业产品质量合格率", "较上年提高", "no-parent", `本方案的较上年提高3个百分点是每年的变化，${TITLE}的提高2个百分点是整个期间的，口径不同，无法比较`],
      ["单位工业增加值用水量", "同比减少", "no-parent", `本方案的同比减少20%是每年的变化，${TITLE}的下降16%是整个期间的，口径不同，无法比较`],
    ]);
  });

  it("weighs a year-on-year change against a yearly one, and a change on the period before against neither", () => {
    expect(annualRows("2025年，规模以上工业增加值同比增长6%。")).toEqual([["规模以上工业增加值", "同比增长", "weaker", `变化幅度小于${TITLE}的年均增长7%`]]);
    expect(annualRows("2025年，规模以上工业增加值环比增长2%，单位工业增加值能耗环比下降1%。")).toEqual([
      ["规模以上工业增加值", "环比增长", "no-parent", `本方案的环比增长2%是环比（与上一期相比）的变化，${TITLE}的年均增长7%是每年的，口径不同，无法比较`],
      ["单位工业增加值能耗", "环比下降", "no-parent", `本方案的环比下降1%是环比（与上一期相比）的变化，${TITLE}的下降13.5%是整个期间的，口径不同，无法比较`],
    ]);
  });
});

describe("a year-on-year change in a multi-year plan's goals", () => {
  /** A 2026—2030 plan: its changes are over the period, except where it says against the year before. */
  function periodRows(goals: string) {
    const text = `---\n层级: 省\n上位文件: 示例省制造业高质量发展实施意见\n---\n示例省工业质量提升行动方案（2023—2025年）\n一、发展基础\n2022年，全省规模以上工业增加值同比增长5.1%。\n二、主要目标\n${goals}\n三、重点任务\n（一）推进提升。全省单位工业增加值能耗同比下降3%。（责任单位：省工信厅）\n`;
    const { plan, parents } = analyze(text, { parents: [{ entry: "上位.plan", parent: PROVINCE, sourceText: PROVINCE.text }] });
    return targetTableRows(plan, parents, undefined).map((row) => [row.indicator, row.comparator, row.value, row.verdict, row.reason]);
  }

  it("reads a change against the year before the goals' sentence states as a goal, weighed against a yearly change only", () => {
    expect(periodRows("到2025年，全省规模以上工业增加值同比增长8%，单位工业增加值能耗较上年下降3%，食品抽检合格率达到98.5%。")).toEqual([
      ["规模以上工业增加值", "同比增长", 8, "stricter", `变化幅度大于${TITLE}的年均增长7%`],
      ["单位工业增加值能耗", "较上年下降", 3, "no-parent", `本方案的较上年下降3%是每年的变化，${TITLE}的下降13.5%是整个期间的，口径不同，无法比较`],
      ["食品抽检合格率", "达到", 98.5, "stricter", expect.any(String)],
    ]);
  });

  it("still reads one reported (发展基础) or stated outside the goals' sentence as no goal", () => {
    expect(periodRows("到2025年，食品抽检合格率达到98.5%。").map((row) => row[0])).toEqual(["食品抽检合格率"]);
  });
});
