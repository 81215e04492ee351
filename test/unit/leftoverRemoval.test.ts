import { describe, expect, it } from "vitest";
import { analyze } from "../../server/src/core/analyze";
import { partitionKeepingClauses } from "../../server/src/core/fixes/applyFixes";

/**
 * units/unknown offers to delete a name the clause already lists in another form: what is left
 * of a listed unit (人社局 beside 市人社局) or a retired name whose successor is listed (县质监局
 * beside 县市场监管局). The fix guard counts units as the unit rules tell them apart, so deleting
 * such a name loses no department and the suggestion the editor offers is applied, not refused.
 */
function deletionKeepsClauses(text: string, name: string): { offered: boolean; refused: number } {
  const analysis = analyze(text);
  const finding = analysis.findings.find((f) => f.rule === "units/unknown" && text.slice(f.start, f.end) === name);
  const suggestion = finding?.suggestions?.find((s) => s.description === `删除“${name}”`);
  if (!finding || !suggestion) return { offered: false, refused: 0 };
  const { refused } = partitionKeepingClauses(text, analysis, [{ ...finding, fix: suggestion }]);
  return { offered: true, refused: refused.length };
}

describe("deleting a name the clause lists in another form", () => {
  it("keeps every unit when the name is what is left of a listed unit", () => {
    const text = "---\n标题: 抚州市质量强市实施方案\n---\n一、主要任务\n（一）推进就业质量提升。〔责任单位：市人社局、人社局、市财政局〕\n";
    expect(deletionKeepsClauses(text, "人社局")).toEqual({ offered: true, refused: 0 });
  });

  it("keeps every unit when the name is a retired one whose successor is listed", () => {
    const text = "---\n标题: 于都县质量提升行动计划\n---\n一、主要任务\n（一）强化质量安全监管。〔责任单位：县市场监管局、县质监局、县公安局〕\n";
    expect(deletionKeepsClauses(text, "县质监局")).toEqual({ offered: true, refused: 0 });
  });

  it("still refuses deleting a name that stands for no listed unit", () => {
    const text = "---\n标题: 景德镇市质量强市工作要点\n---\n一、主要任务\n（一）推进陶瓷产业质量提升。〔责任单位：市陶瓷局、市工信局〕\n";
    const analysis = analyze(text);
    const finding = analysis.findings.find((f) => f.rule === "units/unknown")!;
    const at = text.indexOf("市陶瓷局");
    const { refused } = partitionKeepingClauses(text, analysis, [{ ...finding, fix: { description: "删除“市陶瓷局”", edits: [{ start: at, end: at + 5, newText: "" }] } }]);
    expect(refused).toHaveLength(1);
  });
});
