import { describe, expect, it } from "vitest";
import { analyze } from "../../server/src/core/analyze";
import { applyKeepingClauses, fixAll } from "../../server/src/core/fixes/applyFixes";
import type { Fix } from "../../server/src/core/rules/types";

/** A fix as a rule might make it: `from` (its first occurrence) replaced by `to`. */
function replacing(text: string, from: string, to: string, deletes?: string): Fix {
  const start = text.indexOf(from);
  const fix: Fix = { description: "test", edits: [{ start, end: start + from.length, newText: to }] };
  if (deletes !== undefined) fix.deletes = { start: text.indexOf(deletes, start), end: text.indexOf(deletes, start) + deletes.length };
  return fix;
}

describe("the fix guard reads the names a fix deletes, whatever the model read them as", () => {
  // Every clause pasted one unit a line, without the 、 that says the list goes on: the line every
  // clause repeats reads as a running head (structure/page-number), never as the clause's unit.
  const PASTED = "一、主要任务\n1.开展甲工作。〔责任单位：\n市市场监管局\n市财政局\n市商务局〕\n2.开展乙工作。〔责任单位：\n市市场监管局\n市财政局\n市农业农村局〕\n3.开展丙工作。〔责任单位：\n市市场监管局\n市财政局\n市农业农村局〕\n";

  it("refuses a deletion of lines the model misread when they name a unit: the department stays", () => {
    const result = fixAll(PASTED);
    expect(result.text.match(/市财政局/g)).toHaveLength(3);
    expect(result.refused.map((finding) => [finding.rule, finding.loss])).toEqual([
      ["structure/page-number", "clause"],
      ["structure/page-number", "clause"],
      ["structure/page-number", "clause"],
    ]);
    // The other fixes of the passes are made.
    expect(result.text).toContain("〔责任单位：市市场监管局\n市财政局\n");
  });

  it("refuses a rule's deletion of a name the model reads in no clause", () => {
    const text = "一、主要任务\n1.开展工作。由市财政局、市工信局负责。〔责任单位：市商务局〕\n";
    const result = applyKeepingClauses(text, analyze(text), [replacing(text, "市财政局、", "")]);
    expect(result.text).toBe(text);
    expect([...result.refused.values()]).toEqual(["clause"]);
  });

  it("lets a fix write a group in a name's place (units/level's 各市市场监管局 in a province's plan)", () => {
    const text = "一、主要任务\n1.开展工作。由市财政局负责。〔责任单位：省市场监管局、市市场监管局〕\n";
    const result = applyKeepingClauses(text, analyze(text), [replacing(text, "市财政局", "各市财政局")]);
    expect([...result.refused.values()]).toEqual([]);
    expect(result.text).toContain("由各市财政局负责");
  });

  it("lets a fix delete the name it says it deletes, rename a name, or delete words that name no unit", () => {
    const text = "一、主要任务\n1.开展工作工作。由市财政局负责。〔责任单位：市工信局、市发改委、市工信局〕\n";
    const fixes = [replacing(text, "、市工信局〕", "〕", "市工信局"), replacing(text, "市发改委", "市发展改革委"), replacing(text, "工作工作", "工作")];
    const result = applyKeepingClauses(text, analyze(text), fixes);
    expect(result.refused.size).toBe(0);
    expect(result.text).toBe("一、主要任务\n1.开展工作。由市财政局负责。〔责任单位：市工信局、市发展改革委〕\n");
  });

  it("refuses a deletion that names more units than it writes: names run together cut to one", () => {
    const text = "示例市质量强市建设实施方案\n一、主要任务\n1.开展工作，清单经市工信局市财政局会商确定。〔责任单位：市商务局〕\n";
    const result = applyKeepingClauses(text, analyze(text), [replacing(text, "市工信局市财政局", "市财政局")]);
    expect(result.text).toBe(text);
  });

  it("still makes units/duplicate's and structure/repeated-paste's deletions, which say what they delete", () => {
    expect(fixAll("一、主要任务\n1.开展工作。〔责任单位：市工信局、市财政局、市工信局〕\n").text).toBe("一、主要任务\n1.开展工作。〔责任单位：市工信局、市财政局〕\n");
    const block = "（一）提升产品质量。开展质量提升行动。（责任单位：市市场监管局）\n（二）提升工程质量。落实工程质量终身责任制。（责任单位：市住房城乡建设局）\n";
    const pasted = `示例市质量强市建设实施方案\n一、总体要求\n（一）工作目标。到2025年，质量整体水平稳步提高。\n二、重点任务\n${block}${block}三、保障措施\n（一）加强组织领导。建立工作协调机制。\n`;
    expect(fixAll(pasted).text).toBe(pasted.replace(block + block, block));
  });
});
