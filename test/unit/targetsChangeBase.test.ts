import { describe, expect, it } from "vitest";
import { analyze } from "../../server/src/core/analyze";
import { parentFromPlanText } from "../../server/src/core/parents/fromPlan";
import { targetTableRows } from "../../server/src/core/targets/table";

/** A parent of the 十四五 period, whose change states no base: it is from 2020, the year before its period. */
const PROVINCE = parentFromPlanText(
  "---\n标题: 示例省工业绿色发展规划（2021—2025年）\n发文机关: 示例省人民政府\n---\n示例省工业绿色发展规划（2021—2025年）\n一、总体要求\n（一）主要目标\n到2025年，单位工业增加值能耗下降13.5%，规模以上工业增加值年均增长7%。\n",
  "上位.plan",
);
const TITLE = "《示例省工业绿色发展规划（2021—2025年）》";

function rowsOf(period: string, goals: string) {
  const text = `---\n层级: 省\n上位文件: 示例省工业绿色发展规划（2021—2025年）\n---\n示例省工业节能行动方案（${period}年）\n一、总体要求\n（一）主要目标\n${goals}\n`;
  const { plan, parents } = analyze(text, { parents: [{ entry: "上位.plan", parent: PROVINCE, sourceText: PROVINCE.text }] });
  return targetTableRows(plan, parents, undefined).map((row) => [row.indicator, row.verdict, row.reason]);
}

describe("the base of a change no one states", () => {
  it("compares a change from the same base, stated or the year before each period", () => {
    expect(rowsOf("2021—2025", "到2025年，单位工业增加值能耗下降13%。")).toEqual([["单位工业增加值能耗", "weaker", `变化幅度小于${TITLE}的下降13.5%`]]);
    expect(rowsOf("2024—2025", "到2025年，单位工业增加值能耗比2020年下降14%。")).toEqual([["单位工业增加值能耗", "stricter", `变化幅度大于${TITLE}的下降13.5%`]]);
  });

  it("does not compare a change from another base (a later period's), nor hold it weaker", () => {
    expect(rowsOf("2024—2025", "到2025年，单位工业增加值能耗下降5%，规模以上工业增加值年均增长6.5%。")).toEqual([
      ["单位工业增加值能耗", "no-parent", `本方案的下降5%以2023年为基数（方案期限前一年），${TITLE}的下降13.5%以2020年为基数（其期限前一年），口径不同，无法比较`],
      // A change per year has no span: compared whatever the periods.
      ["规模以上工业增加值", "weaker", `变化幅度小于${TITLE}的年均增长7%`],
    ]);
  });
});
