import { describe, expect, it } from "vitest";
import { targetsOf } from "../support/targets";

const GOALS = "示例县质量提升行动方案（2024—2026年）\n一、总体要求\n（一）工作目标\n";

describe("a bound written with （含）", () => {
  it("keeps the qualifier after （含） and (含), for a level, a count and a table's cell", () => {
    const text =
      `${GOALS}到2026年，全县工业产品质量合格率达到96%（含）以上，食品抽检不合格率不高于2%(含) 以下，` +
      `认定县级质量标杆企业8家（含）以上，新增检验检测机构3个(含)以上。\n`;
    const targets = targetsOf(text);
    expect(targets.map((t) => [t.indicator, t.comparator, t.value, t.unit, t.qualifier, t.sense])).toEqual([
      ["工业产品质量合格率", "达到", 96, "%", "以上", "up"],
      ["食品抽检不合格率", "不高于", 2, "%", "以下", "down"],
      ["县级质量标杆企业", "认定", 8, "家", "以上", "up"],
      ["检验检测机构", "新增", 3, "个", "以上", "up"],
    ]);
    // The target's span covers the bracket: nothing of it is left as text after the target.
    expect(text.slice(targets[0]!.start, targets[0]!.end)).toBe("工业产品质量合格率达到96%（含）以上");
  });

  it("reads the qualifier after a space, as a pasted page spaces it", () => {
    const text = `${GOALS}到2026年，全县工业产品质量合格率达到95% 以上，食品抽检不合格率不高于2% (含) 以下，培育品牌10个 以上。\n`;
    expect(targetsOf(text).map((t) => [t.indicator, t.value, t.unit, t.qualifier])).toEqual([
      ["工业产品质量合格率", 95, "%", "以上"],
      ["食品抽检不合格率", 2, "%", "以下"],
      ["培育品牌", 10, "个", "以上"],
    ]);
  });

  it("still reads （含…） after a figure as a part of it", () => {
    const targets = targetsOf(`${GOALS}到2026年，培育质量标杆企业20家（含省级5家）。\n`);
    expect(targets.map((t) => [t.indicator, t.value, t.unit, t.qualifier])).toEqual([
      ["质量标杆企业", 20, "家", ""],
      ["省级质量标杆企业", 5, "家", ""],
    ]);
  });

  it("reads a goals table's cell ≥95%（含）", () => {
    const text = `${GOALS}序号\t指标\t单位\t2026年目标\n1\t农产品质量安全例行监测合格率\t%\t98（含）以上\n`;
    expect(targetsOf(text).map((t) => [t.indicator, t.value, t.unit, t.qualifier])).toEqual([["农产品质量安全例行监测合格率", 98, "%", "以上"]]);
  });
});
