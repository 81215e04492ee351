import { describe, expect, it } from "vitest";
import { targetsOf } from "../support/targets";

const PLAN = "示例市深化质量强市建设实施方案（2026—2030年）\n一、总体要求\n（一）主要目标\n";
const fields = (goals: string) => targetsOf(`${PLAN}${goals}\n`).map((t) => [t.indicator, t.kind, t.comparator, t.value, t.unit, t.baseYear, t.horizon]);

describe("changes from two base years given 分别", () => {
  it("reads one change per base year, the years no part of the indicator", () => {
    expect(fields("到2030年，食品抽检合格率较2022年、2023年分别提高1个和0.5个百分点。")).toEqual([
      ["食品抽检合格率", "delta", "提高", 1, "个百分点", 2022, 2030],
      ["食品抽检合格率", "delta", "提高", 0.5, "个百分点", 2023, 2030],
    ]);
    expect(fields("到2030年，单位地区生产总值能耗比2020年和2025年分别下降18%、5%。")).toEqual([
      ["单位地区生产总值能耗", "delta", "下降", 18, "%", 2020, 2030],
      ["单位地区生产总值能耗", "delta", "下降", 5, "%", 2025, 2030],
    ]);
    expect(fields("到2030年，检验检测机构营业收入与2024年、2025年相比分别增长30%和20%。")).toEqual([
      ["检验检测机构营业收入", "delta", "增长", 30, "%", 2024, 2030],
      ["检验检测机构营业收入", "delta", "增长", 20, "%", 2025, 2030],
    ]);
  });

  it("still reads years after the indicator as the figures' own years", () => {
    expect(fields("制造业产品质量合格率2027年、2030年分别达到94%、95%。")).toEqual([
      ["制造业产品质量合格率", "level", "达到", 94, "%", null, 2027],
      ["制造业产品质量合格率", "level", "达到", 95, "%", null, 2030],
    ]);
  });

  it("reads a past five-year period in a later plan as what was done, the plan's own period as its goals' horizon", () => {
    const targets = targetsOf(`${PLAN}“十四五”期间，全市制造业产品质量合格率稳定在94%以上。“十五五”期间，新培育省级质量标杆企业20家。\n`);
    expect(targets.map((t) => [t.indicator, t.value, t.baseline ? "reported" : t.horizon])).toEqual([
      ["制造业产品质量合格率", 94, "reported"],
      ["省级质量标杆企业", 20, 2030],
    ]);
  });
});

describe("counts from two base years given 分别", () => {
  it("reads one count per base year, the base's words no part of the noun", () => {
    expect(fields("到2030年，较2022年、2023年分别新增高新技术企业15家、10家。")).toEqual([
      ["高新技术企业", "count", "新增", 15, "家", 2022, 2030],
      ["高新技术企业", "count", "新增", 10, "家", 2023, 2030],
    ]);
    expect(fields("到2030年，全市有效注册商标与2024年、2025年相比分别新增1200件、800件。")).toEqual([
      ["有效注册商标", "count", "新增", 1200, "件", 2024, 2030],
      ["有效注册商标", "count", "新增", 800, "件", 2025, 2030],
    ]);
    expect(fields("到2030年，与2023年、2024年相比分别培育地理标志产品6个、4个。")).toEqual([
      ["地理标志产品", "count", "培育", 6, "个", 2023, 2030],
      ["地理标志产品", "count", "培育", 4, "个", 2024, 2030],
    ]);
  });

  it("reads no count where the list of figures was not paired, rather than a noun holding its first figure", () => {
    for (const row of fields("到2030年，由2022年、2023年分别新增高新技术企业15家、10家。")) expect(String(row[0])).not.toMatch(/\d/);
  });
});

describe("base years in a 与…相比 clause of their own before the 分别 clause", () => {
  // Each sentence, and what each of its figures counts or changes from which base year (as 较…分别 pairs them).
  const cases: [string, string, string, number[], string, number[]][] = [
    ["与2022年、2023年相比，放心消费示范单位分别新增15家、10家。", "放心消费示范单位", "count", [15, 10], "家", [2022, 2023]],
    ["同2024年、2025年相比，全市分别新增个体工商户1.2万户、0.8万户。", "个体工商户", "count", [1.2, 0.8], "万户", [2024, 2025]],
    ["与2022年、2023年相比，食品抽检合格率分别提高2个百分点、1个百分点。", "食品抽检合格率", "delta", [2, 1], "个百分点", [2022, 2023]],
  ];
  it("pairs them with the counts and the changes, in order", () => {
    for (const [sentence, indicator, kind, values, unit, bases] of cases) {
      const verb = kind === "count" ? "新增" : "提高";
      expect(fields(`到2030年，${sentence}`), sentence).toEqual(values.map((value, i) => [indicator, kind, verb, value, unit, bases[i], 2030]));
    }
  });

  it("leaves a 分别 clause after another clause's years alone", () => {
    expect(fields("到2030年，2022年、2023年以来，放心消费示范单位分别新增15家、10家。").map((row) => row[5])).not.toContain(2022);
  });
});

describe("one base year in a 与…相比 clause of its own before the change", () => {
  it("gives the change its base year, the clause no part of the indicator", () => {
    expect(fields("到2030年，与2025年相比，制造业产品质量合格率提高2个百分点。")).toEqual([["制造业产品质量合格率", "delta", "提高", 2, "个百分点", 2025, 2030]]);
    expect(fields("到2030年，同2025年底相比，单位地区生产总值能耗下降13.5%。")).toEqual([["单位地区生产总值能耗", "delta", "下降", 13.5, "%", 2025, 2030]]);
  });

  it("governs the changes after it in its sentence, until one with a base of its own, which governs those after it, or the sentence's end", () => {
    expect(fields("到2030年，与2025年相比，单位地区生产总值能耗下降13.5%，每万人口高价值发明专利拥有量增长20%，品牌价值较2020年增长50%，规模以上工业企业营业收入增长30%；食品抽检合格率提高1个百分点。")).toEqual([
      ["单位地区生产总值能耗", "delta", "下降", 13.5, "%", 2025, 2030],
      ["每万人口高价值发明专利拥有量", "delta", "增长", 20, "%", 2025, 2030],
      ["品牌价值", "delta", "增长", 50, "%", 2020, 2030],
      ["规模以上工业企业营业收入", "delta", "增长", 30, "%", 2020, 2030],
      ["食品抽检合格率", "delta", "提高", 1, "个百分点", null, 2030],
    ]);
  });

  it("is no base of a level, which states where the indicator will stand", () => {
    expect(fields("到2030年，与2025年相比，制造业产品质量合格率达到95%。")).toEqual([["制造业产品质量合格率", "level", "达到", 95, "%", null, 2030]]);
  });

  it("goes on past a level to the changes after it: the clause of its own is said for the whole sentence", () => {
    expect(fields("到2030年，与2025年相比，制造业产品质量合格率达到95%，专利转让许可次数增长25%，新增省级质量标杆企业20家；品牌价值增长10%。")).toEqual([
      ["制造业产品质量合格率", "level", "达到", 95, "%", null, 2030],
      ["专利转让许可次数", "delta", "增长", 25, "%", 2025, 2030],
      ["省级质量标杆企业", "count", "新增", 20, "家", 2025, 2030],
      ["品牌价值", "delta", "增长", 10, "%", null, 2030],
    ]);
  });
});

describe("a base year said once for a sentence's series of changes", () => {
  it("gives a count after a 与…相比 clause its base year: what is added since", () => {
    expect(fields("到2030年，与2020年相比，新增省级质量标杆企业20家。")).toEqual([["省级质量标杆企业", "count", "新增", 20, "家", 2020, 2030]]);
    expect(fields("到2030年，与2025年相比，制造业产品质量合格率提高2个百分点，新培育省级质量标杆企业20家，每万人口高价值发明专利拥有量增长20%。")).toEqual([
      ["制造业产品质量合格率", "delta", "提高", 2, "个百分点", 2025, 2030],
      ["省级质量标杆企业", "count", "新培育", 20, "家", 2025, 2030],
      ["每万人口高价值发明专利拥有量", "delta", "增长", 20, "%", 2025, 2030],
    ]);
  });

  it("carries a change's own base to the changes after it that state none, until a new base or the sentence's end", () => {
    const bases = (goals: string) => fields(goals).map((row) => `${row[0]} ${row[5]}`);
    expect(bases("到2030年，单位地区生产总值能耗较2020年下降10%，每万人口高价值发明专利拥有量增长20%，营业收入较2025年增长20%，品牌价值增长25%。质量竞争力指数提高1。")).toEqual([
      "单位地区生产总值能耗 2020",
      "每万人口高价值发明专利拥有量 2020",
      "营业收入 2025",
      "品牌价值 2025",
      "质量竞争力指数 null",
    ]);
    expect(bases("到2030年，高新技术企业数量较2025年新增120家，营业收入增长20%；品牌价值增长25%。")).toEqual(["高新技术企业数量 2025", "营业收入 2025", "品牌价值 null"]);
  });

  it("ends at a level, a respective list or a change per year, and gives none of them the base", () => {
    expect(fields("到2030年，单位地区生产总值能耗较2020年下降10%，制造业产品质量合格率达到96%，品牌价值增长25%。").map((row) => row[5])).toEqual([2020, null, null]);
    expect(fields("到2030年，能耗较2020年、2022年分别下降10%、8%，品牌价值增长25%。").map((row) => row[5])).toEqual([2020, 2022, null]);
    expect(fields("到2030年，能耗较2020年下降10%，营业收入较上年增长8%，品牌价值增长25%，每年新增省级质量标杆企业5家。").map((row) => row[5])).toEqual([2020, null, null, null]);
    // Work done (培育, 完成) is counted by no base: only a count of new things goes on from it.
    expect(fields("到2027年，能耗比2024年下降8%，培育质量标杆企业10家，完成食品抽检5000批次。").map((row) => row[5])).toEqual([2024, null, null]);
  });
});
