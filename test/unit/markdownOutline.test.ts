import { describe, expect, it } from "vitest";
import { analyze } from "../../server/src/core/analyze";
import { fixAll } from "../../server/src/core/fixes/applyFixes";
import { buildPlan } from "../../server/src/core/model/buildPlan";
import { extractTargets } from "../../server/src/core/targets/extract";
import { outlineTree } from "../support/outlineTree";

/**
 * A plan pasted from an AI writing tool carries Markdown's marks before its headings (`## 一、`,
 * `### **（一）……**`, `- 1.`, `> 2.`, `1.**……。**`). The grammar reads them as the line's indent
 * (MarkdownLead), so the outline is the plan's before structure/markdown-marks's fix, and that
 * fix's neighbours (numbering/sequence) see the plan's runs, not one run of 1. 2. 3. under
 * nothing that they would renumber.
 */
const tree = outlineTree;

const CLEAN = [
  "示例市质量强市建设实施方案",
  "一、总体要求",
  "（一）主要目标",
  "1.经济发展质量效益持续增强。制造业质量竞争力指数达到86.5。",
  "2.质量总体水平持续提升。制造业产品质量合格率达到94%以上。",
  "二、主要任务",
  "（一）推动质量变革创新",
  "1.加快区域质量创新发展。开展质量创新工作。〔责任单位：市市场监管局〕",
  "2.增强产业质量竞争能力。推动产业链升级。〔责任单位：市工信局〕",
  "（二）提升产品和服务质量",
  "3.保障食品药品安全。落实食品安全要求。〔责任单位：市市场监管局〕",
  "",
].join("\n");

const PASTED = [
  "# 示例市质量强市建设实施方案",
  "## 一、总体要求",
  "### **（一）主要目标**",
  "1.**经济发展质量效益持续增强。**制造业质量竞争力指数达到86.5。",
  "- 2.质量总体水平持续提升。制造业产品质量合格率达到94%以上。",
  "##二、主要任务",
  "### （一）推动质量变革创新",
  "> 1.加快区域质量创新发展。开展质量创新工作。〔责任单位：市市场监管局〕",
  "* 2.增强产业质量竞争能力。推动产业链升级。〔责任单位：市工信局〕",
  "**（二）提升产品和服务质量**",
  "3.保障食品药品安全。落实食品安全要求。〔责任单位：市市场监管局〕",
  "",
].join("\n");

describe("a plan pasted with Markdown's marks", () => {
  it("has the clean plan's outline and title before the fix", () => {
    const clean = buildPlan(CLEAN);
    const pasted = buildPlan(PASTED);
    expect(tree(pasted.items)).toEqual(tree(clean.items));
    expect(tree(pasted.items)[1]).toEqual(["二、|主要任务", [["（一）|推动质量变革创新", ["1.|加快区域质量创新发展", "2.|增强产业质量竞争能力"]], ["（二）|提升产品和服务质量", ["3.|保障食品药品安全"]]]]);
  });

  it("has the clean plan's targets: the ** that closed a bold heading is no word of the indicator after it", () => {
    const rows = (text: string) => extractTargets(buildPlan(text)).targets.map((target) => [target.indicator, target.comparator, target.value, target.unit, target.horizon]);
    expect(rows(PASTED)).toEqual(rows(CLEAN));
    expect(rows(PASTED)[0]).toEqual(["制造业质量竞争力指数", "达到", 86.5, "", null]);
  });

  it("is fixed to the clean plan: the marks go, no number changes, and a second fix changes nothing", () => {
    const fixed = fixAll(PASTED).text;
    expect(fixed).toBe(CLEAN);
    expect(fixAll(fixed).text).toBe(fixed);
  });

  it("takes an AI tool's thematic break and closing words as its debris, a bold paragraph's closing ** as no missing 。", () => {
    const text = `${PASTED.replace("3.保障食品药品安全。落实食品安全要求。〔责任单位：市市场监管局〕", "**3.保障食品药品安全。落实食品安全要求。〔责任单位：市市场监管局〕**")}\n---\n\n✅ 以上方案可根据实际情况调整。如需我进一步细化某一部分，请告诉我！\n`;
    const rulesOf = (source: string) => analyze(source).findings.map((finding) => `${source.slice(0, finding.start).split("\n").length} ${finding.rule}`);
    const rules = rulesOf(text);
    // The clean plan's own findings (its goals have no year), then the debris's, each once.
    expect(rules.filter((rule) => !rule.endsWith("structure/markdown-marks"))).toEqual([...rulesOf(CLEAN), "15 structure/trailing-text"]);
    expect(rules).toContain("13 structure/markdown-marks");
    expect(fixAll(text).text).toBe(CLEAN);
  });

  it("reads no Markdown where a dash, a star or a number sign is the plan's", () => {
    const text = "一、主要任务\n- 按季度报送进展情况。\n1.改造3#楼，评选*星级*企业。〔责任单位：市住房城乡建设局〕\n#1生产线完成技术改造。\n";
    expect(fixAll(text).text).toBe(text);
    expect(tree(buildPlan(text).items)).toEqual([["一、|主要任务", ["1.|改造3#楼，评选*星级*企业"]]]);
  });
});

describe("Markdown's underscore bold and backtick code", () => {
  it("are marks, not a form's blanks: no placeholder, no blank target, one structure/markdown-marks finding", () => {
    // At the very start of the text too, where the look back for an opening pair has nowhere to go.
    for (const text of ["__质量__整体水平进一步提升。\n", "一、主要任务\n1.实施__质量提升__行动，推广`绿色建材`。〔责任单位：市工信局〕\n"]) {
      const plan = buildPlan(text);
      expect(plan.placeholders).toEqual([]);
      const rules = analyze(text).findings.map((finding) => finding.rule);
      expect(rules.filter((rule) => rule === "structure/markdown-marks")).toHaveLength(1);
      expect(rules).not.toContain("targets/blank");
      expect(fixAll(text).text).not.toMatch(/__|`/);
    }
  });

  it("leaves a form's blanks to the placeholder rules", () => {
    const text = "一、主要任务\n1.新增示范企业__个，建成__家。〔责任单位：市工信局〕\n";
    expect(buildPlan(text).placeholders.map((placeholder) => placeholder.text)).toEqual(["__", "__"]);
    expect(analyze(text).findings.map((finding) => finding.rule)).not.toContain("structure/markdown-marks");
  });
});
