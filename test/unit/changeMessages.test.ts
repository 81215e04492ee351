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

describe("a figure bound by a word in messages keeps its bound (targets/format.ts writtenFigure)", () => {
  it("says 低于99%, 高于93%, 超过85 as written, for every indicator, in the rule's message and its reason", () => {
    expect(messages(plan("制造业产品质量合格率高于93%，食品抽检合格率低于99%，制造业质量竞争力指数超过85。"), "targets/weaker-than-parent")).toEqual([
      "“制造业产品质量合格率”的目标“高于93%”，低于纲要的94%（《质量强国建设纲要》：制造业产品质量合格率达到94%）",
      "“食品抽检合格率”的目标“低于99%”，纲要要求98%以上，本方案的低于99%是上限，方向相反（《质量强国建设纲要》：农产品质量安全例行监测合格率和食品抽检合格率均达到98%以上）",
      "“制造业质量竞争力指数”的目标“超过85”，低于纲要的86（《质量强国建设纲要》：制造业质量竞争力指数达到86）",
    ]);
  });
});
