import { describe, expect, it } from "vitest";
import { analyze } from "../../server/src/core/analyze";

const plan = (goals: string) => `为贯彻落实《质量强国建设纲要》，制定本方案。\n一、总体要求\n（一）主要目标\n到2025年，${goals}\n`;
const messages = (text: string, rule: string) => analyze(text).findings.filter((finding) => finding.rule === rule).map((finding) => finding.message);

describe("a change's figure in messages keeps its verb (targets/format.ts writtenFigure)", () => {
  it("says 提高5%, not a bare 5% that reads as a level, when the parent wants it down", () => {
    expect(messages(plan("单位GDP资源能源消耗提高5%。"), "targets/weaker-than-parent")).toEqual([
      "“单位GDP资源能源消耗”的目标“提高5%”，纲要要求“不断下降”，本方案方向相反（《质量强国建设纲要》：单位GDP资源能源消耗不断下降）",
    ]);
  });

  it("writes the verb once in targets/wrong-direction", () => {
    const [message] = messages(plan("万元工业增加值用水量上升10%。"), "targets/wrong-direction");
    expect(message).toContain("目标却是“上升10%”");
  });
});
