import { describe, expect, it } from "vitest";
import { analyze } from "../../server/src/core/analyze";
import { targetTableRows } from "../../server/src/core/targets/table";

/** Plans under the outline (cited in the preamble): its 2025 goals are the parent's. */
const plan = (period: string, goals: string) =>
  `示例市质量强市建设实施方案（${period}）\n为贯彻落实《质量强国建设纲要》，制定本方案。\n一、总体要求\n（一）主要目标\n${goals}\n二、主要任务\n（一）提升产品质量。开展质量提升行动。（责任单位：市市场监管局）\n`;

const weaker = (text: string) => {
  const { plan: model, parents, findings } = analyze(text);
  return {
    messages: findings.filter((f) => f.rule === "targets/weaker-than-parent").map((f) => f.message),
    notes: targetTableRows(model, parents, undefined).filter((row) => row.verdict === "weaker").map((row) => [row.indicator, row.reason]),
  };
};

describe("a 力争 goal below the parent's says it is an aim, not a floor", () => {
  it("says so in the finding and in the targets view's 说明, the figure written once", () => {
    const { messages, notes } = weaker(plan("2024—2025年", "到2025年，力争制造业质量竞争力指数达到85，食品抽检合格率力争达到97%。"));
    expect(messages).toEqual([
      "“制造业质量竞争力指数”：本方案力争达到85（力争目标，是努力方向而非底线），仍低于纲要的86（《质量强国建设纲要》：制造业质量竞争力指数达到86）",
      "“食品抽检合格率”：本方案力争达到97%（力争目标，是努力方向而非底线），仍低于纲要的98%以上（《质量强国建设纲要》：农产品质量安全例行监测合格率和食品抽检合格率均达到98%以上）",
    ]);
    expect(notes).toEqual([
      ["制造业质量竞争力指数", "本方案力争达到85（力争目标，是努力方向而非底线），仍低于纲要的86"],
      ["食品抽检合格率", "本方案力争达到97%（力争目标，是努力方向而非底线），仍低于纲要的98%以上"],
    ]);
  });

  it("sets the aim before a reason of its own sentence (a parent's goal of a year gone by)", () => {
    const { notes } = weaker(plan("2026—2030年", "到2030年，力争制造业产品质量合格率达到93%，确保农产品质量安全例行监测合格率达到97%。"));
    expect(notes).toEqual([
      ["制造业产品质量合格率", "本方案力争达到93%（力争目标，是努力方向而非底线）；2030年的目标低于纲要2025年已要求的94%（上位目标虽已到期、本方案2026年起实施，其数值仍是底线）"],
      ["农产品质量安全例行监测合格率", "2030年的目标低于纲要2025年已要求的98%以上（上位目标虽已到期、本方案2026年起实施，其数值仍是底线）"],
    ]);
  });

  it("keeps the message of a goal the plan commits to", () => {
    expect(weaker(plan("2024—2025年", "到2025年，制造业质量竞争力指数达到85。")).messages).toEqual(["“制造业质量竞争力指数”的目标“85”，低于纲要的86（《质量强国建设纲要》：制造业质量竞争力指数达到86）"]);
  });
});
