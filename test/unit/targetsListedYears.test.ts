import { describe, expect, it } from "vitest";
import { targetsOf } from "../support/targets";

// A list of years after 到/至 (到2026年、2027年) is no horizon of its first year: each figure given
// 分别 is its own year's, wherever the list stands — opening the sentence, after the indicator, or
// before a later clause of the sentence that says 分别 again.
const PLAN = "某县知识产权强县建设行动计划（2026—2028年）\n一、总体要求\n（一）主要目标\n";
const fields = (goals: string) => targetsOf(`${PLAN}${goals}\n`).map((t) => [t.indicator, t.kind, t.comparator, t.value, t.unit, t.horizon, t.baseYear]);

describe("figures given 分别 for a list of years after 到", () => {
  it("gives each count its year where the years open the clause", () => {
    expect(fields("到2026年、2027年分别培育省级专精特新企业20家、30家。")).toEqual([
      ["省级专精特新企业", "count", "培育", 20, "家", 2026, null],
      ["省级专精特新企业", "count", "培育", 30, "家", 2027, null],
    ]);
    expect(fields("至2027年和2028年分别新增县级知识产权示范企业12家、18家。")).toEqual([
      ["县级知识产权示范企业", "count", "新增", 12, "家", 2027, null],
      ["县级知识产权示范企业", "count", "新增", 18, "家", 2028, null],
    ]);
  });

  it("gives each rate its year where the years stand after the indicator or before it with no comma", () => {
    expect(fields("规上工业产品质量合格率到2026年、2027年分别达到93%、94%。")).toEqual([
      ["规上工业产品质量合格率", "level", "达到", 93, "%", 2026, null],
      ["规上工业产品质量合格率", "level", "达到", 94, "%", 2027, null],
    ]);
    expect(fields("到2027年、2028年每万人口高价值发明专利拥有量分别达到4.2件、5件。")).toEqual([
      ["每万人口高价值发明专利拥有量", "level", "达到", 4.2, "件", 2027, null],
      ["每万人口高价值发明专利拥有量", "level", "达到", 5, "件", 2028, null],
    ]);
  });

  it("pairs a later clause's 分别 figures with the years the sentence opens on", () => {
    expect(fields("到2026年和2027年，全县有效发明专利拥有量分别达到1200件、1350件，分别培育国家知识产权优势企业3家、5家以上，标准化试点项目验收合格率分别达到95%、97%。")).toEqual([
      ["有效发明专利拥有量", "level", "达到", 1200, "件", 2026, null],
      ["有效发明专利拥有量", "level", "达到", 1350, "件", 2027, null],
      ["国家知识产权优势企业", "count", "培育", 3, "家", 2026, null],
      ["国家知识产权优势企业", "count", "培育", 5, "家", 2027, null],
      ["标准化试点项目验收合格率", "level", "达到", 95, "%", 2026, null],
      ["标准化试点项目验收合格率", "level", "达到", 97, "%", 2027, null],
    ]);
  });

  it("keeps one count, its other figures shown, where no years are listed", () => {
    const targets = targetsOf(`${PLAN}到2028年，分别培育省级专精特新企业20家、30家。\n`);
    expect(targets.map((t) => [t.indicator, t.comparator, t.value, t.horizon, t.unpaired])).toEqual([["省级专精特新企业", "培育", 20, 2028, "30家"]]);
  });
});
