import { describe, expect, it } from "vitest";
import { analyze } from "../../server/src/core/analyze";
import { parentFromPlanText } from "../../server/src/core/parents/fromPlan";
import { targetTableRows } from "../../server/src/core/targets/table";
import { targetsOf } from "../support/targets";

const GOALS = "示例区质量提升三年行动计划（2024—2026年）\n一、总体要求\n（一）主要目标\n到2026年，";
const fields = (text: string) => targetsOf(`${GOALS}${text}\n`).map((t) => [t.kind, t.indicator, t.comparator, t.value, t.qualifier, t.sense]);

describe("a ceiling or a floor on a change, whatever words name the change", () => {
  it("reads the change's verb, rate, 幅 and 速 alike before a ceiling", () => {
    const byVerb = fields("居民消费价格增长控制在3%以内。");
    expect(byVerb).toEqual([["delta", "居民消费价格", "增长", 3, "以内", "up"]]);
    for (const name of ["居民消费价格涨幅", "居民消费价格增幅", "居民消费价格增长率", "居民消费价格增长幅度", "居民消费价格增速"]) {
      expect(fields(`${name}控制在3%以内。`), name).toEqual(byVerb);
    }
    expect(fields("居民消费价格涨幅不超过3%。")).toEqual([["delta", "居民消费价格", "增长", 3, "以下", "up"]]);
    expect(fields("单位GDP能耗下降率控制在5%以内，居民消费价格上涨控制在3%以内。")).toEqual([
      ["delta", "单位GDP能耗", "下降", 5, "以内", "down"],
      ["delta", "居民消费价格", "上涨", 3, "以内", "up"],
    ]);
  });

  it("reads the change's verb, rate and 幅 alike before a floor", () => {
    for (const name of ["单位GDP用水量下降", "单位GDP用水量降幅", "单位GDP用水量下降率", "单位GDP用水量下降幅度"]) {
      expect(fields(`${name}不低于10%。`), name).toEqual([["delta", "单位GDP用水量", "下降", 10, "以上", "down"]]);
    }
  });

  it("reads a ceiling on a change as a table's row is read", () => {
    const table = "示例区质量提升三年行动计划（2024—2026年）\n一、主要目标\n主要指标表\n指标\t单位\t2026年目标\n居民消费价格涨幅\t%\t≤3\n";
    expect(targetsOf(table).map((t) => [t.kind, t.indicator, t.comparator, t.value, t.qualifier])).toEqual([["delta", "居民消费价格", "增长", 3, "以下"]]);
  });

  it("finds no wrong direction in a ceiling on the wrong way's change", () => {
    const plan = `${GOALS}单位GDP能耗增长控制在2%以内，万元GDP用水量涨幅控制在1%以内。\n`;
    expect(analyze(plan).findings.filter((finding) => finding.rule === "targets/wrong-direction")).toEqual([]);
    // A floor on it is still a change the wrong way.
    expect(analyze(`${GOALS}单位GDP能耗增幅不低于2%。\n`).findings.filter((finding) => finding.rule === "targets/wrong-direction")).toHaveLength(1);
  });
});

describe("a ceiling on a change against the outline's direction", () => {
  const messages = (goals: string) =>
    analyze(`示例市深化质量强市建设实施方案\n为贯彻落实《质量强国建设纲要》，制定本方案。\n一、主要目标\n到2025年，${goals}\n`)
      .findings.filter((finding) => finding.rule === "targets/weaker-than-parent")
      .map((finding) => finding.message);

  it("says a capped rise still lets the indicator rise, however the rise is named", () => {
    const expected = "“单位GDP能耗”的目标“增长2%以内”，纲要要求“不断下降”，本方案只把增长限制在2%以内，仍允许增长（《质量强国建设纲要》：单位GDP资源能源消耗不断下降）";
    expect(messages("单位GDP能耗增长控制在2%以内。")).toEqual([expected]);
    expect(messages("单位GDP能耗增幅控制在2%以内。")).toEqual([expected]);
    expect(messages("单位GDP能耗增长率控制在2%以内。")).toEqual([expected]);
  });

  it("says a capped fall does not ask for the fall", () => {
    expect(messages("单位GDP能耗降幅控制在5%以内。")).toEqual([
      "“单位GDP能耗”的目标“下降5%以内”，纲要要求“不断下降”，本方案只给下降设了上限（5%以内），没有要求下降（《质量强国建设纲要》：单位GDP资源能源消耗不断下降）",
    ]);
  });
});

/** A provincial parent whose goals cap changes and set them. */
const PROVINCE = parentFromPlanText(
  "---\n标题: 示例省经济社会发展实施意见\n发文机关: 示例省人民政府\n---\n示例省经济社会发展实施意见\n一、总体要求\n（一）主要目标\n" +
    "到2025年，居民消费价格涨幅控制在3%以内，单位地区生产总值能耗下降13.5%。\n",
  "上位.plan",
);
const TITLE = "《示例省经济社会发展实施意见》";

function rowsOf(goals: string) {
  const text = `---\n层级: 省\n上位文件: 示例省经济社会发展实施意见\n---\n示例省质量提升行动方案\n一、总体要求\n（一）主要目标\n${goals}\n`;
  const { plan, parents } = analyze(text, { parents: [{ entry: "上位.plan", parent: PROVINCE, sourceText: PROVINCE.text }] });
  return targetTableRows(plan, parents, undefined).map((row) => [row.indicator, row.verdict, row.reason]);
}

describe("a ceiling on a change against a parent's figure", () => {
  it("reads a parent's ceiling on a change as a change the indicator is better without", () => {
    expect(PROVINCE.targets2025.map((goal) => [goal.indicator, goal.change, goal.comparator, goal.qualifier, goal.higherIsBetter])).toEqual([
      ["居民消费价格", true, "增长", "以内", false],
      ["单位地区生产总值能耗", true, "下降", null, false],
    ]);
  });

  it("weighs two ceilings on one change: the lower the stricter", () => {
    expect(rowsOf("到2025年，居民消费价格涨幅控制在2.5%以内。")).toEqual([["居民消费价格", "stricter", `低于${TITLE}的增长3%以内`]]);
    expect(rowsOf("到2025年，居民消费价格增长控制在3%以内。")).toEqual([["居民消费价格", "meets", `不高于${TITLE}`]]);
    expect(rowsOf("到2025年，居民消费价格涨幅不超过3.5%。")).toEqual([["居民消费价格", "weaker", `高于${TITLE}的增长3%以内`]]);
  });

  it("finds a change the other way within a ceiling, and a ceiling on the other way's change another measure", () => {
    expect(rowsOf("到2025年，居民消费价格下降1%。")).toEqual([["居民消费价格", "stricter", `本方案要求下降1%，严于${TITLE}的增长3%以内`]]);
    expect(rowsOf("到2025年，居民消费价格降幅控制在1%以内。")).toEqual([["居民消费价格", "no-parent", `本方案限制的是下降，${TITLE}的增长3%以内限制的是增长，口径不同，无法比较`]]);
  });

  it("finds a ceiling on a change weaker than a parent's change to reach", () => {
    expect(rowsOf("到2025年，单位地区生产总值能耗增长控制在1%以内，")).toEqual([["单位地区生产总值能耗", "weaker", `${TITLE}的目标是下降13.5%，本方案只把增长限制在1%以内，仍允许增长`]]);
    expect(rowsOf("到2025年，单位地区生产总值能耗降幅控制在15%以内。")).toEqual([["单位地区生产总值能耗", "weaker", `${TITLE}的目标是下降13.5%，本方案只给下降设了上限（15%以内），没有要求下降`]]);
  });
});
