import { describe, expect, it } from "vitest";
import { analyze } from "../../server/src/core/analyze";
import { fixAll } from "../../server/src/core/fixes/applyFixes";

/**
 * A drafter's `//` note inside a responsibility clause (grammar ClauseComment): no word of any
 * name, in the 〔责任单位：…〕 form and the provincial one alike, on one line or at the end of a line
 * the clause goes on after; the separator rules read the mark after it and no fix deletes it.
 */
const plan = (...tasks: string[]) => ["示例市质量强市建设实施方案", "一、主要任务", ...tasks, ""].join("\n");

function unitsOf(text: string): string[][] {
  return analyze(text).plan.clauses.map((clause) => clause.units.map((unit) => unit.text));
}

function unitRules(text: string): string[] {
  return analyze(text)
    .findings.filter((finding) => finding.rule.startsWith("units/"))
    .map((finding) => `${finding.rule}:${text.slice(finding.start, finding.end)}`);
}

describe("a drafter's // comment inside a clause", () => {
  it("is no word of any name in the 〔责任单位：…〕 form: the names are the list's, and nothing is reported", () => {
    const text = plan("1.开展质量攻关。组织攻关。〔责任单位：市发展改革委 // 待确认、市财政局〕", "2.开展品牌建设。培育品牌。〔牵头单位：市市场监管局 // 待定；配合单位：市科技局〕");
    expect(unitsOf(text)).toEqual([["市发展改革委", "市财政局"], ["市市场监管局", "市科技局"]]);
    expect(unitRules(text)).toEqual([]);
  });

  it("is no word of any name in the provincial form (…按职责分工负责)", () => {
    const text = plan("1.开展质量攻关。组织攻关（市发展改革委 // 待确认、市科技局按职责分工负责）。");
    expect(unitsOf(text)).toEqual([["市发展改革委", "市科技局"]]);
    expect(unitRules(text)).toEqual([]);
  });

  it("is kept by the separator's fix, which reads the mark after it", () => {
    const text = plan("1.开展质量攻关。组织攻关。〔责任单位：市发展改革委 // 待确认、 市财政局〕");
    expect(unitRules(text)).toEqual(["units/separator:、 "]);
    expect(fixAll(text).text).toBe(plan("1.开展质量攻关。组织攻关。〔责任单位：市发展改革委 // 待确认、市财政局〕"));
  });

  it("at the end of a line the clause goes on after, leaves the task its units; the break's fix keeps the comment", () => {
    const before = plan("1.开展质量攻关。组织攻关。〔责任单位：市工信局 // 待定", "、市科技局〕", "2.开展品牌建设。培育品牌。〔责任单位：市商务局〕");
    expect(unitsOf(before)).toEqual([["市工信局", "市科技局"], ["市商务局"]]);
    expect(fixAll(before).text).toBe(plan("1.开展质量攻关。组织攻关。〔责任单位：市工信局 // 待定、市科技局〕", "2.开展品牌建设。培育品牌。〔责任单位：市商务局〕"));
    // After the separator the comment would run on over the next name once the lines are joined: reported, not joined.
    const after = plan("1.开展质量攻关。组织攻关。〔责任单位：市发展改革委、 // 待确认", "市财政局〕", "2.开展品牌建设。培育品牌。〔责任单位：市商务局〕");
    expect(unitsOf(after)).toEqual([["市发展改革委", "市财政局"], ["市商务局"]]);
    const lineBreak = analyze(after).findings.filter((finding) => finding.rule === "units/clause-line-break");
    expect(lineBreak.map((finding) => finding.fix)).toEqual([undefined]);
    expect(fixAll(after).text).toContain("// 待确认");
  });

  it("takes no space at a line's end for a comment: a clause cut inside a name goes on over a PDF copy's trailing space", () => {
    // Only a comment stops a clause cut between words of a name (市科 // 注 / 技局〕); spaces a PDF viewer
    // leaves at a line's end are no comment, and read as one they lost the task its units.
    const text = plan("1.开展质量攻关。组织攻关。（责任 ", "单位：县市场监管局）", "2.开展品牌建设。培育品牌。〔责任单位：市商务局〕");
    expect(unitsOf(text)).toEqual([["县市场监管局"], ["市商务局"]]);
    expect(analyze(text).findings.map((finding) => finding.rule)).not.toContain("units/missing-clause");
  });
});
