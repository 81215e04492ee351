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

  it("reads an annual plan's table: the year closed on (2025年完成, 实际) its base, 较上年 and 同比 its changes", () => {
    const annual = (header: string, rows: string) =>
      extractTargets(buildPlan(`示例市2026年质量强市建设工作要点\n一、主要目标\n2026年主要指标如下：\n${header}\n${rows}`)).targets.map((t) => [t.indicator, t.kind, t.comparator, t.value, t.unit, t.horizon, t.baseYear, t.baseValue]);
    const ROWS = "1\t制造业产品质量合格率\t%\t94.5\t95\n2\t工程质量抽查符合率\t%\t96\t较上年提高0.5个百分点\n3\t检验检测服务业营业收入\t亿元\t28\t同比增长8%\n";
    const EXPECTED = [
      ["制造业产品质量合格率", "level", "", 95, "%", 2026, 2025, 94.5],
      ["工程质量抽查符合率", "delta", "较上年提高", 0.5, "个百分点", 2026, 2025, 96],
      ["检验检测服务业营业收入", "delta", "同比增长", 8, "%", 2026, 2025, 28],
    ];
    expect(annual("序号\t指标\t单位\t2025年完成\t2026年目标", ROWS)).toEqual(EXPECTED);
    expect(annual("序号\t指标\t单位\t2025年实际完成值\t2026年计划", ROWS)).toEqual(EXPECTED);
  });
});
