import { describe, expect, it } from "vitest";
import { analyze } from "../../server/src/core/analyze";
import { fixAll } from "../../server/src/core/fixes/applyFixes";
import { buildPlan } from "../../server/src/core/model/buildPlan";
import { outlineTree } from "../support/outlineTree";

/**
 * A plan copied from a content system's source view carries its paragraphs' first-line indent as
 * space entities (`&nbsp;&nbsp;一、总体要求`, `&#12288;&#12288;（一）…`). The grammar reads them as
 * the line's indent (HtmlSpaceLead), so the outline and the title are the plan's before
 * text/html-markup's fix deletes them, and the numbering rules see the plan's runs, not the
 * groups of two chapters counted as one run under nothing.
 */
const tree = outlineTree;

const CLEAN = [
  "示例区质量提升行动计划",
  "为贯彻落实《质量强国建设纲要》，结合我区实际，制定本行动计划。",
  "一、主要目标",
  "到2026年，全区制造业产品质量合格率稳定在95%以上。",
  "二、重点任务",
  "（一）推动产业质量升级",
  "1.实施质量攻关。组织重点企业开展质量攻关。〔责任单位：区工信局〕",
  "（二）提升服务质量",
  "2.提升商贸服务。提升商业服务品质。〔责任单位：区商务局〕",
  "三、保障措施",
  "（一）加强组织领导。各部门要高度重视。",
  "（二）强化督查考核。纳入高质量发展考核。",
  "",
].join("\n");

const ENTITIES = ["&nbsp;&nbsp;&nbsp;&nbsp;", "&emsp;&emsp;", "&#12288;&#12288;", "&NBSP;&nbsp;", "&#xa0;&#160;"];

/** The clean plan with each line but the title led by one of the entity indents in turn. */
function pasted(): string {
  return CLEAN.split("\n")
    .map((line, index) => (index === 0 || line === "" ? line : `${ENTITIES[index % ENTITIES.length]}${line}`))
    .join("\n");
}

describe("a plan pasted with a web page's space entities as its indent", () => {
  it("has the clean plan's title and outline before the fix", () => {
    const plan = buildPlan(pasted());
    expect(plan.title?.text).toBe("示例区质量提升行动计划");
    expect(tree(plan.items)).toEqual(tree(buildPlan(CLEAN).items));
  });

  it("has only text/html-markup's one finding for the page beside the clean plan's, and is fixed to the clean plan", () => {
    const text = pasted();
    const rulesOf = (source: string) => analyze(source).findings.map((finding) => `${source.slice(0, finding.start).split("\n").length} ${finding.rule}`);
    const rules = rulesOf(text);
    expect(rules.filter((rule) => !rule.endsWith("text/html-markup"))).toEqual(rulesOf(CLEAN));
    // Every line has markup: the page's copy, one finding at the first line stands for all of them.
    const markup = analyze(text).findings.filter((finding) => finding.rule === "text/html-markup");
    expect(markup).toHaveLength(1);
    expect(markup[0]!.message).toContain(`全文有 ${CLEAN.split("\n").length - 2} 行留有网页代码`);
    const fixed = fixAll(text).text;
    expect(fixed).toBe(CLEAN);
    expect(fixAll(fixed).text).toBe(fixed);
  });

  it("reads a line of entities alone, or entities inside a line, as text", () => {
    const text = "一、主要任务\n&nbsp;&nbsp;\n1.开展品牌建设。培育品牌&nbsp;提升价值。〔责任单位：市农业农村局〕\n";
    const plan = buildPlan(text);
    expect(plan.lines[1]!.kind).toBe("text");
    expect(tree(plan.items)).toEqual([["一、|主要任务", ["1.|开展品牌建设"]]]);
    expect(analyze(text).findings.filter((finding) => finding.rule === "text/html-markup")).toHaveLength(2);
  });
});
