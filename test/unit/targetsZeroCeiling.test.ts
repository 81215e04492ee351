import { describe, expect, it } from "vitest";
import { analyze } from "../../server/src/core/analyze";
import { buildPlan } from "../../server/src/core/model/buildPlan";
import { parentFromPlanText } from "../../server/src/core/parents/fromPlan";
import { extractTargets } from "../../server/src/core/targets/extract";
import { targetTableRows } from "../../server/src/core/targets/table";

const GOALS = "示例市质量强市建设实施方案（2023—2025年）\n一、总体要求\n（一）主要目标\n到2025年，质量强市建设取得明显成效。主要指标如下：\n";
const TASKS = "二、主要任务\n（一）推进质量创新\n1.开展质量攻关。〔责任单位：市市场监管局〕\n";

const read = (text: string) => extractTargets(buildPlan(text)).targets.map((t) => [t.indicator, t.comparator, t.value, t.unit, t.sense]);

/**
 * A goal of none (重大质量安全事故 | 起 | 0): events and cases counted in 起 and 例, a ceiling
 * however it is written, since nothing is fewer than none.
 */
describe("a goal of none, in a table and in the text", () => {
  it("reads a table's row of 起 or 例 with a 0, as a ceiling", () => {
    const table = "序号\t指标名称\t单位\t2025年目标值\t指标属性\n1\t重大质量安全事故\t起\t0\t约束性\n2\t食源性疾病暴发事件\t例\t≤2\t约束性\n3\t食品抽检合格率\t%\t98.5\t约束性\n";
    expect(read(GOALS + table + TASKS)).toEqual([
      ["重大质量安全事故", "", 0, "起", "down"],
      ["食源性疾病暴发事件", "≤", 2, "例", "down"],
      ["食品抽检合格率", "", 98.5, "%", "up"],
    ]);
  });

  it("reads 控制在0起 and 不超过3起 in the text as ceilings", () => {
    expect(read(GOALS + "到2025年，重大质量安全事故控制在0起，较大质量安全事故不超过3起。\n" + TASKS)).toEqual([
      ["重大质量安全事故", "控制在", 0, "起", "down"],
      ["较大质量安全事故", "不超过", 3, "起", "down"],
    ]);
  });
});

/** A province's plan whose table holds 重大质量安全事故 to none, and 较大 ones to ten. */
const PROVINCE = parentFromPlanText(
  "示例省质量强省建设实施意见\n示例省人民政府\n一、总体要求\n（一）主要目标\n到2025年，主要指标如下：\n序号\t指标名称\t单位\t2025年目标值\n1\t重大质量安全事故\t起\t0\n2\t较大质量安全事故\t起\t≤10\n",
  "省实施意见.plan",
);

describe("a city's goals against a province's goal of none", () => {
  function rows(goals: string) {
    const text = `示例市质量强市建设实施方案\n示例市人民政府\n为贯彻落实《示例省质量强省建设实施意见》，制定本方案。\n一、总体要求\n（一）主要目标\n到2025年，${goals}\n`;
    const { plan, parents } = analyze(text, { config: { parents: ["省实施意见.plan"] }, parents: [{ entry: "省实施意见.plan", parent: PROVINCE, sourceText: PROVINCE.text }] });
    return targetTableRows(plan, parents, undefined).map((row) => [row.indicator, row.value, row.verdict]);
  }

  it("finds one a weaker goal and none meets it, at any level; a count of events above none compares only at one level", () => {
    expect(rows("重大质量安全事故控制在1起以内，较大质量安全事故不超过3起。")).toEqual([
      ["重大质量安全事故", 1, "weaker"],
      ["较大质量安全事故", 3, "no-parent"],
    ]);
    expect(rows("重大质量安全事故控制在0起。")).toEqual([["重大质量安全事故", 0, "meets"]]);
  });
});
