import { describe, expect, it } from "vitest";
import { targetsOf } from "../support/targets";
import { analyze } from "../../server/src/core/analyze";
import { parentFromPlanText } from "../../server/src/core/parents/fromPlan";
import { targetTableRows } from "../../server/src/core/targets/table";

const GOALS = "示例市质量提升实施方案\n一、总体要求\n（一）主要目标\n";

describe("cumulative figures (累计)", () => {
  it("reads 累计 before a count's verb, before the comparator and at a measure's start as a total, in neither the indicator nor the comparator", () => {
    const targets = targetsOf(
      `${GOALS}到2025年，累计培育省级质量标杆企业20家，省级专精特新企业累计达到50家，三年累计建设省级以上质量检验检测中心5个，累计培育企业数量达到100家，单位GDP能耗累计下降13.5%，力争累计推动300家企业实施数字化转型，新增省级质量标杆企业10家。\n`,
    );
    expect(targets.map((t) => [t.kind, t.indicator, t.comparator, t.value, t.unit, t.cumulative, t.aspirational])).toEqual([
      ["count", "省级质量标杆企业", "培育", 20, "家", true, false],
      ["level", "省级专精特新企业", "达到", 50, "家", true, false],
      ["count", "省级以上质量检验检测中心", "建设", 5, "个", true, false],
      ["level", "培育企业数量", "达到", 100, "家", true, false],
      ["delta", "单位GDP能耗", "下降", 13.5, "%", true, false],
      ["count", "企业实施数字化转型", "推动", 300, "家", true, true],
      ["count", "省级质量标杆企业", "新增", 10, "家", false, false],
    ]);
  });

  it("reads the years of a total before the comparator (五年累计下降, 3年累计达到) as the total's, not the indicator's", () => {
    const targets = targetsOf(`${GOALS}到2026年，单位地区生产总值能耗五年累计下降13.5%，省级专精特新企业3年累计达到50家。\n`);
    expect(targets.map((t) => [t.kind, t.indicator, t.comparator, t.value, t.unit, t.cumulative])).toEqual([
      ["delta", "单位地区生产总值能耗", "下降", 13.5, "%", true],
      ["level", "省级专精特新企业", "达到", 50, "家", true],
    ]);
  });

  it("reads 累计 after a base year (较2023年累计下降) as a total from that year, the year no span of years", () => {
    const targets = targetsOf(`${GOALS}到2027年，万元地区生产总值能耗较2023年累计下降10%，单位工业增加值能耗比2020年累计降低18%。\n`);
    expect(targets.map((t) => [t.kind, t.indicator, t.comparator, t.value, t.baseYear, t.cumulative])).toEqual([
      ["delta", "万元地区生产总值能耗", "下降", 10, 2023, true],
      ["delta", "单位工业增加值能耗", "降低", 18, 2020, true],
    ]);
  });

  it("reads a span of years before a count's verb without 累计 (三年新增, 五年内建成) as what the span adds, in neither the verb nor the noun", () => {
    const targets = targetsOf(`${GOALS}到2027年，三年新增国家级检验检测中心两个，五年内建成质量基础设施一站式服务站30个，2年认定标准化试点10项。\n`);
    expect(targets.map((t) => [t.kind, t.indicator, t.comparator, t.value, t.unit, t.cumulative])).toEqual([
      ["count", "国家级检验检测中心", "新增", 2, "个", false],
      ["count", "质量基础设施一站式服务站", "建成", 30, "个", false],
      ["count", "标准化试点", "认定", 10, "项", false],
    ]);
  });

  it("reads a count with a verb after 累计 (累计建成…达到) and a placeholder count", () => {
    const targets = targetsOf(`${GOALS}到2025年，累计建成5G基站达到1.2万个，累计培育省级质量标杆企业×家。\n`);
    expect(targets.map((t) => [t.kind, t.indicator, t.comparator, t.value, t.unit, t.cumulative, t.placeholder])).toEqual([
      ["count", "5G基站", "建成达到", 1.2, "万个", true, false],
      ["count", "省级质量标杆企业", "培育", null, "家", true, true],
    ]);
  });

  it("reads 累计 as governing the counts its sentence lists after it, each with its verb, and not a count with a span or a rise of its own", () => {
    const targets = targetsOf(
      `${GOALS}到2025年，累计开展质量培训200场次，服务企业3000家次，培训人员5000人次。\n到2025年，累计开展质量培训不少于200场次，帮扶企业不少于300家次。\n到2025年，累计建成检验检测平台10个，年服务企业3000家次，每年走访企业100家，新增省级质量标杆企业10家，2024年前建成计量测试中心3个。\n到2025年，培育质量标杆企业50家，服务企业3000家次。\n`,
    );
    expect(targets.map((t) => [t.indicator, t.value, t.cumulative])).toEqual([
      ["质量培训", 200, true],
      ["服务企业", 3000, true],
      ["培训人员", 5000, true],
      ["质量培训", 200, true],
      ["帮扶企业", 300, true],
      ["检验检测平台", 10, true],
      ["服务企业", 3000, false],
      ["走访企业", 100, false],
      ["省级质量标杆企业", 10, false],
      ["计量测试中心", 3, false],
      ["质量标杆企业", 50, false],
      ["服务企业", 3000, false],
    ]);
  });

  it("does not report a total and a figure of the same indicator as inconsistent", () => {
    const { findings } = analyze(`${GOALS}到2025年，省级专精特新企业累计达到50家。\n二、主要任务\n（一）培育企业。到2025年，省级专精特新企业达到30家。\n`);
    expect(findings.filter((finding) => finding.rule === "targets/inconsistent")).toEqual([]);
  });
});

/** A provincial parent, as a .plan, with a total, a figure of things that is none, and a rate. */
const PROVINCE = parentFromPlanText(
  "---\n标题: 示例省质量强省建设实施意见\n发文机关: 示例省人民政府\n---\n示例省质量强省建设实施意见\n一、总体要求\n（一）主要目标\n到2025年，累计培育省级质量标杆企业300家，省级专精特新企业达到1000家，制造业产品质量合格率达到95%以上。\n",
  "上位.plan",
);

function rowsOf(level: string, goals: string) {
  const text = `---\n层级: ${level}\n上位文件: 示例省质量强省建设实施意见\n---\n示例质量强${level}建设实施方案\n一、总体要求\n（一）主要目标\n到2025年，${goals}\n`;
  const { plan, parents } = analyze(text, { parents: [{ entry: "上位.plan", parent: PROVINCE, sourceText: PROVINCE.text }] });
  return targetTableRows(plan, parents, undefined).map((row) => [row.indicator, row.cumulative, row.verdict, row.parentStatus, row.reason]);
}

describe("cumulative figures against a parent", () => {
  it("reads a parent's total as a goal to compare with, and its level of government", () => {
    expect(PROVINCE.targets2025.map((target) => [target.indicator, target.value, target.cumulative])).toEqual([
      ["省级质量标杆企业", 300, true],
      ["省级专精特新企业", 1000, false],
      ["制造业产品质量合格率", 95, false],
    ]);
  });

  it("compares a total only with a total, and a sum only with a parent of the plan's level", () => {
    expect(rowsOf("省", "累计培育省级质量标杆企业280家，省级质量标杆企业新增100家，省级专精特新企业累计达到1200家，省级专精特新企业达到1100家。")).toEqual([
      ["省级质量标杆企业", true, "weaker", "compared", "低于《示例省质量强省建设实施意见》的300家"],
      ["省级质量标杆企业", false, "no-parent", "not-comparable", "本方案的100家是新建（新增）的数量，《示例省质量强省建设实施意见》的300家是累计数，口径不同，无法比较"],
      ["省级专精特新企业", true, "no-parent", "not-comparable", "本方案的1200家是累计数，《示例省质量强省建设实施意见》的1000家不是，口径不同，无法比较"],
      ["省级专精特新企业", false, "stricter", "compared", "高于《示例省质量强省建设实施意见》的1000家"],
    ]);
    // 累计 said once for a list: every count of it is a total, compared with the parent's.
    expect(rowsOf("省", "累计开展质量培训200场次，培育省级质量标杆企业280家。").slice(1)).toEqual([
      ["省级质量标杆企业", true, "weaker", "compared", "低于《示例省质量强省建设实施意见》的300家"],
    ]);
    // A city's total is a part of the province's: not weaker for being smaller. A rate is compared at any level.
    expect(rowsOf("市", "累计培育省级质量标杆企业30家，制造业产品质量合格率达到96%。")).toEqual([
      ["省级质量标杆企业", true, "no-parent", "not-comparable", "数量按行政区域合计：《示例省质量强省建设实施意见》的300家是全省的，本方案的是全市的，不作比较"],
      ["制造业产品质量合格率", false, "stricter", "compared", "高于《示例省质量强省建设实施意见》的95%以上"],
    ]);
  });
});

/** A city's plan as the parent of its 标准化 plan: a total reached, additions summed, a level. */
const CITY = parentFromPlanText(
  "---\n标题: 示例市质量强市建设实施方案\n发文机关: 示例市人民政府\n---\n示例市质量强市建设实施方案\n一、总体要求\n（一）主要目标\n到2030年，省级标准化试点示范项目累计达到200个，累计新增团体标准100项，标准化良好行为企业达到300家，累计新增企业标准“领跑者”40个。\n",
  "上位.plan",
);

function cityRows(goals: string) {
  const text = `---\n层级: 市\n上位文件: 示例市质量强市建设实施方案\n---\n示例市标准化发展行动计划\n一、总体要求\n（一）主要目标\n到2030年，${goals}\n`;
  const { plan, parents } = analyze(text, { parents: [{ entry: "上位.plan", parent: CITY, sourceText: CITY.text }] });
  return targetTableRows(plan, parents, undefined).map((row) => [row.indicator, row.verdict, row.reason]);
}

describe("an increment against a level", () => {
  it("keeps a parent's additions summed (累计新增) apart from its totals reached", () => {
    expect(CITY.targets2025.concat(CITY.otherYearTargets).map((target) => [target.indicator, target.comparator, target.cumulative])).toEqual([
      ["省级标准化试点示范项目", "达到", true],
      ["团体标准", "新增", true],
      ["标准化良好行为企业", "达到", false],
      ["企业标准“领跑者”", "新增", true],
    ]);
  });

  it("never judges what the period or a year adds weaker or stronger than a level, 累计 or not, and says why", () => {
    expect(cityRows("累计新增省级标准化试点示范项目30个，团体标准累计达到200项，每年评定标准化良好行为企业不少于60家，标准化良好行为企业每年不少于60家，累计新增企业标准“领跑者”30个。")).toEqual([
      ["省级标准化试点示范项目", "no-parent", "本方案的30个是新建（新增）的数量，《示例市质量强市建设实施方案》的200个是累计数，口径不同，无法比较"],
      ["团体标准", "no-parent", "本方案的200项是累计数，《示例市质量强市建设实施方案》的100项是新建（新增）的数量，口径不同，无法比较"],
      ["标准化良好行为企业", "no-parent", "本方案的60家是每年新增（完成）的数量，《示例市质量强市建设实施方案》的300家是总量，口径不同，无法比较"],
      ["标准化良好行为企业", "no-parent", "本方案的60家是每年新增（完成）的数量，《示例市质量强市建设实施方案》的300家是总量，口径不同，无法比较"],
      // Additions summed against additions summed: one measure, weighed.
      ["企业标准“领跑者”", "weaker", "低于《示例市质量强市建设实施方案》的40个"],
    ]);
  });

  it("never judges an increment against the plan's own base, nor a level a year reaches against the level of another statement", () => {
    const text = "示例市标准化发展行动计划（2026—2030年）\n一、主要目标\n主要指标如下：\n序号\t指标名称\t单位\t2025年基数\t2030年目标\n1\t标准化良好行为企业新增数\t家\t120\t50\n2\t主导制定国家标准\t项\t40\t60\n二、重点任务\n1.培育企业。到2030年，标准化良好行为企业每年不少于50家，标准化良好行为企业达到300家。\n";
    const { findings } = analyze(text);
    expect(findings.filter((finding) => finding.rule.startsWith("targets/weaker-than-baseline") || finding.rule === "targets/inconsistent")).toEqual([]);
  });
});
