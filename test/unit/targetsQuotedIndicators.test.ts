import { describe, expect, it } from "vitest";
import { analyze } from "../../server/src/core/analyze";
import { parentFromPlanText } from "../../server/src/core/parents/fromPlan";
import { normalizeIndicator } from "../../server/src/core/targets/synonyms";
import { targetTableRows } from "../../server/src/core/targets/table";

/** A province's plan that names its brands in quotation marks, as such plans do. */
const PROVINCE = parentFromPlanText(
  "示例省质量强省建设实施意见\n示例省人民政府\n一、总体要求\n（一）主要目标\n到2025年，“品字标”产品监督抽查合格率达到97%，“示例制造”标准数量达到3000项。\n",
  "省实施意见.plan",
);

function rows(goals: string) {
  const text = `示例市质量强市建设实施方案\n示例市人民政府\n为贯彻落实《示例省质量强省建设实施意见》，制定本方案。\n一、总体要求\n（一）主要目标\n到2025年，${goals}\n`;
  const { plan, parents, findings } = analyze(text, { config: { parents: ["省实施意见.plan"] }, parents: [{ entry: "省实施意见.plan", parent: PROVINCE, sourceText: PROVINCE.text }] });
  return {
    rows: targetTableRows(plan, parents, undefined).map((row) => [row.indicator, row.verdict, row.parentStatus]),
    inconsistent: findings.filter((finding) => finding.rule === "targets/inconsistent").length,
  };
}

/**
 * Quotation marks set a brand or a programme apart in an indicator's name; which style a drafter
 * chose (“” 「」 『』 "" ''), or none, names no other indicator.
 */
describe("an indicator named with quotation marks", () => {
  it("is compared with the parent's in any style of marks, or none", () => {
    expect(rows("「品字标」产品监督抽查合格率达到96%，『示例制造』标准数量达到3500项。").rows).toEqual([
      ["「品字标」产品监督抽查合格率", "weaker", "compared"],
      // Found, and a sum of the province's is not compared with a city's: found all the same.
      ["『示例制造』标准数量", "no-parent", "not-comparable"],
    ]);
    expect(rows('"品字标"产品监督抽查合格率达到98%。').rows).toEqual([['"品字标"产品监督抽查合格率', "stricter", "compared"]]);
    expect(rows("品字标产品监督抽查合格率达到97%。").rows).toEqual([["品字标产品监督抽查合格率", "meets", "compared"]]);
  });

  it("is one indicator with its name in other marks: two figures for it are inconsistent", () => {
    expect(rows("“品字标”产品监督抽查合格率达到97%。").inconsistent).toBe(0);
    expect(rows("“品字标”产品监督抽查合格率达到97%，「品字标」产品监督抽查合格率达到98%。").inconsistent).toBeGreaterThan(0);
  });

  it("is compared without its marks, its shown name kept", () => {
    expect(["“示例制造”标准数量", "「示例制造」标准数量", "『示例制造』标准数量", "＂示例制造＂标准数量", "‘示例制造’标准数量"].map(normalizeIndicator)).toEqual(Array(5).fill("示例制造标准"));
  });
});
