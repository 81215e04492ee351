import { describe, expect, it } from "vitest";
import { targetsOf } from "../support/targets";
import { analyze } from "../../server/src/core/analyze";
import { parentFromPlanText } from "../../server/src/core/parents/fromPlan";
import { targetTableRows } from "../../server/src/core/targets/table";

// Targets as drafters write them in prose: the indicator is the thing measured, and what the
// sentence says of the figure (a change's rate, how often, per how many people) is the target's.
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

  it("leaves a rate that is no change's (合格率, 增长点) a level, and reads a change's rate under a ceiling as the change capped", () => {
    expect(read(`${GOALS}到2025年，产品质量合格率达到95%，新增长点占比达到10%，能耗下降率控制在5%以内。\n`)).toEqual([
      ["产品质量合格率", "level", "达到", 95, "%", "", "up"],
      ["新增长点占比", "level", "达到", 10, "%", "", "up"],
      ["能耗", "delta", "下降", 5, "%", "以内", "down"],
    ]);
  });
});

describe("how often a target is to be met (每年, 每季度) and a task's light verb (开展)", () => {
  it("leave the indicator to the thing counted: the frequency and the verb are the comparator's", () => {
    expect(read(`${GOALS}到2025年，每年检查在建项目不少于200个，开展工程质量检查不少于300次，每年组织开展质量提升行动不少于10次，每季度抽查重点产品20批次以上。\n`)).toEqual([
      ["在建项目", "count", "每年检查不少于", 200, "个", "", "up"],
      ["工程质量检查", "count", "开展不少于", 300, "次", "", "up"],
      ["质量提升行动", "count", "每年组织开展不少于", 10, "次", "", "up"],
      ["重点产品", "count", "每季度抽查", 20, "批次", "以上", "up"],
    ]);
  });

  it("keeps a measure a measure: its frequency before it or before the comparator is the comparator's", () => {
    expect(read(`${GOALS}到2025年，每年财政投入质量提升资金不少于1000万元，食品抽检量每年不少于5000批次，产品质量合格率每年提高0.5个百分点。\n`)).toEqual([
      // What is funded, who pays (财政) aside; the funding verb is the comparator's with how often.
      ["质量提升资金", "level", "每年投入不少于", 1000, "万元", "", "up"],
      ["食品抽检量", "level", "每年不少于", 5000, "批次", "", "up"],
      ["产品质量合格率", "delta", "每年提高", 0.5, "个百分点", "", "up"],
    ]);
  });

  it("reads 设立 and 安排 as the verbs of what they count: the noun after them is the indicator", () => {
    expect(read(`${GOALS}到2025年，安排质量提升项目30个，设立质量服务站点12个以上。\n`)).toEqual([
      ["质量提升项目", "count", "安排", 30, "个", "", "up"],
      ["质量服务站点", "count", "设立", 12, "个", "以上", "up"],
    ]);
  });

  it("counts the noun after 等, not the examples a drafter names before it", () => {
    const text = `${GOALS}到2025年，新增“赣南脐橙”等地理标志产品3个以上，培育华为、比亚迪等领军企业5家，培育优质等产品10个。\n`;
    expect(read(text).map((row) => row.slice(0, 3))).toEqual([
      ["地理标志产品", "count", "新增"],
      ["领军企业", "count", "培育"],
      // One bare word before 等 is no list of examples: 优质等 stays the noun's.
      ["优质等产品", "count", "培育"],
    ]);
    // The indicator's place in the text is the noun's.
    const target = targetsOf(text)[0]!;
    expect(text.slice(target.indicatorSpan!.start, target.indicatorSpan!.end)).toBe("地理标志产品");
  });

  it("reads a count of things done in a task with its frequency and verb, figure after the noun", () => {
    const text = `示例县质量强县建设实施方案\n一、重点任务\n（一）强化质量监管。每年开展质量帮扶活动20场次，每月检查特种设备使用单位30家。\n`;
    expect(read(text)).toEqual([
      ["质量帮扶活动", "count", "每年开展", 20, "场次", "", "up"],
      ["特种设备使用单位", "count", "每月检查", 30, "家", "", "up"],
    ]);
  });
});

describe("a figure per head (每千人口5批次, 5批次/千人)", () => {
  it("is a level of what is measured, named per so many people as the national indicators are, wherever the drafter writes the head count", () => {
    expect(
      read(`${GOALS}到2025年，每千人口食品抽检量达到5批次，食品抽检量达到每千人4.5批次，食品评价性抽检量每千人口2批次以上，每千人口药品抽检1.5批次，食品抽检量达到5批次/千人，农产品抽检每年每千人3批次，每万人口高价值发明专利拥有量达到12件。\n`),
    ).toEqual([
      ["每千人口食品抽检量", "level", "达到", 5, "批次", "", "up"],
      ["每千人食品抽检量", "level", "达到", 4.5, "批次", "", "up"],
      ["每千人口食品评价性抽检量", "level", "", 2, "批次", "以上", "up"],
      ["每千人口药品抽检", "level", "", 1.5, "批次", "", "up"],
      ["每千人食品抽检量", "level", "达到", 5, "批次", "", "up"],
      ["每千人农产品抽检", "level", "每年", 3, "批次", "", "up"],
      ["每万人口高价值发明专利拥有量", "level", "达到", 12, "件", "", "up"],
    ]);
  });

  it("is no count of 每千人 where the clause names no measure", () => {
    expect(read(`${GOALS}到2025年，每千人口食品抽检量达到5批次，全市每千人5批次以上。\n`)).toEqual([["每千人口食品抽检量", "level", "达到", 5, "批次", "", "up"]]);
  });

  it("is no count of things made, and keeps its span where the plan names the measure", () => {
    const text = `${GOALS}到2025年，每万人口拥有标准化技术人员不少于3名，标准化技术人员达到每万人2名。\n`;
    const targets = targetsOf(text);
    expect(targets.map((t) => [t.indicator, t.kind, t.unit, text.slice(t.indicatorSpan!.start, t.indicatorSpan!.end)])).toEqual([
      ["每万人口拥有标准化技术人员", "level", "名", "每万人口拥有标准化技术人员"],
      ["每万人标准化技术人员", "level", "名", "标准化技术人员"],
    ]);
  });

  it("is compared with a parent's goal for the measure however either writes the head count (每千人, 每千人口, /千人)", () => {
    const province = parentFromPlanText("示例省质量强省建设实施方案\n一、总体要求\n（一）主要目标\n到2025年，每千人口食品抽检量达到5批次。\n", "省方案.plan");
    const verdicts = (goal: string) => {
      const text = `示例市质量强市建设实施方案\n为贯彻落实《示例省质量强省建设实施方案》，制定本方案。\n一、总体要求\n（一）主要目标\n到2025年，${goal}\n`;
      const { plan, parents } = analyze(text, { config: { parents: ["省方案.plan"] }, parents: [{ entry: "省方案.plan", parent: province, sourceText: province.text }] });
      return targetTableRows(plan, parents, undefined).map((row) => [row.indicator, row.verdict]);
    };
    expect(verdicts("食品抽检量达到每千人5批次。")).toEqual([["每千人食品抽检量", "meets"]]);
    expect(verdicts("食品抽检量达到4批次/千人。")).toEqual([["每千人食品抽检量", "weaker"]]);
    expect(verdicts("每千人食品抽检量不低于6批次。")).toEqual([["每千人食品抽检量", "stricter"]]);
  });
});

describe("a rate written with its figure and no comparator", () => {
  it("reads a range (98.5%-99%, 95%至98%, 90—95%) as a range, its lower end the figure", () => {
    const targets = targetsOf(`${GOALS}到2025年，食品抽检合格率98.5%-99%，工程质量抽查符合率95%至98%，企业标准化覆盖率90—95%，产品质量合格率95%以上。\n`);
    expect(targets.map((t) => [t.indicator, t.kind, t.value, t.upper, t.unit, t.qualifier])).toEqual([
      ["食品抽检合格率", "level", 98.5, 99, "%", ""],
      ["工程质量抽查符合率", "level", 95, 98, "%", ""],
      ["企业标准化覆盖率", "level", 90, 95, "%", ""],
      ["产品质量合格率", "level", 95, null, "%", "以上"],
    ]);
  });
});

describe("a figure that says which things another figure counts", () => {
  it("is part of the noun (品牌价值超过10亿元的企业达到5家), not a target of its own", () => {
    expect(read(`${GOALS}到2025年，品牌价值超过10亿元的企业达到5家，年营业收入100亿元以上的企业不少于3家，制造业产品质量合格率达到94%的目标全面实现。\n`)).toEqual([
      ["品牌价值超过10亿元的企业", "level", "达到", 5, "家", "", "up"],
      ["年营业收入100亿元以上的企业", "level", "不少于", 3, "家", "", "up"],
      ["制造业产品质量合格率", "level", "达到", 94, "%", "", "up"],
    ]);
  });
});

describe("a direction drafters write as 稳中有升", () => {
  it("is a direction in the text and in a goals table's cell, 稳中有降 a fall", () => {
    const text = `${GOALS}到2025年，制造业产品质量合格率稳中有升，质量安全事故发生率稳中有降。\n专栏1 主要指标\n指标名称\t单位\t2023年基数\t2025年目标\n工程质量抽查符合率\t%\t95\t稳中有升\n`;
    expect(read(text)).toEqual([
      ["制造业产品质量合格率", "direction", "稳中有升", null, "", "", "up"],
      ["质量安全事故发生率", "direction", "稳中有降", null, "", "", "down"],
      ["工程质量抽查符合率", "direction", "稳中有升", null, "", "", "up"],
    ]);
  });
});

describe("扩大到 as a comparator", () => {
  it("reads a level to reach (队伍规模扩大到3000人), and leaves 扩大 alone a task's verb", () => {
    expect(read(`${GOALS}到2025年，质量专业人才队伍规模扩大到3000人，检验检测服务范围扩大至120项以上，对外开放持续扩大。\n`)).toEqual([
      ["质量专业人才队伍规模", "level", "扩大到", 3000, "人", "", "up"],
      ["检验检测服务范围", "level", "扩大至", 120, "项", "以上", "up"],
    ]);
  });
});

describe("年均 opening a measure's name", () => {
  it("is the measure's word (年均浓度), not how often", () => {
    expect(read(`${GOALS}到2025年，年均PM2.5浓度控制在35微克/立方米以下，年均新增市场主体不少于5000家。\n`)).toEqual([
      ["年均PM2.5浓度", "level", "控制在", 35, "微克/立方米", "以下", "down"],
      ["市场主体", "count", "年均新增不少于", 5000, "家", "", "up"],
    ]);
  });
});

describe("a goals table's unit per head (批次/千人, 件/万人)", () => {
  it("is a unit: the row is read, named per head, its base in the same unit", () => {
    const text = `${GOALS}专栏1 主要指标\n指标名称\t单位\t2023年基数\t2025年目标\n食品抽检量\t批次/千人\t4.2\t5\n高价值发明专利拥有量\t件/万人\t8.5\t12\n`;
    expect(targetsOf(text).map((t) => [t.indicator, t.value, t.unit, t.baseValue, t.baseUnit])).toEqual([
      ["每千人食品抽检量", 5, "批次", 4.2, "批次"],
      ["每万人高价值发明专利拥有量", 12, "件", 8.5, "件"],
    ]);
  });
});
