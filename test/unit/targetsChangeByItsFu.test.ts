import { describe, expect, it } from "vitest";
import { analyze } from "../../server/src/core/analyze";
import { targetsOf } from "../support/targets";

const GOALS = "示例区质量提升三年行动计划（2024—2026年）\n一、总体要求\n（一）主要目标\n到2026年，";

describe("a change named by its 幅 (降幅, 增幅)", () => {
  it("reads 降幅, 增幅 before a figure, and a level of one, as the change", () => {
    const targets = targetsOf(`${GOALS}单位工业增加值用水量降幅达到10%，农产品质量安全例行监测合格率增幅2个百分点，规上工业增加值增幅保持在8%以上，单位地区生产总值能耗降幅不低于13.5%，研发经费年均增幅达到10%。\n`);
    expect(targets.map((t) => [t.kind, t.indicator, t.comparator, t.value, t.unit, t.qualifier, t.sense])).toEqual([
      ["delta", "单位工业增加值用水量", "下降", 10, "%", "", "down"],
      ["delta", "农产品质量安全例行监测合格率", "增幅", 2, "个百分点", "", "up"],
      ["delta", "规上工业增加值", "增长", 8, "%", "以上", "up"],
      ["delta", "单位地区生产总值能耗", "下降", 13.5, "%", "以上", "down"],
      ["delta", "研发经费", "年均增长", 10, "%", "", "up"],
    ]);
  });

  it("reads a ceiling on a rise (涨幅控制在3%以内) as the change capped, as 增长控制在3%以内 is", () => {
    expect(targetsOf(`${GOALS}居民消费价格涨幅控制在3%以内。\n`).map((t) => [t.kind, t.indicator, t.comparator, t.qualifier])).toEqual([["delta", "居民消费价格", "增长", "以内"]]);
  });

  it("reads a change named by its verb alone before a bound as the change, its verb the comparator", () => {
    const targets = targetsOf(`${GOALS}单位GDP能耗下降不低于13.5%，单位地区生产总值能耗增长控制在2%以内，规上工业增加值增长保持在8%以上。\n`);
    expect(targets.map((t) => [t.kind, t.indicator, t.comparator, t.value, t.unit, t.qualifier, t.sense])).toEqual([
      ["delta", "单位GDP能耗", "下降", 13.5, "%", "以上", "down"],
      ["delta", "单位地区生产总值能耗", "增长", 2, "%", "以内", "up"],
      ["delta", "规上工业增加值", "增长", 8, "%", "以上", "up"],
    ]);
  });

  it("leaves the verb before 达到 the way a level is reached (合格率提升达到95%)", () => {
    expect(targetsOf(`${GOALS}制造业产品质量合格率提升达到95%。\n`).map((t) => [t.kind, t.comparator, t.value])).toEqual([["level", "达到", 95]]);
  });

  it("compares such a change with the outline's direction: a ceiling on the rise lets the indicator rise", () => {
    const plan = "示例市深化质量强市建设实施方案\n为贯彻落实《质量强国建设纲要》，制定本方案。\n一、主要目标\n到2025年，单位GDP能耗增长控制在2%以内，万元GDP能耗下降不低于13.5%。\n";
    const findings = analyze(plan).findings.filter((finding) => finding.rule === "targets/weaker-than-parent");
    expect(findings.map((finding) => finding.message)).toEqual([
      "“单位GDP能耗”的目标“增长2%以内”，纲要要求“不断下降”，本方案只把增长限制在2%以内，仍允许增长（《质量强国建设纲要》：单位GDP资源能源消耗不断下降）",
    ]);
  });
});
