import { describe, expect, it } from "vitest";
import { analyze } from "../../server/src/core/analyze.js";
import { fixAll } from "../../server/src/core/fixes/applyFixes.js";

const plan = (citation: string) => `示例市深化质量强市建设实施方案
为贯彻落实${citation}，制定本方案。
一、总体要求
（一）主要目标
到2025年，制造业产品质量合格率达到93%。
`;

const parentsOf = (citation: string) => analyze(plan(citation)).parents.map((p) => [p.parent.title, p.via]);
const rules = (citation: string) => analyze(plan(citation)).findings.map((f) => f.rule);

describe("a citation of a parent under a mistyped title", () => {
  it("still names the parent, so its targets are compared", () => {
    for (const title of ["《质量强国纲要》", "《质量强国建设规划纲要》", "《国家质量强国建设纲要》", "《中共中央 国务院关于印发〈质量强国纲要〉的通知》"]) {
      expect(parentsOf(title), title).toEqual([["质量强国建设纲要", "citation"]]);
      expect(rules(title), title).toContain("targets/weaker-than-parent");
    }
  });

  it("names the parent whose 发文字号 it gives when the title is not near any known one", () => {
    expect(parentsOf("《关于建设质量强国的纲要》（中发〔2022〕17号）")).toEqual([["质量强国建设纲要", "citation"]]);
    expect(parentsOf("《关于建设质量强国的纲要》")).toEqual([]);
  });

  it("is another document when the title is far from the parent's, or names another known document", () => {
    expect(parentsOf("《质量发展纲要（2011—2020年）》")).toEqual([]);
    // Zhejiang's 实施意见 is no citation of the outline whatever 文号 follows; as a document on its
    // subject it is one the plan carries the outline out through (parents/resolve.ts localVersionOf).
    expect(parentsOf("《浙江省人民政府关于深化质量强省建设的实施意见》（中发〔2022〕17号）")).toEqual([["质量强国建设纲要", "inferred"]]);
  });
});

describe("a title in quotation marks instead of 《》", () => {
  const standards = (preamble: string) => `示例市标准化发展实施方案\n${preamble}\n一、主要任务\n1.提升产业质量竞争力。培育质量竞争型产业。〔责任单位：市市场监管局〕\n`;

  it("is the citation it is: the parent is found, and xref/title-marks fixes the marks", () => {
    const text = standards("为深入贯彻落实“质量强国建设纲要”，制定本方案。");
    const analysis = analyze(text);
    expect(analysis.parents.map((p) => [p.parent.title, p.via])).toEqual([["质量强国建设纲要", "citation"]]);
    expect(analysis.findings.filter((f) => f.rule === "xref/title-marks").map((f) => text.slice(f.start, f.end))).toEqual(["“质量强国建设纲要”"]);
    expect(fixAll(text).text).toBe(standards("为深入贯彻落实《质量强国建设纲要》，制定本方案。"));
    // With its 发文字号 after it, as a 《》 citation.
    expect(analyze(standards("为贯彻落实“质量强国建设纲要”（中发〔2022〕17号），制定本方案。")).plan.citations[0]!.docNumber).not.toBeNull();
  });

  it("reads only a document's title so, never a quoted phrase", () => {
    const text = standards("结合“放管服”改革、“十四五”规划、“质量提升行动”和“一带一路”倡议，贡献“中国方案”，制定本方案。");
    const analysis = analyze(text);
    expect(analysis.plan.citations).toEqual([]);
    expect(analysis.findings.map((f) => f.rule)).not.toContain("xref/title-marks");
  });
});
