import { describe, expect, it } from "vitest";
import { analyze } from "../../server/src/core/analyze";
import { applyKeepingClauses, fixAll } from "../../server/src/core/fixes/applyFixes";
import type { Fix } from "../../server/src/core/rules/types";

const PROVINCIAL = "一、主要任务\n1.任务甲。开展工作。〔责任单位：市工信局〕\n2.任务乙。开展工作。〔责任单位：市科技局〕\n3.任务丙。开展工作。（市发展改革委、市科技局按职责分工负责）\n";

function replacing(text: string, from: string, to: string, description: string): Fix {
  const start = text.indexOf(from);
  return { description, edits: [{ start, end: start + from.length, newText: to }] };
}

describe("fixes keep every responsibility clause", () => {
  it("never rewrites the provincial （…按职责分工负责） form after the labelled clauses' 〔〕 (its brackets follow the other provincial clauses)", () => {
    expect(analyze(PROVINCIAL).findings.filter((f) => f.rule === "units/clause-style")).toEqual([]);
    expect(fixAll(PROVINCIAL).text).toBe(PROVINCIAL);
  });

  it("refuses a fix that would lose a clause, and applies the others of the pass", () => {
    // 【】 holds a labelled clause or a deadline, never the provincial form: the names become prose.
    const harmful = replacing(PROVINCIAL, "（市发展改革委、市科技局按职责分工负责）", "【市发展改革委、市科技局按职责分工负责】", "breaks the clause");
    const harmless = replacing(PROVINCIAL, "任务甲", "任务一", "renames a heading");
    const result = applyKeepingClauses(PROVINCIAL, analyze(PROVINCIAL), [harmful, harmless]);
    expect([...result.refused.keys()]).toEqual([harmful]);
    expect(result.text).toBe(PROVINCIAL.replace("任务甲", "任务一"));
    expect(result.analysis.plan.clauses).toHaveLength(3);
  });

  it("refuses a fix that would drop a unit from a clause", () => {
    const text = "一、主要任务\n1.任务甲。开展工作。〔责任单位：市工信局市财政局〕\n";
    const harmful = replacing(text, "市工信局市财政局", "市财政局", "swallows 市工信局");
    expect(applyKeepingClauses(text, analyze(text), [harmful]).text).toBe(text);
  });

  it("lets a duplicate go and an alias be renamed: the clause keeps the same units", () => {
    const text = "一、主要任务\n1.任务甲。开展工作。〔责任单位：市发改委、市科技局、市发展改革委〕\n";
    // Saying which name it deletes, as units/duplicate's fix does (fixes/deletedNames.ts).
    const dedupe = { ...replacing(text, "、市发展改革委", "", "removes the repeat"), deletes: { start: text.indexOf("、市发展改革委") + 1, end: text.indexOf("、市发展改革委") + 7 } };
    const rename = replacing(text, "市发改委", "市发展改革委", "canonical name");
    const result = applyKeepingClauses(text, analyze(text), [dedupe, rename]);
    expect(result.refused.size).toBe(0);
    expect(result.text).toBe("一、主要任务\n1.任务甲。开展工作。〔责任单位：市发展改革委、市科技局〕\n");
  });

  it("counts units as the unit rules tell them apart: a repeat found through the unit's identity goes, two places' bureaus stay two", () => {
    // In 鼓楼区's plan the city bureau's 鼓楼分局 is the district's 区公安分局 (units/identity.ts): units/duplicate's fix was refused as a loss.
    const district = "南京市鼓楼区深化质量强区建设实施方案\n一、主要任务\n1.任务甲。开展工作。〔责任单位：区公安分局、市公安局鼓楼分局、区财政局〕\n";
    const fixed = fixAll(district);
    expect(fixed.refused).toEqual([]);
    // The short 区公安分局 goes: the 分局's own name stays (units/duplicate, QA 41a).
    expect(fixed.text).toContain("〔责任单位：市公安局鼓楼分局、区财政局〕");
    // 章贡区住建局 and 南康区住建局 both read as 区住建局, but are two bureaus: dropping one loses a unit.
    const city = "赣州市深化质量强市建设实施方案\n一、主要任务\n1.任务甲。开展工作。〔责任单位：章贡区住建局、南康区住建局〕\n";
    const harmful = replacing(city, "、南康区住建局", "", "drops 南康区住建局");
    expect([...applyKeepingClauses(city, analyze(city), [harmful]).refused.keys()]).toEqual([harmful]);
  });

  it("reads a copy's code among a clause's names as the code it is: its rule deletes it, no unit rule reads it as names", () => {
    // units/separator's fix turned the code's spaces into 、 (市{、PAGE、\\*、MERGEFORMAT、}财政局), after which
    // no rule knew it for a code; units/unknown reported its four pieces; the inventory refused the code's deletion.
    const text = "一、主要任务\n1.任务甲。开展工作。〔责任单位：市{ PAGE \\* MERGEFORMAT }财政局、市商务局<p>〕\n";
    expect(analyze(text).findings.map((finding) => finding.rule).sort()).toEqual(["text/field-code", "text/html-markup"]);
    const fixed = fixAll(text);
    expect(fixed.refused).toEqual([]);
    expect(fixed.text).toBe("一、主要任务\n1.任务甲。开展工作。〔责任单位：市财政局、市商务局〕\n");
  });

  it("keeps a fix that makes a block the same as the one before it: the copy the model then sets apart is still in the text", () => {
    const block = (colon: string) => `（一）加强组织领导\n坚持党对质量工作的全面领导。〔责任单位${colon}市委办、市政府办〕\n`;
    const text = `一、保障措施\n${block("：")}${block(":")}（二）加强考核激励\n将质量工作纳入绩效考核。〔责任单位：市委组织部〕\n`;
    const colon = replacing(text, "位:", "位：", "full-width colon");
    const result = applyKeepingClauses(text, analyze(text), [colon]);
    expect(result.refused.size).toBe(0);
    expect(result.text).toBe(text.replace("位:", "位："));
    // The model reads the second copy once: structure/repeated-paste offers to delete it, which keeps every clause too.
    expect(result.analysis.plan.repeatedPastes).toHaveLength(1);
    const paste = result.analysis.findings.find((finding) => finding.rule === "structure/repeated-paste")!;
    expect(applyKeepingClauses(result.text, result.analysis, [paste.fix!]).refused.size).toBe(0);
  });
});
