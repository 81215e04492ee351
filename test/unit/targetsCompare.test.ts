import { describe, expect, it } from "vitest";
import { analyze } from "../../server/src/core/analyze";
import { parentFromPlanText } from "../../server/src/core/parents/fromPlan";
import { targetTableRows } from "../../server/src/core/targets/table";

/** A plan that cites the national outline, with its goals in `goals` (one line each). */
function plan(goals: string, title = "示例市质量强市建设实施方案（2023—2025年）"): string {
  return `${title}\n为贯彻落实党中央、国务院《质量强国建设纲要》，制定本方案。\n一、总体要求\n（一）主要目标\n${goals}\n二、主要任务\n（一）推进质量创新\n1.开展质量攻关。〔责任单位：市市场监管局〕\n`;
}

function rowsOf(text: string) {
  const { plan: document, parents } = analyze(text);
  return targetTableRows(document, parents, undefined);
}

describe("target rows against the national outline", () => {
  it("reads the outline's indicators as other departments write them (服务业质量满意度, 农产品质量安全抽检合格率)", () => {
    const rows = rowsOf(plan("服务业质量满意度达到80分。农产品质量安全抽检合格率达到98.5%。"));
    expect(rows.map((row) => [row.indicator, row.parent?.wording ?? null])).toEqual([
      ["服务业质量满意度", "服务质量满意度全面提升"],
      ["农产品质量安全抽检合格率", "农产品质量安全例行监测合格率和食品抽检合格率均达到98%以上"],
    ]);
  });

  it("reads a change whatever its verb, and finds one that goes against the outline weaker", () => {
    const rows = rowsOf(plan("单位GDP能耗上升3%。单位地区生产总值能耗比2020年上升3%。单位GDP资源能源消耗较2020年回升2%。单位GDP能耗增加1%。单位GDP能耗有所上升。"));
    expect(rows.map((row) => [row.indicator, row.kind, row.comparator, row.value, row.unit, row.verdict])).toEqual([
      ["单位GDP能耗", "delta", "上升", 3, "%", "weaker"],
      ["单位地区生产总值能耗", "delta", "上升", 3, "%", "weaker"],
      ["单位GDP资源能源消耗", "delta", "回升", 2, "%", "weaker"],
      ["单位GDP能耗", "delta", "增加", 1, "%", "weaker"],
      ["单位GDP能耗", "direction", "有所上升", null, "", "weaker"],
    ]);
  });

  it("finds a change of a quantified indicator that goes the wrong way weaker", () => {
    const rows = rowsOf(plan("制造业产品质量合格率比2020年下降2个百分点。制造业产品质量合格率比2020年提高2个百分点。"));
    expect(rows.map((row) => [row.comparator, row.verdict])).toEqual([
      ["下降", "weaker"],
      ["提高", "no-parent"],
    ]);
  });

  it("compares an index in 分 or 点 with the outline's bare figure, and a percentage in words", () => {
    const rows = rowsOf(plan("制造业质量竞争力指数达86分。制造业质量竞争力指数达到85点。制造业产品质量合格率达到百分之九十五。食品抽检合格率达到百分之九十八点五以上。"));
    expect(rows.map((row) => [row.indicator, row.value, row.unit, row.figure, row.verdict])).toEqual([
      ["制造业质量竞争力指数", 86, "分", "86分", "meets"],
      ["制造业质量竞争力指数", 85, "", "85", "weaker"],
      ["制造业产品质量合格率", 95, "%", "百分之九十五", "stricter"],
      ["食品抽检合格率", 98.5, "%", "百分之九十八点五以上", "stricter"],
    ]);
  });

  it("keeps 不低于全国平均水平 as a direction, not compared with the outline's figure", () => {
    const rows = rowsOf(plan("食品抽检合格率不低于全国平均水平。"));
    expect(rows.map((row) => [row.indicator, row.kind, row.verdict, row.parentStatus])).toEqual([["食品抽检合格率", "direction", "no-parent", "not-comparable"]]);
  });

  it("reads a share a spreadsheet wrote as a decimal as the percentage, and says what the plan wrote", () => {
    const rows = rowsOf(plan("到2025年，制造业产品质量合格率达到0.95，食品抽检合格率不低于0.97。"));
    expect(rows.map((row) => [row.indicator, row.verdict, row.reason])).toEqual([
      ["制造业产品质量合格率", "stricter", "高于纲要的94%（本方案写作“0.95”，按95%比较）"],
      ["食品抽检合格率", "weaker", "低于纲要的98%以上（本方案写作“不低于0.97”，按97%比较）"],
    ]);
  });

  it("leaves a decimal of an indicator that is no share as written", () => {
    const rows = rowsOf(plan("到2025年，制造业质量竞争力指数达到0.9。"));
    expect(rows.map((row) => [row.indicator, row.value, row.verdict])).toEqual([["制造业质量竞争力指数", 0.9, "weaker"]]);
  });

  it("compares 由92%提高到95% as the target 95%", () => {
    const rows = rowsOf(plan("制造业产品质量合格率由92%提高到95%。"));
    expect(rows.map((row) => [row.indicator, row.value, row.verdict])).toEqual([["制造业产品质量合格率", 95, "stricter"]]);
  });

  it("finds a bound the wrong way (a ceiling on a higher-is-better indicator) weaker", () => {
    const rows = rowsOf(plan("食品抽检合格率保持在98%以下。制造业产品质量合格率不高于95%。食品抽检合格率稳定在98.5%左右。单位GDP能耗不低于0.3吨标准煤/万元。单位GDP能耗控制在0.5吨标准煤/万元以下。"));
    expect(rows.map((row) => [row.indicator, row.verdict])).toEqual([
      ["食品抽检合格率", "weaker"],
      ["制造业产品质量合格率", "weaker"],
      ["食品抽检合格率", "stricter"],
      ["单位GDP能耗", "weaker"],
      ["单位GDP能耗", "meets"],
    ]);
    expect(rows[0]!.reason).toBe("纲要要求98%以上，本方案的98%以下是上限，方向相反");
  });

  it("compares figures of another year than the parent's as a reviewer would, and says which years", () => {
    const rows = rowsOf(
      plan(
        [
          "1.制造业产品质量合格率达到94%。",
          "2.到2030年，制造业质量竞争力指数达到86。",
          "3.到2030年，制造业质量竞争力指数达到88。",
          "3.到2030年，制造业质量竞争力指数达到85。",
          "4.到2024年，制造业产品质量合格率达到94%。",
          "5.到2024年，制造业产品质量合格率达到93%。",
          "6.到2030年，单位GDP能耗比2020年下降15%。",
        ].join("\n"),
      ),
    );
    expect(rows.map((row) => [row.horizon, row.parent?.horizon, row.verdict, row.reason])).toEqual([
      [2025, 2025, "meets", "不低于纲要"],
      // A later year: below the parent's earlier figure is weaker; at or above it, no more than consistent.
      [2030, 2025, "meets", "2030年的目标与纲要2025年的86持平（纲要没有2030年的目标）"],
      [2030, 2025, "meets", "2030年的目标高于纲要2025年的86（纲要没有2030年的目标，只算符合）"],
      [2030, 2025, "weaker", "2030年的目标低于纲要2025年的86"],
      // An earlier year: reaching the parent's figure sooner is stricter; below it, a step on the way.
      [2024, 2025, "stricter", "2024年即达到纲要2025年的94%"],
      [2024, 2025, "no-parent", "2024年的阶段目标低于纲要2025年的94%，年份不同，不作比较"],
      // A direction holds for every year.
      [2030, 2025, "meets", "与纲要的“不断下降”方向一致"],
    ]);
  });

  it("knows 能耗强度 and 万元GDP能耗 as the outline's 单位GDP资源能源消耗", () => {
    const rows = rowsOf(plan("能耗强度持续下降，能源消耗强度比2020年下降13.5%，万元GDP能耗下降3%，万元地区生产总值能耗有所上升。"));
    expect(rows.map((row) => [row.indicator, row.parent?.wording, row.verdict])).toEqual([
      ["能耗强度", "单位GDP资源能源消耗不断下降", "meets"],
      ["能源消耗强度", "单位GDP资源能源消耗不断下降", "meets"],
      // 万元GDP能耗 is the energy used per 万元 of GDP: the same measure, as statistics name it.
      ["万元GDP能耗", "单位GDP资源能源消耗不断下降", "meets"],
      ["万元地区生产总值能耗", "单位GDP资源能源消耗不断下降", "weaker"],
    ]);
  });
});

/** A province's plan with figures stricter than the outline's (86.5 against 86) and one laxer (93% against 94%). */
const STRICTER_PROVINCE = parentFromPlanText(
  "示例省质量强省建设实施意见\n一、总体要求\n（一）主要目标\n到2025年，制造业质量竞争力指数达到86.5，制造业产品质量合格率达到93%以上。\n",
  "省实施意见.plan",
);

describe("a plan under several parents", () => {
  function rowsUnderBoth(goals: string) {
    const text = `示例市质量强市建设实施方案\n为贯彻落实《质量强国建设纲要》和《示例省质量强省建设实施意见》，制定本方案。\n一、总体要求\n（一）主要目标\n到2025年，${goals}\n`;
    const { plan: document, parents, findings } = analyze(text, {
      config: { parents: ["quality-power-outline-2023", "省实施意见.plan"] },
      parents: [{ entry: "省实施意见.plan", parent: STRICTER_PROVINCE, sourceText: STRICTER_PROVINCE.text }],
    });
    const rows = targetTableRows(document, parents, undefined).map((row) => [row.indicator, row.value, row.parent?.document, row.verdict, row.reason]);
    return { rows, weaker: findings.filter((finding) => finding.rule === "targets/weaker-than-parent").map((finding) => finding.message) };
  }

  it("is held to the strictest parent's figure, whichever parent comes first, and names that parent", () => {
    const { rows, weaker } = rowsUnderBoth("制造业质量竞争力指数达到86.2，制造业产品质量合格率达到93.5%以上。");
    expect(rows).toEqual([
      // Above the outline's 86, below the province's 86.5: weaker, against the province.
      ["制造业质量竞争力指数", 86.2, "示例省质量强省建设实施意见", "weaker", "低于《示例省质量强省建设实施意见》的86.5"],
      // Above the province's 93%, below the outline's 94%: weaker, against the outline.
      ["制造业产品质量合格率", 93.5, "质量强国建设纲要", "weaker", "低于纲要的94%"],
    ]);
    expect(weaker).toHaveLength(2);
    expect(weaker[0]).toContain("《示例省质量强省建设实施意见》的86.5");
  });

  it("among parents it meets or passes, names the one whose figure asks the most", () => {
    const { rows } = rowsUnderBoth("制造业质量竞争力指数达到86.5，制造业产品质量合格率达到96%。");
    expect(rows).toEqual([
      ["制造业质量竞争力指数", 86.5, "示例省质量强省建设实施意见", "meets", "不低于《示例省质量强省建设实施意见》"],
      ["制造业产品质量合格率", 96, "质量强国建设纲要", "stricter", "高于纲要的94%"],
    ]);
  });
});

describe("messages that name a parent", () => {
  const province = parentFromPlanText(
    "示例省质量强省建设实施意见\n一、总体要求\n（一）主要目标\n到2025年，制造业质量竞争力指数达到86.5，数字经济核心产业增加值占GDP比重达到10%以上。\n",
    "省实施意见.plan",
  );
  const text = "示例市质量强市建设实施方案\n为贯彻落实《示例省质量强省建设实施意见》，制定本方案。\n一、总体要求\n（一）主要目标\n到2025年，制造业质量竞争力指数达到85。\n";
  const { findings } = analyze(text, { config: { parents: ["省实施意见.plan"] }, parents: [{ entry: "省实施意见.plan", parent: province, sourceText: province.text }] });
  const messages = (rule: string) => findings.filter((finding) => finding.rule === rule).map((finding) => finding.message);
  const times = (message: string) => message.split("《示例省质量强省建设实施意见》").length - 1;

  it("parent-not-localised names the document once, by its title", () => {
    expect(messages("targets/parent-not-localised")).toEqual(["《示例省质量强省建设实施意见》的量化目标“数字经济核心产业增加值占GDP比重达到10%以上”在本方案中没有对应指标"]);
  });

  it("weaker-than-parent names a parent its reason names already once, then quotes its words", () => {
    const [message] = messages("targets/weaker-than-parent");
    expect(message).toBe("“制造业质量竞争力指数”的目标“85”，低于《示例省质量强省建设实施意见》的86.5（原文：制造业质量竞争力指数达到86.5）");
    expect(times(message!)).toBe(1);
  });
});

describe("yearly milestones against the outline's 2025 figures", () => {
  it("compares a milestone of an earlier year as a step on the way, not as the 2025 figure", () => {
    const text = plan("2024年目标：制造业产品质量合格率达到93%以上。\n2025年目标：制造业产品质量合格率达到94.5%以上。", "示例市质量强市建设实施方案");
    const { findings } = analyze(text);
    expect(rowsOf(text).map((row) => [row.value, row.horizon, row.verdict])).toEqual([
      [93, 2024, "no-parent"],
      [94.5, 2025, "stricter"],
    ]);
    expect(findings.filter((finding) => finding.rule === "targets/weaker-than-parent" || finding.rule === "targets/inconsistent")).toEqual([]);
  });
});

describe("the figure a weaker target's message names", () => {
  it("is the plan's as written: a table's ≥97 under a % column, 不低于97%", () => {
    const weaker = (goals: string) =>
      analyze(`示例市质量强市建设实施方案\n为贯彻落实《质量强国建设纲要》，制定本方案。\n一、总体要求\n（一）主要目标\n${goals}\n二、主要任务\n（一）提升产品质量。开展质量提升行动。\n`)
        .findings.filter((finding) => finding.rule === "targets/weaker-than-parent")
        .map((finding) => finding.message);
    const table = "序号\t指标\t单位\t2025年目标\n1\t食品抽检合格率\t%\t≥97";
    expect(weaker(table)).toEqual([expect.stringContaining("“食品抽检合格率”的目标“≥97%”")]);
    expect(weaker("到2025年，食品抽检合格率不低于97%。")).toEqual([expect.stringContaining("“食品抽检合格率”的目标“不低于97%”")]);
    expect(weaker("到2025年，食品抽检合格率达到97%。")).toEqual([expect.stringContaining("“食品抽检合格率”的目标“97%”")]);
  });
});

/** A city's plan with a count of its whole area (50家), the parent of the county-level plans below. */
const CITY_PLAN = parentFromPlanText("示例市质量强市建设实施方案\n示例市人民政府\n一、总体要求\n（一）主要目标\n到2025年，累计培育省级质量标杆企业50家。\n", "市方案.plan");

describe("a count of a lower level's plan against its city's", () => {
  function reasonOf(title: string, units: string) {
    const text = `${title}\n为贯彻落实《示例市质量强市建设实施方案》，制定本方案。\n一、总体要求\n（一）主要目标\n到2025年，累计培育省级质量标杆企业10家。\n二、重点任务\n（一）提升质量。开展质量提升行动。（责任单位：${units}）\n`;
    const { plan: document, parents } = analyze(text, { config: { parents: ["市方案.plan"] }, parents: [{ entry: "市方案.plan", parent: CITY_PLAN, sourceText: CITY_PLAN.text }] });
    return targetTableRows(document, parents, undefined).map((row) => row.reason);
  }

  it("names the plan's whole area by its own word: a zone's or a district's 全区, a county's 全县", () => {
    expect(reasonOf("示例高新区质量强区建设实施方案", "区经发局、区财政局")).toEqual(["数量按行政区域合计：《示例市质量强市建设实施方案》的50家是全市的，本方案的是全区的，不作比较"]);
    expect(reasonOf("示例县质量强县建设实施方案", "县市场监管局、县财政局")).toEqual(["数量按行政区域合计：《示例市质量强市建设实施方案》的50家是全市的，本方案的是全县的，不作比较"]);
  });
});

describe("a figure left blank against a parent's direction", () => {
  it("localises nothing yet: its verdict is the blank's, as against a parent's figure", () => {
    const rows = rowsOf(plan("工程质量抽查符合率达到XX%，农业标准化生产普及率达到【待定】，消费品质量合格率达到 %，制造业产品质量合格率达到 %。"));
    expect(rows.map((row) => [row.indicator, row.verdict, row.reason])).toEqual([
      ["工程质量抽查符合率", "weaker", "纲要要求“不断提高”，本方案的数值空缺"],
      ["农业标准化生产普及率", "weaker", "纲要要求“稳步提升”，本方案的数值空缺"],
      ["消费品质量合格率", "weaker", "纲要要求“有效支撑高品质生活需要”，本方案的数值空缺"],
      ["制造业产品质量合格率", "weaker", "纲要的目标是94%，本方案的数值空缺"],
    ]);
  });
});

describe("a count against a parent that names its issuer in its title only", () => {
  /** A city's 实施意见 without a 落款: 中共示例市委 示例市人民政府关于… says whose it is. */
  const OPINIONS = parentFromPlanText(
    "中共示例市委 示例市人民政府关于深化质量强市建设的实施意见\n一、总体要求\n（一）主要目标\n到2025年，累计培育省级质量标杆企业50家。\n",
    "市实施意见.plan",
  );
  function reasonOf(title: string, units: string) {
    const text = `${title}\n为贯彻落实《中共示例市委 示例市人民政府关于深化质量强市建设的实施意见》，制定本方案。\n一、总体要求\n（一）主要目标\n到2025年，累计培育省级质量标杆企业45家。\n二、重点任务\n（一）提升质量。开展质量提升行动。（责任单位：${units}）\n`;
    const { plan: document, parents } = analyze(text, { config: { parents: ["市实施意见.plan"] }, parents: [{ entry: "市实施意见.plan", parent: OPINIONS, sourceText: OPINIONS.text }] });
    return targetTableRows(document, parents, undefined).map((row) => [row.verdict, row.reason]);
  }

  it("compares with a plan of its level, and names its area to one of another", () => {
    expect(reasonOf("示例市质量品牌提升行动方案", "市市场监管局、市财政局")).toEqual([["weaker", "低于《中共示例市委 示例市人民政府关于深化质量强市建设的实施意见》的50家"]]);
    expect(reasonOf("示例县质量强县建设实施方案", "县市场监管局、县财政局")).toEqual([
      ["no-parent", "数量按行政区域合计：《中共示例市委 示例市人民政府关于深化质量强市建设的实施意见》的50家是全市的，本方案的是全县的，不作比较"],
    ]);
  });
});

/** A province's food-safety plan setting per-head sampling, the parent of the city plan below. */
const FOOD_PARENT = parentFromPlanText("示例省“十五五”食品安全规划\n示例省人民政府\n一、总体要求\n（一）主要目标\n到2030年，食品抽检量达到每千人5批次。\n", "省规划.plan");

describe("per-head food sampling against a parent's, however the plan writes it", () => {
  it("compares 每千人食品安全监督抽检 with the parent's 食品抽检量 per thousand", () => {
    const text = "示例市食品安全提升行动方案（2026—2030年）\n为贯彻落实《示例省“十五五”食品安全规划》，制定本方案。\n一、总体要求\n（一）主要目标\n到2030年，每千人食品安全监督抽检4.5批次。\n";
    const { plan: document, parents } = analyze(text, { config: { parents: ["省规划.plan"] }, parents: [{ entry: "省规划.plan", parent: FOOD_PARENT, sourceText: FOOD_PARENT.text }] });
    expect(targetTableRows(document, parents, undefined).map((row) => [row.indicator, row.verdict])).toEqual([["每千人食品安全监督抽检", "weaker"]]);
  });
});
