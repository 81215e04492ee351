import { describe, expect, it } from "vitest";
import { analyze } from "../../server/src/core/analyze";
import { applyEdits } from "../../server/src/core/fixes/applyFixes";

const GOALS = "示例市质量强市建设实施方案\n为贯彻落实《质量强国建设纲要》，制定本方案。\n一、总体要求\n（一）主要目标\n";

function implausible(goals: string) {
  const text = `${GOALS}${goals}\n`;
  return analyze(text)
    .findings.filter((finding) => finding.rule === "targets/implausible")
    .map((finding) => ({
      message: finding.message,
      fixed: finding.fix ? "fix" : null,
      suggested: finding.suggestions?.map((suggestion) => applyEdits(text, suggestion.edits).text.split("\n")[4]) ?? [],
    }));
}

describe("targets/implausible: a rate above 100%", () => {
  it("suggests the dropped decimal point only where the reading is plausible, and never fixes it", () => {
    expect(implausible("到2025年，制造业产品质量合格率达到105%，食品抽检合格率达到985%，数字经济核心产业增加值占GDP比重达到105%，首席质量官覆盖率达到150%。")).toEqual([
      // A 合格率 of 10.5% is no reading of 105%: the outline asks 94%.
      { message: "“制造业产品质量合格率”是比率，不能超过100%，此处为105%", fixed: null, suggested: [] },
      {
        message: "“食品抽检合格率”是比率，不能超过100%，此处为985%，疑为“98.5%”漏了小数点，纲要为98%以上",
        fixed: null,
        suggested: ["到2025年，制造业产品质量合格率达到105%，食品抽检合格率达到98.5%，数字经济核心产业增加值占GDP比重达到105%，首席质量官覆盖率达到150%。"],
      },
      // A share may be small: 10.5% of GDP is a reading.
      {
        message: "“数字经济核心产业增加值占GDP比重”是比率，不能超过100%，此处为105%，疑为“10.5%”漏了小数点",
        fixed: null,
        suggested: ["到2025年，制造业产品质量合格率达到105%，食品抽检合格率达到985%，数字经济核心产业增加值占GDP比重达到10.5%，首席质量官覆盖率达到150%。"],
      },
      // 150 is not a dropped 15.0.
      { message: "“首席质量官覆盖率”是比率，不能超过100%，此处为150%", fixed: null, suggested: [] },
    ]);
  });

  it("believes a reading near another figure the plan gives the indicator, and keeps full-width digits full-width", () => {
    expect(implausible("2024年，工程质量抽查符合率达到９５％。到2025年，工程质量抽查符合率达到９６５％，优良率达到105%。")).toEqual([
      {
        message: "“工程质量抽查符合率”是比率，不能超过100%，此处为965%，疑为“96.5%”漏了小数点",
        fixed: null,
        suggested: ["2024年，工程质量抽查符合率达到９５％。到2025年，工程质量抽查符合率达到９６．５％，优良率达到105%。"],
      },
      { message: "“优良率”是比率，不能超过100%，此处为105%", fixed: null, suggested: [] },
    ]);
  });
});
