import { describe, expect, it } from "vitest";
import { analyze } from "../../server/src/core/analyze";
import { extractTargets } from "../../server/src/core/targets/extract";
import { targetTableRows } from "../../server/src/core/targets/table";

/**
 * A QA set of the target phrasings real plans use, each read whole — indicator, kind, comparator,
 * figure, horizon, base year, striven for, a total, and the comparison with the national outline's
 * 2025 figure — so that a change to any reader that moves one of them shows here.
 */
const TITLE = "示例市质量强市建设实施方案（2023—2027年）\n为贯彻落实党中央、国务院《质量强国建设纲要》，制定本方案。\n";
function plan(goals: readonly string[], tasks = "（一）推进质量创新\n1.开展质量攻关。〔责任单位：市市场监管局〕"): string {
  return `${TITLE}一、总体要求\n（一）主要目标\n${goals.join("\n")}\n二、主要任务\n${tasks}\n`;
}

/** indicator | kind | comparator | figure | horizon | base year | 力争 | 累计 | the outline's figure | verdict */
function rowsOf(text: string): string[] {
  const { plan: document, parents } = analyze(text);
  return targetTableRows(document, parents, undefined).map((row) =>
    [row.indicator, row.kind, row.comparator, row.figure, row.horizon, row.baseYear ?? "", row.aspirational ? "力争" : "", row.cumulative ? "累计" : "", row.parent?.figure ?? "", row.verdict].join(" | "),
  );
}

/** A 主要指标 table as Word's copy gives it, its cells apart by tabs. */
const INDICATOR_TABLE = [
  "序号\t指标\t单位\t2022年基期值\t2025年目标值\t2027年目标值\t属性",
  "1\t制造业产品质量合格率\t%\t93.5\t≥94\t≥95\t约束性",
  "2\t食品抽检合格率\t%\t97.6\t98\t98.5\t预期性",
];

describe("QA: the phrasings of a goal, read and compared with the national outline", () => {
  it("reads levels: 提高到, 力争达到, 稳定在, 不低于, ≥, 以上, 左右, 控制在…以内, 突破, a range, Chinese numerals", () => {
    expect(rowsOf(plan([
      "到2025年，制造业产品质量合格率提高到94.5%，制造业质量竞争力指数力争达到87。",
      "农产品质量安全例行监测合格率稳定在98%以上。工程质量抽查符合率不低于97%。食品抽检合格率≥98.5%。服务质量满意度达到85分左右。",
      "万元GDP能耗控制在0.5吨标准煤以内。有效发明专利拥有量突破5000件。食品安全评价性抽检合格率保持在95%—98%。",
      "质量管理体系认证覆盖率达到百分之九十五。品牌价值突破一千亿元。",
    ]))).toEqual([
      "制造业产品质量合格率 | level | 提高到 | 94.5% | 2025 |  |  |  | 94% | stricter",
      "制造业质量竞争力指数 | level | 达到 | 87 | 2025 |  | 力争 |  | 86 | stricter",
      "农产品质量安全例行监测合格率 | level | 稳定在 | 98%以上 | 2025 |  |  |  | 98%以上 | meets",
      "工程质量抽查符合率 | level | 不低于 | 97% | 2025 |  |  |  | 不断提高 | meets",
      "食品抽检合格率 | level | ≥ | 98.5% | 2025 |  |  |  | 98%以上 | stricter",
      "服务质量满意度 | level | 达到 | 85分左右 | 2025 |  |  |  | 全面提升 | meets",
      "万元GDP能耗 | level | 控制在 | 0.5吨标准煤以内 | 2025 |  |  |  | 不断下降 | meets",
      "有效发明专利拥有量 | level | 突破 | 5000件 | 2025 |  |  |  |  | no-parent",
      "食品安全评价性抽检合格率 | level | 保持在 | 95—98% | 2025 |  |  |  | 98%以上 | weaker",
      "质量管理体系认证覆盖率 | level | 达到 | 百分之九十五 | 2025 |  |  |  |  | no-parent",
      "品牌价值 | level | 突破 | 一千亿元 | 2025 |  |  |  |  | no-parent",
    ]);
    // Figures in Chinese numerals are shown as written and weighed as figures.
    const { plan: document } = analyze(plan(["质量管理体系认证覆盖率达到百分之九十五。品牌价值突破一千亿元。"]));
    expect(extractTargets(document).targets.map((target) => [target.value, target.unit])).toEqual([[95, "%"], [1000, "亿元"]]);
  });

  it("reads changes: 提高X个百分点, 较2020年提高, 年均增长, 较…下降", () => {
    expect(rowsOf(plan([
      "到2025年，食品抽检合格率较2020年提高1个百分点，制造业产品质量合格率提高2个百分点。",
      "规模以上工业企业研发投入年均增长10%。万元地区生产总值能耗较2020年下降13.5%。",
    ]))).toEqual([
      // A change has no figure of the outline's level to be weighed against; the base year said once governs the next change.
      "食品抽检合格率 | delta | 提高 | 1个百分点 | 2025 | 2020 |  |  | 98%以上 | no-parent",
      "制造业产品质量合格率 | delta | 提高 | 2个百分点 | 2025 | 2020 |  |  | 94% | no-parent",
      "规模以上工业企业研发投入 | delta | 年均增长 | 10% | 2025 |  |  |  |  | no-parent",
      "万元地区生产总值能耗 | delta | 下降 | 13.5% | 2025 | 2020 |  |  | 不断下降 | meets",
    ]);
  });

  it("reads counts: 累计, 新增, 力争…新增, 不少于", () => {
    expect(rowsOf(plan([
      "到2025年，累计培育省级质量标杆企业20家，新增中国驰名商标5件，主导制定国家标准不少于15项。",
      "力争到2027年，新增国家级质量标准实验室2个，累计建成质量基础设施一站式服务站30个以上。",
    ]))).toEqual([
      "省级质量标杆企业 | count | 培育 | 20家 | 2025 |  |  | 累计 |  | no-parent",
      "中国驰名商标 | count | 新增 | 5件 | 2025 |  |  |  |  | no-parent",
      // A noun naming its own doing (主导制定) is a count with a floor, as 主导制定国家标准15项 is one.
      "主导制定国家标准 | count | 不少于 | 15项 | 2025 |  |  |  |  | no-parent",
      "国家级质量标准实验室 | count | 新增 | 2个 | 2027 |  | 力争 |  | 建成若干 | meets",
      "质量基础设施一站式服务站 | count | 建成 | 30个以上 | 2027 |  | 力争 | 累计 |  | no-parent",
    ]);
  });

  it("reads two horizons in one sentence, and a later one carried", () => {
    expect(rowsOf(plan([
      "到2025年，制造业产品质量合格率达到94%以上，到2027年达到95%以上。",
      "到2025年，食品抽检合格率保持在98%以上；到2027年，稳定在98.5%以上。",
    ]))).toEqual([
      "制造业产品质量合格率 | level | 达到 | 94%以上 | 2025 |  |  |  | 94% | meets",
      "制造业产品质量合格率 | level | 达到 | 95%以上 | 2027 |  |  |  | 94% | meets",
      "食品抽检合格率 | level | 保持在 | 98%以上 | 2025 |  |  |  | 98%以上 | meets",
      "食品抽检合格率 | level | 稳定在 | 98.5%以上 | 2027 |  |  |  | 98%以上 | meets",
    ]);
  });

  it("reads a 主要指标 table: each target column its year, the base column the base, 约束性 binding", () => {
    const text = plan(["到2027年，质量强市建设取得明显成效，主要指标见下表。", ...INDICATOR_TABLE]);
    expect(rowsOf(text)).toEqual([
      "制造业产品质量合格率 | level | ≥ | 94% | 2025 | 2022 |  |  | 94% | meets",
      "制造业产品质量合格率 | level | ≥ | 95% | 2027 | 2022 |  |  | 94% | meets",
      "食品抽检合格率 | level |  | 98% | 2025 | 2022 |  |  | 98%以上 | meets",
      "食品抽检合格率 | level |  | 98.5% | 2027 | 2022 |  |  | 98%以上 | meets",
    ]);
    const { plan: document } = analyze(text);
    expect(extractTargets(document).targets.map((target) => [target.indicator, target.horizon, target.baseValue, target.binding])).toEqual([
      ["制造业产品质量合格率", 2025, 93.5, true],
      ["制造业产品质量合格率", 2027, 93.5, true],
      ["食品抽检合格率", 2025, 97.6, false],
      ["食品抽检合格率", 2027, 97.6, false],
    ]);
  });

  it("reads a task's work of a group of places: a floor after the noun each place's, a bare figure or one with no verb the group's", () => {
    const tasks = "（一）强化食品安全\n1.加强快检。各乡镇（街道）完成食用农产品快检不少于3000批次，各县（市、区）全年完成食用农产品快检8万批次。各乡镇快检3000批次。〔责任单位：市市场监管局〕";
    expect(rowsOf(plan(["到2025年，食品抽检合格率达到98.5%。"], tasks))).toEqual([
      "食品抽检合格率 | level | 达到 | 98.5% | 2025 |  |  |  | 98%以上 | stricter",
      "各乡镇（街道）完成食用农产品快检 | level | 不少于 | 3000批次 | 2027 |  |  |  |  | no-parent",
      "食用农产品快检 | count | 完成 | 8万批次 | 2027 |  |  |  |  | no-parent",
      "快检 | count |  | 3000批次 | 2027 |  |  |  |  | no-parent",
    ]);
  });

  it("reads a group's work said to be its sum (共) as the group's count, a floor at the figure or not", () => {
    const tasks = "（一）强化食品安全\n1.加强快检。各乡镇共完成快检不少于3000批次，各县（市、区）合计完成食用农产品抽检5000批次。〔责任单位：市市场监管局〕";
    expect(rowsOf(plan(["到2025年，食品抽检合格率达到98.5%。"], tasks)).slice(1)).toEqual([
      "快检 | count | 完成不少于 | 3000批次 | 2027 |  |  |  |  | no-parent",
      "食用农产品抽检 | count | 完成 | 5000批次 | 2027 |  |  |  |  | no-parent",
    ]);
  });

  it("reads a service named by its kind before 覆盖 as a coverage, never its kind's word as a count's verb", () => {
    expect(rowsOf(plan(["到2025年，认证服务覆盖企业200家，检验检测服务覆盖乡镇不少于30个，认证企业达到50家。"]))).toEqual([
      "认证服务覆盖企业 | level |  | 200家 | 2025 |  |  |  |  | no-parent",
      "检验检测服务覆盖乡镇 | level | 不少于 | 30个 | 2025 |  |  |  |  | no-parent",
      "认证企业 | level | 达到 | 50家 | 2025 |  |  |  |  | no-parent",
    ]);
  });

  it("keeps the doing a standard's noun names in the name, however it is spelt (主导制定, 主导或参与制修订)", () => {
    expect(rowsOf(plan(["到2025年，主导或参与制修订国家标准、行业标准不少于15项，主导制定国家标准不少于15项。主导或参与制修订团体标准20项。"]))).toEqual([
      "主导或参与制修订国家标准、行业标准 | count | 不少于 | 15项 | 2025 |  |  |  |  | no-parent",
      "主导制定国家标准 | count | 不少于 | 15项 | 2025 |  |  |  |  | no-parent",
      "主导或参与制修订团体标准 | count |  | 20项 | 2025 |  |  |  |  | no-parent",
    ]);
    // With 达到 too: standards drafted are work done, a count, whichever doing the name spells.
    expect(rowsOf(plan(["到2025年，主导制定国家标准达到15项以上，主导或参与制修订团体标准达到30项。"]))).toEqual([
      "主导制定国家标准 | count | 达到 | 15项以上 | 2025 |  |  |  |  | no-parent",
      "主导或参与制修订团体标准 | count | 达到 | 30项 | 2025 |  |  |  |  | no-parent",
    ]);
  });

  it("reads a 主要指标 table with pipes between its cells and no delimiter row, as a tab table is read", () => {
    const lead = "到2027年，质量强市建设取得明显成效，主要指标见下表。";
    const tabbed = plan([lead, ...INDICATOR_TABLE]);
    // Spaced pipes on the header and the first row, bare ones on the second: each a web page's copy.
    const piped = plan([lead, ...INDICATOR_TABLE.map((row, index) => row.replaceAll("\t", index < 2 ? " | " : "|"))]);
    expect(rowsOf(piped)).toHaveLength(4);
    expect(rowsOf(piped)).toEqual(rowsOf(tabbed));
    const read = (text: string) => extractTargets(analyze(text).plan).targets.map((target) => [target.indicator, target.horizon, target.baseValue, target.binding]);
    expect(read(piped)).toEqual(read(tabbed));
    // A pipe in prose (推行A|B双轨制) is no table.
    expect(rowsOf(plan(["到2025年，推行标准|认证双轨制，食品抽检合格率达到98.5%。"]))).toEqual(["食品抽检合格率 | level | 达到 | 98.5% | 2025 |  |  |  | 98%以上 | stricter"]);
  });

  it("reads a table cell committed to with 确保 as its figure", () => {
    expect(rowsOf(plan([
      "到2027年，质量强市建设取得明显成效，主要指标见下表。",
      "序号\t指标\t单位\t2022年基期值\t2027年目标值",
      "1\t食品抽检合格率\t%\t97.6\t确保98.5以上",
      "2\t制造业产品质量合格率\t%\t93.5\t确保≥95",
    ]))).toEqual([
      "食品抽检合格率 | level |  | 98.5%以上 | 2027 | 2022 |  |  | 98%以上 | meets",
      "制造业产品质量合格率 | level | ≥ | 95% | 2027 | 2022 |  |  | 94% | meets",
    ]);
  });

  it("reads a goal of none with the plan's area before it (园区内, 全市范围内) as 确保不发生… is read", () => {
    expect(rowsOf(plan(["到2025年，园区内不发生重大质量安全事故，全市范围内不发生较大以上食品安全事件。"]))).toEqual([
      "重大质量安全事故 | level | 不发生 | 0起 | 2025 |  |  |  |  | no-parent",
      "较大以上食品安全事件 | level | 不发生 | 0起 | 2025 |  |  |  |  | no-parent",
    ]);
  });

  it("shows a count's comparator without the verb its name carries already, the target keeping it whole", () => {
    const text = plan(["到2025年，质量技术服务站服务企业不少于3000家次，新增企业100家。"], "（一）推进质量创新\n1.开展质量攻关。每年服务企业不少于500家次。服务站年服务企业200家次。〔责任单位：市市场监管局〕");
    expect(rowsOf(text)).toEqual([
      "服务企业 | count | 不少于 | 3000家次 | 2025 |  |  |  |  | no-parent",
      "新增企业 | count |  | 100家 | 2025 |  |  |  |  | no-parent",
      "服务企业 | count | 每年不少于 | 500家次 | 2027 |  |  |  |  | no-parent",
      // 年 alone would read as a unit of time: 年服务 stays whole.
      "服务企业 | count | 年服务 | 200家次 | 2027 |  |  |  |  | no-parent",
    ]);
    const { plan: document } = analyze(text);
    expect(extractTargets(document).targets.map((target) => target.comparator)).toEqual(["服务不少于", "新增", "每年服务不少于", "年服务"]);
  });
});
