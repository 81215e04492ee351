import { describe, expect, it } from "vitest";
import { analyze } from "../../server/src/core/analyze";
import { buildPlan } from "../../server/src/core/model/buildPlan";
import { extractTargets } from "../../server/src/core/targets/extract";
import type { PlanTarget } from "../../server/src/core/targets/types";
import { readSeed, SEED_NAMES } from "../support/seeds";
import { cutEvery } from "../support/pdfCut";

/** What a target says and where, its words without the line breaks a wrap put in them. */
const said = (text: string) => (t: PlanTarget) => [
  t.indicator,
  t.kind,
  t.comparator,
  t.value,
  t.unit,
  t.qualifier,
  t.horizon,
  t.inGoals,
  t.path.join(""),
  text.slice(t.start, t.end).replace(/\n/g, ""),
  t.indicatorSpan && text.slice(t.indicatorSpan.start, t.indicatorSpan.end).replace(/\n/g, ""),
  t.valueSpan && text.slice(t.valueSpan.start, t.valueSpan.end).replace(/\n/g, ""),
];

/** A plan's opening cut by a PDF's measure, into the first lines of its 指导思想's paragraph. */
const WRAPPED_OPENING = [
  "示例市质量强市建设实施方案",
  "为贯彻落实《质量强国建设纲要》，制定本方案。",
  "一、总体要求",
  "（一）指导思想",
  "以习近平新时代中国特色社会主义思想为指导，全面贯彻落实党",
  "的二十大精神，坚持质量第一、效益优先，深入实施质量强市战",
  "略，推动全市质量整体水平跃上新台阶，为奋力谱写中国式现代",
];

/** The opening's 指导思想 to its end, and the goals' heading: what a wrapped plan's goals follow. */
const WRAPPED_TO_GOALS = [
  ...WRAPPED_OPENING,
  "化示例篇章提供坚实质量支撑，坚持以推动高质量发展为主题，以",
  "提高供给质量为主攻方向，以改革创新为根本动力，全面提升产品",
  "工程服务质量。",
  "（二）主要目标",
];

describe("targets of a hard-wrapped plan", () => {
  it.each(SEED_NAMES)("the seed %s cut every 28 characters has the seed's targets, each in its place across the cuts", (name) => {
    const seed = readSeed(name).replace(/\r\n/g, "\n");
    const cut = cutEvery(seed, 28);
    expect(buildPlan(cut).hardWrap).not.toBeNull();
    const whole = extractTargets(buildPlan(seed)).targets.map(said(seed));
    const wrapped = extractTargets(buildPlan(cut));
    expect(wrapped.cut).toBe(false);
    expect(wrapped.targets.map(said(cut))).toEqual(whole);
  });

  it("reads a target a wrap cuts (达 / 到94%以上) with its place on both lines, and says what the plan lacks", () => {
    const lines = [
      ...WRAPPED_OPENING,
      "化示例篇章提供坚实质量支撑。",
      "（二）主要目标",
      "到2025年，全市质量整体水平进一步提升，制造业产品质量合格率达",
      "到94%以上，食品抽检合格率达到98.5%以上，制造业质量竞争力指",
      "数达到86以上，累计培育省级质量标杆企业20家，质量强市建设取",
      "得明显成效。",
    ];
    const text = `${lines.join("\n")}\n`;
    const { plan, findings } = analyze(text);
    expect(plan.hardWrap).not.toBeNull();
    const targets = extractTargets(plan).targets;
    expect(targets.map((t) => [t.indicator, t.comparator, t.value, t.qualifier, text.slice(t.start, t.end)])).toEqual([
      ["制造业产品质量合格率", "达到", 94, "以上", "制造业产品质量合格率达\n到94%以上"],
      ["食品抽检合格率", "达到", 98.5, "以上", "食品抽检合格率达到98.5%以上"],
      ["制造业质量竞争力指数", "达到", 86, "以上", "制造业质量竞争力指\n数达到86以上"],
      ["省级质量标杆企业", "培育", 20, "", "省级质量标杆企业20家"],
    ]);
    const first = targets[0]!;
    expect(text.slice(first.valueSpan!.start, first.valueSpan!.end)).toBe("94");
    expect(text.slice(first.indicatorSpan!.start, first.indicatorSpan!.end)).toBe("制造业产品质量合格率");
    // Read whole, the outline's one missing figure is said, as in the joined plan.
    expect(findings.filter((finding) => finding.rule.startsWith("targets/")).map((finding) => finding.message)).toEqual([
      "《质量强国建设纲要》的量化目标“农产品质量安全例行监测合格率达到98%以上”在本方案中没有对应指标",
    ]);
  });

  it("reads across a soft return the measure does not explain, in a plan a PDF's measure wrapped", () => {
    const lines = [
      ...WRAPPED_TO_GOALS,
      "到2025年，全市质量整体水平进一步提升，制造业产品质量合格率达",
      "到94%以上，食品抽检合格率达到98.5%以上，质量强市建设取得明显",
      "成效。",
      "二、主要任务",
      "（一）夯实计量基础。建立一批新型计量标准，每年新建社会公用计量",
      "标准不少于12项，推动计量技术机构能力验证满意率达到93%。",
    ];
    const text = `${lines.join("\n")}\n`;
    const plan = buildPlan(text);
    expect(plan.hardWrap).not.toBeNull();
    const extraction = extractTargets(plan);
    expect(extraction.targets.map((t) => [t.indicator, t.comparator, t.value, text.slice(t.start, t.end)])).toEqual([
      ["制造业产品质量合格率", "达到", 94, "制造业产品质量合格率达\n到94%以上"],
      ["食品抽检合格率", "达到", 98.5, "食品抽检合格率达到98.5%以上"],
      ["社会公用计量标准", "每年新建不少于", 12, "社会公用计量\n标准不少于12项"],
      ["计量技术机构能力验证满意率", "达到", 93, "计量技术机构能力验证满意率达到93%"],
    ]);
    expect(extraction.nameBreaks.map((brk) => text.slice(brk.start - 2, brk.end + 2))).toEqual(["计量\n标准"]);
  });

  const PAGE_CUT = [
    "示例市质量强市建设实施方案",
    "为贯彻落实《质量强国建设纲要》，制定本方案。",
    "一、总体要求",
    "（一）主要目标",
    "到2025年，制造业产品质量合格率达到94%以上，农产品质量安全例行监",
    "",
    "— 1 —",
    "",
    "示例市人民政府办公室行政规范性文件",
    "测合格率和食品抽检合格率均达到98%以上，制造业质量竞争力指数达到86。",
    "二、主要任务",
    "（一）推进质量创新。开展质量攻关。〔责任单位：市市场监管局〕",
  ];

  it("reads a target a page number and running head cut (监 / — 1 — / 测合格率) whole, in its place on both sides", () => {
    const text = `${PAGE_CUT.join("\n")}\n`;
    const { plan, findings } = analyze(text);
    expect(plan.hardWrap).toBeNull();
    const targets = extractTargets(plan).targets;
    expect(targets.map((t) => [t.indicator, t.value, t.inGoals, text.slice(t.start, t.end).replace(/\n/g, "⏎")])).toEqual([
      ["制造业产品质量合格率", 94, true, "制造业产品质量合格率达到94%以上"],
      ["农产品质量安全例行监测合格率", 98, true, "农产品质量安全例行监⏎⏎— 1 —⏎⏎示例市人民政府办公室行政规范性文件⏎测合格率和食品抽检合格率均达到98%以上"],
      ["食品抽检合格率", 98, true, "食品抽检合格率均达到98%以上"],
      ["制造业质量竞争力指数", 86, true, "制造业质量竞争力指数达到86"],
    ]);
    // The outline's figure is localised: no parent-not-localised for a 测合格率 read cut.
    expect(findings.filter((finding) => finding.rule.startsWith("targets/"))).toEqual([]);
  });

  it("reads a target a page cuts inside a hard-wrapped plan whole", () => {
    const lines = [
      ...WRAPPED_TO_GOALS,
      "到2025年，全市质量整体水平进一步提升，制造业产品质量合格率",
      "达到94%以上，制造业质量竞争力指数达到86，农产品质量安全例行",
      "",
      "— 1 —",
      "",
      "监测合格率和食品抽检合格率均达到98%以上，质量强市建设取得明",
      "显成效，全市质量工作基础进一步夯实，质量发展环境持续优化。",
    ];
    const text = `${lines.join("\n")}\n`;
    const { plan } = analyze(text);
    expect(plan.hardWrap).not.toBeNull();
    const extraction = extractTargets(plan);
    expect(extraction.cut).toBe(false);
    expect(extraction.targets.map((t) => [t.indicator, t.value])).toEqual([
      ["制造业产品质量合格率", 94],
      ["制造业质量竞争力指数", 86],
      ["农产品质量安全例行监测合格率", 98],
      ["食品抽检合格率", 98],
    ]);
  });
});
