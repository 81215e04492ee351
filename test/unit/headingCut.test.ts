import { describe, expect, it } from "vitest";
import { analyze } from "../../server/src/core/analyze";
import { buildPlan } from "../../server/src/core/model/buildPlan";

/**
 * A heading a PDF's line or a copy cut in two (`（一）推动质量变革创新，提` / `高经济发展质量效益`):
 * the outline's title is the whole heading, and its rest is no paragraph of its own.
 */
const headings = (text: string) => buildPlan(text).allItems.map((item) => item.heading.text);

describe("a heading cut in two", () => {
  it("reads on through the line below where the break cuts a word or follows a comma", () => {
    const text = [
      "示例市质量强市建设实施方案",
      "一、主要任务",
      "（一）推动质量变革创新，提",
      "高经济发展质量效益，增强",
      "1.加快区域质量创新发展。开展工作。〔责任单位：市市场监管局〕",
      "（二）开展质量提升行动，",
      "促进全市质量提档升级",
      "",
      "2.保障食品药品安全。开展工作。〔责任单位：市市场监管局〕",
      "",
    ].join("\n");
    expect(headings(text)).toEqual(["主要任务", "推动质量变革创新，提高经济发展质量效益，增强", "加快区域质量创新发展", "开展质量提升行动，促进全市质量提档升级", "保障食品药品安全"]);
    const heading = buildPlan(text).allItems[1]!.heading;
    expect(text.slice(heading.end - 2, heading.end)).toBe("增强");
    expect(analyze(text).findings.map((finding) => finding.rule)).not.toContain("punct/sentence-end");
  });

  it("reads on through a cut between two words where the first half cannot end a heading", () => {
    const text = [
      "示例市质量强市建设实施方案",
      "一、主要任务",
      // 开展 does a 行动, not a 质量; 和 joins what follows; a quotation mark is left open.
      "（一）深入开展产品质量",
      "提升行动",
      "",
      "1.加快区域质量创新发展。开展工作。〔责任单位：市市场监管局〕",
      "（二）推进质量基础设施和",
      "检验检测能力建设",
      "",
      "2.增强产业质量竞争能力。开展工作。〔责任单位：市工信局〕",
      "（三）实施“质量",
      "强企”工程",
      "",
      "3.保障食品药品安全。开展工作。〔责任单位：市市场监管局〕",
      "",
    ].join("\n");
    expect(headings(text)).toEqual(["主要任务", "深入开展产品质量提升行动", "加快区域质量创新发展", "推进质量基础设施和检验检测能力建设", "增强产业质量竞争能力", "实施“质量强企”工程", "保障食品药品安全"]);
    // The quotation pairs across the cut: no unbalanced mark; the line break is text/broken-sentence's where it reads one.
    const rules = analyze(text).findings.map((finding) => finding.rule);
    expect(rules).not.toContain("punct/unbalanced");
    expect(rules).not.toContain("punct/sentence-end");
    // A whole heading over a short line stays one: 开展 a 行动 is done, 推进 any 质量.
    const whole = ["示例市质量强市建设实施方案", "一、主要任务", "（一）开展质量提升行动", "提升", "", "（二）推进产业质量", "提升", ""].join("\n");
    expect(headings(whole)).toEqual(["主要任务", "开展质量提升行动", "推进产业质量"]);
    const steps = ["示例市质量强市建设实施方案", "一、保障措施", "（一）组织实施", "成立工作专班", "", "（二）强化考核", "纳入绩效考核", ""].join("\n");
    expect(headings(steps)).toEqual(["保障措施", "组织实施", "强化考核"]);
  });

  it("leaves a short line that starts a word of its own, or opens a paragraph, as text", () => {
    const text = [
      "示例市质量强市建设实施方案",
      "一、总体要求",
      "（一）基本原则",
      "坚持质量第一",
      "（二）推进产业质量",
      "提升",
      "",
      "（三）指导思想",
      "以习近平新时代中国特色社会主义思想为指",
      "导，推进质量强市建设。",
      "",
    ].join("\n");
    expect(headings(text)).toEqual(["总体要求", "基本原则", "推进产业质量", "指导思想"]);
  });
});
