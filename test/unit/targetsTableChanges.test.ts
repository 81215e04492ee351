import { describe, expect, it } from "vitest";
import { buildPlan } from "../../server/src/core/model/buildPlan";
import { extractTargets } from "../../server/src/core/targets/extract";

const PLAN = "示例市计量发展行动计划（2026—2030年）\n一、主要目标\n到2030年，全市计量发展水平明显提升。主要指标如下：\n序号\t指标\t单位\t2025年基数\t2030年目标\n";
const read = (rows: string) =>
  extractTargets(buildPlan(`${PLAN}${rows}`)).targets.map((t) => [t.indicator, t.kind, t.comparator, t.value, t.unit, t.sense, t.horizon, t.baseYear, t.baseValue, t.baseUnit]);

describe("a change per year in an indicator table's target cell", () => {
  it("is the row's change, its base the row's", () => {
    expect(read("1\t计量技术服务业营业收入\t亿元\t12.6\t年均增长8%\n2\t单位产值能耗\t吨标准煤/万元\t0.45\t每年下降3%\n3\t注册计量师\t名\t420\t500\n")).toEqual([
      ["计量技术服务业营业收入", "delta", "年均增长", 8, "%", "up", 2030, 2025, 12.6, "亿元"],
      ["单位产值能耗", "delta", "每年下降", 3, "%", "down", 2030, 2025, 0.45, "吨标准煤/万元"],
      ["注册计量师", "level", "", 500, "名", "up", 2030, 2025, 420, "名"],
    ]);
  });
});
