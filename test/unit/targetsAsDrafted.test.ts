import { describe, expect, it } from "vitest";
import { buildPlan } from "../../server/src/core/model/buildPlan";
import { extractTargets } from "../../server/src/core/targets/extract";

// Targets as drafters write them in prose: the indicator is the thing measured, and what the
// sentence says of the figure (a change's rate, how often, per how many people) is the target's.
const targetsOf = (text: string) => extractTargets(buildPlan(text)).targets;
const GOALS = "示例县质量强县建设实施方案\n一、总体要求\n（一）主要目标\n";
const read = (text: string) => targetsOf(text).map((t) => [t.indicator, t.kind, t.comparator, t.value, t.unit, t.qualifier, t.sense]);

describe("a change named by its rate in prose (下降率达到13.5%)", () => {
  it("is the change of what falls or rises, as in a table's row, not a level of the rate", () => {
    expect(read(`${GOALS}到2025年，单位GDP能耗下降率达到13.5%，万元地区生产总值用水量降低率不低于16%，规模以上工业增加值年均增长率达到8%以上，污染物排放削减幅度达到10%。\n`)).toEqual([
      ["单位GDP能耗", "delta", "下降", 13.5, "%", "", "down"],
      ["万元地区生产总值用水量", "delta", "降低", 16, "%", "以上", "down"],
      ["规模以上工业增加值", "delta", "年均增长", 8, "%", "以上", "up"],
      ["污染物排放", "delta", "削减", 10, "%", "", "down"],
    ]);
  });

  it("leaves a rate that is no change's (合格率, 增长点) and a rate held under a ceiling as levels", () => {
    expect(read(`${GOALS}到2025年，产品质量合格率达到95%，新增长点占比达到10%，能耗下降率控制在5%以内。\n`)).toEqual([
      ["产品质量合格率", "level", "达到", 95, "%", "", "up"],
      ["新增长点占比", "level", "达到", 10, "%", "", "up"],
      ["能耗下降率", "level", "控制在", 5, "%", "以内", "down"],
    ]);
  });
});
