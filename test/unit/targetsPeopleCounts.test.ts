import { describe, expect, it } from "vitest";
import { targetsOf } from "../support/targets";
import { chineseNumeralValue } from "../../server/src/core/targets/chineseFigures";

const GOALS = "示例区质量提升三年行动计划（2024—2026年）\n一、总体要求\n（一）主要目标\n到2026年，";

describe("counts of people written in prose", () => {
  it("reads a count of people in Chinese numerals, with 万 or in thousands, and 万名", () => {
    const text = `${GOALS}培训技能人才五万人，培训高素质农民两千人，开展质量管理培训三千五百人次，培训质量工程师1.2万名。\n`;
    const targets = targetsOf(text);
    expect(targets.map((t) => [t.kind, t.indicator, t.comparator, t.value, t.unit])).toEqual([
      ["count", "技能人才", "培训", 5, "万人"],
      ["count", "高素质农民", "培训", 2000, "人"],
      ["count", "质量管理培训", "开展", 3500, "人次"],
      ["count", "质量工程师", "培训", 1.2, "万名"],
    ]);
    // The figure's span is the numeral as written.
    expect(targets.slice(0, 3).map((t) => text.slice(t.valueSpan!.start, t.valueSpan!.end))).toEqual(["五", "两千", "三千五百"]);
  });

  it("reads the people a measure employs (带动就业, 吸纳就业) as a count of 就业", () => {
    expect(targetsOf(`${GOALS}带动就业1.5万人，吸纳就业两千人。\n`).map((t) => [t.kind, t.indicator, t.comparator, t.value, t.unit])).toEqual([
      ["count", "带动就业", "带动", 1.5, "万人"],
      ["count", "吸纳就业", "吸纳", 2000, "人"],
    ]);
  });

  it("reads a count of people with its comparator after the noun (带动新增就业超过3万人, 培训…不少于5000人次)", () => {
    expect(targetsOf(`${GOALS}带动新增就业超过3万人，培训质量管理人员不少于5000人次，企业从业人员达到2万人。\n`).map((t) => [t.kind, t.indicator, t.comparator, t.value, t.unit])).toEqual([
      ["count", "新增就业", "带动新增超过", 3, "万人"],
      ["count", "质量管理人员", "培训不少于", 5000, "人次"],
      // No verb of counting before it: a level the plan reaches, not people added.
      ["level", "企业从业人员", "达到", 2, "万人"],
    ]);
  });

  it("reads a sum of money in Chinese numerals (三亿元, 五百万元), and 累计 before a level in words as a total", () => {
    const text = `${GOALS}质量品牌建设投入累计达到三亿元，新增质量提升专项资金五百万元以上。\n`;
    expect(targetsOf(text).map((t) => [t.kind, t.indicator, t.comparator, t.value, t.unit, t.qualifier, t.cumulative])).toEqual([
      ["level", "质量品牌建设投入", "达到", 3, "亿元", "", true],
      ["count", "质量提升专项资金", "新增", 500, "万元", "以上", false],
    ]);
  });

  it("reads numerals to 九千九百九十九 as plans write them, and not what is spoken", () => {
    expect(["三千", "两千五百", "一千零五十", "九千九百九十九", "三千五", "千", "千零五"].map(chineseNumeralValue)).toEqual([3000, 2500, 1050, 9999, null, null, null]);
  });

  it("leaves figures of speech alone (千家万户, 一人一档)", () => {
    expect(targetsOf(`${GOALS}质量惠民覆盖千家万户，建立一人一档。\n`)).toEqual([]);
  });
});
