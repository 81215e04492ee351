import { describe, expect, it } from "vitest";
import { analyze } from "../../server/src/core/analyze";
import { fixAll } from "../../server/src/core/fixes/applyFixes";
import { buildPlan } from "../../server/src/core/model/buildPlan";
import { cutEvery } from "../support/pdfCut";

/**
 * A marker a PDF's measure put at a line's start (model/wrappedMarkers.ts): where the line above
 * fills the measure and stops in mid-phrase, the line is the sentence going on — the outline,
 * the findings and the fixes are the clean plan's.
 */
const TASKS = [
  "一、重点任务",
  "（一）夯实质量基础。加强计量基础设施建设，提升计量检测能力，推动计量服务产业发展，加快建设一批计量测试平台，完善质量基础设施体系，推进质量基础设施一站式服务。〔责任单位：市市场监管局〕",
  "（二）推进标准建设。加快推进标准化建设，提升标准供给质量和水平，完善地方标准体系，推动企业标准自我声明公开，SENTENCE培育一批先进团体标准，开展标准化试点示范。〔责任单位：市市场监管局〕",
  "（三）强化品牌培育。实施品牌培育工程，加强品牌宣传推介，提升品牌影响力和美誉度，培育一批区域公用品牌和企业品牌，推动老字号传承创新发展。〔责任单位：市商务局〕",
];
const planWith = (sentence: string) => ["示例市深化质量强市建设实施方案", "为深入贯彻落实《质量强国建设纲要》精神，结合我市实际，制定本方案。", ...TASKS.map((task) => task.replace("SENTENCE", sentence)), ""].join("\n");

/** Words put before the sentence so that a measure's cut falls inside it. */
const FILLER = "加快推进标准化建设提升标准供给质量和水平完善地方标准体系推动企业标准自我声明公开";

/**
 * The plan with `sentence`, and its copies cut every N characters where the cut falls between
 * `before` and `after`: at measures 24, 28 and 32, the sentence moved by words before it.
 */
function cutsBetween(sentence: string, before: string, after: string): Array<{ clean: string; cut: string }> {
  const cuts: Array<{ clean: string; cut: string }> = [];
  for (const measure of [24, 28, 32]) {
    for (let k = 0; k < measure; k++) {
      const clean = planWith(`${FILLER.slice(0, k)}，${sentence}`);
      const cut = cutEvery(clean, measure);
      if (!cut.includes(`${before}\n${after}`)) continue;
      cuts.push({ clean, cut });
      break;
    }
  }
  return cuts;
}

const outlineOf = (text: string) => buildPlan(text).allItems.map((item) => `${item.marker.text}${item.heading.text}`);
const rulesOf = (text: string) => analyze(text).findings.map((finding) => finding.rule);

describe("a marker a PDF's measure put at a line's start", () => {
  it.each([
    ["an article's number after 第", "按照《质量强国建设纲要》第（十一）条要求，", "第", "（十一）条"],
    ["an enumeration inside a sentence, after its comma", "重点抓好三项工作：（一）制定标准，（二）宣贯标准，（三）实施标准，", "，", "（三）实施"],
    ["a range of years cut after its first year", "落实《示例市标准化发展规划（2023—2035年）》，", "2023", "—2035年"],
  ])("%s is the sentence going on, never an item", (_, sentence, before, after) => {
    const cuts = cutsBetween(sentence, before, after);
    expect(cuts).toHaveLength(3);
    for (const { clean, cut } of cuts) {
      expect(buildPlan(cut).hardWrap).not.toBeNull();
      expect(outlineOf(cut)).toEqual(outlineOf(clean));
      expect(rulesOf(cut).filter((rule) => rule.startsWith("numbering/"))).toEqual([]);
      const fixed = fixAll(cut).text;
      expect(fixed).toBe(fixAll(clean).text);
    }
  });

  it("is an item where the line above ends a sentence or is no line of the measure", () => {
    // The same marker after a line that ends its sentence: an item, whose count is checked.
    const ended = [...cutEvery(planWith("").replace("（三）强化", "（十一）强化"), 30).split("\n")].join("\n");
    expect(outlineOf(ended)).toContain("（十一）强化品牌培育");
    expect(rulesOf(ended)).toContain("numbering/sequence");
    // A plan of paragraphs: no measure, the line ending on its comma is a task's whose 。 was lost.
    const paragraphs = planWith("").replace("开展标准化试点示范。〔责任单位：市市场监管局〕", "开展标准化试点示范，");
    expect(buildPlan(paragraphs).hardWrap).toBeNull();
    expect(outlineOf(paragraphs)).toEqual(outlineOf(planWith("")));
  });
});

describe("a misnumbered task under a task whose 。 was lost, in a PDF copy", () => {
  /**
   * The plan with （二） written （四） and the first task's sentence end and clause lost, its
   * words padded so that its last line stops `short` characters before the measure.
   */
  function misnumbered(measure: number, short: number): string {
    const first = TASKS[1]!.replace("。〔责任单位：市市场监管局〕", "");
    const pad = (measure - ((first.length + short) % measure)) % measure;
    const padded = first.replace("，推进质量基础设施", `，${FILLER.slice(0, pad)}推进质量基础设施`.replace(/^，$/, "，"));
    const plan = planWith("").replace(TASKS[1]!, padded).replace("（二）推进标准建设", "（四）推进标准建设");
    return cutEvery(plan, measure);
  }

  it.each([
    ["its last line fills the measure exactly", 0],
    ["its last line stops a character short of a measure every line stops at", 1],
  ])("is reported where %s", (_, short) => {
    for (const measure of [24, 28, 32]) {
      const cut = misnumbered(measure, short);
      const lines = cut.split("\n");
      const above = lines[lines.findIndex((line) => line.startsWith("（四）")) - 1]!;
      expect([...above].length).toBe(measure - short);
      expect(buildPlan(cut).hardWrap).not.toBeNull();
      expect(outlineOf(cut)).toContain("（四）推进标准建设");
      expect(rulesOf(cut)).toContain("numbering/sequence");
      // The break is certain (the marker breaks its count with a task's words): the task above lost its clause.
      expect(rulesOf(cut)).toContain("units/missing-clause");
    }
  });
});
